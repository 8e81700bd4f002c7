#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExtensionRequestDialog;
}

// The executor asks the head for a longer term. The requested date must be after the current
// term and not after the legal maximum (45 days from receipt); a reason is required. When the
// current term already is the maximum, the dialog says so and cannot be confirmed.
class ExtensionRequestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MinReasonLength = 10;

    ExtensionRequestDialog(const QString &regIndex, QDate currentDue, QDate maxTerm, QDate today,
                           QWidget *parent = nullptr);
    ~ExtensionRequestDialog() override;

    ExtensionRequestDraft draft() const; // requestedDue invalid while none is chosen
    QString invalidReason() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    std::unique_ptr<Ui::ExtensionRequestDialog> ui;
    QDate m_earliest, m_maxTerm;
};
