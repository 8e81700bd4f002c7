#include "mailendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

bool MailEndpoint::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString MailEndpoint::validate() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("MailEndpoint", "The server name is empty.");
    if (port == 0)
        return QCoreApplication::translate("MailEndpoint", "The port is not set.");
    if (security == Security::None && !isLoopback())
        return QCoreApplication::translate(
            "MailEndpoint",
            "Mail without encryption is allowed only on this computer (localhost); choose TLS "
            "or STARTTLS.");
    if (timeoutMs < 1000)
        return QCoreApplication::translate("MailEndpoint", "The timeout is too short.");
    return {};
}

QString MailEndpoint::securityKey(Security s)
{
    switch (s) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

bool MailEndpoint::securityFromKey(const QString &key, Security *out)
{
    for (Security s : {Security::Tls, Security::StartTls, Security::None}) {
        if (key.compare(securityKey(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

quint16 MailEndpoint::defaultImapPort(Security s)
{
    return s == Security::Tls ? 993 : 143;
}

quint16 MailEndpoint::defaultSmtpPort(Security s)
{
    switch (s) {
    case Security::Tls:
        return 465;
    case Security::StartTls:
        return 587;
    case Security::None:
        return 25;
    }
    return 0;
}
