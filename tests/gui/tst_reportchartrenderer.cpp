#include "dialogtesthelpers.h"
#include "reportchartrenderer.h"
#include "reportrenderer.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

// Charts of the reports drawn off screen with Qt Charts: each kind draws something (not a blank
// picture) in the report's colours, with its height; PNG and SVG files are written (the SVG
// carries the title as text); a report with charts prints them into its PDF as images.
class TestReportChartRenderer : public QObject
{
    Q_OBJECT
private slots:
    void draws_data();
    void draws();
    void savesPngAndSvg();
    void reportWithCharts();

private:
    static ReportChart chart(ReportChart::Kind kind, bool horizontal = false);
    QTemporaryDir m_dir;
};

ReportChart TestReportChartRenderer::chart(ReportChart::Kind kind, bool horizontal)
{
    ReportChart c;
    c.kind = kind;
    c.name = QStringLiteral("test");
    c.title = QStringLiteral("Звернення за тижнями");
    c.categories = {QStringLiteral("вул. Київська"), QStringLiteral("вул. Героїв України"),
                    QStringLiteral("пров. Лісовий"), QStringLiteral("вул. Гагаріна")};
    c.horizontal = horizontal;
    c.series = {{QStringLiteral("009 Комунальне господарство"), {12, 30, 7, 19}},
                {QStringLiteral("Інші теми"), {3, 4, 9, 1}}};
    return c;
}

void TestReportChartRenderer::draws_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<int>("height");
    QTest::newRow("bar") << int(ReportChart::Kind::Bar) << false << 0;
    QTest::newRow("horizontal bar, tall") << int(ReportChart::Kind::Bar) << true << 400;
    QTest::newRow("line") << int(ReportChart::Kind::Line) << false << 0;
    QTest::newRow("pie") << int(ReportChart::Kind::Pie) << false << 0;
}

void TestReportChartRenderer::draws()
{
    QFETCH(int, kind);
    QFETCH(bool, horizontal);
    QFETCH(int, height);
    ReportChart c = chart(ReportChart::Kind(kind), horizontal);
    c.height = height;
    const QImage image = ReportChartRenderer::image(c, 1.0);
    QCOMPARE(image.width(), ReportChartRenderer::Width);
    QCOMPARE(image.height(), height > 0 ? height : ReportChartRenderer::Height);
    // The first series' colour covers a good part of the picture: the chart was drawn.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor px = image.pixelColor(x, y);
            if (qAbs(px.red() - 0x1f) < 12 && qAbs(px.green() - 0x4e) < 12 &&
                qAbs(px.blue() - 0x79) < 12)
                ++coloured;
        }
    }
    QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
    const QString dir = qEnvironmentVariable("KONTAKT_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(
            image.save(QDir(dir).filePath(QStringLiteral("chart-%1.png")
                                              .arg(QString::fromLatin1(QTest::currentDataTag())
                                                       .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                       .remove(QLatin1Char(','))))));
    }
}

void TestReportChartRenderer::savesPngAndSvg()
{
    const ReportChart c = chart(ReportChart::Kind::Bar);
    const QString png = m_dir.filePath(QStringLiteral("c.png"));
    const QString svg = m_dir.filePath(QStringLiteral("c.svg"));
    QString error;
    QVERIFY2(ReportChartRenderer::savePng(c, png, &error), qPrintable(error));
    QVERIFY2(ReportChartRenderer::saveSvg(c, svg, &error), qPrintable(error));
    QImage read(png);
    QCOMPARE(read.size(), QSize(2 * ReportChartRenderer::Width, 2 * ReportChartRenderer::Height));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("Звернення за тижнями")));
    QVERIFY(!ReportChartRenderer::savePng(c, QStringLiteral("/nonexistent-dir/c.png"), &error));
}

void TestReportChartRenderer::reportWithCharts()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Аналітика");
    ReportSection s;
    s.title = QStringLiteral("1. Динаміка");
    s.charts = {chart(ReportChart::Kind::Line), chart(ReportChart::Kind::Pie)};
    doc.sections = {s};
    const ReportRenderer renderer(doc);
    // The HTML export is one file: the charts are inside it.
    QVERIFY(renderer.html().count(QStringLiteral("data:image/png;base64,")) == 2);
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    QVERIFY2(renderer.printToPdf(pdf, &error), qPrintable(error));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size() - 2, 2);
    QStringList written;
    QCOMPARE(renderer.saveCharts(m_dir.path(), QStringLiteral("a"), true, &written, &error), 2);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(0).endsWith(QStringLiteral("a-test.svg")));
}

QTEST_MAIN(TestReportChartRenderer)
#include "tst_reportchartrenderer.moc"
