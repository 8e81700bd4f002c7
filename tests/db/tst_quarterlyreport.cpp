#include "csvwriter.h"
#include "demoseed.h"
#include "kontaktctlrun.h"
#include "quarterlyreportrepository.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Quarterly statistics by the classifier over seeded demo data: the total equals an independent
// count, every dimension adds up to it, each line equals an independent group count, every
// line of the current classifier edition is listed; the PDF (pdftotext) and CSV from kontaktctl
// carry the same figures.
class TestQuarterlyReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dimensionsAddUp_data();
    void dimensionsAddUp();
    void linesMatchIndependentCounts();
    void refusesABadQuarter();
    void pdfAndCsvFromKontaktctl();

private:
    qint64 count(const QString &where, const QVariantList &binds) const;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

// Independent: the quarter's appeals by Kyiv day, not drafts or consultations.
static const char *const kQuarter =
    "FROM kontakt.appeal WHERE timezone('Europe/Kyiv', received_at)::date BETWEEN ? AND ? "
    "AND status NOT IN ('draft', 'consultation') ";

qint64 TestQuarterlyReport::count(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("SELECT count(*) ") + QString::fromLatin1(kQuarter) + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestQuarterlyReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    const QString error = DemoSeed::seed(*m_db, 5000, 31);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQuarterlyReport::cleanupTestCase()
{
    if (m_db)
        DemoSeed::dropDemoLogins(*m_db);
    m_db.reset();
}

void TestQuarterlyReport::dimensionsAddUp_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("quarter");
    for (int q = 1; q <= 4; ++q)
        QTest::addRow("2026 Q%d", q) << 2026 << q;
    QTest::newRow("2024 Q2") << 2024 << 2;
    QTest::newRow("2030 Q1, nothing yet") << 2030 << 1;
}

void TestQuarterlyReport::dimensionsAddUp()
{
    QFETCH(int, year);
    QFETCH(int, quarter);
    QuarterlyReportData data;
    DbError error;
    QVERIFY2(QuarterlyReportRepository(m_db->ownerConnection()).load(year, quarter, &data, &error),
             qPrintable(error.detail));
    const qint64 total = count(QString(), {data.from, data.to});
    QCOMPARE(data.total, total);
    QCOMPARE(data.dimensions.size(), 9);
    for (const QuarterlyReportData::Dimension &d : data.dimensions)
        QVERIFY2(d.sum() == data.total, qPrintable(d.key));
    QVERIFY(data.unbalanced().isEmpty());
    if (year == 2026 && quarter <= 3)
        QVERIFY(data.total > 100);
}

void TestQuarterlyReport::linesMatchIndependentCounts()
{
    QuarterlyReportData data;
    DbError error;
    QVERIFY(QuarterlyReportRepository(m_db->ownerConnection()).load(2026, 2, &data, &error));
    const QVariantList period{data.from, data.to};
    const auto line = [&](const QString &key, const QString &code) -> qint64 {
        for (const auto &d : data.dimensions) {
            if (d.key != key)
                continue;
            for (const auto &c : d.counts) {
                if (c.code == code)
                    return c.count;
            }
            return -1; // not listed
        }
        return -2;
    };
    for (const QString &code :
         {QStringLiteral("3.1"), QStringLiteral("3.2"), QStringLiteral("3.3")})
        QCOMPARE(line(QStringLiteral("kind"), code),
                 count(QStringLiteral("AND kind_code = '%1'").arg(code), period));
    QCOMPARE(line(QStringLiteral("subject"), QStringLiteral("5.2")),
             count(QStringLiteral("AND subject_code = '5.2'"), period));
    QCOMPARE(line(QStringLiteral("arrival"), QStringLiteral("2.2")),
             count(QStringLiteral("AND arrival_code = '2.2'"), period));
    QCOMPARE(line(QStringLiteral("result"), QStringLiteral("9.1")),
             count(QStringLiteral("AND result_code = '9.1'"), period));
    QCOMPARE(line(QStringLiteral("topic"), QStringLiteral("009")),
             count(QStringLiteral("AND topic_code = '009'"), period));
    QCOMPARE(line(QStringLiteral("form"), QStringLiteral("1.1.1")),
             count(QStringLiteral("AND form_code = '1.1.1'"), period));
    // The first author category stated, or none.
    QCOMPARE(line(QStringLiteral("author"), QString()),
             count(QStringLiteral("AND cardinality(author_categories) = 0"), period));
    // Lines with nothing in them are listed too (the councils' form has them all).
    QCOMPARE(line(QStringLiteral("form"), QStringLiteral("1.5")),
             count(QStringLiteral("AND form_code = '1.5'"), period));
    QCOMPARE(line(QStringLiteral("author"), QStringLiteral("7.17")),
             count(QStringLiteral("AND author_categories[1] = '7.17'"), period));
}

void TestQuarterlyReport::refusesABadQuarter()
{
    QuarterlyReportData data;
    DbError error;
    QVERIFY(!QuarterlyReportRepository(m_db->ownerConnection()).load(2026, 5, &data, &error));
    const KontaktctlRun r = KontaktctlRun::start(
        qEnvironmentVariable("KONTAKTCTL"),
        {QStringLiteral("--db"), m_db->connInfo(), QStringLiteral("report"),
         QStringLiteral("quarterly"), QStringLiteral("--year"), QStringLiteral("2026"),
         QStringLiteral("--quarter"), QStringLiteral("0"), QStringLiteral("--format"),
         QStringLiteral("pdf"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("quarter")), qPrintable(r.err));
}

void TestQuarterlyReport::pdfAndCsvFromKontaktctl()
{
    QuarterlyReportData data;
    DbError error;
    QVERIFY(QuarterlyReportRepository(m_db->ownerConnection()).load(2026, 3, &data, &error));
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("csv")}) {
        const QString path = m_dir.filePath(QStringLiteral("quarterly.") + format);
        const KontaktctlRun r = KontaktctlRun::start(
            qEnvironmentVariable("KONTAKTCTL"),
            {QStringLiteral("--db"), m_db->connInfo(QStringLiteral("manager1")),
             QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
             QStringLiteral("2026"), QStringLiteral("--quarter"), QStringLiteral("3"),
             QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("appeals %1").arg(data.total)), qPrintable(r.out));
        if (format == QLatin1String("pdf")) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"),
                       {QStringLiteral("-layout"), path, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString t = QString::fromUtf8(text.readAllStandardOutput());
            for (const QString &heading :
                 {QStringLiteral("Статистичні дані про надходження та розгляд звернень"),
                  QStringLiteral("за 3 квартал 2026 року"), QStringLiteral("За формою надходження"),
                  QStringLiteral("За видом звернення"), QStringLiteral("За категорією автора"),
                  QStringLiteral("За результатами розгляду"), QStringLiteral("За тематикою")})
                QVERIFY2(t.contains(heading), qPrintable(heading));
            const QRegularExpression total(
                QStringLiteral("Надійшло звернень \\(зареєстровано\\)\\s+(\\d+)"));
            const auto m = total.match(t);
            QVERIFY(m.hasMatch());
            QCOMPARE(m.captured(1).toLongLong(), data.total);
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto rows = CsvWriter::parse(f.readAll());
            // Every dimension's "Усього" line carries the total.
            int totals = 0;
            for (const QStringList &row : rows) {
                if (row.value(1) == QStringLiteral("Усього")) {
                    QCOMPARE(row.value(2).toLongLong(), data.total);
                    ++totals;
                }
            }
            QCOMPARE(totals, 9);
        }
    }
}

QTEST_GUILESS_MAIN(TestQuarterlyReport)
#include "tst_quarterlyreport.moc"
