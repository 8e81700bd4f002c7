#include "desksession.h"
#include "mainwindow.h"
#include "outagecontroller.h"
#include "outagedialog.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// View ▸ Add an outage…: the dialog accepts only houses it can read and a right time window;
// the operator's outage is stored (linked to the organisation by its code) off the GUI thread;
// an executor's is refused by the database.
class TestOutageController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogValidates_data();
    void dialogValidates();
    void operatorAddsExecutorIsRefused();

private:
    Session sessionOf(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

Session TestOutageController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("outage-"), this);
}

void TestOutageController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestOutageController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestOutageController::dialogValidates_data()
{
    QTest::addColumn<QString>("utility");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("houses");
    QTest::addColumn<int>("hours");
    QTest::addColumn<bool>("ok");
    QTest::newRow("odd side") << "ORG_A"
                              << "вулиця Київська"
                              << "1-15 непарні" << 8 << true;
    QTest::newRow("whole street") << "ORG_A"
                                  << "вулиця Київська"
                                  << "" << 8 << true;
    QTest::newRow("list with a letter") << "ДТЕК"
                                        << "Шевченка"
                                        << "2, 4, 12-А" << 8 << true;
    QTest::newRow("unreadable houses") << "ORG_A"
                                       << "вулиця Київська"
                                       << "біля школи" << 8 << false;
    QTest::newRow("reversed range") << "ORG_A"
                                    << "вулиця Київська"
                                    << "15-1" << 8 << false;
    QTest::newRow("no utility") << ""
                                << "вулиця Київська"
                                << "1" << 8 << false;
    QTest::newRow("no street") << "ORG_A"
                               << "вул."
                               << "1" << 8 << false;
    QTest::newRow("ends before it starts") << "ORG_A"
                                           << "Київська"
                                           << "1" << -1 << false;
}

void TestOutageController::dialogValidates()
{
    QFETCH(QString, utility);
    QFETCH(QString, street);
    QFETCH(QString, houses);
    QFETCH(int, hours);
    QFETCH(bool, ok);
    OutageDialog dialog({QStringLiteral("вулиця Київська")});
    dialog.findChild<QLineEdit *>(QStringLiteral("utilityEdit"))->setText(utility);
    dialog.findChild<QLineEdit *>(QStringLiteral("streetEdit"))->setText(street);
    dialog.findChild<QLineEdit *>(QStringLiteral("housesEdit"))->setText(houses);
    auto *from = dialog.findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
    dialog.findChild<QDateTimeEdit *>(QStringLiteral("toEdit"))
        ->setDateTime(from->dateTime().addSecs(hours * 3600));
    auto *okButton = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                         ->button(QDialogButtonBox::Ok);
    QCOMPARE(okButton->isEnabled(), ok);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty(), ok);
    if (ok && houses.contains(QStringLiteral("непарні"))) {
        const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
        if (!shots.isEmpty()) {
            dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))
                ->setText(QStringLiteral("Заміна засувки"));
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("outage_dialog.png"))));
        }
    }
}

void TestOutageController::operatorAddsExecutorIsRefused()
{
    const Session op = sessionOf(QStringLiteral("operator"));
    QVERIFY(OutageController::mayAdd(op.info));
    MainWindow window(op.info);
    auto *controller = new OutageController(op, &window);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("addOutageAction")));
    Outage o;
    o.orgCode = QStringLiteral("ORG_A");
    o.utility = QStringLiteral("ORG_A");
    o.kind = QStringLiteral("water");
    o.street = QStringLiteral("вулиця Київська");
    o.houses = QStringLiteral("1-15 непарні");
    o.startsAt = QDateTime::currentDateTime();
    o.endsAt = o.startsAt.addSecs(3600);
    o.source = QStringLiteral("phone");
    QSignalSpy added(controller, &OutageController::added);
    controller->add(o);
    QCOMPARE(added.count(), 0); // the write runs on the database thread
    QTRY_COMPARE(added.count(), 1);
    const qint64 id = added.first().first().toLongLong();
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT org_id FROM kontakt.outage WHERE id = ?"), {id})
                 .toLongLong(),
             m_fx->orgA);
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT created_by FROM kontakt.outage WHERE id = ?"), {id})
            .toString(),
        m_fx->login(QStringLiteral("operator")));

    const Session exec = sessionOf(QStringLiteral("exec_a"));
    QVERIFY(!OutageController::mayAdd(exec.info));
    MainWindow execWindow(exec.info);
    OutageController refused(exec, &execWindow);
    QSignalSpy failed(&refused, &OutageController::failed);
    refused.add(o);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outage")).toInt(), 1);
}

QTEST_MAIN(TestOutageController)
#include "tst_outagecontroller.moc"
