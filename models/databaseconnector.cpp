#include "databaseconnector.h"

#include "preparedqueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

ConnectParams ConnectParams::fromProfile(const ConnectionProfile &profile,
                                         const LocalClusterLayout &local)
{
    if (profile.kind == ConnectionProfile::Kind::Embedded)
        return forLocalCluster(local, QString());
    ConnectParams p;
    p.conninfo = profile.serverConnInfo();
    p.reportingConnInfo = profile.reportingConnInfo();
    return p;
}

std::optional<ConnectParams> ConnectParams::reportingParams() const
{
    if (reportingConnInfo.isEmpty())
        return std::nullopt;
    ConnectParams p = *this;
    p.conninfo = reportingConnInfo;
    p.reportingConnInfo.clear();
    p.applicationName = QStringLiteral("kontakt-reports");
    return p;
}

std::optional<ConnectParams> ConnectParams::fromConnInfo(const QString &conninfo, QString *error)
{
    const auto map = ConnInfo::parse(conninfo, error);
    if (!map)
        return std::nullopt;
    ConnectParams p;
    p.conninfo = *map;
    p.user = p.conninfo.take(QStringLiteral("user"));
    p.password = p.conninfo.take(QStringLiteral("password"));
    if (p.conninfo.contains(QStringLiteral("application_name")))
        p.applicationName = p.conninfo.take(QStringLiteral("application_name"));
    if (!p.conninfo.contains(QStringLiteral("connect_timeout")))
        p.conninfo.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    return p;
}

ConnectParams ConnectParams::forLocalCluster(const LocalClusterLayout &local, const QString &user)
{
    ConnectParams p;
    p.conninfo.insert(QStringLiteral("host"), local.socketDir);
    p.conninfo.insert(QStringLiteral("port"), QString::number(local.port));
    p.conninfo.insert(QStringLiteral("dbname"), local.database);
    p.conninfo.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    p.user = user;
    return p;
}

QString ConnectParams::describe() const
{
    const QString host = conninfo.value(QStringLiteral("host"));
    const QString db = conninfo.value(QStringLiteral("dbname"));
    const QString port = conninfo.value(QStringLiteral("port"), QStringLiteral("5432"));
    return QStringLiteral("%1:%2/%3").arg(host, port, db);
}

QSqlDatabase DatabaseConnector::open(const QString &connectionName, const ConnectParams &params,
                                     DbError *error)
{
    if (QSqlDatabase::contains(connectionName))
        close(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        if (error)
            *error = {DbError::Kind::DriverMissing, db.lastError().text()};
        return db;
    }
    ConnInfo::Map rest = params.conninfo;
    db.setHostName(rest.take(QStringLiteral("host")));
    db.setDatabaseName(rest.take(QStringLiteral("dbname")));
    const QString port = rest.take(QStringLiteral("port"));
    bool singlePort = false;
    const int portNumber = port.toInt(&singlePort);
    if (singlePort)
        db.setPort(portNumber);
    else if (!port.isEmpty())
        rest.insert(QStringLiteral("port"), port); // "5432,5433" for multi-host
    db.setUserName(params.user);
    db.setPassword(params.password);
    rest.insert(QStringLiteral("application_name"), params.applicationName);
    // QPSQL turns ';' into ' ' and appends the text to the conninfo as is.
    QStringList options;
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        options << it.key() + QLatin1Char('=') + ConnInfo::quote(it.value());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (error)
            *error = DbError::fromConnect(db.lastError());
        return db;
    }
    PreparedQueries::configureSession(db);
    if (error)
        *error = {};
    return db;
}

void DatabaseConnector::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        PreparedQueries::forget(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
