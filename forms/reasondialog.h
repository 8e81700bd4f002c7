#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ReasonDialog;
}

// "A reason is required": rejecting a routing back to the operator, "not in competence",
// refusing an extension... OK stays disabled until at least minLength characters (not counting
// spaces at the ends) are written; Ctrl+Enter is OK, Esc cancels. The text is never cut.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, int minLength = 10,
                 QWidget *parent = nullptr);
    ~ReasonDialog() override;

    static constexpr int MaxLength = 2000;

    void setReason(const QString &text);
    QString reason() const; // trimmed
    void setOkText(const QString &text);

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString invalidReason() const;
    void updateState();

    std::unique_ptr<Ui::ReasonDialog> ui;
    int m_minLength;
};
