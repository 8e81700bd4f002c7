#include "dialogtesthelpers.h"
#include "reportperioddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace DialogTest;

// Reports ▸ Executive discipline / Analytics / Quarterly: the usual periods counted from today,
// the last finished quarter by default for the statistics, OK refused for an unusable period,
// the charts option only for analytics. Widgets found by objectName.
class TestReportPeriodDialog : public QObject
{
    Q_OBJECT
private slots:
    void presets_data();
    void presets();
    void quarterlyDefaultsToTheLastQuarter();
    void badPeriodDisablesOk();
    void chartsOnlyForAnalytics();
};

void TestReportPeriodDialog::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("last month") << int(ReportPeriodDialog::Preset::LastMonth) << QDate(2026, 11, 1)
                                << QDate(2026, 11, 30);
    QTest::newRow("last quarter") << int(ReportPeriodDialog::Preset::LastQuarter)
                                  << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("this quarter") << int(ReportPeriodDialog::Preset::ThisQuarter)
                                  << QDate(2026, 10, 1) << QDate(2026, 12, 6);
    QTest::newRow("this year") << int(ReportPeriodDialog::Preset::ThisYear) << QDate(2026, 1, 1)
                               << QDate(2026, 12, 6);
    QTest::newRow("last year") << int(ReportPeriodDialog::Preset::LastYear) << QDate(2025, 1, 1)
                               << QDate(2025, 12, 31);
}

void TestReportPeriodDialog::presets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    ReportPeriodDialog d(ReportRequest::Kind::Analytics, QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&d));
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    QCOMPARE(focused(), combo);
    combo->setCurrentIndex(combo->findData(preset));
    const ReportRequest r = d.request();
    QCOMPARE(r.kind, ReportRequest::Kind::Analytics);
    QCOMPARE(r.from, from);
    QCOMPARE(r.to, to);
    // Changing a date by hand says "other dates".
    d.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(from.addDays(1));
    QCOMPARE(combo->currentData().toInt(), int(ReportPeriodDialog::Preset::Custom));
    QCOMPARE(d.request().from, from.addDays(1));
}

void TestReportPeriodDialog::quarterlyDefaultsToTheLastQuarter()
{
    ReportPeriodDialog d(ReportRequest::Kind::Quarterly, QDate(2026, 2, 10));
    QVERIFY(showAndActivate(&d));
    QCOMPARE(focused()->objectName(), QStringLiteral("yearSpin"));
    QCOMPARE(d.request().year, 2025);
    QCOMPARE(d.request().quarter, 4);
    QVERIFY(!d.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->isVisible());
    QVERIFY(tabTo(QStringLiteral("quarterCombo")));
    key(Qt::Key_Up);
    QCOMPARE(d.request().quarter, 3);
    // A quarter that has not begun is refused.
    d.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2027);
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
    d.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2025);
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    shot(&d, QStringLiteral("report-period-quarterly"));
    QTest::keyClick(&d, Qt::Key_Enter);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestReportPeriodDialog::badPeriodDisablesOk()
{
    ReportPeriodDialog d(ReportRequest::Kind::Discipline, QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&d));
    auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *problem = d.findChild<QLabel *>(QStringLiteral("problemLabel"));
    // Discipline starts on this quarter so far.
    QCOMPARE(d.request().from, QDate(2026, 10, 1));
    QVERIFY(ok->isEnabled());
    d.findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(QDate(2026, 9, 1));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    d.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2020, 1, 1));
    QVERIFY(!ok->isEnabled()); // longer than three years
    d.findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2026, 1, 1));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestReportPeriodDialog::chartsOnlyForAnalytics()
{
    ReportPeriodDialog analytics(ReportRequest::Kind::Analytics, QDate(2026, 12, 6));
    ReportPeriodDialog discipline(ReportRequest::Kind::Discipline, QDate(2026, 12, 6));
    QVERIFY(showAndActivate(&analytics));
    auto *charts = analytics.findChild<QCheckBox *>(QStringLiteral("chartsCheck"));
    auto *format = analytics.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    QVERIFY(charts->isVisible());
    QVERIFY(!charts->isEnabled()); // a preview saves no files
    format->setCurrentIndex(format->findData(int(ReportOutput::Xlsx)));
    QCOMPARE(analytics.output(), ReportOutput::Xlsx);
    QVERIFY(charts->isEnabled());
    charts->setChecked(true);
    QVERIFY(analytics.saveCharts());
    shot(&analytics, QStringLiteral("report-period-analytics"));
    QVERIFY(showAndActivate(&discipline));
    QVERIFY(!discipline.findChild<QCheckBox *>(QStringLiteral("chartsCheck"))->isVisible());
    QVERIFY(!discipline.saveCharts());
}

QTEST_MAIN(TestReportPeriodDialog)
#include "tst_reportperioddialog.moc"
