#include "csvwriter.h"
#include "mainwindow.h"
#include "reportscontroller.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Reports ▸ Daily report for the mayor… against a real database: the menu entry, the read on
// the session's database thread (the GUI thread goes on), and the saved CSV, with what the
// login may see: the manager all of the day's appeals, an executor only its organisation's.
class TestReportsController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuEntry();
    void savesTheDayOffTheGuiThread_data();
    void savesTheDayOffTheGuiThread();

private:
    Session sessionOf(const QString &who);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QTemporaryDir m_dir;
};

Session TestReportsController::sessionOf(const QString &who)
{
    Session s;
    s.params = m_db->params(m_fx->login(who));
    DbError error;
    if (const auto info = StaffRepository(m_fx->connectionAs(who)).sessionInfo(&error))
        s.info = *info;
    s.db = std::make_shared<DatabaseThread>(QStringLiteral("reports-") + who);
    bool done = false;
    s.db->open(this, s.params, [&done](DbError) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the database thread of %s did not open", qPrintable(who));
    return s;
}

void TestReportsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    // Two appeals today, neither routed: an executor sees none of them.
    QVERIFY(m_fx->newAppeal(QStringLiteral("Аварійне дерево біля школи")) > 0);
    QVERIFY(m_fx->newAppeal(QStringLiteral("=HYPERLINK(\"http://x\") не вивезено сміття")) > 0);
}

void TestReportsController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestReportsController::menuEntry()
{
    const Session manager = sessionOf(QStringLiteral("manager"));
    MainWindow window(manager.info);
    auto *controller = new ReportsController(manager, &window);
    Q_UNUSED(controller)
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    QVERIFY(menu);
    auto *action = window.findChild<QAction *>(QStringLiteral("dailyReportAction"));
    QVERIFY(action);
    QVERIFY(menu->actions().contains(action));
    QVERIFY(ReportsController::mayRun(manager.info));
}

void TestReportsController::savesTheDayOffTheGuiThread_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("appeals");
    QTest::newRow("manager") << "manager" << 2;
    QTest::newRow("operator") << "operator" << 2;
    QTest::newRow("executor") << "exec_a" << 0;
}

void TestReportsController::savesTheDayOffTheGuiThread()
{
    QFETCH(QString, who);
    QFETCH(int, appeals);
    const Session session = sessionOf(who);
    MainWindow window(session.info);
    ReportsController controller(session, &window);
    QSignalSpy ready(&controller, &ReportsController::dailyReportReady);
    QSignalSpy saved(&controller, &ReportsController::saved);
    QSignalSpy failed(&controller, &ReportsController::failed);
    const QString path = m_dir.filePath(who + QStringLiteral(".csv"));
    const QDate today = ReportsController::yesterday().addDays(1);
    controller.makeDailyReport(today, today, 2 /* DailyReportDialog::Output::Csv */, path);
    // The read is on the database thread: nothing has arrived yet when the call returns.
    QCOMPARE(ready.count(), 0);
    QVERIFY2(QTest::qWaitFor([&] { return saved.count() + failed.count() > 0; }, 20000),
             "no answer");
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    const auto data = ready.at(0).at(0).value<DailyReportData>();
    QCOMPARE(int(data.appeals), appeals);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvWriter::parse(file.readAll());
    bool total = false;
    for (const QStringList &row : rows) {
        if (row.value(0) == QStringLiteral("Зареєстровано звернень")) {
            QCOMPARE(row.value(1).toInt(), appeals);
            total = true;
        }
        // A citizen's formula-like text is neutralised in the export.
        for (const QString &cell : row)
            QVERIFY(!cell.startsWith(QLatin1Char('=')));
    }
    QVERIFY(total);
}

QTEST_MAIN(TestReportsController)
#include "tst_reportscontroller.moc"
