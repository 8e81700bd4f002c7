#pragma once

#include <QMap>
#include <QString>
#include <optional>

class QSettings;

// libpq keyword/value connection strings ("host=/tmp port=5432 dbname=kontakt").
namespace ConnInfo {
using Map = QMap<QString, QString>;
// Parses a conninfo string; std::nullopt (and *error set) on malformed input.
std::optional<Map> parse(const QString &conninfo, QString *error = nullptr);
// Quotes a value when libpq needs it (empty, spaces, quotes, backslashes).
QString quote(const QString &value);
QString toString(const Map &map);
} // namespace ConnInfo

// Where a desk connects: the embedded private cluster or a shared server.
struct ConnectionProfile {
    enum class Kind { Embedded, Server };

    Kind kind = Kind::Embedded;
    QString hosts; // comma-separated for libpq multi-host failover ("db1,db2")
    QString ports = QStringLiteral("5432");
    QString database = QStringLiteral("kontakt");
    QString sslMode = QStringLiteral("prefer");
    QString targetSessionAttrs = QStringLiteral("read-write");
    // Reports and analytics read from here (a streaming-replication standby, DESIGN.md §3);
    // empty: from the server above. Same ports, database, TLS and login.
    QString reportHosts;
    int connectTimeoutSeconds = 10;
    QString lastLogin;

    bool operator==(const ConnectionProfile &other) const;

    // Keyword/value pairs for a server profile, without user and password; keepalives always on
    // so that a dead server is noticed instead of hanging a desk.
    ConnInfo::Map serverConnInfo() const;
    // The reporting server's pairs (prefer-standby), empty without reportHosts.
    ConnInfo::Map reportingConnInfo() const;
    // Text for a human: "db1,db2:5432/kontakt" or "local".
    QString describe() const;
    // std::nullopt when valid, otherwise an English message (translated by the caller's context).
    std::optional<QString> validationError() const;

    static QStringList sslModes();
    static QStringList targetSessionAttrsValues();

    void save(QSettings &settings) const;
    static ConnectionProfile load(const QSettings &settings);
};

// Profile precedence: what the user chose on this desk, else the administrator's system-wide
// file (/etc/kontakt/kontakt.conf, path overridable by KONTAKT_SYSTEM_CONFIG), else embedded.
class ConnectionProfileStore
{
public:
    ConnectionProfileStore();

    ConnectionProfile current() const;
    bool hasUserChoice() const;
    void saveUserChoice(const ConnectionProfile &profile);
    void saveLastLogin(const QString &login);
    static QString systemConfigPath();

private:
    QString m_userConfigPath;
};
