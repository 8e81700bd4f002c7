#include "csvwriter.h"
#include "dailyreportrepository.h"
#include "demodatagenerator.h"
#include "kontaktctlrun.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The daily report for the mayor over seeded demo data: every figure equals an independent SQL
// count written here (not the repository's queries), for the busiest day and a busy week; the
// kontaktctl outputs (PDF with an embedded font and Ukrainian text, CSV that reads back, HTML)
// carry the same figures; an executor's report holds only its own organisation's cases.
class TestDailyReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresMatchIndependentCounts_data();
    void figuresMatchIndependentCounts();
    void emptyDay();
    void pdfFromKontaktctl();
    void csvReadsBack();
    void html();
    void usageErrors();
    void executorSeesOwnOrganisation();

private:
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    QMap<QString, qint64> groups(const QString &sql, const QDate &from, const QDate &to) const;
    void dropDemoLogins();
    KontaktctlRun ctl(const QStringList &args, const QString &user = QString()) const;

    std::unique_ptr<TestDatabase> m_db;
    QDate m_busiest;
    QDate m_weekFrom;
    qint64 m_busiestAppeals = 0;
    QTemporaryDir m_dir;
};

// The independent definition: Kyiv calendar day of receipt, not a draft, not a consultation.
static const char *const kDay = "(received_at AT TIME ZONE 'Europe/Kyiv')::date BETWEEN ? AND ? "
                                "AND status <> 'draft' AND status <> 'consultation'";

QVariant TestDailyReport::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

QMap<QString, qint64> TestDailyReport::groups(const QString &sql, const QDate &from,
                                              const QDate &to) const
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    q.addBindValue(from);
    q.addBindValue(to);
    QMap<QString, qint64> out;
    if (!q.exec())
        qWarning() << sql << q.lastError().text();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

void TestDailyReport::dropDemoLogins()
{
    QSqlQuery q(m_db->ownerConnection());
    QStringList existing;
    q.exec(QStringLiteral("SELECT rolname FROM pg_roles"));
    while (q.next())
        existing << q.value(0).toString();
    for (const auto &l : DemoDataGenerator::demoLogins()) {
        if (existing.contains(QString::fromLatin1(l.login))) {
            q.exec(QStringLiteral("DROP OWNED BY %1").arg(QString::fromLatin1(l.login)));
            q.exec(QStringLiteral("DROP ROLE %1").arg(QString::fromLatin1(l.login)));
        }
    }
}

KontaktctlRun TestDailyReport::ctl(const QStringList &args, const QString &user) const
{
    return KontaktctlRun::start(qEnvironmentVariable("KONTAKTCTL"),
                                QStringList{QStringLiteral("--db"), m_db->connInfo(user)} + args);
}

void TestDailyReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    dropDemoLogins();
    DemoDataGenerator::Options options;
    options.cases = 6000;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc());
    const auto r = DemoDataGenerator(m_db->ownerConnection()).generate(options);
    QVERIFY2(r.ok(), qPrintable(r.message));

    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT (received_at AT TIME ZONE 'Europe/Kyiv')::date AS d, count(*) FROM kontakt.appeal "
        "WHERE status <> 'draft' AND status <> 'consultation' "
        "GROUP BY d ORDER BY count(*) DESC, d DESC LIMIT 1")));
    QVERIFY(q.next());
    m_busiest = q.value(0).toDate();
    m_busiestAppeals = q.value(1).toLongLong();
    QVERIFY2(m_busiestAppeals >= 5, "the demo data has no busy day");
    // The busiest week with priority, collective and repeated appeals in it.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT d::date FROM generate_series(DATE '2026-01-01', DATE '2026-11-20', '1 day') d "
        "ORDER BY (SELECT count(*) FROM kontakt.appeal a "
        "           WHERE (a.received_at AT TIME ZONE 'Europe/Kyiv')::date "
        "                 BETWEEN d::date AND d::date + 6 "
        "             AND (a.priority OR a.subject_code = '5.2' OR a.arrival_code = '2.2')) DESC, "
        "         d DESC LIMIT 1")));
    QVERIFY(q.next());
    m_weekFrom = q.value(0).toDate();
}

void TestDailyReport::cleanupTestCase()
{
    if (m_db)
        dropDemoLogins();
    m_db.reset();
}

void TestDailyReport::figuresMatchIndependentCounts_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("busiest day") << 1;
    QTest::newRow("busy week") << 7;
}

void TestDailyReport::figuresMatchIndependentCounts()
{
    QFETCH(int, days);
    const QDate from = days == 1 ? m_busiest : m_weekFrom;
    const QDate to = from.addDays(days - 1);
    DailyReportData d;
    DbError error;
    QVERIFY2(DailyReportRepository(m_db->ownerConnection()).load(from, to, &d, &error),
             qPrintable(error.detail));
    const QString day = QString::fromLatin1(kDay);
    const auto count = [&](const QString &extra) {
        return scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE ") + day + extra,
                      {from, to})
            .toLongLong();
    };
    QCOMPARE(d.appeals, count(QString()));
    if (days == 1)
        QCOMPARE(d.appeals, m_busiestAppeals);
    QCOMPARE(d.collective, count(QStringLiteral(" AND subject_code = '5.2'")));
    QCOMPARE(d.priority, count(QStringLiteral(" AND priority")));
    QCOMPARE(d.repeated, count(QStringLiteral(" AND arrival_code IN ('2.2', '2.4')")));
    QCOMPARE(d.consultations,
             scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE status = "
                                   "'consultation' AND (received_at AT TIME ZONE "
                                   "'Europe/Kyiv')::date BETWEEN ? AND ?"),
                    {from, to})
                 .toLongLong());
    if (days == 7) {
        QVERIFY(d.collective + d.priority + d.repeated > 0);
        QVERIFY(d.consultations > 0);
    }

    const auto asMap = [](const QList<DailyReportData::Count> &counts) {
        QMap<QString, qint64> m;
        for (const auto &c : counts)
            m.insert(c.key, c.count);
        return m;
    };
    QCOMPARE(asMap(d.byChannel),
             groups(QStringLiteral("SELECT channel, count(*) FROM kontakt.appeal WHERE ") + day +
                        QStringLiteral(" GROUP BY channel"),
                    from, to));
    QCOMPARE(asMap(d.byKind),
             groups(QStringLiteral("SELECT coalesce(kind_code, ''), count(*) FROM kontakt.appeal "
                                   "WHERE ") +
                        day + QStringLiteral(" GROUP BY 1"),
                    from, to));
    QCOMPARE(asMap(d.byStatus),
             groups(QStringLiteral("SELECT status, count(*) FROM kontakt.appeal WHERE ") + day +
                        QStringLiteral(" GROUP BY status"),
                    from, to));
    // Kind names come from the classifier (section 3).
    for (const auto &k : d.byKind) {
        if (k.key == QLatin1String("3.3"))
            QCOMPARE(k.name, QStringLiteral("Скарга"));
    }
    // Top topics: each count right, in descending order, the rest in "other", sums to the total.
    const QMap<QString, qint64> topics = groups(
        QStringLiteral("SELECT coalesce(topic_code, ''), count(*) FROM kontakt.appeal WHERE ") +
            day + QStringLiteral(" GROUP BY 1"),
        from, to);
    qint64 sum = d.otherTopics;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto &t : d.byTopic) {
        QCOMPARE(t.count, topics.value(t.key));
        QVERIFY(t.count <= previous);
        previous = t.count;
        sum += t.count;
    }
    QVERIFY(d.byTopic.size() <= DailyReportData::topTopics);
    QCOMPARE(d.byTopic.size(), std::min<qsizetype>(topics.size(), DailyReportData::topTopics));
    QCOMPARE(sum, d.appeals);

    // The list: every appeal once, with its flags and its main executor.
    QCOMPARE(qint64(d.list.size()), d.appeals);
    QSet<QString> indexes;
    for (const auto &a : d.list) {
        indexes.insert(a.regIndex);
        QSqlQuery q(m_db->ownerConnection());
        q.prepare(QStringLiteral(
            "SELECT ap.subject_code = '5.2', ap.priority, coalesce(ap.arrival_code IN ('2.2', "
            "'2.4'), false), (SELECT coalesce(o.short_name, o.name) FROM kontakt.assignment s, "
            "kontakt.organisation o WHERE o.id = s.org_id AND s.appeal_id = ap.id AND s.is_main "
            "AND s.status <> 'rejected' ORDER BY s.id DESC LIMIT 1), ap.due_date, "
            "to_char(ap.received_at AT TIME ZONE 'Europe/Kyiv', 'HH24:MI') "
            "FROM kontakt.appeal ap WHERE ap.reg_index = ?"));
        q.addBindValue(a.regIndex);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(a.collective, q.value(0).toBool());
        QCOMPARE(a.priority, q.value(1).toBool());
        QCOMPARE(a.repeated, q.value(2).toBool());
        QCOMPARE(a.executor, q.value(3).toString());
        QCOMPARE(a.term, q.value(4).toDate());
        QCOMPARE(a.time.toString(QStringLiteral("HH:mm")), q.value(5).toString());
        QVERIFY(a.date >= from && a.date <= to);
    }
    QCOMPARE(qint64(indexes.size()), d.appeals);

    // Overdue: the term expired in the period and the case is still open.
    QCOMPARE(qint64(d.overdue.size()),
             scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE due_date BETWEEN ? "
                                   "AND ? AND status IN ('registered', 'routing_proposed', "
                                   "'approved', 'in_progress', 'rework')"),
                    {from, to})
                 .toLongLong());
    for (const auto &a : d.overdue)
        QVERIFY(a.term >= from && a.term <= to);
}

void TestDailyReport::emptyDay()
{
    DailyReportData d;
    DbError error;
    QVERIFY(DailyReportRepository(m_db->ownerConnection())
                .load(QDate(2001, 1, 1), QDate(), &d, &error));
    QCOMPARE(d.appeals, qint64(0));
    QCOMPARE(int(d.list.size()), 0);
    QCOMPARE(d.to, QDate(2001, 1, 1));
    QVERIFY(!DailyReportRepository(m_db->ownerConnection())
                 .load(QDate(2001, 1, 2), QDate(2001, 1, 1), &d, &error));
}

void TestDailyReport::pdfFromKontaktctl()
{
    const QString pdf = m_dir.filePath(QStringLiteral("daily.pdf"));
    const KontaktctlRun r =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             m_busiest.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(fontList.contains(QStringLiteral("DejaVu")), qPrintable(fontList));
    // Every font line says "emb yes".
    const QStringList lines = fontList.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(
            line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)"))),
            qPrintable(line));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &heading :
         {QStringLiteral("Щоденний звіт про звернення громадян"),
          QStringLiteral("за ") + m_busiest.toString(QStringLiteral("dd.MM.yyyy")),
          QStringLiteral("Загальні показники"), QStringLiteral("За каналами надходження"),
          QStringLiteral("Найчастіші питання"), QStringLiteral("Звернення за день"),
          QStringLiteral("Прострочені звернення"), QStringLiteral("Начальник відділу")})
        QVERIFY2(t.contains(heading), qPrintable(heading));
    const QRegularExpression total(QStringLiteral("Зареєстровано звернень\\s+(\\d+)"));
    const auto m = total.match(t);
    QVERIFY2(m.hasMatch(), qPrintable(t.left(2000)));
    QCOMPARE(m.captured(1).toLongLong(), m_busiestAppeals);
    // Every appeal's index is printed.
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("SELECT reg_index FROM kontakt.appeal WHERE ") +
              QString::fromLatin1(kDay));
    q.addBindValue(m_busiest);
    q.addBindValue(m_busiest);
    QVERIFY(q.exec());
    int seen = 0;
    while (q.next()) {
        QVERIFY2(t.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
        ++seen;
    }
    QCOMPARE(seen, int(m_busiestAppeals));
    QVERIFY2(r.out.contains(QStringLiteral("appeals %1").arg(m_busiestAppeals)), qPrintable(r.out));
}

void TestDailyReport::csvReadsBack()
{
    const QString csv = m_dir.filePath(QStringLiteral("daily.csv"));
    const QDate to = m_weekFrom.addDays(6);
    const KontaktctlRun r =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             m_weekFrom.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = CsvWriter::parse(data);

    DailyReportData d;
    DbError error;
    QVERIFY(DailyReportRepository(m_db->ownerConnection()).load(m_weekFrom, to, &d, &error));
    const auto valueOf = [&rows](const QString &label) {
        for (const QStringList &row : rows) {
            if (row.value(0) == label)
                return row.value(1);
        }
        return QString();
    };
    QCOMPARE(valueOf(QStringLiteral("Зареєстровано звернень")).toLongLong(), d.appeals);
    QCOMPARE(valueOf(QStringLiteral("з них колективних (КО)")).toLongLong(), d.collective);
    QCOMPARE(valueOf(QStringLiteral("з них пільгових категорій (П)")).toLongLong(), d.priority);
    QCOMPARE(valueOf(QStringLiteral("з них повторних (Пв)")).toLongLong(), d.repeated);
    QCOMPARE(valueOf(QStringLiteral("Надано консультацій (окремо)")).toLongLong(), d.consultations);
    QCOMPARE(valueOf(QStringLiteral("Телефон")).toLongLong(),
             scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE channel = 'phone' "
                                   "AND ") +
                        QString::fromLatin1(kDay),
                    {m_weekFrom, to})
                 .toLongLong());
    // Each appeal of the period is one row with its index and its executor.
    for (const auto &a : d.list) {
        bool found = false;
        for (const QStringList &row : rows) {
            if (row.value(0) == a.regIndex && row.size() == 8) {
                found = true;
                QCOMPARE(row.value(5), a.executor);
                QCOMPARE(row.value(6), a.term.toString(QStringLiteral("dd.MM.yyyy")));
            }
        }
        QVERIFY2(found, qPrintable(a.regIndex));
    }
}

void TestDailyReport::html()
{
    const QString path = m_dir.filePath(QStringLiteral("daily.html"));
    const KontaktctlRun r =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             m_busiest.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--out"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("Щоденний звіт про звернення громадян")));
    QVERIFY(html.contains(QStringLiteral("<thead>")));
    QVERIFY(!html.contains(QStringLiteral("{{")));
}

void TestDailyReport::usageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
    const QString date = m_busiest.toString(Qt::ISODate);
    QCOMPARE(ctl({"report", "daily", "--date", "2026-13-01", "--format", "pdf", "--out", out}).code,
             2);
    QCOMPARE(ctl({"report", "daily", "--date", date, "--format", "xls", "--out", out}).code, 2);
    QCOMPARE(ctl({"report", "daily", "--date", date, "--format", "pdf"}).code, 2);
    QCOMPARE(ctl({"report", "daily", "--date", date, "--to", "2000-01-01", "--format", "pdf",
                  "--out", out})
                 .code,
             2);
    QCOMPARE(ctl({"report", "weekly", "--format", "pdf", "--out", out}).code, 2);
    QCOMPARE(ctl({"report", "daily", "--bogus", "--format", "pdf", "--out", out}).code, 2);
    QVERIFY(!QFile::exists(out));
}

void TestDailyReport::executorSeesOwnOrganisation()
{
    // executor1 belongs to BTVE (demo data): row-level security limits its report.
    const QDate to = m_weekFrom.addDays(6);
    const QString csv = m_dir.filePath(QStringLiteral("executor.csv"));
    const KontaktctlRun r =
        ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             m_weekFrom.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv},
            QStringLiteral("executor1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 own =
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal ap WHERE ") +
                   QString::fromLatin1(kDay) +
                   QStringLiteral(" AND EXISTS (SELECT 1 FROM kontakt.assignment s JOIN "
                                  "kontakt.organisation o ON o.id = s.org_id WHERE s.appeal_id = "
                                  "ap.id AND o.code = 'BTVE' AND s.status NOT IN ('proposed', "
                                  "'rejected'))"),
               {m_weekFrom, to})
            .toLongLong();
    const qint64 all = scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE ") +
                                  QString::fromLatin1(kDay),
                              {m_weekFrom, to})
                           .toLongLong();
    QVERIFY(own < all);
    QVERIFY2(r.out.contains(QStringLiteral("appeals %1,").arg(own)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestDailyReport)
#include "tst_dailyreport.moc"
