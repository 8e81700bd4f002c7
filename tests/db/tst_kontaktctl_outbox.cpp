#include "kontaktctlrun.h"
#include "testdatabase.h"
#include "workflowfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// `kontaktctl outbox list`: the notices a workflow step wrote, as the connection's login;
// tab-separated with a header line or JSON; 1 when the database refuses the login, 2 on bad
// usage.
class TestKontaktctlOutbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void approvalNoticeIsListed();
    void filters_data();
    void filters();
    void refusedForTheOperator();

private:
    using Run = KontaktctlRun;
    Run ctl(const QString &who, const QStringList &args);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_exe;
    QString m_reg;
};

void TestKontaktctlOutbox::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    // The workflow step that writes the notice, through kontaktctl as well.
    QVERIFY(m_fx->newAppeal(QStringLiteral("Не вивезено сміття"), &m_reg) > 0);
    Run r = ctl(QStringLiteral("operator"),
                {"case", "route", m_reg, "--org", "ORG_A", "--text", "Вивезти"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ctl(QStringLiteral("head"), {"case", "approve", m_reg});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestKontaktctlOutbox::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

TestKontaktctlOutbox::Run TestKontaktctlOutbox::ctl(const QString &who, const QStringList &args)
{
    return KontaktctlRun::start(
        m_exe, QStringList{QStringLiteral("--db"),
                           m_db->connInfo(who.isEmpty() ? QString() : m_fx->login(who))} +
                   args);
}

void TestKontaktctlOutbox::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown verb") << QStringList{"outbox", "send"};
    QTest::newRow("no verb") << QStringList{"outbox"};
    QTest::newRow("unknown status") << QStringList{"outbox", "list", "--status", "lost"};
    QTest::newRow("limit zero") << QStringList{"outbox", "list", "--limit", "0"};
    QTest::newRow("limit not a number") << QStringList{"outbox", "list", "--limit", "many"};
    QTest::newRow("limit too large") << QStringList{"outbox", "list", "--limit", "10001"};
    QTest::newRow("unknown option") << QStringList{"outbox", "list", "--all"};
    QTest::newRow("extra argument") << QStringList{"outbox", "list", "W-1"};
}

void TestKontaktctlOutbox::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = ctl(QStringLiteral("head"), args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
}

void TestKontaktctlOutbox::approvalNoticeIsListed()
{
    // Tab-separated: a header line, then one line per message.
    Run r = ctl(QStringLiteral("head"), {"outbox", "list"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList header = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(header.size(), 10);
    QCOMPARE(header.at(0), QStringLiteral("id"));
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), header.size());
    const auto cell = [&](const char *name) {
        return cells.at(header.indexOf(QString::fromLatin1(name)));
    };
    QCOMPARE(cell("kind"), QStringLiteral("assignment"));
    QCOMPARE(cell("status"), QStringLiteral("queued"));
    QCOMPARE(cell("attempts"), QStringLiteral("0"));
    QCOMPARE(cell("recipient"), QStringLiteral("org_a@example.org"));
    QCOMPARE(cell("reg_index"), m_reg);
    QVERIFY(cell("subject").contains(m_reg));
    QVERIFY(QDateTime::fromString(cell("created_at"), Qt::ISODate).isValid());
    QVERIFY(cell("sent_at").isEmpty());

    // JSON: the same message with its body.
    r = ctl(QStringLiteral("manager"), {"outbox", "list", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject m = json.value(QStringLiteral("messages")).toArray().at(0).toObject();
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("assignment"));
    QCOMPARE(m.value(QStringLiteral("reg_index")).toString(), m_reg);
    QCOMPARE(m.value(QStringLiteral("recipient")).toString(), QStringLiteral("org_a@example.org"));
    QVERIFY(m.value(QStringLiteral("body")).toString().contains(m_reg));
    QVERIFY(m.value(QStringLiteral("sent_at")).isNull());
    QVERIFY(m.value(QStringLiteral("appeal_id")).toInteger() > 0);
}

void TestKontaktctlOutbox::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("count");
    QTest::newRow("queued") << QStringList{"--status", "queued"} << 1;
    QTest::newRow("sent") << QStringList{"--status", "sent"} << 0;
    QTest::newRow("failed") << QStringList{"--status", "failed"} << 0;
    QTest::newRow("kind") << QStringList{"--kind", "reminder"} << 0;
    QTest::newRow("search") << QStringList{"--search", "ORG_A"} << 1;
    QTest::newRow("limit") << QStringList{"--limit", "1"} << 1;
}

void TestKontaktctlOutbox::filters()
{
    QFETCH(QStringList, options);
    QFETCH(int, count);
    const Run r = ctl(QStringLiteral("admin"), QStringList{"outbox", "list", "--json"} + options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), count);
    QCOMPARE(r.json().value(QStringLiteral("messages")).toArray().size(), count);
}

void TestKontaktctlOutbox::refusedForTheOperator()
{
    const Run r = ctl(QStringLiteral("operator"), {"outbox", "list"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("not_allowed")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("permission denied")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKontaktctlOutbox)
#include "tst_kontaktctl_outbox.moc"
