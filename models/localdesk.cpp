#include "localdesk.h"

#include "databasecreator.h"
#include "staffrepository.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

LocalDesk::LocalDesk(LocalClusterLayout layout)
    : m_cluster(std::move(layout))
{}

LocalDesk::Result LocalDesk::prepare(const Progress &progress)
{
    Result result;
    const LocalClusterLayout &layout = m_cluster.layout();
    result.deskLogin = m_cluster.deskLogin();
    result.conninfo = layout.connInfo(result.deskLogin);
    auto step = [&](const QString &s) {
        if (progress)
            progress(s);
    };

    result.created = m_cluster.state() == LocalCluster::State::NotCreated;
    step(QStringLiteral("start"));
    const LocalCluster::Result started = m_cluster.start();
    if (!started.ok()) {
        result.message = started.message();
        result.postgresMissing = started.error == LocalCluster::Error::PostgresNotInstalled;
        result.clusterError = started.error;
        result.clusterDetail = started.detail;
        return result;
    }

    // A unique connection name per thread: prepare() may run in a worker thread.
    const QString name = QStringLiteral("kontakt-localdesk-%1")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    struct Closer {
        QString name;
        ~Closer() { DatabaseConnector::close(name); }
    } closer{name};

    DbError error;
    ConnectParams maintenance = ConnectParams::forLocalCluster(layout, layout.ownerRole);
    maintenance.conninfo.insert(QStringLiteral("dbname"), QStringLiteral("postgres"));
    maintenance.applicationName = QStringLiteral("kontakt-setup");
    {
        QSqlDatabase db = DatabaseConnector::open(name, maintenance, &error);
        if (error.isError()) {
            result.message =
                QStringLiteral("cannot connect to the local database: %1").arg(error.detail);
            return result;
        }
        step(QStringLiteral("database"));
        const bool exists = DatabaseCreator::exists(db, layout.database, &error);
        if (error.isError()) {
            result.message = error.detail;
            return result;
        }
        if (!exists && !DatabaseCreator::create(db, layout.database, layout.ownerRole, &error)) {
            result.message = QStringLiteral("cannot create the database: %1").arg(error.detail);
            return result;
        }
    }
    DatabaseConnector::close(name);

    ConnectParams owner = ConnectParams::forLocalCluster(layout, layout.ownerRole);
    owner.applicationName = QStringLiteral("kontakt-setup");
    QSqlDatabase db = DatabaseConnector::open(name, owner, &error);
    if (error.isError()) {
        result.message =
            QStringLiteral("cannot connect to the local database: %1").arg(error.detail);
        return result;
    }
    step(QStringLiteral("migrate"));
    const Migrator::Result migrated = Migrator(db).migrate();
    if (migrated.outcome == Migrator::Outcome::NewerSchema ||
        migrated.outcome == Migrator::Outcome::Failed ||
        migrated.outcome == Migrator::Outcome::NotAllowed) {
        result.newerSchema = migrated.outcome == Migrator::Outcome::NewerSchema;
        result.message = migrated.error.detail;
        return result;
    }

    step(QStringLiteral("login"));
    StaffRepository staff(db);
    const bool hasDesk = staff.exists(result.deskLogin, &error);
    if (error.isError()) {
        result.message = error.detail;
        return result;
    }
    if (!hasDesk) {
        StaffRepository::NewStaff desk;
        desk.login = result.deskLogin;
        desk.role = StaffRole::Admin;
        desk.fullName = OsUser::name();
        if (!staff.create(desk, &error)) {
            result.message = QStringLiteral("cannot create the desk login: %1").arg(error.detail);
            return result;
        }
        // A one-desk installation is also where appeals are taken and routed: the desk's own
        // account gets the head's rights (which include the operator's) besides the admin's.
        QSqlQuery grant(db);
        if (!grant.exec(
                QStringLiteral("GRANT kontakt_head, kontakt_operator TO %1")
                    .arg(db.driver()->escapeIdentifier(desk.login, QSqlDriver::TableName)))) {
            result.message = QStringLiteral("cannot grant the desk login: %1")
                                 .arg(grant.lastError().databaseText());
            return result;
        }
    }
    result.ok = true;
    return result;
}
