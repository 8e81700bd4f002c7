#include "csvwriter.h"
#include "desksession.h"
#include "disciplinetablemodel.h"
#include "disciplinewindow.h"
#include "mainwindow.h"
#include "reportscontroller.h"
#include "staffrepository.h"
#include "workflowfixture.h"
#include "workflowrepository.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
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
    void disciplineWindowDrillsDown();
    void xlsxExportIsAudited();

private:
    Session sessionOf(const QString &who);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QTemporaryDir m_dir;
};

Session TestReportsController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("reports-"), this);
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
    for (const QString &name :
         {QStringLiteral("dailyReportAction"), QStringLiteral("disciplineAction"),
          QStringLiteral("analyticsAction"), QStringLiteral("quarterlyAction")}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(menu->actions().contains(action));
    }
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
    QSignalSpy ready(&controller, &ReportsController::reportReady);
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
    QCOMPARE(ready.at(0).at(0).value<ReportDocument>().kind, QStringLiteral("daily"));
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

void TestReportsController::disciplineWindowDrillsDown()
{
    // Route one appeal to the fixture's executor organisation, then look at this quarter.
    const qint64 appeal = m_fx->newAppeal(QStringLiteral("Не працює ліфт"));
    QVERIFY(appeal > 0);
    const auto version = [this](qint64 id) {
        WorkflowError e;
        return WorkflowRepository(m_db->ownerConnection())
            .loadCase(id, &e)
            .value_or(CaseDetails())
            .version;
    };
    auto r = WorkflowRepository(m_fx->connectionAs(QStringLiteral("operator")))
                 .route(appeal, version(appeal), m_fx->orgA, {}, QStringLiteral("Відремонтувати"),
                        QDate());
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    r = WorkflowRepository(m_fx->connectionAs(QStringLiteral("head")))
            .approve(appeal, version(appeal));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    const Session head = sessionOf(QStringLiteral("head"));
    MainWindow window(head.info);
    ReportsController controller(head, &window);
    QSignalSpy open(&controller, &ReportsController::openRequested);
    controller.openDiscipline();
    DisciplineWindow *w = controller.disciplineWindow();
    QVERIFY(w);
    QVERIFY(QTest::qWaitFor([w] { return w->organisations()->rowCount() > 0; }, 20000));
    const auto &rows = w->organisations()->rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).received, qint64(1));
    w->drillDown(false, 0, DisciplineCategory::All);
    QVERIFY(QTest::qWaitFor([w] { return w->cases()->rowCount() > 0; }, 20000));
    QCOMPARE(w->cases()->cases().at(0).appealId, appeal);
    emit w->openCaseRequested(appeal);
    QCOMPARE(open.count(), 1);
    w->close();
}

void TestReportsController::xlsxExportIsAudited()
{
    const Session manager = sessionOf(QStringLiteral("manager"));
    MainWindow window(manager.info);
    ReportsController controller(manager, &window);
    QSignalSpy saved(&controller, &ReportsController::saved);
    QSignalSpy failed(&controller, &ReportsController::failed);
    const QDate today = ReportsController::yesterday().addDays(1);
    const QString path = m_dir.filePath(QStringLiteral("quarter.xlsx"));
    controller.makeReport(ReportRequest::quarterly(today.year(), (today.month() - 1) / 3 + 1),
                          ReportOutput::Xlsx, path);
    QVERIFY2(QTest::qWaitFor([&] { return saved.count() + failed.count() > 0; }, 20000),
             "no answer");
    QCOMPARE(failed.count(), 0);
    QVERIFY(QFileInfo(path).size() > 1000);
    // The log is written on the desk's connection after the file.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(QTest::qWaitFor(
        [&] {
            q.exec(QStringLiteral("SELECT count(*) FROM kontakt.audit_log WHERE table_name = "
                                  "'report' AND new_data->>'report' = 'quarterly' AND "
                                  "new_data->>'format' = 'xlsx'"));
            return q.next() && q.value(0).toInt() == 1;
        },
        10000));
}

QTEST_MAIN(TestReportsController)
#include "tst_reportscontroller.moc"
