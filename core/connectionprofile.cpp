#include "connectionprofile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ConnInfo {

std::optional<Map> parse(const QString &conninfo, QString *error)
{
    Map map;
    const int n = conninfo.size();
    int i = 0;
    auto fail = [&](const QString &msg) -> std::optional<Map> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    while (true) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const int keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('=') && !conninfo.at(i).isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (key.isEmpty() || i >= n || conninfo.at(i) != QLatin1Char('='))
            return fail(QStringLiteral("missing \"=\" after \"%1\" in connection info").arg(key));
        ++i;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = conninfo.at(i);
                if (c == QLatin1Char('\\') && i + 1 < n) {
                    value += conninfo.at(i + 1);
                    i += 2;
                } else if (c == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += c;
                    ++i;
                }
            }
            if (!closed)
                return fail(QStringLiteral("unterminated quoted value for \"%1\"").arg(key));
        } else {
            while (i < n && !conninfo.at(i).isSpace()) {
                const QChar c = conninfo.at(i);
                if (c == QLatin1Char('\\') && i + 1 < n) {
                    value += conninfo.at(i + 1);
                    i += 2;
                } else {
                    value += c;
                    ++i;
                }
            }
        }
        map.insert(key, value);
    }
    return map;
}

QString quote(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
            c == QLatin1Char(';'))
            plain = false;
    }
    if (plain)
        return value;
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString toString(const Map &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quote(it.value());
    return parts.join(QLatin1Char(' '));
}

} // namespace ConnInfo

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    return kind == o.kind && hosts == o.hosts && ports == o.ports && database == o.database &&
           sslMode == o.sslMode && targetSessionAttrs == o.targetSessionAttrs &&
           connectTimeoutSeconds == o.connectTimeoutSeconds && lastLogin == o.lastLogin &&
           reportHosts == o.reportHosts;
}

ConnInfo::Map ConnectionProfile::serverConnInfo() const
{
    ConnInfo::Map map;
    map.insert(QStringLiteral("host"), hosts.trimmed());
    if (!ports.trimmed().isEmpty())
        map.insert(QStringLiteral("port"), ports.trimmed());
    map.insert(QStringLiteral("dbname"), database.trimmed());
    map.insert(QStringLiteral("sslmode"), sslMode);
    map.insert(QStringLiteral("target_session_attrs"), targetSessionAttrs);
    map.insert(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    map.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    map.insert(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    map.insert(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
    map.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    return map;
}

ConnInfo::Map ConnectionProfile::reportingConnInfo() const
{
    if (kind == Kind::Embedded || reportHosts.trimmed().isEmpty())
        return {};
    ConnInfo::Map map = serverConnInfo();
    map.insert(QStringLiteral("host"), reportHosts.trimmed());
    // A standby when one is up, else whichever answers: reports still work during a failover.
    map.insert(QStringLiteral("target_session_attrs"), QStringLiteral("prefer-standby"));
    return map;
}

QString ConnectionProfile::describe() const
{
    if (kind == Kind::Embedded)
        return QStringLiteral("local");
    return QStringLiteral("%1:%2/%3").arg(hosts, ports, database);
}

std::optional<QString> ConnectionProfile::validationError() const
{
    if (kind == Kind::Embedded)
        return std::nullopt;
    if (hosts.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Enter the server host name.");
    for (const QString &h : hosts.split(QLatin1Char(','))) {
        if (h.trimmed().isEmpty() || h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('\'')))
            return QCoreApplication::translate("ConnectionProfile",
                                               "The host list is malformed: \"%1\".")
                .arg(hosts);
    }
    for (const QString &p : ports.split(QLatin1Char(','))) {
        bool ok = false;
        const int port = p.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return QCoreApplication::translate("ConnectionProfile",
                                               "The port must be a number from 1 to 65535.");
    }
    for (const QString &h : reportHosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (h.trimmed().isEmpty() || h.trimmed().contains(QLatin1Char(' ')) ||
            h.contains(QLatin1Char('\'')))
            return QCoreApplication::translate("ConnectionProfile",
                                               "The reporting host list is malformed: \"%1\".")
                .arg(reportHosts);
    }
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Enter the database name.");
    if (!sslModes().contains(sslMode))
        return QCoreApplication::translate("ConnectionProfile", "Unknown SSL mode \"%1\".")
            .arg(sslMode);
    if (!targetSessionAttrsValues().contains(targetSessionAttrs))
        return QCoreApplication::translate("ConnectionProfile",
                                           "Unknown target session attributes \"%1\".")
            .arg(targetSessionAttrs);
    if (connectTimeoutSeconds < 2 || connectTimeoutSeconds > 300)
        return QCoreApplication::translate("ConnectionProfile",
                                           "The connection timeout must be from 2 to 300 seconds.");
    return std::nullopt;
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QStringList ConnectionProfile::targetSessionAttrsValues()
{
    return {QStringLiteral("read-write"), QStringLiteral("any"), QStringLiteral("primary"),
            QStringLiteral("prefer-standby")};
}

void ConnectionProfile::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("connection"));
    s.setValue(QStringLiteral("kind"),
               kind == Kind::Embedded ? QStringLiteral("embedded") : QStringLiteral("server"));
    s.setValue(QStringLiteral("hosts"), hosts);
    s.setValue(QStringLiteral("ports"), ports);
    s.setValue(QStringLiteral("database"), database);
    s.setValue(QStringLiteral("sslmode"), sslMode);
    s.setValue(QStringLiteral("target_session_attrs"), targetSessionAttrs);
    s.setValue(QStringLiteral("connect_timeout"), connectTimeoutSeconds);
    s.setValue(QStringLiteral("last_login"), lastLogin);
    s.setValue(QStringLiteral("report_hosts"), reportHosts);
    s.endGroup();
}

ConnectionProfile ConnectionProfile::load(const QSettings &s)
{
    ConnectionProfile p;
    auto value = [&](const char *key, const QVariant &def) {
        return s.value(QStringLiteral("connection/") + QLatin1String(key), def);
    };
    p.kind = value("kind", QStringLiteral("embedded")).toString() == QLatin1String("server")
                 ? Kind::Server
                 : Kind::Embedded;
    p.hosts = value("hosts", p.hosts).toString();
    p.ports = value("ports", p.ports).toString();
    p.database = value("database", p.database).toString();
    p.sslMode = value("sslmode", p.sslMode).toString();
    p.targetSessionAttrs = value("target_session_attrs", p.targetSessionAttrs).toString();
    p.connectTimeoutSeconds = value("connect_timeout", p.connectTimeoutSeconds).toInt();
    p.lastLogin = value("last_login", QString()).toString();
    p.reportHosts = value("report_hosts", QString()).toString();
    return p;
}

ConnectionProfileStore::ConnectionProfileStore()
{
    m_userConfigPath = QSettings(QSettings::NativeFormat, QSettings::UserScope,
                                 QStringLiteral("kontakt"), QStringLiteral("kontakt"))
                           .fileName();
}

QString ConnectionProfileStore::systemConfigPath()
{
    const QByteArray env = qgetenv("KONTAKT_SYSTEM_CONFIG");
    return env.isEmpty() ? QStringLiteral("/etc/kontakt/kontakt.conf")
                         : QString::fromLocal8Bit(env);
}

bool ConnectionProfileStore::hasUserChoice() const
{
    QSettings user(m_userConfigPath, QSettings::NativeFormat);
    return user.contains(QStringLiteral("connection/kind"));
}

ConnectionProfile ConnectionProfileStore::current() const
{
    QSettings user(m_userConfigPath, QSettings::NativeFormat);
    if (user.contains(QStringLiteral("connection/kind")))
        return ConnectionProfile::load(user);
    if (QFileInfo::exists(systemConfigPath())) {
        QSettings system(systemConfigPath(), QSettings::IniFormat);
        ConnectionProfile p = ConnectionProfile::load(system);
        p.lastLogin = user.value(QStringLiteral("connection/last_login")).toString();
        return p;
    }
    ConnectionProfile p;
    p.lastLogin = user.value(QStringLiteral("connection/last_login")).toString();
    return p;
}

void ConnectionProfileStore::saveUserChoice(const ConnectionProfile &profile)
{
    QSettings user(m_userConfigPath, QSettings::NativeFormat);
    profile.save(user);
}

void ConnectionProfileStore::saveLastLogin(const QString &login)
{
    QSettings user(m_userConfigPath, QSettings::NativeFormat);
    user.setValue(QStringLiteral("connection/last_login"), login);
}
