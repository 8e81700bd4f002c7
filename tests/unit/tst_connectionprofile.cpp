#include "connectionprofile.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void serverConnInfoHasTimeoutsAndKeepalives();
    void saveAndLoad();
    void reportingServer();
    void precedence();

private:
    QTemporaryDir m_dir;
};

void TestConnectionProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kontakt"));
    QVERIFY(m_dir.isValid());
}

void TestConnectionProfile::validation_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ok") << "db1"
                        << "5432"
                        << "kontakt"
                        << "verify-full" << 10 << true;
    QTest::newRow("multi-host") << "db1,db2"
                                << "5432"
                                << "kontakt"
                                << "prefer" << 10 << true;
    QTest::newRow("no host") << ""
                             << "5432"
                             << "kontakt"
                             << "prefer" << 10 << false;
    QTest::newRow("empty host in list") << "db1,,db2"
                                        << "5432"
                                        << "kontakt"
                                        << "prefer" << 10 << false;
    QTest::newRow("host with space") << "db 1"
                                     << "5432"
                                     << "kontakt"
                                     << "prefer" << 10 << false;
    QTest::newRow("port text") << "db1"
                               << "abc"
                               << "kontakt"
                               << "prefer" << 10 << false;
    QTest::newRow("port zero") << "db1"
                               << "0"
                               << "kontakt"
                               << "prefer" << 10 << false;
    QTest::newRow("port too big") << "db1"
                                  << "70000"
                                  << "kontakt"
                                  << "prefer" << 10 << false;
    QTest::newRow("no database") << "db1"
                                 << "5432"
                                 << " "
                                 << "prefer" << 10 << false;
    QTest::newRow("bad sslmode") << "db1"
                                 << "5432"
                                 << "kontakt"
                                 << "maybe" << 10 << false;
    QTest::newRow("timeout 1") << "db1"
                               << "5432"
                               << "kontakt"
                               << "prefer" << 1 << false;
}

void TestConnectionProfile::validation()
{
    QFETCH(QString, hosts);
    QFETCH(QString, ports);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QFETCH(int, timeout);
    QFETCH(bool, valid);
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = hosts;
    p.ports = ports;
    p.database = database;
    p.sslMode = sslMode;
    p.connectTimeoutSeconds = timeout;
    QCOMPARE(!p.validationError().has_value(), valid);

    p.kind = ConnectionProfile::Kind::Embedded; // the embedded profile needs none of these
    QVERIFY(!p.validationError().has_value());
}

void TestConnectionProfile::serverConnInfoHasTimeoutsAndKeepalives()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = QStringLiteral("db1,db2");
    p.connectTimeoutSeconds = 7;
    const auto map = p.serverConnInfo();
    QCOMPARE(map.value(QStringLiteral("host")), QStringLiteral("db1,db2"));
    QCOMPARE(map.value(QStringLiteral("connect_timeout")), QStringLiteral("7"));
    QCOMPARE(map.value(QStringLiteral("keepalives")), QStringLiteral("1"));
    QCOMPARE(map.value(QStringLiteral("target_session_attrs")), QStringLiteral("read-write"));
    QVERIFY(!map.contains(QStringLiteral("password")));
    QCOMPARE(p.describe(), QStringLiteral("db1,db2:5432/kontakt"));
}

void TestConnectionProfile::saveAndLoad()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = QStringLiteral("db.brovary.local");
    p.ports = QStringLiteral("6432");
    p.database = QStringLiteral("kontakt_prod");
    p.sslMode = QStringLiteral("verify-full");
    p.targetSessionAttrs = QStringLiteral("any");
    p.connectTimeoutSeconds = 15;
    p.lastLogin = QStringLiteral("ivanenko");
    p.reportHosts = QStringLiteral("standby1,standby2");
    QSettings s(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    p.save(s);
    s.sync();
    QCOMPARE(ConnectionProfile::load(s), p);
    // No password is ever written.
    for (const QString &key : s.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("pass")), qPrintable(key));
}

void TestConnectionProfile::reportingServer()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = QStringLiteral("db1,db2");
    p.sslMode = QStringLiteral("verify-full");
    // None named: reports read from the desk's own server.
    QVERIFY(p.reportingConnInfo().isEmpty());
    p.reportHosts = QStringLiteral("standby1");
    const ConnInfo::Map r = p.reportingConnInfo();
    QCOMPARE(r.value(QStringLiteral("host")), QStringLiteral("standby1"));
    QCOMPARE(r.value(QStringLiteral("target_session_attrs")), QStringLiteral("prefer-standby"));
    // Same database, TLS and timeouts as the desk.
    QCOMPARE(r.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    QCOMPARE(r.value(QStringLiteral("dbname")), p.serverConnInfo().value(QStringLiteral("dbname")));
    QVERIFY(!p.validationError().has_value());
    p.reportHosts = QStringLiteral("standby 1");
    QVERIFY(p.validationError().has_value());
    // The embedded cluster has no standby.
    p.kind = ConnectionProfile::Kind::Embedded;
    p.reportHosts = QStringLiteral("standby1");
    QVERIFY(p.reportingConnInfo().isEmpty());
}

void TestConnectionProfile::precedence()
{
    const QString system = m_dir.filePath(QStringLiteral("system.conf"));
    qputenv("KONTAKT_SYSTEM_CONFIG", system.toLocal8Bit());
    ConnectionProfileStore store;
    // Nothing configured: embedded.
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("kontakt"),
              QStringLiteral("kontakt"))
        .clear();
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Embedded);

    // The administrator's file applies to every desk that has not chosen.
    {
        QSettings s(system, QSettings::IniFormat);
        ConnectionProfile admin;
        admin.kind = ConnectionProfile::Kind::Server;
        admin.hosts = QStringLiteral("db1,db2");
        admin.save(s);
    }
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Server);
    QCOMPARE(store.current().hosts, QStringLiteral("db1,db2"));
    store.saveLastLogin(QStringLiteral("petrenko"));
    QCOMPARE(store.current().lastLogin, QStringLiteral("petrenko"));
    QVERIFY(!store.hasUserChoice());

    // The desk's own choice wins.
    ConnectionProfile mine;
    store.saveUserChoice(mine);
    QVERIFY(store.hasUserChoice());
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Embedded);
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
