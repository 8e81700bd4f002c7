#include "migrator.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

// The command-line contract: words, outputs and exit codes (0 ok, 1 finding, 2 bad usage).
class TestKontaktctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void migrateAndStatus();
    void userAdd_data();
    void userAdd();
    void unreachableServer();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &stdinData = QByteArray());
    QString m_exe;
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_logins;
};

void TestKontaktctl::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>(false);
    QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
}

void TestKontaktctl::cleanupTestCase()
{
    QSqlQuery q(m_db->ownerConnection());
    for (const QString &l : std::as_const(m_logins))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(l));
    m_db.reset();
}

TestKontaktctl::Run TestKontaktctl::run(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KONTAKT_DB"));
    p.setProcessEnvironment(env);
    p.start(m_exe, args);
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestKontaktctl::version()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("PGHOST"));
    p.setProcessEnvironment(env);
    p.start(m_exe, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("kontaktctl 0.")));
}

void TestKontaktctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("db without verb") << QStringList{"db"};
    QTest::newRow("db bad verb") << QStringList{"db", "explode"};
    QTest::newRow("--db without value") << QStringList{"db", "status", "--db"};
    QTest::newRow("malformed conninfo") << QStringList{"--db", "host='x", "db", "status"};
    QTest::newRow("user add no role") << QStringList{"user", "add", "ivan"};
    QTest::newRow("user add bad role") << QStringList{"user", "add", "ivan", "--role", "god"};
    QTest::newRow("user add bad login")
        << QStringList{"user", "add", "Ivan;", "--role", "operator"};
    QTest::newRow("executor without org")
        << QStringList{"user", "add", "ivan", "--role", "executor"};
    QTest::newRow("local bad verb") << QStringList{"local", "explode"};
}

void TestKontaktctl::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args, "secret\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // exactly one line
    QVERIFY(r.err.startsWith(QStringLiteral("kontaktctl: ")));
}

void TestKontaktctl::migrateAndStatus()
{
    const QString db = m_db->connInfo();
    Run r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1); // pending migrations are a finding
    QVERIFY(r.out.contains(QStringLiteral("schema version 0")));
    QVERIFY(r.out.contains(QStringLiteral("pending 0001_")));

    r = run({QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(
        QStringLiteral("migrated from version 0 to %1").arg(Migrator::latestKnownVersion())));

    r = run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("up to date")));

    // KONTAKT_DB is the fallback for --db.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONTAKT_DB"), db);
    p.setProcessEnvironment(env);
    p.start(m_exe, {QStringLiteral("db"), QStringLiteral("status")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
}

void TestKontaktctl::userAdd_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("code");
    QTest::newRow("operator") << QStringList{"--role", "operator", "--name", "Оксана Бондар"}
                              << QByteArray("s3cret\n") << 0;
    QTest::newRow("executor") << QStringList{"--role", "executor", "--org", "CLI_ORG"}
                              << QByteArray("s3cret\n") << 0;
    QTest::newRow("unknown org") << QStringList{"--role", "executor", "--org", "NO_SUCH"}
                                 << QByteArray("s3cret\n") << 1;
    QTest::newRow("empty password") << QStringList{"--role", "operator"} << QByteArray("\n") << 2;
}

void TestKontaktctl::userAdd()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, password);
    QFETCH(int, code);
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kontakt.organisation(code, name, kind) VALUES "
                                  "('CLI_ORG', 'Управління ЖКГ', 'council_department') "
                                  "ON CONFLICT (code) DO NOTHING")));
    const QString login =
        QStringLiteral("cli_%1_%2")
            .arg(QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0),
                 m_db->name().right(6));
    m_logins << login;
    QStringList args{QStringLiteral("--db"), m_db->connInfo(), QStringLiteral("user"),
                     QStringLiteral("add"), login};
    args << extra;
    const Run r = run(args, password);
    QVERIFY2(r.code == code, qPrintable(r.err + r.out));
    q.prepare(QStringLiteral("SELECT count(*) FROM kontakt.staff WHERE login = ?"));
    q.addBindValue(login);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), code == 0 ? 1 : 0);
    if (code != 0)
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestKontaktctl::unreachableServer()
{
    const Run r =
        run({QStringLiteral("--db"),
             QStringLiteral("host=/nonexistent-socket-dir port=1 dbname=x connect_timeout=2"),
             QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot connect")));
}

QTEST_GUILESS_MAIN(TestKontaktctl)
#include "tst_kontaktctl.moc"
