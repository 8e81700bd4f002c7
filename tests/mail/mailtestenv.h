#pragma once

// The mail fixture's settings (tests/mail/CMakeLists.txt, mailservers.sh) for mail tests.
#include "mailendpoint.h"

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryFile>
#include <QUuid>

namespace MailTestEnv {

inline QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

inline bool available()
{
    return !value("KONTAKT_MAIL_DIR").isEmpty() && QDir(value("KONTAKT_MAIL_DIR")).exists();
}

inline quint16 port(const char *name)
{
    return quint16(value(name).toUInt());
}

inline MailEndpoint imap(MailEndpoint::Security security, const QString &login)
{
    MailEndpoint e;
    e.host = QStringLiteral("localhost");
    e.security = security;
    e.port = port(security == MailEndpoint::Security::Tls ? "KONTAKT_MAIL_IMAPS_PORT"
                                                          : "KONTAKT_MAIL_IMAP_PORT");
    e.login = login;
    e.password = value("KONTAKT_MAIL_PASSWORD");
    e.caFile = value("KONTAKT_MAIL_CA");
    e.timeoutMs = 20000;
    return e;
}

inline MailEndpoint smtp()
{
    MailEndpoint e;
    e.host = QStringLiteral("localhost");
    e.security = MailEndpoint::Security::StartTls;
    e.port = port("KONTAKT_MAIL_SMTP_PORT");
    e.login = QStringLiteral("sender@test.kontakt");
    e.password = value("KONTAKT_MAIL_PASSWORD");
    e.caFile = value("KONTAKT_MAIL_CA");
    e.timeoutMs = 20000;
    return e;
}

// A unique Message-ID, so tests find their own messages among others'.
inline QByteArray uniqueMessageId()
{
    return "<" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@test.kontakt>";
}

// Puts raw into user's INBOX with Dovecot's own tool (not through our client).
inline bool deliver(const QString &user, const QByteArray &raw, QString *error)
{
    QTemporaryFile file;
    if (!file.open() || file.write(raw) != raw.size() || !file.flush()) {
        *error = QStringLiteral("cannot write a temporary file");
        return false;
    }
    QProcess p;
    p.start(value("KONTAKT_MAIL_DELIVER"), {value("KONTAKT_MAIL_DIR"), user, file.fileName()});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

// base64 text of n random bytes in 76-character CRLF lines.
inline QByteArray randomBase64(qsizetype n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::global();
    for (qsizetype i = 0; i < n; ++i)
        bytes[i] = char(rng->generate() & 0xff);
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 38 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace MailTestEnv
