#include "kontaktctlrun.h"
#include "migrator.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void appealAddShowExtend();
    void appealAddRefusals_data();
    void appealAddRefusals();

private:
    using Run = KontaktctlRun;
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
    return KontaktctlRun::start(m_exe, args, stdinData);
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

void TestKontaktctl::appealAddShowExtend()
{
    const QString db = m_db->connInfo();
    const QByteArray json = R"({"channel":"phone","received_at":"2026-11-27T10:15:00+02:00",
        "author":{"last_name":"Коваленко","first_name":"Марія","patronymic":"Іванівна",
                  "phone":"067-123-45-67","address":"вул. Київська, 12, кв. 5","sex":"4.2",
                  "categories":["7.5"],"social_status":"8.1"},
        "kind":"3.2","subject":"5.1","signatories":0,"topic":"009",
        "summary":"Немає гарячої води","text":"","problem_address":"","needs_study":true,
        "outcome":"register","reason":"","forward_to":"",
        "idempotency_key":"5b0e2c8e-0d7b-4f4e-9a52-7d6a3c1f0001"})";
    Run r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("add"),
                 QStringLiteral("-")},
                json);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString regNo = o.value(QStringLiteral("reg_no")).toString();
    QVERIFY(regNo.startsWith(QStringLiteral("К-")));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    QCOMPARE(o.value(QStringLiteral("arrival")).toString(), QStringLiteral("2.1"));
    QCOMPARE(o.value(QStringLiteral("priority")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-12-28"));
    QVERIFY(o.value(QStringLiteral("term_reason")).toString().contains(QStringLiteral("Sunday")));
    QVERIFY(o.value(QStringLiteral("linked_to")).isArray());

    // The same idempotency key: the stored appeal again, nothing new.
    r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("add"),
             QStringLiteral("-")},
            json);
    QCOMPARE(r.code, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reg_no")).toString(),
        regNo);
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE idempotency_key = "
                                  "'5b0e2c8e-0d7b-4f4e-9a52-7d6a3c1f0001'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("show"), regNo});
    QCOMPARE(r.code, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reg_no")).toString(),
        regNo);
    r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("show"),
             QStringLiteral("Я-99999")});
    QCOMPARE(r.code, 1);

    // Extension: 45 days from 27.11.2026 is 11.01.2027 (a Monday); beyond is refused.
    r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("extend"), regNo,
             QStringLiteral("--to"), QStringLiteral("2027-01-12")});
    QCOMPARE(r.code, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("max_due_date"))
                 .toString(),
             QStringLiteral("2027-01-11"));
    r = run({QStringLiteral("--db"), db, QStringLiteral("appeal"), QStringLiteral("extend"), regNo,
             QStringLiteral("--to"), QStringLiteral("2027-01-11")});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("due_date"))
                 .toString(),
             QStringLiteral("2027-01-11"));
}

void TestKontaktctl::appealAddRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expect");
    QTest::newRow("not json") << QByteArray("{oops") << 2 << QString();
    QTest::newRow("wrong type") << QByteArray(R"({"summary": 5, "topic":"009"})") << 2 << QString();
    QTest::newRow("unknown channel")
        << QByteArray(R"({"channel":"pigeon","topic":"009","summary":"x"})") << 2 << QString();
    QTest::newRow("future")
        << QByteArray(
               R"({"received_at":"2099-01-01T00:00:00Z","topic":"009","summary":"x","author":{"last_name":"Іванов"}})")
        << 1 << QStringLiteral("received_at");
    QTest::newRow("no summary") << QByteArray(R"({"topic":"009","author":{"last_name":"Іванов"}})")
                                << 1 << QStringLiteral("summary");
    QTest::newRow("bad phone") << QByteArray(
                                      R"({"topic":"009","summary":"x","author":{"phone":"12ab"}})")
                               << 1 << QStringLiteral("author.phone");
    QTest::newRow("unknown topic")
        << QByteArray(R"({"topic":"999","summary":"x","author":{"last_name":"Іванов"}})") << 1
        << QStringLiteral("database");
    QTest::newRow("forward without body")
        << QByteArray(R"({"topic":"009","summary":"x","outcome":"forward"})") << 1
        << QStringLiteral("forward_to");
}

void TestKontaktctl::appealAddRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(QString, expect);
    const Run r = run({QStringLiteral("--db"), m_db->connInfo(), QStringLiteral("appeal"),
                       QStringLiteral("add"), QStringLiteral("-")},
                      json);
    QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + r.err + r.out));
    if (code == 2)
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    if (!expect.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(expect), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(TestKontaktctl)
#include "tst_kontaktctl.moc"
