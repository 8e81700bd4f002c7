#pragma once

#include <QString>

// The mail settings the administrator keeps in the database (kontakt.setting, mail_*): one
// mailbox and one submission server for the whole centre. Passwords are never here: the
// keychain of the desk, or a credentials file of the mail service.
struct MailSettings {
    QString imapHost; // empty: intake is off
    int imapPort = 993;
    QString imapSecurity = QStringLiteral("tls"); // tls, starttls, none
    QString imapLogin;
    QString inboxFolder = QStringLiteral("INBOX");
    QString processedFolder = QStringLiteral("Оброблені");
    QString junkFolder = QStringLiteral("Небажані");
    int pollSeconds = 60;
    QString smtpHost; // empty: nothing is sent
    int smtpPort = 587;
    QString smtpSecurity = QStringLiteral("starttls");
    QString smtpLogin; // empty: no authentication
    QString fromAddress;
    QString fromName = QStringLiteral("Контакт-центр");
    QString caFile;

    bool intakeConfigured() const { return !imapHost.trimmed().isEmpty(); }
    bool sendingConfigured() const
    {
        return !smtpHost.trimmed().isEmpty() && !fromAddress.trimmed().isEmpty();
    }
    // "login@host": the mailbox's name in mail_message.mailbox (idempotency is per mailbox).
    QString mailboxName() const
    {
        return imapLogin.trimmed() + QLatin1Char('@') + imapHost.trimmed();
    }
    // The domain of the sender address (for Message-IDs).
    QString fromDomain() const { return fromAddress.section(QLatin1Char('@'), 1); }
};
