#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CallbackDialog;
}

// The operator's call back to the citizen after the executor's reply (opened from the
// "Callback due" queue). The number is shown big with "Copy number" and a tel: link. Reached?
// (Alt+Y / Alt+N, or Y / N on the buttons). Reached: what the citizen says (confirmed done,
// partly, not done), a rating 1-5 (type the digit) and a comment; partly or not done: "Send
// back for rework" is ticked by default and then needs the citizen's words, with an optional
// new term (never beyond the legal maximum). Not reached: only a comment; the attempt is
// counted. Ctrl+Enter (Enter outside the text boxes) saves once valid; Esc cancels.
class CallbackDialog : public QDialog
{
    Q_OBJECT
public:
    CallbackDialog(const QString &regIndex, const QString &callerName, const QString &phoneE164,
                   const QString &replySummary, int previousAttempts, QDate today, QDate maxTerm,
                   QWidget *parent = nullptr);
    ~CallbackDialog() override;

    CallbackDraft draft() const;
    QString invalidReason() const;
    int attempt() const { return m_previousAttempts + 1; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString outcome() const;
    void copyNumber();
    void updateState();

    std::unique_ptr<Ui::CallbackDialog> ui;
    QString m_phone;
    int m_previousAttempts;
    QDate m_today, m_maxTerm;
};
