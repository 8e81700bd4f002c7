#pragma once

#include "connectionprofile.h"
#include "localclusterlayout.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// What one connection needs; built from a profile, a --db conninfo or the embedded layout.
struct ConnectParams {
    ConnInfo::Map conninfo; // host, port, dbname, sslmode, ... (libpq keywords)
    QString user;
    QString password; // kept in memory only
    QString applicationName = QStringLiteral("kontakt");
    ConnInfo::Map reportingConnInfo; // a reporting standby; empty: none

    // The same login on the reporting server, when there is one.
    std::optional<ConnectParams> reportingParams() const;

    static ConnectParams fromProfile(const ConnectionProfile &profile,
                                     const LocalClusterLayout &local);
    // `--db CONNINFO`, else KONTAKT_DB, else the embedded cluster as its owner.
    static std::optional<ConnectParams> fromConnInfo(const QString &conninfo, QString *error);
    static ConnectParams forLocalCluster(const LocalClusterLayout &local, const QString &user);
    QString describe() const; // for the status bar; never contains the password
};

class DatabaseConnector
{
public:
    // Opens a named connection in the calling thread (QSqlDatabase is bound to its thread).
    static QSqlDatabase open(const QString &connectionName, const ConnectParams &params,
                             DbError *error);
    static void close(const QString &connectionName);
};
