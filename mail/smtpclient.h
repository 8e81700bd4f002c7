#pragma once

#include "mailendpoint.h"
#include "mailtransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// A blocking SMTP submission client (RFC 5321, 3207 STARTTLS, 4954 AUTH) for the outbox.
// Waits at most the endpoint's timeout per network step: worker threads and the CLI only.
// One connection can send many messages; after a failed transaction it sends RSET. A client
// belongs to the thread that connected it.
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)

public:
    using ErrorKind = MailErrorKind;

    struct SendResult {
        bool ok = false;
        // true: retrying the same message cannot help (5xx, or refused before sending).
        // false: try again later (4xx, network, timeout).
        bool permanent = false;
        int code = 0;                   // the server's reply code; 0 if none (network, local check)
        QString serverText;             // the server's words (or ours when it said nothing)
        QStringList rejectedRecipients; // refused with 5xx
        QStringList deferredRecipients; // refused with 4xx
    };

    SmtpClient();
    ~SmtpClient();

    // Greeting, EHLO, and STARTTLS plus a second EHLO for Security::StartTls (refused if the
    // server does not offer it); implicit TLS for Security::Tls. Certificates are verified.
    bool connectToServer(const MailEndpoint &endpoint);
    // AUTH PLAIN or LOGIN, whichever is advertised; nothing to do if the endpoint has no login.
    // Refuses to send a password without TLS unless the endpoint is None on loopback.
    bool login();
    // All or nothing: if any recipient is refused the message is not sent to anyone (so a
    // retry never duplicates it); the refused ones are listed in the result. Logs in first if
    // login() was not called (a failed login gives permanent == false and errorKind() Auth:
    // pause the outbox rather than give up on the message). If the connection is lost after
    // the final "." the server may have the message: SMTP cannot tell.
    SendResult send(const QString &from, const QStringList &recipients,
                    const QByteArray &rfc5322Message);
    bool quit();

    bool isConnected() const;
    bool isEncrypted() const;
    bool hasExtension(const QByteArray &keyword) const;
    QByteArray extensionParameters(const QByteArray &keyword) const;
    qint64 maxMessageSize() const { return m_maxSize; } // 0 = not announced

    ErrorKind errorKind() const { return m_transport.errorKind(); }
    QString errorString() const { return m_transport.errorString(); }
    bool lastErrorWasAuth() const { return errorKind() == ErrorKind::Auth; }
    bool isTlsError() const { return errorKind() == ErrorKind::Tls; }

    // For tests of fallback paths: act as if the server lacked these EHLO keywords or AUTH
    // mechanisms (e.g. "PLAIN" to force AUTH LOGIN, "SIZE").
    void setIgnoredExtensions(const QSet<QByteArray> &keywords);

    // "" if the settings work (connect, STARTTLS, log in), else the reason.
    static QString testConnection(const MailEndpoint &endpoint);

    // CRLF line ends everywhere, a final CRLF, and a '.' doubled at the start of a line: the
    // DATA body without the terminating ".\r\n".
    static QByteArray dotStuffed(const QByteArray &message);
    // The name for EHLO: this computer's domain name if it has one, else an address literal.
    static QByteArray heloName(const QHostAddress &localAddress);

private:
    struct Reply {
        int code = 0;
        QByteArray text; // lines joined with spaces
        QList<QByteArray> lines;
    };
    bool readReply(Reply *reply);
    bool command(const QByteArray &line, Reply *reply);
    bool ehlo();
    bool authPlain();
    bool authLogin();
    void failAuth(const Reply &reply);
    SendResult failed(const Reply &reply);
    SendResult failedLocally(bool permanent, const QString &text);
    void reset();

    MailTransport m_transport;
    QHash<QByteArray, QByteArray> m_extensions; // EHLO keyword -> parameters
    QSet<QByteArray> m_ignored;
    qint64 m_maxSize = 0;
    bool m_authenticated = false;
};
