#include "localclusterlayout.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestLocalClusterLayout : public QObject
{
    Q_OBJECT
private slots:
    void paths_data();
    void paths();
    void envOverride();
    void findBinDir();
    void candidateOrder();
};

void TestLocalClusterLayout::paths_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("shortSocket");
    QTest::newRow("short") << "/var/lib/kontakt/local" << true;
    QTest::newRow("trailing slash cleaned") << "/tmp/k/" << true;
    QTest::newRow("long home path") << "/home/a-very-long-user-name-for-testing/.local/share/"
                                       "kontakt/local/with/even/more/nested/folders"
                                    << false;
}

void TestLocalClusterLayout::paths()
{
    QFETCH(QString, base);
    QFETCH(bool, shortSocket);
    const auto l = LocalClusterLayout::forBase(base, false);
    QCOMPARE(l.baseDir, QDir::cleanPath(base));
    QCOMPARE(l.dataDir, QDir::cleanPath(base) + QStringLiteral("/pgdata"));
    QCOMPARE(l.socketDir.startsWith(l.baseDir), shortSocket);
    // The socket file path must fit into sockaddr_un (108 bytes).
    QVERIFY(l.socketDir.size() + QStringLiteral("/.s.PGSQL.54329").size() < 108);
    QVERIFY(l.connInfo().contains(QStringLiteral("host=") + l.socketDir));
    QVERIFY(l.connInfo(QStringLiteral("root")).endsWith(QStringLiteral(" user=root")));
    QVERIFY(!l.connInfo().contains(QStringLiteral("password")));
}

void TestLocalClusterLayout::envOverride()
{
    qputenv("KONTAKT_LOCAL_DIR", "/tmp/kontakt-layout-test");
    const auto l = LocalClusterLayout::forCurrentUser();
    QCOMPARE(l.baseDir, QStringLiteral("/tmp/kontakt-layout-test"));
    QCOMPARE(l.runAsPostgres, OsUser::isRoot());
    qunsetenv("KONTAKT_LOCAL_DIR");
    const auto d = LocalClusterLayout::forCurrentUser();
    if (OsUser::isRoot())
        QCOMPARE(d.baseDir, QStringLiteral("/var/lib/kontakt/local"));
    else
        QVERIFY(d.baseDir.endsWith(QStringLiteral("/kontakt/local")));
}

void TestLocalClusterLayout::findBinDir()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    auto makeTool = [&](const QString &dir, const QString &tool) {
        QDir().mkpath(dir);
        QFile f(dir + QLatin1Char('/') + tool);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    const QString only = root.filePath(QStringLiteral("13/bin"));
    const QString full = root.filePath(QStringLiteral("15/bin"));
    makeTool(only, QStringLiteral("initdb")); // no pg_ctl: not usable
    makeTool(full, QStringLiteral("initdb"));
    makeTool(full, QStringLiteral("pg_ctl"));
    QCOMPARE(PostgresBinaries::findBinDir({only, full}), full);
    QCOMPARE(PostgresBinaries::findBinDir({only}), QString());
    QCOMPARE(PostgresBinaries::findBinDir({}), QString());
    QVERIFY(PostgresBinaries::installHint().contains(QStringLiteral("postgresql-15")));
}

void TestLocalClusterLayout::candidateOrder()
{
    QTemporaryDir root;
    for (const char *v : {"9.6", "15", "10", "16"})
        QDir().mkpath(root.filePath(QString::fromLatin1(v)));
    const QStringList dirs = PostgresBinaries::candidateDirs(root.path());
    // Newest first, numerically (16 > 15 > 10 > 9.6).
    QCOMPARE(dirs.at(0), root.filePath(QStringLiteral("16/bin")));
    QCOMPARE(dirs.at(1), root.filePath(QStringLiteral("15/bin")));
    QCOMPARE(dirs.at(2), root.filePath(QStringLiteral("10/bin")));
    QCOMPARE(dirs.at(3), root.filePath(QStringLiteral("9.6/bin")));
}

QTEST_GUILESS_MAIN(TestLocalClusterLayout)
#include "tst_localclusterlayout.moc"
