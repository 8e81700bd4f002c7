#include "desksession.h"
#include "mainwindow.h"
#include "petitionrepository.h"
#include "petitionscontroller.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

// View ▸ Petitions… against a real database: who gets the menu entry, and a moderator takes a
// petition from submission to publication in the window (the findings shown and recorded with
// the decision); the mayor's office answers it.
class TestPetitionsController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoGetsTheMenu_data();
    void whoGetsTheMenu();
    void moderatorPublishesAndOfficeAnswers();

private:
    Session sessionOf(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestPetitionsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestPetitionsController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

Session TestPetitionsController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("petitions-"), this);
}

void TestPetitionsController::whoGetsTheMenu_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("moderates");
    QTest::newRow("operator") << "operator" << false << false;
    QTest::newRow("executor") << "exec_a" << false << false;
    QTest::newRow("petitions") << "petitions" << true << true;
    QTest::newRow("head") << "head" << true << false;
    QTest::newRow("manager") << "manager" << true << false;
    QTest::newRow("admin") << "admin" << true << false;
}

void TestPetitionsController::whoGetsTheMenu()
{
    QFETCH(QString, who);
    QFETCH(bool, opens);
    QFETCH(bool, moderates);
    DbError error;
    const auto info = StaffRepository(m_fx->connectionAs(who)).sessionInfo(&error);
    QVERIFY2(info, qPrintable(error.detail));
    QCOMPARE(PetitionsController::mayOpen(*info), opens);
    QCOMPARE(PetitionsController::rightsOf(*info).moderate, moderates);
}

void TestPetitionsController::moderatorPublishesAndOfficeAnswers()
{
    PetitionRepository::NewPetition n;
    n.title = QStringLiteral("Світлофор біля школи № 5");
    n.text = QStringLiteral("Просимо встановити світлофор на переході біля школи № 5 та розірвати "
                            "дипломатичні відносини з Угорщиною.");
    n.authorName = QStringLiteral("Коваль Марія Петрівна");
    n.authorEmail = QStringLiteral("m@example.com");
    const auto submitted =
        PetitionRepository(m_fx->connectionAs(QStringLiteral("petitions"))).submit(n);
    QVERIFY2(submitted.ok(), qPrintable(submitted.error.detail));
    const qint64 id = submitted.id;

    const Session moderator = sessionOf(QStringLiteral("petitions"));
    MainWindow window(moderator.info);
    window.show();
    auto *controller = new PetitionsController(moderator, &window);
    QSignalSpy loaded(controller, &PetitionsController::loaded);
    QAction *action = window.findChild<QAction *>(QStringLiteral("petitionsAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(loaded.wait(10000));
    PetitionRegistryWindow *list = controller->window();
    QVERIFY(list && list->isVisible());
    QVERIFY(list->select(id));
    auto *tree = list->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0 &&
                                 tree->topLevelItem(0)->text(0) == QLatin1String("outside_powers"),
                             10000);
    auto *take = list->findChild<QPushButton *>(QStringLiteral("takeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(take->isEnabled(), 10000);
    QSignalSpy finished(controller, &PetitionsController::actionFinished);
    take->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), true);
    auto *publish = list->findChild<QPushButton *>(QStringLiteral("publishButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        list->current() && list->current()->status == QLatin1String("moderation"), 10000);
    publish->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(
        list->current() && list->current()->status == QLatin1String("collecting"), 10000);
    // The findings the moderator saw are recorded with the decision.
    DbError error;
    const auto stored =
        PetitionRepository(m_fx->connectionAs(QStringLiteral("head"))).find(id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->moderationFindings.size(), 1);
    QCOMPARE(stored->moderationFindings.first().rule, QStringLiteral("outside_powers"));
    QTRY_VERIFY_WITH_TIMEOUT(list->findChild<QLabel *>(QStringLiteral("decisionLabel"))
                                 ->text()
                                 .contains(m_fx->login(QStringLiteral("petitions"))),
                             10000);
    const QString shots = qEnvironmentVariable("KONTAKT_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(list->grab().save(shots + QStringLiteral("/petitions_moderator.png")));
    }
}

QTEST_MAIN(TestPetitionsController)
#include "tst_petitionscontroller.moc"
