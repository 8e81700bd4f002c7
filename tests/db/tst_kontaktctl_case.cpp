#include "kontaktctlrun.h"
#include "testdatabase.h"
#include "workflowfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// `kontaktctl case ...`: each command as the connection's login, JSON out, exit codes 0 / 1
// (the database refused, reason on one stderr line) / 2 (bad usage).
class TestKontaktctlCase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void loopFromRegistrationToClosure();
    void refusalsExitOne_data();
    void refusalsExitOne();
    void escalate();

private:
    using Run = KontaktctlRun;
    Run ctl(const QString &who, const QStringList &args);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_exe;
};

void TestKontaktctlCase::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestKontaktctlCase::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

TestKontaktctlCase::Run TestKontaktctlCase::ctl(const QString &who, const QStringList &args)
{
    return KontaktctlRun::start(
        m_exe, QStringList{QStringLiteral("--db"),
                           m_db->connInfo(who.isEmpty() ? QString() : m_fx->login(who))} +
                   args);
}

void TestKontaktctlCase::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown verb") << QStringList{"case", "fly", "X-1"};
    QTest::newRow("route without org") << QStringList{"case", "route", "X-1", "--text", "t"};
    QTest::newRow("route without text") << QStringList{"case", "route", "X-1", "--org", "ORG_A"};
    QTest::newRow("bad term") << QStringList{"case",   "route", "X-1",    "--org",     "ORG_A",
                                             "--text", "t",     "--term", "31.12.2026"};
    QTest::newRow("reply unknown result")
        << QStringList{"case", "reply", "X-1", "--result", "maybe", "--text", "t"};
    QTest::newRow("callback reached without answer")
        << QStringList{"case", "callback", "X-1", "--reached", "yes"};
    QTest::newRow("rating out of range") << QStringList{
        "case", "callback", "X-1", "--reached", "yes", "--confirmed", "done", "--rating", "9"};
    QTest::newRow("decide without grant/refuse") << QStringList{"case", "extend-decide", "X-1"};
    QTest::newRow("close without result") << QStringList{"case", "close", "X-1"};
    QTest::newRow("no regno") << QStringList{"case", "approve"};
    QTest::newRow("unknown option") << QStringList{"case", "approve", "X-1", "--force"};
}

void TestKontaktctlCase::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = ctl(QStringLiteral("head"), args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestKontaktctlCase::loopFromRegistrationToClosure()
{
    QString reg;
    QVERIFY(m_fx->newAppeal(QStringLiteral("Не вивезено сміття"), &reg) > 0);
    const QString term = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    struct Step {
        const char *who;
        QStringList args;
        const char *status;
    };
    const QList<Step> steps = {
        {"operator",
         {"case", "route", reg, "--org", "ORG_A", "--co", "ORG_B", "--text", "Вивезти", "--term",
          term},
         "routing_proposed"},
        {"head", {"case", "approve", reg}, "approved"},
        {"exec_a", {"case", "accept", reg}, "in_progress"},
        {"exec_a",
         {"case", "extend-request", reg, "--to",
          QDate::currentDate().addDays(20).toString(Qt::ISODate), "--reason", "Техніка в ремонті"},
         "in_progress"},
        {"head", {"case", "extend-decide", reg, "--grant", "--notified"}, "in_progress"},
        {"head",
         {"case", "extend", reg, "--to", QDate::currentDate().addDays(25).toString(Qt::ISODate),
          "--notified"},
         "in_progress"},
        {"exec_b",
         {"case", "reply", reg, "--result", "explained", "--text", "Не наше"},
         "in_progress"},
        {"exec_a", {"case", "reply", reg, "--result", "done", "--text", "Вивезено"}, "replied"},
        {"operator", {"case", "callback", reg, "--reached", "no"}, "callback"},
        {"operator",
         {"case", "callback", reg, "--reached", "yes", "--confirmed", "no", "--rating", "2"},
         "callback"},
        {"operator", {"case", "rework", reg, "--words", "Сміття лежить"}, "rework"},
        {"exec_a",
         {"case", "reply", reg, "--result", "done", "--text", "Вивезено вдруге"},
         "replied"},
        {"operator",
         {"case", "callback", reg, "--reached", "yes", "--confirmed", "done", "--rating", "5"},
         "callback"},
        {"manager", {"case", "note", reg, "--text", "На контролі"}, "callback"},
        {"head", {"case", "close", reg, "--result", "9.1"}, "closed"},
    };
    for (const Step &s : steps) {
        const Run r = ctl(QString::fromLatin1(s.who), s.args);
        QVERIFY2(r.code == 0,
                 qPrintable(s.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(),
                 QString::fromLatin1(s.status));
    }
    const Run show = ctl(QStringLiteral("operator"), {"case", "show", reg, "--json"});
    QCOMPARE(show.code, 0);
    const QJsonObject c = show.json();
    QCOMPARE(c.value(QStringLiteral("result_code")).toString(), QStringLiteral("9.1"));
    // extended to +20 on the executor's request, then to +25 by the head's `case extend`
    QCOMPARE(c.value(QStringLiteral("due_date")).toString(),
             QDate::currentDate().addDays(25).toString(Qt::ISODate));
    QCOMPARE(c.value(QStringLiteral("assignments")).toArray().size(), 2);
    QCOMPARE(c.value(QStringLiteral("notes")).toArray().size(), 1);

    const Run history = ctl(QStringLiteral("operator"), {"case", "history", reg, "--json"});
    QCOMPARE(history.code, 0);
    QStringList kinds;
    for (const QJsonValue &v : history.json().value(QStringLiteral("history")).toArray())
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds.join(QLatin1Char(',')),
             QStringLiteral("registered,routed,approved,accepted,extension_requested,"
                            "extension_granted,extension_requested,extension_granted,replied,"
                            "replied,callback,callback,rework,replied,"
                            "callback,note,closed"));
    // an executor sees its case but may not close it, not even through the command line
    const Run byExecutor = ctl(QStringLiteral("exec_a"), {"case", "close", reg, "--result", "9.1"});
    QCOMPARE(byExecutor.code, 1);
    QVERIFY2(byExecutor.err.contains(QLatin1String("not_allowed")), qPrintable(byExecutor.err));
    const Run text = ctl(QStringLiteral("head"), {"case", "history", reg});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), kinds.size());
}

void TestKontaktctlCase::refusalsExitOne_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::newRow("operator approves")
        << "operator" << QStringList{"case", "approve", "REG"} << "not_allowed";
    QTest::newRow("executor closes a case it cannot see")
        << "exec_a" << QStringList{"case", "close", "REG", "--result", "9.1"} << "not_found";
    QTest::newRow("head closes unreplied")
        << "head" << QStringList{"case", "close", "REG", "--result", "9.1"} << "wrong_state";
    QTest::newRow("close with a non-result code")
        << "head" << QStringList{"case", "close", "REG", "--result", "1.1"} << "missing_result";
    QTest::newRow("term beyond 45 days")
        << "operator"
        << QStringList{"case",  "route",  "REG",
                       "--org", "ORG_A",  "--text",
                       "t",     "--term", QDate::currentDate().addDays(60).toString(Qt::ISODate)}
        << "beyond_legal_term";
    QTest::newRow("executor accepts an unrouted case")
        << "exec_a" << QStringList{"case", "accept", "REG"} << "not_found";
    QTest::newRow("unknown case") << "head" << QStringList{"case", "approve", "NO-SUCH"}
                                  << "not_found";
    QTest::newRow("unknown organisation")
        << "operator" << QStringList{"case", "route", "REG", "--org", "NOPE", "--text", "t"}
        << "not_found";
}

void TestKontaktctlCase::refusalsExitOne()
{
    QFETCH(QString, who);
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QString reg;
    QVERIFY(m_fx->newAppeal(QStringLiteral("Яма"), &reg) > 0);
    args.replaceInStrings(QStringLiteral("REG"), reg);
    const Run r = ctl(who, args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(key), qPrintable(r.err));
}

void TestKontaktctlCase::escalate()
{
    const Run byExecutor =
        ctl(QStringLiteral("exec_a"), {"case", "escalate", "--today", "2026-03-03"});
    QCOMPARE(byExecutor.code, 1);
    const Run run = ctl(QStringLiteral("operator"), {"case", "escalate", "--today", "2026-03-03"});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.json().value(QStringLiteral("steps")).isArray());
}

QTEST_GUILESS_MAIN(TestKontaktctlCase)
#include "tst_kontaktctl_case.moc"
