#include "databaseconnector.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestDatabaseConnector : public QObject
{
    Q_OBJECT
private slots:
    void opensAndSetsApplicationName();
    void failures_data();
    void failures();
    void conninfoParams();
};

void TestDatabaseConnector::opensAndSetsApplicationName()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    ConnectParams p = tdb.params();
    p.applicationName = QStringLiteral("kontakt-desk-7");
    DbError error;
    {
        QSqlDatabase db = DatabaseConnector::open(QStringLiteral("c1"), p, &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT current_setting('application_name'), "
                                      "current_database()")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kontakt-desk-7"));
        QCOMPARE(q.value(1).toString(), tdb.name());
    }
    DatabaseConnector::close(QStringLiteral("c1"));
}

void TestDatabaseConnector::failures_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("kind");
    QTest::newRow("server down") << "port" << int(DbError::Kind::ServerUnreachable);
    QTest::newRow("no such socket folder") << "host" << int(DbError::Kind::ServerUnreachable);
    QTest::newRow("unknown database") << "dbname" << int(DbError::Kind::UnknownDatabase);
    QTest::newRow("unknown login") << "user" << int(DbError::Kind::BadCredentials);
}

void TestDatabaseConnector::failures()
{
    QFETCH(QString, what);
    QFETCH(int, kind);
    ConnectParams p;
    p.conninfo.insert(QStringLiteral("host"), TestDatabase::host());
    p.conninfo.insert(QStringLiteral("port"), QString::number(TestDatabase::port()));
    p.conninfo.insert(QStringLiteral("dbname"), QStringLiteral("postgres"));
    p.conninfo.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
    p.user = QStringLiteral("kontakt_owner");
    QTemporaryDir empty;
    if (what == QLatin1String("port"))
        p.conninfo.insert(QStringLiteral("port"), QString::number(TestDatabase::port() + 1));
    else if (what == QLatin1String("host"))
        p.conninfo.insert(QStringLiteral("host"), empty.path());
    else if (what == QLatin1String("dbname"))
        p.conninfo.insert(QStringLiteral("dbname"), QStringLiteral("no_such_database_here"));
    else if (what == QLatin1String("user"))
        p.user = QStringLiteral("no_such_login_here");
    DbError error;
    DatabaseConnector::open(QStringLiteral("fail"), p, &error);
    DatabaseConnector::close(QStringLiteral("fail"));
    QVERIFY(error.isError());
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!error.detail.isEmpty());
}

void TestDatabaseConnector::conninfoParams()
{
    QString err;
    const auto p = ConnectParams::fromConnInfo(
        QStringLiteral("host=/tmp port=5433 dbname=k user=u password='p w' sslmode=disable"), &err);
    QVERIFY(p.has_value());
    QCOMPARE(p->user, QStringLiteral("u"));
    QCOMPARE(p->password, QStringLiteral("p w"));
    QVERIFY(!p->conninfo.contains(QStringLiteral("password")));
    QCOMPARE(p->conninfo.value(QStringLiteral("connect_timeout")), QStringLiteral("10"));
    QVERIFY(!p->describe().contains(QStringLiteral("p w")));
    QVERIFY(!ConnectParams::fromConnInfo(QStringLiteral("host"), &err).has_value());
}

QTEST_GUILESS_MAIN(TestDatabaseConnector)
#include "tst_databaseconnector.moc"
