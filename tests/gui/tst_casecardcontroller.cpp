#include "assignmentdialog.h"
#include "callbackdialog.h"
#include "casecardcontroller.h"
#include "casecardwindow.h"
#include "instructionrepository.h"
#include "modaldialog.h"
#include "replydialog.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest>

// A case carried from registration to closure through rework on real case cards, each person
// at their own desk (operator, head, executor), every step by keyboard through the dialogs, and
// the database deciding; presence shows who else has the case open.
class TestCaseCardController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void routeApproveReplyCallbackReworkClose();

private:
    Session sessionOf(const QString &who);
    void reload(CaseCardController &desk, qint64 id);
    void type(QWidget *w, const QString &text);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestCaseCardController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestCaseCardController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

Session TestCaseCardController::sessionOf(const QString &who)
{
    Session s;
    s.params = m_db->params(m_fx->login(who));
    DbError error;
    QSqlDatabase db = m_fx->connectionAs(who);
    const auto info = StaffRepository(db).sessionInfo(&error);
    if (info)
        s.info = *info;
    return s;
}

void TestCaseCardController::type(QWidget *w, const QString &text)
{
    w->setFocus();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::KeyAction::Click, w, Qt::Key_unknown, c, Qt::NoModifier);
}

void TestCaseCardController::reload(CaseCardController &desk, qint64 id)
{
    QSignalSpy loaded(&desk, &CaseCardController::loaded);
    desk.open(id); // an open card re-reads the case
    QVERIFY(loaded.wait(10000));
}

void TestCaseCardController::routeApproveReplyCallbackReworkClose()
{
    QString regIndex;
    const qint64 id = m_fx->newAppeal(QStringLiteral("Немає холодної води"), &regIndex);
    QVERIFY(id > 0);
    // The mayor's office has put the case under an instruction: every desk's card shows it.
    QStringList unknown;
    DbError dbError;
    QVERIFY2(InstructionRepository(m_fx->connectionAs(QStringLiteral("manager")))
                     .create(QStringLiteral("Д-12"), QStringLiteral("Заступник міського голови"),
                             QStringLiteral("Забезпечити водопостачання та доповісти"),
                             QDate::currentDate().addDays(3), {regIndex}, &unknown, &dbError) > 0,
             qPrintable(dbError.detail));
    CaseCardController operatorDesk(sessionOf(QStringLiteral("operator")), nullptr);
    CaseCardController headDesk(sessionOf(QStringLiteral("head")), nullptr);
    CaseCardController executorDesk(sessionOf(QStringLiteral("exec_a")), nullptr);
    const auto act = [&](CaseCardController &desk, CaseAction action) {
        reload(desk, id);
        // The reload after the previous action may still be on its way: let it land, so that
        // the buttons are not rebuilt under the key press.
        QSignalSpy more(&desk, &CaseCardController::loaded);
        while (more.wait(500)) {
        }
        CaseCardWindow *card = desk.window(id);
        QPushButton *button = card->actionButton(action);
        QVERIFY2(button, qPrintable(CaseActions::label(action)));
        QSignalSpy done(&desk, &CaseCardController::actionDone);
        QSignalSpy failed(&desk, &CaseCardController::actionFailed);
        // The button's own shortcut, as the person presses it.
        card->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(card));
        if (!button->shortcut().isEmpty())
            QTest::keySequence(card, button->shortcut());
        else
            button->click();
        QTRY_VERIFY2_WITH_TIMEOUT(done.count() + failed.count() > 0,
                                  qPrintable(CaseActions::label(action)), 15000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
    };

    // Operator: route to ORG_A by keyboard (search, Down into the tree, Space = main, Enter).
    whenModalShown<AssignmentDialog>(this, [this](AssignmentDialog *d) {
        type(d->findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("Управл"));
        auto *tree = d->findChild<QTreeWidget *>(QStringLiteral("orgTree"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY2(d->invalidReason().isEmpty(), qPrintable(d->invalidReason()));
        QTest::keyClick(tree, Qt::Key_Return);
    });
    act(operatorDesk, CaseAction::Route);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("routing_proposed"));
    // The operator cannot approve: no such button on the operator's card.
    QVERIFY(!operatorDesk.window(id)->actionButton(CaseAction::Approve));

    // Head: the operator still has the case open — the head's card says so.
    reload(headDesk, id);
    QVERIFY(headDesk.window(id)->findChild<QLabel *>(QStringLiteral("presenceLabel"))->isVisible());
    QVERIFY(headDesk.window(id)
                ->findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("Д-12")));
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    act(headDesk, CaseAction::Approve);
    if (!shots.isEmpty())
        QVERIFY(headDesk.window(id)->grab().save(shots + QStringLiteral("/case_card_head.png")));

    // Executor: accept, then reply "done".
    act(executorDesk, CaseAction::Accept);
    QVERIFY(!executorDesk.window(id)->actionButton(CaseAction::Close)); // never for executors
    QTemporaryDir files;
    const QString act1 = files.filePath(QStringLiteral("akt.txt"));
    {
        QFile f(act1);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Акт виконаних робіт\n");
    }
    bool attach = true; // the first reply carries the act
    const auto replyDone = [this, &attach, act1](ReplyDialog *d) {
        if (attach)
            QCOMPARE(d->addFiles({act1}), 1);
        attach = false;
        auto *done = d->findChild<QRadioButton *>(QStringLiteral("resultDoneRadio"));
        done->setFocus();
        QTest::keyClick(done, Qt::Key_Space);
        type(d->findChild<QWidget *>(QStringLiteral("replyTextEdit")),
             QStringLiteral("Аварію усунено, воду подано."));
        QVERIFY2(d->invalidReason().isEmpty(), qPrintable(d->invalidReason()));
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    };
    whenModalShown<ReplyDialog>(this, replyDone);
    act(executorDesk, CaseAction::Reply);

    // Operator calls back: reached, not done -> straight to rework with the citizen's words.
    whenModalShown<CallbackDialog>(this, [this](CallbackDialog *d) {
        auto *yes = d->findChild<QRadioButton *>(QStringLiteral("reachedYesRadio"));
        yes->setFocus();
        QTest::keyClick(yes, Qt::Key_Space);
        auto *notDone = d->findChild<QRadioButton *>(QStringLiteral("outcomeNotDoneRadio"));
        notDone->setFocus();
        QTest::keyClick(notDone, Qt::Key_Space);
        type(d->findChild<QWidget *>(QStringLiteral("citizenWordsEdit")),
             QStringLiteral("Води досі немає у під'їзді 2"));
        QVERIFY2(d->invalidReason().isEmpty(), qPrintable(d->invalidReason()));
        QVERIFY(d->draft().sendToRework);
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    act(operatorDesk, CaseAction::Callback);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("rework"));

    // Executor replies again; operator confirms; head closes with a section-9 result.
    whenModalShown<ReplyDialog>(this, replyDone);
    act(executorDesk, CaseAction::Reply);
    whenModalShown<CallbackDialog>(this, [this](CallbackDialog *d) {
        auto *yes = d->findChild<QRadioButton *>(QStringLiteral("reachedYesRadio"));
        yes->setFocus();
        QTest::keyClick(yes, Qt::Key_Space);
        auto *confirmed = d->findChild<QRadioButton *>(QStringLiteral("outcomeConfirmedRadio"));
        confirmed->setFocus();
        QTest::keyClick(confirmed, Qt::Key_Space);
        d->findChild<QSpinBox *>(QStringLiteral("ratingSpin"))->setValue(5);
        QVERIFY2(d->invalidReason().isEmpty(), qPrintable(d->invalidReason()));
        QVERIFY(!d->draft().sendToRework);
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    act(operatorDesk, CaseAction::Callback);
    whenModalShown<QInputDialog>(this, [](QInputDialog *d) {
        QVERIFY(d->textValue().startsWith(QStringLiteral("9.")));
        d->accept();
    });
    act(headDesk, CaseAction::Close);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("closed"));
    QVERIFY(
        m_fx->scalar(QStringLiteral("SELECT result_code FROM kontakt.appeal WHERE id = ?"), {id})
            .toString()
            .startsWith(QStringLiteral("9.")));
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.reply WHERE appeal_id = ?"), {id})
            .toInt(),
        2);
    // The history tells the story in order, ending with the closure.
    reload(headDesk, id);
    auto *history = headDesk.window(id)->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QVERIFY(history->rowCount() >= 8);
    // The executor's file travelled with its reply and is listed on the head's card.
    auto *attachments =
        headDesk.window(id)->findChild<QListWidget *>(QStringLiteral("attachmentsList"));
    QCOMPARE(attachments->count(), 1);
    QVERIFY(attachments->item(0)->text().startsWith(QStringLiteral("akt.txt")));
    if (!shots.isEmpty())
        QVERIFY(headDesk.window(id)->grab().save(shots + QStringLiteral("/case_card_closed.png")));
    // A stale save is refused with who changed the case: the executor's card still holds an
    // old version and nothing is offered any more on the closed case after a reload.
    reload(executorDesk, id);
    QVERIFY(!executorDesk.window(id)->actionButton(CaseAction::Reply));
}

QTEST_MAIN(TestCaseCardController)
#include "tst_casecardcontroller.moc"
