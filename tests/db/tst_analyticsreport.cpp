#include "analyticsreportrepository.h"
#include "demoseed.h"
#include "kontaktctlrun.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Analytics over seeded demo data: totals equal an independent count and every breakdown adds
// up to them; the hot spots equal streets counted here from the raw addresses; the PDF carries
// its charts as images and --charts writes each chart as PNG and SVG.
class TestAnalyticsReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void breakdownsAddUp_data();
    void breakdownsAddUp();
    void hotSpotsMatchTheAddresses();
    void chartsFromKontaktctl();

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestAnalyticsReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    const QString error = DemoSeed::seed(*m_db, 5000, 41);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAnalyticsReport::cleanupTestCase()
{
    if (m_db)
        DemoSeed::dropDemoLogins(*m_db);
    m_db.reset();
}

void TestAnalyticsReport::breakdownsAddUp_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("weekly");
    QTest::newRow("a month, by weeks") << QDate(2026, 10, 1) << QDate(2026, 10, 31) << true;
    QTest::newRow("a year, by months") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << false;
}

void TestAnalyticsReport::breakdownsAddUp()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, weekly);
    AnalyticsReportData data;
    DbError error;
    QVERIFY2(AnalyticsReportRepository(m_db->ownerConnection()).load(from, to, &data, &error),
             qPrintable(error.detail));
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT channel) FROM kontakt.appeal "
                             "WHERE timezone('Europe/Kyiv', received_at)::date BETWEEN ? AND ? "
                             "AND status NOT IN ('draft', 'consultation')"));
    q.addBindValue(from);
    q.addBindValue(to);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(data.total, q.value(0).toLongLong());
    QVERIFY(data.total > 0);
    QCOMPARE(data.channels.size(), q.value(1).toInt());
    QCOMPARE(data.bucket == AnalyticsReportData::Bucket::Week, weekly);
    const auto sum = [](const QList<qint64> &v) {
        qint64 s = 0;
        for (qint64 x : v)
            s += x;
        return s;
    };
    QCOMPARE(sum(data.byMonth), data.total);
    QCOMPARE(sum(data.byWeekday), data.total);
    QCOMPARE(sum(data.byHour), data.total);
    QCOMPARE(sum(data.bucketTotals), data.total);
    qint64 topics = 0, channels = 0, trend = 0;
    for (const auto &c : data.topics)
        topics += c.count;
    for (const auto &c : data.channels)
        channels += c.count;
    for (const auto &s : data.trend)
        trend += sum(s.counts);
    QCOMPARE(topics, data.total);
    QCOMPARE(channels, data.total);
    QCOMPARE(trend, data.total);
    QVERIFY(data.trend.size() <= AnalyticsReportData::trendTopics + 1);
    // A week starts on Monday, a month on the 1st.
    for (const QDate &b : data.buckets)
        QCOMPARE(weekly ? b.dayOfWeek() : b.day(), 1);
    for (const auto &c : data.repeatCallers)
        QVERIFY(c.count >= 2);
}

void TestAnalyticsReport::hotSpotsMatchTheAddresses()
{
    const QDate from(2025, 1, 1), to(2026, 11, 30);
    AnalyticsReportData data;
    DbError error;
    QVERIFY(AnalyticsReportRepository(m_db->ownerConnection()).load(from, to, &data, &error));
    // Counted here from the raw addresses: the street is what stands before the first comma,
    // after the city's own name.
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("SELECT problem_address FROM kontakt.appeal "
                             "WHERE timezone('Europe/Kyiv', received_at)::date BETWEEN ? AND ? "
                             "AND status NOT IN ('draft', 'consultation') "
                             "AND coalesce(problem_address, '') <> ''"));
    q.addBindValue(from);
    q.addBindValue(to);
    QVERIFY(q.exec());
    QHash<QString, qint64> streets;
    while (q.next()) {
        QString a = q.value(0).toString().trimmed();
        for (const QString &city : {QStringLiteral("м. Бровари, "), QStringLiteral("Бровари, ")}) {
            if (a.startsWith(city))
                a = a.mid(city.size());
        }
        ++streets[a.section(QLatin1Char(','), 0, 0).trimmed()];
    }
    QVERIFY(!data.streets.isEmpty());
    QVERIFY(data.streets.size() <= AnalyticsReportData::hotSpots);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto &s : data.streets) {
        QCOMPARE(s.count, streets.value(s.name));
        QVERIFY(s.count <= previous);
        previous = s.count;
    }
    // Nothing left out counts more than the last one listed.
    for (auto it = streets.cbegin(); it != streets.cend(); ++it)
        QVERIFY2(it.value() <= data.streets.first().count, qPrintable(it.key()));
}

void TestAnalyticsReport::chartsFromKontaktctl()
{
    const QString pdf = m_dir.filePath(QStringLiteral("analytics.pdf"));
    const QString charts = m_dir.filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(charts));
    const KontaktctlRun r = KontaktctlRun::start(
        qEnvironmentVariable("KONTAKTCTL"),
        {QStringLiteral("--db"), m_db->connInfo(QStringLiteral("manager1")),
         QStringLiteral("report"), QStringLiteral("analytics"), QStringLiteral("--from"),
         QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
         QStringLiteral("--charts"), charts});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList files = QDir(charts).entryList(QDir::Files);
    QCOMPARE(files.size(), 12); // six charts, PNG and SVG each
    for (const QString &f : files) {
        QFile file(QDir(charts).filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(200);
        if (f.endsWith(QLatin1String(".png")))
            QVERIFY2(head.startsWith("\x89PNG"), qPrintable(f));
        else
            QVERIFY2(head.contains("<svg") || file.readAll().contains("<svg"), qPrintable(f));
    }
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() - 2 >= 6, qPrintable(lines.join(QLatin1Char('\n'))));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &heading :
         {QStringLiteral("Аналітика звернень громадян"), QStringLiteral("Динаміка за місяцями"),
          QStringLiteral("Адреси з найбільшою кількістю звернень"),
          QStringLiteral("Канали надходження"), QStringLiteral("Повторні звернення"),
          QStringLiteral("Сезонність")})
        QVERIFY2(t.contains(heading), qPrintable(heading));
}

QTEST_GUILESS_MAIN(TestAnalyticsReport)
#include "tst_analyticsreport.moc"
