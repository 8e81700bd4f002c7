#pragma once

#include "mailsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MailSettingsDialog;
}

// Settings ▸ Mail (administrator): the centre's mailbox and the submission server. Save is
// enabled only for settings that can work; Test connection logs in to both servers (the
// controller does it off the GUI thread). Knows no database and no keychain.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailSettingsDialog(QWidget *parent = nullptr);
    ~MailSettingsDialog() override;

    void setSettings(const MailSettings &settings);
    MailSettings settings() const;
    void setPasswords(const QString &imap, const QString &smtp);
    QString imapPassword() const;
    QString smtpPassword() const;
    // "" when the settings can be saved, else what to fix (translated).
    QString problem() const;
    // The answer of a connection test: one line per server.
    void showTestResult(const QString &text, bool ok);

signals:
    void testRequested();

private:
    void validate();
    void securityChanged(bool imap);

    std::unique_ptr<Ui::MailSettingsDialog> ui;
};
