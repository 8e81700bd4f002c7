#include "disciplinereportrepository.h"

#include "reportsettings.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

// Positional parameters: 1 = from, 2 = to, 3 = as of. The period's assignments: approved to an
// executor in [from 00:00, to + 1 day 00:00) Kyiv time. The term is the assignment's own, else
// the appeal's (looked up only when the assignment has none: a join would read every appeal).
const char *const AssignmentsCte =
    "WITH p AS (SELECT (CAST(? AS date))::timestamp AT TIME ZONE 'Europe/Kyiv' AS t0, "
    "                  (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Europe/Kyiv' AS t1, "
    "                  CAST(? AS date) AS as_of), "
    "s AS (SELECT s.id, s.org_id, s.appeal_id, s.is_main, s.status, s.approved_at, "
    "             s.replied_at, s.rework_count, "
    "             coalesce(s.term, (SELECT a.due_date FROM kontakt.appeal a "
    "                                WHERE a.id = s.appeal_id)) AS term, "
    "             (s.replied_at AT TIME ZONE 'Europe/Kyiv')::date AS replied_day, p.as_of "
    "        FROM p, kontakt.assignment s "
    "       WHERE s.approved_at >= p.t0 AND s.approved_at < p.t1 "
    "         AND s.status NOT IN ('proposed', 'rejected')) ";

// Callbacks that reached the citizen, per appeal of a main assignment: the last one (outcome,
// rating), and whether any found the work not done (the case went back to rework).
const char *const FeedbackCte =
    ", f AS (SELECT fb.appeal_id, "
    "               (array_agg(fb.outcome ORDER BY fb.attempted_at DESC, fb.id DESC))[1] AS "
    "outcome, "
    "               (array_agg(fb.rating ORDER BY fb.attempted_at DESC, fb.id DESC))[1] AS rating, "
    "               bool_or(fb.outcome = 'not_done') AS reworked "
    "          FROM kontakt.feedback fb "
    "         WHERE fb.reached AND fb.appeal_id IN (SELECT appeal_id FROM s WHERE is_main) "
    "         GROUP BY fb.appeal_id) ";

const char *const Figures =
    "count(*), "
    "count(*) FILTER (WHERE s.status IN ('replied', 'done') AND s.replied_at IS NOT NULL "
    "                   AND (s.term IS NULL OR s.replied_day <= s.term)), "
    "count(*) FILTER (WHERE s.status IN ('replied', 'done') AND s.replied_day > s.term), "
    "count(*) FILTER (WHERE s.status IN ('approved', 'accepted', 'rework') AND s.term < s.as_of), "
    "count(*) FILTER (WHERE s.rework_count > 0 OR f.reworked), "
    "avg(extract(epoch FROM s.replied_at - s.approved_at) / 86400.0) "
    "    FILTER (WHERE s.status IN ('replied', 'done') AND s.replied_at IS NOT NULL), "
    "count(f.appeal_id), count(*) FILTER (WHERE f.outcome = 'confirmed'), "
    "avg(f.rating), count(f.rating) ";

void readFigures(const QSqlQuery &q, int at, DisciplineReportData::Row *r)
{
    r->received = q.value(at).toLongLong();
    r->onTime = q.value(at + 1).toLongLong();
    r->late = q.value(at + 2).toLongLong();
    r->overdueNow = q.value(at + 3).toLongLong();
    r->rework = q.value(at + 4).toLongLong();
    r->avgDays = q.value(at + 5).isNull() ? -1 : q.value(at + 5).toDouble();
    r->reached = q.value(at + 6).toLongLong();
    r->confirmed = q.value(at + 7).toLongLong();
    r->avgRating = q.value(at + 8).isNull() ? -1 : q.value(at + 8).toDouble();
    r->ratings = q.value(at + 9).toLongLong();
}

QDate kyivToday()
{
    return QDateTime::currentDateTime()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
        .date();
}

} // namespace

DisciplineReportRepository::DisciplineReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool DisciplineReportRepository::load(const QDate &from, const QDate &to, const QDate &asOfDay,
                                      DisciplineReportData *data, DbError *error)
{
    *data = DisciplineReportData();
    data->from = from;
    data->to = to.isValid() ? to : from;
    data->asOf = asOfDay.isValid() ? asOfDay : kyivToday();
    if (!from.isValid() || data->to < from) {
        *error = DbError::other(QStringLiteral("invalid period"));
        return false;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        q.prepare(sql);
        q.addBindValue(data->from);
        q.addBindValue(data->to);
        q.addBindValue(data->asOf);
        if (!q.exec()) {
            *error = DbError::fromQuery(q.lastError());
            return false;
        }
        return true;
    };
    // Feedback counts for main assignments only: a co-executor's callback is the main one's.
    if (!run(QLatin1String(AssignmentsCte) + QLatin1String(FeedbackCte) +
             QStringLiteral("SELECT o.id, coalesce(o.short_name, o.name), ") +
             QLatin1String(Figures) +
             QStringLiteral("FROM s JOIN kontakt.organisation o ON o.id = s.org_id "
                            "LEFT JOIN f ON f.appeal_id = s.appeal_id AND s.is_main "
                            "GROUP BY o.id, o.short_name, o.name")))
        return false;
    while (q.next()) {
        DisciplineReportData::Row r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        readFigures(q, 2, &r);
        data->organisations.append(r);
    }
    // People: who wrote the last answer of an answered assignment.
    if (!run(QLatin1String(AssignmentsCte) + QLatin1String(FeedbackCte) +
             QStringLiteral(", w AS (SELECT s.*, r.created_by AS login FROM s "
                            "        CROSS JOIN LATERAL (SELECT created_by FROM kontakt.reply "
                            "                             WHERE assignment_id = s.id "
                            "                             ORDER BY id DESC LIMIT 1) r "
                            "        WHERE s.status IN ('replied', 'done')) "
                            "SELECT coalesce(st.id, 0), coalesce(min(st.full_name), s.login), "
                            "       coalesce(min(coalesce(o.short_name, o.name)), ''), s.login, ") +
             QString::fromLatin1(Figures) +
             QStringLiteral("FROM w s LEFT JOIN kontakt.staff st ON st.login = s.login "
                            "JOIN kontakt.organisation o ON o.id = s.org_id "
                            "LEFT JOIN f ON f.appeal_id = s.appeal_id AND s.is_main "
                            "GROUP BY st.id, s.login")))
        return false;
    while (q.next()) {
        DisciplineReportData::Row r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.organisation = q.value(2).toString();
        r.login = q.value(3).toString();
        readFigures(q, 4, &r);
        data->executors.append(r);
    }
    ReportSettings::loadSignatory(m_db, &data->headName, &data->headPosition);
    return true;
}

QString DisciplineReportRepository::categoryCondition(DisciplineCategory category)
{
    switch (category) {
    case DisciplineCategory::All:
        return QStringLiteral("true");
    case DisciplineCategory::OnTime:
        return QStringLiteral("s.status IN ('replied', 'done') AND s.replied_at IS NOT NULL "
                              "AND (s.term IS NULL OR s.replied_day <= s.term)");
    case DisciplineCategory::Late:
        return QStringLiteral("s.status IN ('replied', 'done') AND s.replied_day > s.term");
    case DisciplineCategory::OverdueNow:
        return QStringLiteral(
            "s.status IN ('approved', 'accepted', 'rework') AND s.term < s.as_of");
    case DisciplineCategory::Rework:
        // Sent back by the workflow, or the citizen said "not done" on a callback.
        return QStringLiteral("(s.rework_count > 0 OR (s.is_main AND EXISTS ("
                              "SELECT 1 FROM kontakt.feedback fb WHERE fb.appeal_id = s.appeal_id "
                              "AND fb.reached AND fb.outcome = 'not_done')))");
    }
    return QStringLiteral("false");
}

bool DisciplineReportRepository::cases(const QDate &from, const QDate &to, const QDate &asOfDay,
                                       qint64 orgId, const QString &executorLogin,
                                       DisciplineCategory category, int limit,
                                       QList<DisciplineCase> *rows, DbError *error)
{
    rows->clear();
    const QDate asOf = asOfDay.isValid() ? asOfDay : kyivToday();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The category is one of the fixed conditions above, never user text.
    q.prepare(
        QLatin1String(AssignmentsCte) +
        QStringLiteral(
            "SELECT a.id, coalesce(a.reg_index, '#' || a.id), a.received_at, "
            "  coalesce(a.topic_code || ' ' || ci.name_uk, a.topic_code, ''), "
            "  coalesce(a.summary, ''), s.term, s.replied_at, s.status, s.rework_count "
            "FROM s JOIN kontakt.appeal a ON a.id = s.appeal_id "
            "LEFT JOIN kontakt.classifier_item ci ON ci.version_id = a.classifier_version_id "
            " AND ci.section = 'topic' AND ci.code = a.topic_code "
            "WHERE (CAST(? AS bigint) = 0 OR s.org_id = CAST(? AS bigint)) "
            "  AND (coalesce(CAST(? AS text), '') = '' OR EXISTS ("
            "       SELECT 1 FROM kontakt.reply r WHERE r.assignment_id = s.id "
            "          AND r.id = (SELECT max(id) FROM kontakt.reply "
            "                       WHERE assignment_id = s.id) "
            "          AND r.created_by = CAST(? AS text) AND s.status IN ('replied', 'done'))) "
            "  AND (") +
        categoryCondition(category) +
        QStringLiteral(") ORDER BY s.approved_at DESC, s.id DESC LIMIT ?"));
    q.addBindValue(from);
    q.addBindValue(to.isValid() ? to : from);
    q.addBindValue(asOf);
    q.addBindValue(orgId);
    q.addBindValue(orgId);
    q.addBindValue(executorLogin);
    q.addBindValue(executorLogin);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    while (q.next()) {
        DisciplineCase r;
        r.appealId = q.value(0).toLongLong();
        r.regIndex = q.value(1).toString();
        r.receivedAt = q.value(2).toDateTime();
        r.topic = q.value(3).toString();
        r.summary = q.value(4).toString();
        r.term = q.value(5).toDate();
        r.repliedAt = q.value(6).toDateTime();
        r.status = q.value(7).toString();
        r.reworkCount = q.value(8).toInt();
        rows->append(r);
    }
    return true;
}
