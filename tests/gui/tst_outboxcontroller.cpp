#include "casecardcontroller.h"
#include "desksession.h"
#include "mainwindow.h"
#include "outboxcontroller.h"
#include "outboxmodel.h"
#include "outboxwindow.h"
#include "staffrepository.h"
#include "workflowfixture.h"
#include "workflowrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

// View ▸ Outbox against a real database: the head reads the notices the workflow wrote and
// opens a case from one (the case card path of the queues), without Retry; the administrator
// puts a failed message back in the queue. Only head, manager and admin get the menu entry.
class TestOutboxController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoGetsTheMenu_data();
    void whoGetsTheMenu();
    void headReadsAndOpensTheCase();
    void adminRetriesAFailedMessage();

private:
    Session sessionOf(const QString &who);
    QTableView *table(OutboxController *c)
    {
        return c->window()->findChild<QTableView *>(QStringLiteral("outboxView"));
    }
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    qint64 m_appeal = 0;
    qint64 m_failedId = 0;
    QString m_index;
};

void TestOutboxController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    // Two cases routed and approved: two 'assignment' notices; the first one failed.
    for (const QString &summary :
         {QStringLiteral("Аварійне дерево біля школи"), QStringLiteral("Не вивезено сміття")}) {
        QString index;
        const qint64 id = m_fx->newAppeal(summary, &index);
        QVERIFY(id > 0);
        WorkflowRepository op(m_fx->connectionAs(QStringLiteral("operator")));
        WorkflowError e;
        auto d = op.loadCase(id, &e);
        QVERIFY(d);
        auto r = op.route(id, d->version, m_fx->orgA, {}, QStringLiteral("Усунути"), QDate());
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        WorkflowRepository head(m_fx->connectionAs(QStringLiteral("head")));
        d = head.loadCase(id, &e);
        QVERIFY(d);
        r = head.approve(id, d->version);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        if (m_appeal == 0) {
            m_appeal = id;
            m_index = index;
        }
    }
    m_failedId = m_fx->scalar(QStringLiteral("UPDATE kontakt.outbox SET status = 'failed', "
                                             "attempts = 4, last_error = '451 4.7.1 Try again "
                                             "later' WHERE appeal_id = ? RETURNING id"),
                              {m_appeal})
                     .toLongLong();
    QVERIFY(m_failedId > 0);
}

void TestOutboxController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

Session TestOutboxController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("outbox-"), this);
}

void TestOutboxController::whoGetsTheMenu_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<bool>("retries");
    QTest::newRow("operator") << "operator" << false << false;
    QTest::newRow("executor") << "exec_a" << false << false;
    QTest::newRow("head") << "head" << true << false;
    QTest::newRow("manager") << "manager" << true << false;
    QTest::newRow("admin") << "admin" << true << true;
}

void TestOutboxController::whoGetsTheMenu()
{
    QFETCH(QString, who);
    QFETCH(bool, reads);
    QFETCH(bool, retries);
    DbError error;
    const auto info = StaffRepository(m_fx->connectionAs(who)).sessionInfo(&error);
    QVERIFY2(info, qPrintable(error.detail));
    QCOMPARE(OutboxController::mayRead(*info), reads);
    QCOMPARE(OutboxController::mayRetry(*info), retries);
    SessionInfo owner;
    owner.role = StaffRole::Owner;
    QVERIFY(OutboxController::mayRead(owner) && OutboxController::mayRetry(owner));
}

void TestOutboxController::headReadsAndOpensTheCase()
{
    const Session head = sessionOf(QStringLiteral("head"));
    MainWindow window(head.info);
    window.show();
    auto *controller = new OutboxController(head, &window);
    CaseCardController cards(head, &window);
    connect(controller, &OutboxController::openRequested, &cards, &CaseCardController::open);
    QSignalSpy loaded(controller, &OutboxController::loaded);
    QAction *action = window.findChild<QAction *>(QStringLiteral("outboxAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    action->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toInt(), 2);
    OutboxWindow *list = controller->window();
    QVERIFY(list && list->isVisible());
    QTableView *view = table(controller);
    QCOMPARE(view->model()->rowCount(), 2);

    // The failed notice: read in full below the list, Retry stays off for the head.
    QVERIFY(list->select(m_failedId));
    auto *retry = list->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(!retry->isEnabled());
    const QString body =
        list->findChild<QPlainTextEdit *>(QStringLiteral("bodyView"))->toPlainText();
    QVERIFY(body.contains(QStringLiteral("org_a@example.org")));
    QVERIFY(body.contains(m_index));
    QVERIFY(body.contains(QStringLiteral("451 4.7.1 Try again later")));
    const QModelIndex current = view->currentIndex();
    QCOMPARE(current.siblingAtColumn(OutboxModel::CaseIndex).data().toString(), m_index);
    QCOMPARE(current.siblingAtColumn(OutboxModel::Kind).data().toString(),
             OutboxModel::kindName(QStringLiteral("assignment")));

    // The status filter reads again from the database.
    loaded.clear();
    auto *status = list->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("queued")));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().toInt(), 1);
    QCOMPARE(view->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(list->select(m_failedId));
    const QString shots = qEnvironmentVariable("KONTAKT_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(list->grab().save(shots + QStringLiteral("/outbox_head.png")));
    }

    // Open case (Enter): the case card opens through the queues' path.
    QSignalSpy opened(controller, &OutboxController::openRequested);
    QSignalSpy cardLoaded(&cards, &CaseCardController::loaded);
    list->activateWindow();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_appeal);
    QTRY_VERIFY_WITH_TIMEOUT(cards.window(m_appeal), 10000);
}

void TestOutboxController::adminRetriesAFailedMessage()
{
    const Session admin = sessionOf(QStringLiteral("admin"));
    MainWindow window(admin.info);
    auto *controller = new OutboxController(admin, &window);
    QSignalSpy loaded(controller, &OutboxController::loaded);
    QSignalSpy retried(controller, &OutboxController::retryFinished);
    controller->open();
    QVERIFY(loaded.wait(10000));
    OutboxWindow *list = controller->window();
    auto *status = list->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("failed")));
    QTRY_COMPARE_WITH_TIMEOUT(table(controller)->model()->rowCount(), 1, 10000);
    QVERIFY(list->select(m_failedId));
    auto *retry = list->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isEnabled());
    loaded.clear();
    retry->click();
    QVERIFY(retried.wait(10000));
    QCOMPARE(retried.first().at(0).toLongLong(), m_failedId);
    QVERIFY(retried.first().at(1).toBool());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status || ':' || attempts FROM kontakt.outbox "
                                         "WHERE id = ?"),
                          {m_failedId})
                 .toString(),
             QStringLiteral("queued:4"));
    // The list is read again: the message is no longer failed.
    QTRY_COMPARE_WITH_TIMEOUT(table(controller)->model()->rowCount(), 0, 10000);
    QVERIFY(list->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    QVERIFY(!retry->isEnabled());
}

QTEST_MAIN(TestOutboxController)
#include "tst_outboxcontroller.moc"
