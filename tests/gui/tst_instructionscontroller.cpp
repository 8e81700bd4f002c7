#include "desksession.h"
#include "instructiondialog.h"
#include "instructionlistwindow.h"
#include "instructionscontroller.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "reasondialog.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

// The mayor's office records an instruction about a case from the View menu (Ctrl+I), and
// marks it executed; an operator's desk sees the list without the buttons.
class TestInstructionsController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordAndMarkExecuted();

private:
    Session sessionOf(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestInstructionsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestInstructionsController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

Session TestInstructionsController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("instr-"), this);
}

void TestInstructionsController::recordAndMarkExecuted()
{
    QString regIndex;
    QVERIFY(m_fx->newAppeal(QStringLiteral("Аварійне дерево біля школи"), &regIndex) > 0);
    const Session manager = sessionOf(QStringLiteral("manager"));
    MainWindow window(manager.info);
    window.show();
    auto *controller = new InstructionsController(manager, &window);
    QSignalSpy loaded(controller, &InstructionsController::loaded);
    window.findChild<QAction *>(QStringLiteral("instructionsAction"))->trigger();
    QVERIFY(loaded.wait(10000));
    InstructionListWindow *list = controller->window();
    QVERIFY(list);
    auto *table = list->findChild<QTableWidget *>(QStringLiteral("instructionsTable"));
    QCOMPARE(table->rowCount(), 0);

    whenModalShown<InstructionDialog>(this, [regIndex](InstructionDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("numberEdit"))->setText(QStringLiteral("Д-17"));
        d->findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))
            ->setDate(QDate::currentDate().addDays(10));
        d->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
            ->setPlainText(QStringLiteral("Забезпечити обрізку аварійного дерева"));
        auto *index = d->findChild<QLineEdit *>(QStringLiteral("regIndexEdit"));
        index->setText(regIndex);
        QTest::keyClick(index, Qt::Key_Return); // Enter adds the index to the list
        const QString why = d->invalidReason();
        if (!why.isEmpty()) {
            d->reject(); // never leave the test blocked in the dialog
            QFAIL(qPrintable(why));
        }
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    QSignalSpy saved(controller, &InstructionsController::saved);
    list->findChild<QPushButton *>(QStringLiteral("newButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
    QCOMPARE(table->item(0, 5)->text(), regIndex);
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty())
        QVERIFY(list->grab().save(shots + QStringLiteral("/instructions.png")));

    whenModalShown<ReasonDialog>(this, [](ReasonDialog *d) {
        d->setReason(QStringLiteral("Дерево обрізано 28.11"));
        d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
    });
    table->setCurrentCell(0, 0);
    loaded.clear();
    list->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.instruction")).toString(),
             QStringLiteral("done"));

    // An operator reads the list, without the buttons.
    const Session op = sessionOf(QStringLiteral("operator"));
    MainWindow opWindow(op.info);
    auto *opController = new InstructionsController(op, &opWindow);
    QSignalSpy opLoaded(opController, &InstructionsController::loaded);
    opController->open();
    QVERIFY(opLoaded.wait(10000));
    QCOMPARE(opLoaded.first().first().toInt(), 1);
    QVERIFY(!opController->window()
                 ->findChild<QPushButton *>(QStringLiteral("newButton"))
                 ->isVisible());
}

QTEST_MAIN(TestInstructionsController)
#include "tst_instructionscontroller.moc"
