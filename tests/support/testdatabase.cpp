#include "testdatabase.h"

#include "databasecreator.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QUuid>

QString TestDatabase::host()
{
    return QString::fromLocal8Bit(qgetenv("PGHOST"));
}

int TestDatabase::port()
{
    return qEnvironmentVariableIntValue("PGPORT");
}

TestDatabase::TestDatabase(bool migrate)
{
    m_name = QStringLiteral("t_%1_%2")
                 .arg(QCoreApplication::applicationName().left(20).toLower().replace(
                     QLatin1Char('-'), QLatin1Char('_')))
                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    m_connection = QStringLiteral("testdb-owner-") + m_name;
    if (host().isEmpty()) {
        m_error = QStringLiteral("PGHOST is not set: run the test through ctest (fixture)");
        return;
    }
    {
        ConnectParams maintenance = params();
        maintenance.conninfo.insert(QStringLiteral("dbname"), QStringLiteral("postgres"));
        DbError error;
        const QString name = m_connection + QStringLiteral("-maint");
        QSqlDatabase db = DatabaseConnector::open(name, maintenance, &error);
        if (error.isError()) {
            m_error = error.detail;
            return;
        }
        const bool ok =
            DatabaseCreator::create(db, m_name, QStringLiteral("kontakt_owner"), &error);
        db = QSqlDatabase();
        DatabaseConnector::close(name);
        if (!ok) {
            m_error = error.detail;
            return;
        }
    }
    if (migrate) {
        QSqlDatabase db = ownerConnection();
        if (!db.isOpen())
            return;
        const Migrator::Result r = Migrator(db).migrate();
        if (r.outcome != Migrator::Outcome::Migrated) {
            m_error = r.error.detail;
            return;
        }
    }
    m_ready = true;
}

TestDatabase::~TestDatabase()
{
    DatabaseConnector::close(m_connection);
    if (host().isEmpty())
        return;
    ConnectParams maintenance = params();
    maintenance.conninfo.insert(QStringLiteral("dbname"), QStringLiteral("postgres"));
    DbError error;
    const QString name = m_connection + QStringLiteral("-drop");
    {
        QSqlDatabase db = DatabaseConnector::open(name, maintenance, &error);
        if (!error.isError())
            DatabaseCreator::drop(db, m_name, &error);
    }
    DatabaseConnector::close(name);
}

ConnectParams TestDatabase::params(const QString &user) const
{
    ConnectParams p;
    p.conninfo.insert(QStringLiteral("host"), host());
    p.conninfo.insert(QStringLiteral("port"), QString::number(port()));
    p.conninfo.insert(QStringLiteral("dbname"), m_name);
    p.conninfo.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    p.user = user.isEmpty() ? QStringLiteral("kontakt_owner") : user;
    p.applicationName = QStringLiteral("kontakt-test");
    return p;
}

QSqlDatabase TestDatabase::ownerConnection()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (db.isOpen())
            return db;
    }
    DbError error;
    QSqlDatabase db = DatabaseConnector::open(m_connection, params(), &error);
    if (error.isError())
        m_error = error.detail;
    return db;
}

QString TestDatabase::connInfo(const QString &user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(host())
        .arg(port())
        .arg(m_name, user.isEmpty() ? QStringLiteral("kontakt_owner") : user);
}
