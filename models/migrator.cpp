#include "migrator.h"

#include "transactionguard.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {
// "Kontakt" in ASCII: the advisory lock key every client agrees on.
constexpr qint64 kMigrationLockKey = 0x4b6f6e74616b74;

const char *const kBootstrap = "CREATE SCHEMA IF NOT EXISTS kontakt;"
                               "CREATE TABLE IF NOT EXISTS kontakt.schema_migration("
                               " version int PRIMARY KEY, name text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now(),"
                               " applied_by text NOT NULL DEFAULT session_user)";
} // namespace

Migrator::Migrator(QSqlDatabase db)
    : Migrator(std::move(db), bundled())
{}

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{}

QList<Migrator::Migration> Migrator::bundled()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestKnownVersion()
{
    const auto list = bundled();
    return list.isEmpty() ? 0 : list.last().version;
}

bool Migrator::status(Status *status, DbError *error)
{
    status->latestKnown = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    status->current = 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('kontakt.schema_migration') IS NOT NULL")) ||
        !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    if (q.value(0).toBool()) {
        if (!q.exec(
                QStringLiteral("SELECT coalesce(max(version), 0) FROM kontakt.schema_migration")) ||
            !q.next()) {
            *error = DbError::fromQuery(q.lastError());
            return false;
        }
        status->current = q.value(0).toInt();
    }
    status->pending.clear();
    for (const Migration &m : m_migrations) {
        if (m.version > status->current)
            status->pending.append(m);
    }
    *error = {};
    return true;
}

bool Migrator::mayMigrate(DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT pg_has_role(current_user, d.datdba, 'MEMBER') FROM pg_database d "
            "WHERE d.datname = current_database()")) ||
        !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return q.value(0).toBool();
}

Migrator::Result Migrator::migrate()
{
    Result result;
    result.to = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        result.error = DbError::fromQuery(m_db.lastError());
        return result;
    }
    QSqlQuery q(m_db);
    auto fail = [&](Outcome outcome = Outcome::Failed) {
        result.outcome = outcome;
        if (!result.error.isError())
            result.error = DbError::fromQuery(q.lastError());
        return result;
    };
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kMigrationLockKey);
    if (!q.exec())
        return fail();

    // Become the database owner for the duration of the transaction when we are a member of it:
    // objects must belong to the owner, not to whoever happened to migrate.
    if (!q.exec(QStringLiteral(
            "SELECT pg_get_userbyid(d.datdba), pg_has_role(current_user, d.datdba, 'MEMBER') "
            "FROM pg_database d WHERE d.datname = current_database()")) ||
        !q.next())
        return fail();
    const QString owner = q.value(0).toString();
    if (!q.value(1).toBool()) {
        result.error = {DbError::Kind::PermissionDenied,
                        QStringLiteral("only the database owner (%1) may migrate").arg(owner)};
        return fail(Outcome::NotAllowed);
    }
    if (!q.exec(QStringLiteral("SET LOCAL ROLE ") +
                m_db.driver()->escapeIdentifier(owner, QSqlDriver::TableName)))
        return fail();

    // IF NOT EXISTS notices on every start would only be noise in the desk's log.
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return fail();
    if (!q.exec(QString::fromLatin1(kBootstrap)))
        return fail();
    if (!q.exec(QStringLiteral("SET LOCAL search_path = kontakt, public")))
        return fail();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM kontakt.schema_migration")) ||
        !q.next())
        return fail();
    result.from = q.value(0).toInt();
    if (result.from > result.to) {
        result.error = {DbError::Kind::NewerSchema,
                        QStringLiteral("database schema version %1 is newer than this program "
                                       "knows (%2)")
                            .arg(result.from)
                            .arg(result.to)};
        return fail(Outcome::NewerSchema);
    }
    if (result.from == result.to) {
        result.outcome = Outcome::UpToDate;
        tx.commit();
        return result;
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= result.from)
            continue;
        // The whole file goes as one simple-query string: DO blocks and functions stay intact.
        if (!q.exec(m.sql)) {
            result.error = DbError::fromQuery(q.lastError());
            result.error.detail = QStringLiteral("migration %1_%2: %3")
                                      .arg(m.version, 4, 10, QLatin1Char('0'))
                                      .arg(m.name, result.error.detail);
            return fail();
        }
        QSqlQuery record(m_db);
        record.prepare(
            QStringLiteral("INSERT INTO kontakt.schema_migration(version, name) VALUES (?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        if (!record.exec()) {
            result.error = DbError::fromQuery(record.lastError());
            return fail();
        }
    }
    if (!tx.commit()) {
        result.error = DbError::fromQuery(m_db.lastError());
        return fail();
    }
    result.outcome = Outcome::Migrated;
    return result;
}
