#include "dailyreportdialog.h"
#include "dialogtesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace DialogTest;

// Reports ▸ Daily report for the mayor…: the day, an optional range, the output; found by
// objectName as a user's keyboard would reach them.
class TestDailyReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToYesterday();
    void range();
    void output_data();
    void output();
};

void TestDailyReportDialog::defaultsToYesterday()
{
    DailyReportDialog d(QDate(2026, 12, 5));
    QVERIFY(showAndActivate(&d));
    QCOMPARE(focused()->objectName(), QStringLiteral("dateEdit"));
    QCOMPARE(d.from(), QDate(2026, 12, 5));
    QCOMPARE(d.to(), QDate(2026, 12, 5));
    QVERIFY(!d.findChild<QDateEdit *>(QStringLiteral("toEdit"))->isEnabled());
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QCOMPARE(d.output(), DailyReportDialog::Output::Preview);
    // The arrow keys step the day (the first section) down, as a user would.
    for (int i = 0; i < 4; ++i)
        key(Qt::Key_Down);
    QCOMPARE(d.from(), QDate(2026, 12, 1));
    QTest::keyClick(&d, Qt::Key_Enter);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestDailyReportDialog::range()
{
    DailyReportDialog d(QDate(2026, 12, 5));
    QVERIFY(showAndActivate(&d));
    auto *check = d.findChild<QCheckBox *>(QStringLiteral("rangeCheck"));
    auto *to = d.findChild<QDateEdit *>(QStringLiteral("toEdit"));
    auto *from = d.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *problem = d.findChild<QLabel *>(QStringLiteral("problemLabel"));
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(check->isChecked());
    QVERIFY(to->isEnabled());
    from->setDate(QDate(2026, 12, 1));
    QCOMPARE(d.from(), QDate(2026, 12, 1));
    QCOMPARE(d.to(), QDate(2026, 12, 5));
    QVERIFY(ok->isEnabled());
    to->setDate(QDate(2026, 11, 30));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    to->setDate(QDate(2028, 1, 1));
    QVERIFY(!ok->isEnabled());
    to->setDate(QDate(2026, 12, 31));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    QTest::keyClick(check, Qt::Key_Space); // back to one day
    QCOMPARE(d.to(), d.from());
}

void TestDailyReportDialog::output_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("output");
    QTest::newRow("preview") << 0 << int(DailyReportDialog::Output::Preview);
    QTest::newRow("pdf") << 1 << int(DailyReportDialog::Output::Pdf);
    QTest::newRow("xlsx") << 2 << int(DailyReportDialog::Output::Xlsx);
    QTest::newRow("csv") << 3 << int(DailyReportDialog::Output::Csv);
    QTest::newRow("html") << 4 << int(DailyReportDialog::Output::Html);
}

void TestDailyReportDialog::output()
{
    QFETCH(int, index);
    QFETCH(int, output);
    DailyReportDialog d(QDate(2026, 12, 5));
    QVERIFY(showAndActivate(&d));
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    combo->setFocus();
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(int(d.output()), output);
}

QTEST_MAIN(TestDailyReportDialog)
#include "tst_dailyreportdialog.moc"
