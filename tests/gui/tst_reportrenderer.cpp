#include "dailyreport.h"
#include "reportrenderer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

// The report engine's renderer with the daily report: an ordinary day fits one A4 page, a busy
// one breaks cleanly with the table header on every page, citizens' text stays text, and the
// PDF embeds its font (without one the Cyrillic text silently disappears).
class TestReportRenderer : public QObject
{
    Q_OBJECT
private slots:
    void ordinaryDayIsOnePage();
    void busyDayRepeatsHeader();
    void escapesCitizensText();
    void savesEveryFormat();

private:
    static DailyReportData day(int appeals);
};

DailyReportData TestReportRenderer::day(int appeals)
{
    DailyReportData d;
    d.from = d.to = QDate(2026, 12, 4);
    d.appeals = appeals;
    d.consultations = 40;
    d.byChannel = {{QStringLiteral("phone"), QString(), appeals - 2},
                   {QStringLiteral("email"), QString(), 2}};
    d.byKind = {{QStringLiteral("3.2"), QStringLiteral("Заява (клопотання)"), appeals - 1},
                {QStringLiteral("3.3"), QStringLiteral("Скарга"), 1}};
    d.byStatus = {{QStringLiteral("approved"), QString(), appeals}};
    for (int i = 0; i < DailyReportData::topTopics; ++i)
        d.byTopic.append(DailyReportData::Count{
            QStringLiteral("%1").arg(100 + i),
            QStringLiteral("%1 Житлово-комунальне господарство: тема %2").arg(100 + i).arg(i), 1});
    for (int i = 0; i < appeals; ++i) {
        DailyReportData::Appeal a;
        a.regIndex = QStringLiteral("К-%1").arg(1000 + i);
        a.date = d.from;
        a.time = QTime(8, 0).addSecs(i * 97);
        a.address = QStringLiteral("м. Бровари, вулиця Героїв України, 15, кв. 7");
        a.topic = QStringLiteral("111 Комунальне господарство (благоустрій)");
        a.summary = QStringLiteral("Не працює вуличне освітлення біля будинку, прошу відновити "
                                   "якнайшвидше");
        a.executor = QStringLiteral("КП «Бровари-Благоустрій»");
        a.term = QDate(2026, 12, 19);
        a.collective = i % 7 == 0;
        a.priority = i % 5 == 0;
        d.list.append(a);
    }
    d.overdue = d.list.mid(0, 3);
    return d;
}

void TestReportRenderer::ordinaryDayIsOnePage()
{
    // An ordinary day: about 15 registered appeals in the list (the rest of the calls are
    // consultations, counted but not listed).
    const ReportRenderer r(
        DailyReportBuilder::build(day(15), QDateTime(QDate(2026, 12, 5), QTime(8, 0))));
    // For a person to look at (KONTAKT_SHOTS is set by CTest).
    const QString shots = qEnvironmentVariable("KONTAKT_SHOTS");
    if (!shots.isEmpty() && QDir().mkpath(shots))
        QVERIFY(r.printToPdf(QDir(shots).filePath(QStringLiteral("daily_report_ordinary.pdf"))));
    QCOMPARE(r.pageCount(), 1);
}

void TestReportRenderer::busyDayRepeatsHeader()
{
    QTemporaryDir dir;
    const ReportRenderer r(
        DailyReportBuilder::build(day(150), QDateTime(QDate(2026, 12, 5), QTime(8, 0))));
    const int pages = r.pageCount();
    QVERIFY(pages > 1);
    const QString shots = qEnvironmentVariable("KONTAKT_SHOTS");
    const QString pdf = !shots.isEmpty() && QDir().mkpath(shots)
                            ? QDir(shots).filePath(QStringLiteral("daily_report_busy.pdf"))
                            : dir.filePath(QStringLiteral("busy.pdf"));
    QVERIFY(r.printToPdf(pdf));
    for (int page = 2; page <= pages; ++page) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(t.contains(QStringLiteral("Індекс")) || page == pages,
                 qPrintable(QString::number(page)));
        QVERIFY(t.contains(QStringLiteral("Сторінка %1 з %2").arg(page).arg(pages)));
    }
}

void TestReportRenderer::escapesCitizensText()
{
    DailyReportData d = day(2);
    d.list[0].summary = QStringLiteral("<b>жирний</b> & {{title}}");
    const QString html =
        ReportRenderer(DailyReportBuilder::build(d, QDateTime(QDate(2026, 12, 5), QTime(8, 0))))
            .html();
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;жирний&lt;/b&gt; &amp; {{title}}")));
    QVERIFY(!html.contains(QStringLiteral("<b>жирний</b>")));
}

void TestReportRenderer::savesEveryFormat()
{
    QTemporaryDir dir;
    const ReportRenderer r(
        DailyReportBuilder::build(day(5), QDateTime(QDate(2026, 12, 5), QTime(8, 0))));
    for (const QString &name : {QStringLiteral("pdf"), QStringLiteral("csv"),
                                QStringLiteral("html"), QStringLiteral("xlsx")}) {
        ReportRenderer::Format format;
        QVERIFY(ReportRenderer::formatFromName(name, &format));
        const QString path = dir.filePath(QStringLiteral("r.") + name);
        QString error;
        QVERIFY2(r.save(format, path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 100);
    }
    ReportRenderer::Format format;
    QVERIFY(!ReportRenderer::formatFromName(QStringLiteral("docx"), &format));
    QString error;
    QVERIFY(!r.save(ReportRenderer::Format::Csv, QStringLiteral("/nonexistent/dir/r.csv"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
