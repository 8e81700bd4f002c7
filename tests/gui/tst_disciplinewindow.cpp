#include "dialogtesthelpers.h"
#include "disciplinetablemodel.h"
#include "disciplinewindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace DialogTest;

// Reports ▸ Executive discipline: rows worst first, a figure (Enter or double-click) asks for
// its cases, a case (Enter) asks to open its card, the period asks for new figures. Both models
// pass QAbstractItemModelTester. Widgets found by objectName.
class TestDisciplineWindow : public QObject
{
    Q_OBJECT
private slots:
    void rowsWorstFirst();
    void drillDownFromAFigure();
    void openACase();
    void periodAndExport();

private:
    static DisciplineReportData data();
};

DisciplineReportData TestDisciplineWindow::data()
{
    DisciplineReportData d;
    d.from = QDate(2026, 10, 1);
    d.to = QDate(2026, 12, 6);
    d.asOf = QDate(2026, 12, 6);
    DisciplineReportData::Row good{
        1, QStringLiteral("Броваритепловодоенергія"), {}, {}, 40, 39, 1, 0, 0, 3.5, 30, 29, 4.6,
        30};
    DisciplineReportData::Row bad{
        2, QStringLiteral("ЖЕК № 3"), {}, {}, 10, 4, 3, 3, 2, 12.0, 5, 2, 2.4, 5};
    DisciplineReportData::Row none{
        3, QStringLiteral("Поліклініка № 1"), {}, {}, 0, 0, 0, 0, 0, -1, 0, 0, -1, 0};
    d.organisations = {good, none, bad};
    DisciplineReportData::Row person{7,
                                     QStringLiteral("Мельник Олена Петрівна"),
                                     QStringLiteral("ЖЕК № 3"),
                                     QStringLiteral("melnyk"),
                                     7,
                                     4,
                                     3,
                                     0,
                                     2,
                                     12.0,
                                     5,
                                     2,
                                     2.4,
                                     5};
    d.executors = {person};
    return d;
}

void TestDisciplineWindow::rowsWorstFirst()
{
    DisciplineWindow w(QDate(2026, 10, 1), QDate(2026, 12, 6));
    QAbstractItemModelTester t1(w.organisations(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(w.executors(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(w.cases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.setData(data());
    QCOMPARE(w.organisations()->rowCount(), 3);
    QCOMPARE(w.organisations()->index(0, DisciplineTableModel::Name).data().toString(),
             QStringLiteral("ЖЕК № 3"));
    QCOMPARE(w.organisations()->index(0, DisciplineTableModel::Violations).data().toString(),
             QStringLiteral("60,0"));
    QCOMPARE(w.organisations()->index(2, DisciplineTableModel::Name).data().toString(),
             QStringLiteral("Поліклініка № 1"));
    QCOMPARE(w.organisations()->index(2, DisciplineTableModel::AvgRating).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(w.executors()->index(0, DisciplineTableModel::Organisation).data().toString(),
             QStringLiteral("ЖЕК № 3"));
    // Overdue rows stand out.
    QVERIFY(w.organisations()
                ->index(0, DisciplineTableModel::OverdueNow)
                .data(Qt::BackgroundRole)
                .isValid());
    QVERIFY(!w.organisations()
                 ->index(1, DisciplineTableModel::OverdueNow)
                 .data(Qt::BackgroundRole)
                 .isValid());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("50")));
}

void TestDisciplineWindow::drillDownFromAFigure()
{
    DisciplineWindow w(QDate(2026, 10, 1), QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&w));
    w.setData(data());
    QSignalSpy cases(&w, &DisciplineWindow::casesRequested);
    auto *view = w.findChild<QTableView *>(QStringLiteral("organisationsView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, DisciplineTableModel::Late));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(cases.count(), 1);
    QCOMPARE(cases.at(0).at(0).toLongLong(), qint64(2));
    QCOMPARE(cases.at(0).at(1).toString(), QString());
    QCOMPARE(cases.at(0).at(2).value<DisciplineCategory>(), DisciplineCategory::Late);
    auto *category = w.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QCOMPARE(category->currentData().toInt(), int(DisciplineCategory::Late));
    // Another category of the same row.
    category->setCurrentIndex(category->findData(int(DisciplineCategory::OverdueNow)));
    emit category->activated(category->currentIndex());
    QCOMPARE(cases.count(), 2);
    QCOMPARE(cases.at(1).at(2).value<DisciplineCategory>(), DisciplineCategory::OverdueNow);
    // An executor's figures: by login.
    w.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    auto *people = w.findChild<QTableView *>(QStringLiteral("executorsView"));
    people->setFocus();
    people->setCurrentIndex(people->model()->index(0, DisciplineTableModel::OnTime));
    QTest::keyClick(people, Qt::Key_Enter);
    QCOMPARE(cases.count(), 3);
    QCOMPARE(cases.at(2).at(0).toLongLong(), qint64(0));
    QCOMPARE(cases.at(2).at(1).toString(), QStringLiteral("melnyk"));
}

void TestDisciplineWindow::openACase()
{
    DisciplineWindow w(QDate(2026, 10, 1), QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&w));
    w.setData(data());
    w.drillDown(false, 0, DisciplineCategory::Late);
    DisciplineCase c;
    c.appealId = 4242;
    c.regIndex = QStringLiteral("К-77/2026");
    c.receivedAt = QDateTime(QDate(2026, 10, 3), QTime(9, 15), QTimeZone::utc());
    c.topic = QStringLiteral("009 Комунальне господарство");
    c.summary = QStringLiteral("Немає гарячої води у будинку");
    c.term = QDate(2026, 10, 20);
    c.repliedAt = QDateTime(QDate(2026, 10, 25), QTime(12, 0), QTimeZone::utc());
    c.status = QStringLiteral("replied");
    w.setCases({c}, DisciplineWindow::CaseLimit);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("casesLabel"))
                ->text()
                .contains(QStringLiteral("ЖЕК № 3")));
    QSignalSpy open(&w, &DisciplineWindow::openCaseRequested);
    auto *casesView = w.findChild<QTableView *>(QStringLiteral("casesView"));
    casesView->setFocus();
    QTest::keyClick(casesView, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), qint64(4242));
    QCOMPARE(w.cases()->index(0, DisciplineCasesModel::Status).data().toString(),
             QStringLiteral("Answered"));
    w.resize(1100, 640);
    shot(&w, QStringLiteral("discipline-window"));
}

void TestDisciplineWindow::periodAndExport()
{
    DisciplineWindow w(QDate(2026, 10, 1), QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&w));
    QSignalSpy period(&w, &DisciplineWindow::periodRequested);
    QSignalSpy exported(&w, &DisciplineWindow::exportRequested);
    QCOMPARE(focused()->objectName(), QStringLiteral("fromEdit"));
    QTest::keyClick(&w, Qt::Key_F5);
    QCOMPARE(period.count(), 1);
    QCOMPARE(period.at(0).at(0).toDate(), QDate(2026, 10, 1));
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toDate(), QDate(2026, 12, 6));
    w.setBusy(true);
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("showButton"))->isEnabled());
    w.showMessage(QStringLiteral("помилка"), true);
    w.setBusy(false);
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("showButton"))->isEnabled());
}

QTEST_MAIN(TestDisciplineWindow)
#include "tst_disciplinewindow.moc"
