#include "approvalqueueactions.h"
#include "casecardcontroller.h"
#include "casequeuemodel.h"
#include "casequeuepage.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "reasondialog.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

// The head's keys on "Awaiting approval": A approves every selected proposal (after one
// question for several), R sends the current one back to the operator with a reason.
class TestApprovalQueueActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void approveSelectedAndReject();

private:
    QString status(qint64 id);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestApprovalQueueActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestApprovalQueueActions::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

QString TestApprovalQueueActions::status(qint64 id)
{
    return m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {id})
        .toString();
}

void TestApprovalQueueActions::approveSelectedAndReject()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = m_fx->newAppeal(QStringLiteral("Пропозиція %1").arg(i));
        QVERIFY(id > 0);
        WorkflowRepository op(m_fx->connectionAs(QStringLiteral("operator")));
        WorkflowError e;
        const auto d = op.loadCase(id, &e);
        QVERIFY(d);
        const auto r =
            op.route(id, d->version, m_fx->orgA, {}, QStringLiteral("Розглянути"), QDate());
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        ids << id;
    }
    Session head;
    head.params = m_db->params(m_fx->login(QStringLiteral("head")));
    DbError error;
    head.info = *StaffRepository(m_fx->connectionAs(QStringLiteral("head"))).sessionInfo(&error);
    MainWindow window(head.info);
    CaseCardController cards(head, &window);
    CaseQueueModel model(head.params);
    CaseQueuePage page(QStringLiteral("approval_test"));
    page.setModel(&model);
    new ApprovalQueueActions(&page, &cards, &window);
    page.resize(1200, 300);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    CaseQueueQuery query;
    query.tab = CaseQueueQuery::Tab::AwaitingApproval;
    query.sort = CaseQueueQuery::Sort::Received;
    model.setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
    QTRY_VERIFY(model.data(model.index(2, 0), CaseQueueModel::LoadedRole).toBool());

    // The first two rows selected by keyboard (Shift+Down), then A: one question, two approvals.
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(page.selectedIds().size(), 2);
    whenModalShown<QMessageBox>(this,
                                [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QSignalSpy bulk(&cards, &CaseCardController::bulkApproved);
    QTest::keyClick(view, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(bulk.count(), 1, 15000);
    QCOMPARE(bulk.first().at(0).toInt(), 2);
    const QList<qint64> chosen = {
        model.data(model.index(0, 0), CaseQueueModel::IdRole).toLongLong(),
        model.data(model.index(1, 0), CaseQueueModel::IdRole).toLongLong()};
    for (qint64 id : chosen)
        QCOMPARE(status(id), QStringLiteral("approved"));

    // The remaining proposal goes back to the operator: R, a reason, OK.
    qint64 last = 0;
    for (qint64 id : ids) {
        if (!chosen.contains(id))
            last = id;
    }
    QCOMPARE(status(last), QStringLiteral("routing_proposed"));
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
    QTRY_VERIFY(model.data(model.index(0, 0), CaseQueueModel::LoadedRole).toBool());
    page.activateWindow(); // the question box had the focus
    QVERIFY(QTest::qWaitForWindowActive(&page));
    view->setFocus();
    view->clearSelection();
    view->setCurrentIndex(view->model()->index(0, 0));
    whenModalShown<ReasonDialog>(this, [](ReasonDialog *d) {
        d->setReason(QStringLiteral("Виконавець інший: КП Б"));
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    QSignalSpy done(&cards, &CaseCardController::actionDone);
    QSignalSpy failed(&cards, &CaseCardController::actionFailed);
    QSignalSpy loaded(&cards, &CaseCardController::loaded);
    QTest::keyClick(view, Qt::Key_R);
    QTRY_VERIFY2_WITH_TIMEOUT(done.count() + failed.count() > 0,
                              qPrintable(QStringLiteral("loaded %1").arg(loaded.count())), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
    QCOMPARE(status(last), QStringLiteral("registered"));
}

QTEST_MAIN(TestApprovalQueueActions)
#include "tst_approvalqueueactions.moc"
