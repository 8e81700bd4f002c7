#pragma once

#include <QString>

// Where and how to reach a mail server (the centre's IMAP mailbox or the SMTP submission
// server). The password is never stored with the rest: it comes from the keychain or from a
// credentials file (see MailSettings).
struct MailEndpoint {
    enum class Security {
        Tls,      // TLS from the first byte (IMAPS 993, SMTPS 465)
        StartTls, // plain connect, then STARTTLS before anything else (IMAP 143, submission 587)
        None,     // no encryption: refused unless the host is the loopback interface
    };

    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString login;
    QString password;
    QString caFile;        // PEM with extra trusted CA certificates (a private CA); empty = system
    int timeoutMs = 30000; // per network step

    bool isLoopback() const;
    // "", or why these settings cannot be used (in the user's language).
    QString validate() const;

    static QString securityKey(Security s); // "tls", "starttls", "none"
    static bool securityFromKey(const QString &key, Security *out);
    static quint16 defaultImapPort(Security s); // 993 / 143 / 143
    static quint16 defaultSmtpPort(Security s); // 465 / 587 / 25
};
