#pragma once

#include "mailendpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <memory>

class QSslSocket;

// What went wrong in the last IMAP or SMTP call, so the UI can say exactly that.
enum class MailErrorKind {
    None,
    Network,  // cannot connect, connection lost
    Tls,      // handshake failed, certificate not trusted or not for this host, no STARTTLS
    Auth,     // login refused, or refused to send a password without encryption
    Protocol, // the server said NO/BAD, or answered something we cannot understand
    Timeout,  // no answer within the endpoint's timeout
    TooLarge, // a message is larger than the allowed size
    NotFound, // the message (UID) is no longer there
};

// A blocking line-oriented connection (plain, implicit TLS, or upgraded with STARTTLS) shared
// by ImapClient and SmtpClient. Every wait uses the endpoint's timeout. Used from worker threads
// and the CLI only: the calls block.
class MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(MailTransport)

public:
    MailTransport();
    ~MailTransport();
    MailTransport(const MailTransport &) = delete;
    MailTransport &operator=(const MailTransport &) = delete;

    // Connects (and for Security::Tls, completes the TLS handshake).
    bool open(const MailEndpoint &endpoint);
    // Upgrades the plain connection to TLS (after the server accepted STARTTLS). Fails if the
    // server already sent more data: it could have been injected before the handshake.
    bool startTls();
    bool isOpen() const;
    bool isEncrypted() const;
    void close();

    // One line including its CRLF (or bare LF); a line longer than maxLength is an error.
    bool readLine(QByteArray *line, qint64 maxLength);
    // Appends exactly n bytes to *out; with out == nullptr they are read and dropped.
    bool readBytes(qint64 n, QByteArray *out);
    bool write(const QByteArray &data);
    bool hasBufferedInput() const { return m_pos < m_in.size(); }
    QHostAddress localAddress() const;

    const MailEndpoint &endpoint() const { return m_endpoint; }
    MailErrorKind errorKind() const { return m_errorKind; }
    QString errorString() const { return m_errorString; }
    void setError(MailErrorKind kind, const QString &text);
    void clearError();

private:
    bool fill();
    bool waitEncrypted();
    void setSocketError(const QString &while_);
    void compact();

    std::unique_ptr<QSslSocket> m_socket;
    MailEndpoint m_endpoint;
    QByteArray m_in;
    qsizetype m_pos = 0;
    MailErrorKind m_errorKind = MailErrorKind::None;
    QString m_errorString;
};
