#pragma once

#include "mailendpoint.h"
#include "mailtransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A blocking IMAP4rev1 client (RFC 3501) for the mail intake: log in, pick a folder, list,
// fetch byte-exact, move and append messages. Every call waits at most the endpoint's timeout
// per network step; use it from a worker thread or the CLI, never from the GUI thread.
//
// Every call first clears the previous error; on failure it returns false (or an empty list)
// and errorKind()/errorString() say why, with the server's own text where there is one.
// Credentials are never sent before TLS unless the endpoint is Security::None on loopback.
// A client belongs to the thread that connected it.
class ImapClient
{
    Q_DECLARE_TR_FUNCTIONS(ImapClient)

public:
    using ErrorKind = MailErrorKind;

    static constexpr qint64 DefaultMaxMessageSize = 64 * 1024 * 1024;

    ImapClient();
    ~ImapClient();

    // Greeting, CAPABILITY, STARTTLS (refused if the server does not offer it) and the
    // certificate check (system CAs plus endpoint.caFile, name checked against endpoint.host).
    bool connectToServer(const MailEndpoint &endpoint);
    // AUTHENTICATE PLAIN if advertised, else LOGIN; respects LOGINDISABLED.
    bool login();
    bool selectFolder(const QString &name, quint32 *uidValidity = nullptr, int *exists = nullptr);
    // true if the folder exists or was created (and subscribed).
    bool ensureFolder(const QString &name);
    QList<quint32> uidSearchAll();
    // criteria as in RFC 3501 6.4.4, e.g. "UNSEEN" or "UID 10:*"; the caller quotes arguments.
    QList<quint32> uidSearch(const QByteArray &criteria);
    // The whole message exactly as stored (BODY.PEEK[]: the \Seen flag stays unchanged).
    // A message larger than maxBytes is skipped on the wire and reported as TooLarge; the
    // connection stays usable. A UID no longer in the folder gives NotFound.
    bool fetchRaw(quint32 uid, QByteArray *raw, qint64 maxBytes = DefaultMaxMessageSize);
    bool fetchSize(quint32 uid, qint64 *size);
    // UID MOVE if the server has MOVE; else UID COPY, \Deleted and UID EXPUNGE (UIDPLUS) or
    // EXPUNGE.
    bool moveMessage(quint32 uid, const QString &folder);
    // flags like "\\Seen"; *appendedUid is set when the server reports it (UIDPLUS), else 0.
    bool appendMessage(const QString &folder, const QByteArray &raw, const QStringList &flags = {},
                       quint32 *appendedUid = nullptr);
    bool logout();

    bool isConnected() const;
    bool isEncrypted() const;
    bool isAuthenticated() const { return m_authenticated; }
    bool hasCapability(const QByteArray &capability) const;
    QSet<QByteArray> capabilities() const { return m_capabilities; }

    ErrorKind errorKind() const { return m_transport.errorKind(); }
    QString errorString() const { return m_transport.errorString(); }
    bool lastErrorWasAuth() const { return errorKind() == ErrorKind::Auth; }
    bool isTlsError() const { return errorKind() == ErrorKind::Tls; }

    // For tests of fallback paths: act as if the server lacked these capabilities
    // (e.g. "MOVE", "UIDPLUS", "LITERAL+", "AUTH=PLAIN", "SASL-IR").
    void setIgnoredCapabilities(const QSet<QByteArray> &capabilities);

    // "" if the settings work (connect, log in, select the folder), else the reason.
    static QString testConnection(const MailEndpoint &endpoint, const QString &folder = {});

    // Modified UTF-7 mailbox names (RFC 3501 5.1.3).
    static QByteArray encodeMailboxName(const QString &name);
    static QString decodeMailboxName(const QByteArray &encoded, bool *ok = nullptr);

    // One parsed response token (public for the parser's unit test).
    struct Token {
        enum Type { Atom, String, Literal, Nil, List };
        Type type = Atom;
        QByteArray value;   // atom text, string or literal contents
        QList<Token> items; // for List
        bool isAtom(const char *text) const;
    };
    // Tokenizes a response after its tag, literals included as "{n}\r\n<n bytes>".
    static bool parseTokens(const QByteArray &data, qsizetype from, QList<Token> *tokens);

private:
    struct Response {
        QByteArray tag;  // "*", "+" or our tag
        QByteArray data; // everything after the tag, literals inline, without the final CRLF
        qint64 droppedLiteral = 0; // > 0: a literal of this size exceeded the limit
    };
    struct Command {
        QList<QByteArray> texts; // texts[i] goes before literals[i]; one more text at the end
        QList<QByteArray> literals;
        Command &text(const QByteArray &t);
        Command &astring(const QByteArray &s);
        Command &literal(const QByteArray &data);
    };

    bool readResponse(Response *response, qint64 maxLiteral);
    bool run(const Command &command, QList<Response> *untagged = nullptr,
             qint64 maxLiteral = DefaultMaxMessageSize, QByteArray *tagged = nullptr);
    bool failFromTagged(const QByteArray &status, const QByteArray &text, ErrorKind kind);
    bool requireState(bool needSelected);
    bool refreshCapabilities();
    void absorbCapabilities(const QByteArray &data);
    bool sendSaslContinuation(const QByteArray &line);
    QByteArray nextTag();

    MailTransport m_transport;
    QSet<QByteArray> m_capabilities;
    QSet<QByteArray> m_ignored;
    bool m_authenticated = false;
    bool m_greetedPreauth = false;
    QString m_selected;
    quint32 m_tagCounter = 0;
    QByteArray m_bye;
};
