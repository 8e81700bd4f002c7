#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// The benchmark runs end to end on a small database: seeds it, acts as a demo operator, and
// reports every scenario with client and raw figures. (Speed itself is judged from its report,
// never by assertions here.)
class TestBench : public QObject
{
    Q_OBJECT
private slots:
    void reportsEveryScenario();
};

void TestBench::reportsEveryScenario()
{
    TestDatabase db;
    QVERIFY2(db.isReady(), qPrintable(db.error()));
    QProcess bench;
    bench.start(QString::fromLocal8Bit(qgetenv("KONTAKTCTL")),
                {QStringLiteral("--db"), db.connInfo(), QStringLiteral("bench"),
                 QStringLiteral("--cases"), QStringLiteral("1500"), QStringLiteral("--reps"),
                 QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY(bench.waitForFinished(240000));
    const QString err = QString::fromUtf8(bench.readAllStandardError());
    QVERIFY2(bench.exitCode() == 0, qPrintable(err.right(2000)));
    const QJsonObject report = QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
    QVERIFY(report.value(QStringLiteral("cases")).toInteger() >= 1500);
    QSet<QString> names;
    for (const QJsonValue &v : report.value(QStringLiteral("scenarios")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        names.insert(name);
        if (name == QLatin1String("gui_scroll")) {
            QVERIFY(o.contains(QStringLiteral("max_gui_stall_ms")));
            QVERIFY(o.contains(QStringLiteral("rss_growth_mb")));
            QVERIFY(o.value(QStringLiteral("rows")).toInt() >= 1500);
            continue;
        }
        QVERIFY2(o.value(QStringLiteral("p95_ms")).toDouble() > 0, qPrintable(name));
        QVERIFY(o.value(QStringLiteral("p95_ms")).toDouble() >=
                o.value(QStringLiteral("p50_ms")).toDouble());
        if (name.startsWith(QLatin1String("search_")) || name == QLatin1String("queue_scroll") ||
            name == QLatin1String("queue_first_page") || name == QLatin1String("case_open")) {
            QVERIFY2(o.value(QStringLiteral("raw_p95_ms")).toDouble() > 0, qPrintable(name));
            QVERIFY(o.value(QStringLiteral("ratio")).toDouble() > 0);
        }
        if (name.startsWith(QLatin1String("register")))
            QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 0);
        if (name.startsWith(QLatin1String("mail_")))
            QCOMPARE(o.value(QStringLiteral("found")).toInt(),
                     o.value(QStringLiteral("repetitions")).toInt());
    }
    for (const char *n :
         {"queue_first_page", "queue_scroll", "search_phone", "search_name", "search_regno",
          "search_address", "search_text", "register", "register_concurrent", "register_50_desks",
          "case_open", "gui_scroll", "mail_store", "mail_queue"})
        QVERIFY2(names.contains(QString::fromLatin1(n)), n);
}

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
