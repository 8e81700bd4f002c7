#include "demoseed.h"
#include "disciplinereportrepository.h"
#include "kontaktctlrun.h"
#include "xlsxreadback.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Executive discipline over seeded demo data: every figure of every organisation equals an
// independent SQL count written here; the drill-down lists exactly the cases a figure counts;
// rows come worst first; an executor sees only its own organisation; the XLSX export from
// kontaktctl opens back with the same figures.
class TestDisciplineReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresMatchIndependentCounts_data();
    void figuresMatchIndependentCounts();
    void drillDownListsTheCounted_data();
    void drillDownListsTheCounted();
    void worstFirst();
    void executorSeesOwnOrganisation();
    void xlsxFromKontaktctl();

private:
    QMap<qint64, QList<qint64>> independent(const QDate &from, const QDate &to,
                                            const QDate &asOf) const;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    const QDate m_asOf{2026, 11, 30};
};

void TestDisciplineReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    const QString error = DemoSeed::seed(*m_db, 6000, 21);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDisciplineReport::cleanupTestCase()
{
    if (m_db)
        DemoSeed::dropDemoLogins(*m_db);
    m_db.reset();
}

// Per organisation: received, on time, late, overdue now. Written from the definitions in the
// report's note, not from the repository's SQL.
QMap<qint64, QList<qint64>> TestDisciplineReport::independent(const QDate &from, const QDate &to,
                                                              const QDate &asOf) const
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral(
        "SELECT s.org_id, "
        "  sum(1), "
        "  sum(CASE WHEN s.status IN ('replied','done') AND s.replied_at IS NOT NULL AND "
        "      (coalesce(s.term, a.due_date) IS NULL OR "
        "       timezone('Europe/Kyiv', s.replied_at)::date <= coalesce(s.term, a.due_date)) "
        "      THEN 1 ELSE 0 END), "
        "  sum(CASE WHEN s.status IN ('replied','done') AND "
        "       timezone('Europe/Kyiv', s.replied_at)::date > coalesce(s.term, a.due_date) "
        "      THEN 1 ELSE 0 END), "
        "  sum(CASE WHEN s.status IN ('approved','accepted','rework') AND "
        "       coalesce(s.term, a.due_date) < ? THEN 1 ELSE 0 END) "
        "FROM kontakt.assignment s JOIN kontakt.appeal a ON a.id = s.appeal_id "
        "WHERE timezone('Europe/Kyiv', s.approved_at)::date BETWEEN ? AND ? "
        "  AND s.status <> 'proposed' AND s.status <> 'rejected' "
        "GROUP BY s.org_id"));
    q.addBindValue(asOf);
    q.addBindValue(from);
    q.addBindValue(to);
    QMap<qint64, QList<qint64>> out;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                             q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

void TestDisciplineReport::figuresMatchIndependentCounts_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("quarter 3") << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("november") << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("a year") << QDate(2025, 1, 1) << QDate(2025, 12, 31);
}

void TestDisciplineReport::figuresMatchIndependentCounts()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    DisciplineReportData data;
    DbError error;
    QVERIFY2(
        DisciplineReportRepository(m_db->ownerConnection()).load(from, to, m_asOf, &data, &error),
        qPrintable(error.detail));
    const auto expected = independent(from, to, m_asOf);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(data.organisations.size(), expected.size());
    qint64 received = 0;
    for (const DisciplineReportData::Row &r : data.organisations) {
        QVERIFY2(expected.contains(r.id), qPrintable(r.name));
        const QList<qint64> e = expected.value(r.id);
        QCOMPARE(r.received, e.at(0));
        QCOMPARE(r.onTime, e.at(1));
        QCOMPARE(r.late, e.at(2));
        QCOMPARE(r.overdueNow, e.at(3));
        QVERIFY(r.onTime + r.late + r.overdueNow <= r.received);
        QVERIFY(r.confirmed <= r.reached);
        QVERIFY(r.avgRating < 0 || (r.avgRating >= 1 && r.avgRating <= 5));
        received += r.received;
    }
    QCOMPARE(data.total().received, received);
    // People: each answered assignment counted once, under the organisation it belongs to.
    qint64 answered = 0;
    for (const DisciplineReportData::Row &r : data.executors)
        answered += r.onTime + r.late;
    QCOMPARE(answered, data.total().onTime + data.total().late);
}

void TestDisciplineReport::drillDownListsTheCounted_data()
{
    QTest::addColumn<int>("category");
    QTest::newRow("all") << int(DisciplineCategory::All);
    QTest::newRow("on time") << int(DisciplineCategory::OnTime);
    QTest::newRow("late") << int(DisciplineCategory::Late);
    QTest::newRow("overdue now") << int(DisciplineCategory::OverdueNow);
    QTest::newRow("rework") << int(DisciplineCategory::Rework);
}

void TestDisciplineReport::drillDownListsTheCounted()
{
    QFETCH(int, category);
    const QDate from(2025, 1, 1), to(2026, 11, 30);
    DisciplineReportRepository repo(m_db->ownerConnection());
    DisciplineReportData data;
    DbError error;
    QVERIFY(repo.load(from, to, m_asOf, &data, &error));
    int checked = 0;
    for (const DisciplineReportData::Row &r : data.organisations) {
        const qint64 figure =
            QList<qint64>{r.received, r.onTime, r.late, r.overdueNow, r.rework}.at(category);
        QList<DisciplineCase> cases;
        QVERIFY2(repo.cases(from, to, m_asOf, r.id, QString(), DisciplineCategory(category), 100000,
                            &cases, &error),
                 qPrintable(error.detail));
        QCOMPARE(qint64(cases.size()), figure);
        checked += figure > 0;
    }
    if (category != int(DisciplineCategory::Rework) &&
        category != int(DisciplineCategory::OverdueNow))
        QVERIFY(checked > 0);
    // An executor's own cases: the answered ones add up to the row.
    for (const DisciplineReportData::Row &r : data.executors) {
        if (category != int(DisciplineCategory::OnTime))
            break;
        QList<DisciplineCase> cases;
        QVERIFY(repo.cases(from, to, m_asOf, 0, r.login, DisciplineCategory::OnTime, 100000, &cases,
                           &error));
        QCOMPARE(qint64(cases.size()), r.onTime);
    }
}

void TestDisciplineReport::worstFirst()
{
    DisciplineReportData data;
    DbError error;
    QVERIFY(DisciplineReportRepository(m_db->ownerConnection())
                .load(QDate(2025, 1, 1), QDate(2026, 11, 30), m_asOf, &data, &error));
    const ReportDocument doc = DisciplineReportBuilder::build(data, QDateTime::currentDateTime());
    const ReportTable &t = doc.sections.at(0).tables.at(0);
    QCOMPARE(t.rows.size(), data.organisations.size());
    double previous = 1000; // percent
    for (const ReportRow &row : t.rows) {
        // "Порушень, %" is column 5, printed with a decimal comma.
        const QString cell = row.cells.at(5);
        const double share =
            cell == QStringLiteral("—")
                ? 0
                : QString(cell).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        QVERIFY2(share <= previous + 1e-9, qPrintable(row.cells.join(QLatin1Char('|')) +
                                                      QStringLiteral(" after %1").arg(previous)));
        previous = share;
    }
    QCOMPARE(t.totals.at(1), QString::number(data.total().received));
}

void TestDisciplineReport::executorSeesOwnOrganisation()
{
    DbError openError;
    QSqlDatabase db =
        DatabaseConnector::open(QStringLiteral("discipline-executor1"),
                                m_db->params(QStringLiteral("executor1")), &openError);
    QVERIFY2(db.isOpen(), qPrintable(openError.detail));
    DisciplineReportData data;
    DbError error;
    QVERIFY2(DisciplineReportRepository(db).load(QDate(2025, 1, 1), QDate(2026, 11, 30), m_asOf,
                                                 &data, &error),
             qPrintable(error.detail));
    QCOMPARE(data.organisations.size(), 1);
    QVERIFY2(data.organisations.at(0).name.contains(QStringLiteral("Броваритепловодоенергія")),
             qPrintable(data.organisations.at(0).name));
}

void TestDisciplineReport::xlsxFromKontaktctl()
{
    const QString path = m_dir.filePath(QStringLiteral("discipline.xlsx"));
    const KontaktctlRun r = KontaktctlRun::start(
        qEnvironmentVariable("KONTAKTCTL"),
        {QStringLiteral("--db"), m_db->connInfo(QStringLiteral("manager1")),
         QStringLiteral("report"), QStringLiteral("discipline"), QStringLiteral("--from"),
         QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("2026-09-30"),
         QStringLiteral("--as-of"), m_asOf.toString(Qt::ISODate), QStringLiteral("--format"),
         QStringLiteral("xlsx"), QStringLiteral("--out"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    DisciplineReportData data;
    DbError error;
    QVERIFY(DisciplineReportRepository(m_db->ownerConnection())
                .load(QDate(2026, 7, 1), QDate(2026, 9, 30), m_asOf, &data, &error));
    const XlsxReadBack book(path);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    const auto sheet = book.sheet(0);
    int found = 0;
    for (const DisciplineReportData::Row &org : data.organisations) {
        for (const QStringList &row : sheet) {
            if (row.value(0) == org.name) {
                QCOMPARE(row.value(1), QString::number(org.received));
                QCOMPARE(row.value(4), QString::number(org.overdueNow));
                ++found;
                break;
            }
        }
    }
    QCOMPARE(found, int(data.organisations.size()));
    // The export is in the audit log, with its parameters.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM kontakt.audit_log WHERE table_name = 'report' AND action = 'EXPORT' "
        "AND login = 'manager1' AND new_data->>'report' = 'discipline' "
        "AND new_data->>'format' = 'xlsx' AND new_data->'params'->>'from' = '2026-07-01'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDisciplineReport)
#include "tst_disciplinereport.moc"
