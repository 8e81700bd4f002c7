#include "migrator.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QtConcurrent>
#include <QtTest>

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void bundledFilesAreNumbered();
    void freshDatabaseMigratesOnce();
    void concurrentMigrationsSerialise();
    void newerSchemaIsRefused();
    void failedMigrationLeavesNothing();
    void onlyTheOwnerMayMigrate();

private:
    static int scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

void TestMigrator::bundledFilesAreNumbered()
{
    const auto list = Migrator::bundled();
    QVERIFY(list.size() >= 5);
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, i + 1); // no gaps, no duplicates
        QVERIFY(!list.at(i).sql.trimmed().isEmpty());
        // The runner owns the transaction.
        QVERIFY2(!list.at(i).sql.contains(QStringLiteral("\nCOMMIT"), Qt::CaseInsensitive),
                 qPrintable(list.at(i).name));
    }
    QCOMPARE(Migrator::latestKnownVersion(), list.size());
}

void TestMigrator::freshDatabaseMigratesOnce()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.ownerConnection();
    Migrator migrator(db);
    Migrator::Status status;
    DbError error;
    QVERIFY(migrator.status(&status, &error));
    QCOMPARE(status.current, 0);
    QCOMPARE(status.pending.size(), Migrator::bundled().size());

    const auto r = migrator.migrate();
    QVERIFY2(r.outcome == Migrator::Outcome::Migrated, qPrintable(r.error.detail));
    QCOMPARE(r.from, 0);
    QCOMPARE(r.to, Migrator::latestKnownVersion());
    QVERIFY(migrator.status(&status, &error));
    QCOMPARE(status.current, Migrator::latestKnownVersion());
    QVERIFY(status.pending.isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.schema_migration")),
             Migrator::latestKnownVersion());

    const auto again = migrator.migrate();
    QCOMPARE(again.outcome, Migrator::Outcome::UpToDate);
}

void TestMigrator::concurrentMigrationsSerialise()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    const ConnectParams params = tdb.params();
    auto job = [params](int n) {
        const QString name = QStringLiteral("concurrent-%1").arg(n);
        DbError error;
        Migrator::Outcome outcome = Migrator::Outcome::Failed;
        {
            QSqlDatabase db = DatabaseConnector::open(name, params, &error);
            if (!error.isError())
                outcome = Migrator(db).migrate().outcome;
        }
        DatabaseConnector::close(name);
        return outcome;
    };
    auto a = QtConcurrent::run(job, 1);
    auto b = QtConcurrent::run(job, 2);
    const auto ra = a.result();
    const auto rb = b.result();
    // One applies, the other waits on the advisory lock and then finds nothing to do.
    QVERIFY((ra == Migrator::Outcome::Migrated && rb == Migrator::Outcome::UpToDate) ||
            (rb == Migrator::Outcome::Migrated && ra == Migrator::Outcome::UpToDate));
}

void TestMigrator::newerSchemaIsRefused()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isReady(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.ownerConnection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kontakt.schema_migration(version, name) "
                                  "VALUES (9999, 'from_the_future')")));
    Migrator migrator(db);
    Migrator::Status status;
    DbError error;
    QVERIFY(migrator.status(&status, &error));
    QVERIFY(status.newer());
    const auto r = migrator.migrate();
    QCOMPARE(r.outcome, Migrator::Outcome::NewerSchema);
    QCOMPARE(r.error.kind, DbError::Kind::NewerSchema);
    QVERIFY(!r.error.userMessage().isEmpty());
}

void TestMigrator::failedMigrationLeavesNothing()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    QSqlDatabase db = tdb.ownerConnection();
    const QList<Migrator::Migration> list{
        {1, QStringLiteral("good"), QStringLiteral("CREATE TABLE kontakt.first_table(id int)")},
        {2, QStringLiteral("broken"),
         QStringLiteral("CREATE TABLE kontakt.second(id int); SELEC 1")},
    };
    const auto r = Migrator(db, list).migrate();
    QCOMPARE(r.outcome, Migrator::Outcome::Failed);
    QVERIFY(r.error.detail.contains(QStringLiteral("0002_broken")));
    // All or nothing: not even the good first file or the bookkeeping table survived.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'kontakt'")),
        0);
    // The session is usable afterwards.
    QCOMPARE(scalar(db, QStringLiteral("SELECT 41 + 1")), 42);
}

void TestMigrator::onlyTheOwnerMayMigrate()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    const QString role = tdb.name() + QStringLiteral("_plain");
    {
        QSqlQuery q(tdb.ownerConnection());
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    }
    DbError error;
    bool may = true;
    Migrator::Result r;
    {
        QSqlDatabase db =
            DatabaseConnector::open(QStringLiteral("plain"), tdb.params(role), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        Migrator migrator(db);
        may = migrator.mayMigrate(&error);
        r = migrator.migrate();
    }
    DatabaseConnector::close(QStringLiteral("plain"));
    QSqlQuery(tdb.ownerConnection()).exec(QStringLiteral("DROP ROLE %1").arg(role));
    QVERIFY(!may);
    QCOMPARE(r.outcome, Migrator::Outcome::NotAllowed);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
