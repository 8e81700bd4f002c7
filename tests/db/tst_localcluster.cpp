#include "localdesk.h"
#include "staffrepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

// The embedded default, for real: initdb, pg_ctl, peer login for this account, passwords for
// everyone else, Unix socket only.
class TestLocalCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createStartAndReuse();
    void deskLoginNeedsNoPassword();
    void otherLoginsNeedTheirPassword_data();
    void otherLoginsNeedTheirPassword();
    void noTcp();
    void stopAndStatus();
    void missingBinaries();
    void unwritableFolder();

private:
    ConnectParams params(const QString &user, const QString &password = QString()) const;
    QString m_base;
    LocalClusterLayout m_layout;
};

void TestLocalCluster::initTestCase()
{
    m_base = QStringLiteral("/tmp/kontakt-lc-%1")
                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_layout = LocalClusterLayout::forBase(m_base, OsUser::isRoot());
}

void TestLocalCluster::cleanupTestCase()
{
    LocalCluster(m_layout).stop();
    QDir(m_base).removeRecursively();
}

ConnectParams TestLocalCluster::params(const QString &user, const QString &password) const
{
    ConnectParams p = ConnectParams::forLocalCluster(m_layout, user);
    p.password = password;
    return p;
}

void TestLocalCluster::createStartAndReuse()
{
    LocalDesk desk(m_layout);
    QStringList steps;
    const auto first = desk.prepare([&](const QString &s) { steps << s; });
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY(first.created);
    QCOMPARE(steps, (QStringList{"start", "database", "migrate", "login"}));
    QCOMPARE(desk.cluster().state(), LocalCluster::State::Running);
    QVERIFY(first.conninfo.contains(m_layout.socketDir));

    const auto second = LocalDesk(m_layout).prepare();
    QVERIFY2(second.ok, qPrintable(second.message));
    QVERIFY(!second.created);
}

void TestLocalCluster::deskLoginNeedsNoPassword()
{
    const QString desk = LocalCluster(m_layout).deskLogin();
    DbError error;
    {
        QSqlDatabase db = DatabaseConnector::open(QStringLiteral("desk"), params(desk), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        const auto info = StaffRepository(db).sessionInfo(&error);
        QVERIFY2(info.has_value(), qPrintable(error.detail));
        QCOMPARE(info->login, desk);
        QCOMPARE(info->role, StaffRole::Admin);
    }
    DatabaseConnector::close(QStringLiteral("desk"));
}

void TestLocalCluster::otherLoginsNeedTheirPassword_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind");
    QTest::newRow("right password") << "olena"
                                    << "Pa55-слово" << int(DbError::Kind::None);
    QTest::newRow("wrong password") << "olena"
                                    << "wrong" << int(DbError::Kind::BadCredentials);
    QTest::newRow("no password") << "olena"
                                 << "" << int(DbError::Kind::BadCredentials);
    QTest::newRow("unknown login") << "nobody_here"
                                   << "x" << int(DbError::Kind::BadCredentials);
    QTest::newRow("owner by password") << "kontakt_owner"
                                       << "x" << int(DbError::Kind::None);
}

void TestLocalCluster::otherLoginsNeedTheirPassword()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, kind);
    DbError error;
    {
        // The owner reaches its own cluster by peer authentication (this OS account).
        QSqlDatabase owner =
            DatabaseConnector::open(QStringLiteral("owner"), params(m_layout.ownerRole), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        StaffRepository repo(owner);
        if (!repo.exists(QStringLiteral("olena"), &error)) {
            StaffRepository::NewStaff s;
            s.login = QStringLiteral("olena");
            s.password = QStringLiteral("Pa55-слово");
            s.role = StaffRole::Operator;
            s.fullName = QStringLiteral("Олена Ткаченко");
            QVERIFY2(repo.create(s, &error), qPrintable(error.detail));
        }
    }
    DatabaseConnector::close(QStringLiteral("owner"));
    DatabaseConnector::open(QStringLiteral("try"), params(login, password), &error);
    DatabaseConnector::close(QStringLiteral("try"));
    QCOMPARE(int(error.kind), kind);
}

void TestLocalCluster::noTcp()
{
    DbError error;
    {
        QSqlDatabase db =
            DatabaseConnector::open(QStringLiteral("tcp"), params(m_layout.ownerRole), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SHOW listen_addresses")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
    }
    DatabaseConnector::close(QStringLiteral("tcp"));
}

void TestLocalCluster::stopAndStatus()
{
    LocalCluster cluster(m_layout);
    QCOMPARE(cluster.state(), LocalCluster::State::Running);
    const auto r = cluster.stop();
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(cluster.state(), LocalCluster::State::Stopped);
    QVERIFY(cluster.stop().ok()); // idempotent
    DbError error;
    DatabaseConnector::open(QStringLiteral("down"), params(m_layout.ownerRole), &error);
    DatabaseConnector::close(QStringLiteral("down"));
    QCOMPARE(error.kind, DbError::Kind::ServerUnreachable);
}

void TestLocalCluster::missingBinaries()
{
    LocalCluster cluster(
        LocalClusterLayout::forBase(m_base + QStringLiteral("-nobin"), OsUser::isRoot()),
        QString());
    const auto r = cluster.start();
    QCOMPARE(r.error, LocalCluster::Error::PostgresNotInstalled);
    QVERIFY(r.message().contains(QStringLiteral("apt install postgresql-15")));
    QVERIFY(!QDir(m_base + QStringLiteral("-nobin")).exists());
}

void TestLocalCluster::unwritableFolder()
{
    // /proc refuses new folders even for root.
    LocalDesk desk(
        LocalClusterLayout::forBase(QStringLiteral("/proc/kontakt-test"), OsUser::isRoot()));
    const auto r = desk.prepare();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("/proc/kontakt-test")), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
