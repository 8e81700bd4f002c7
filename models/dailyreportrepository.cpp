#include "dailyreportrepository.h"

#include "reportsettings.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

namespace {

// The period as timestamptz bounds: [from 00:00 Kyiv, to + 1 day 00:00 Kyiv). Positional
// parameters: 1 = from, 2 = to.
const char *const PeriodCte =
    "WITH p AS (SELECT (CAST(? AS date))::timestamp AT TIME ZONE 'Europe/Kyiv' AS t0, "
    "                  (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Europe/Kyiv' AS t1) ";

// The period's registered appeals (not drafts, not consultations).
const char *const AppealsOfPeriod = "FROM kontakt.appeal a, p "
                                    "WHERE a.received_at >= p.t0 AND a.received_at < p.t1 "
                                    "  AND a.status NOT IN ('draft', 'consultation') ";

QString arrayLiteral(const QStringList &values)
{
    return QLatin1Char('{') + values.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

DailyReportRepository::DailyReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList DailyReportRepository::openStatuses()
{
    return {QStringLiteral("registered"), QStringLiteral("routing_proposed"),
            QStringLiteral("approved"), QStringLiteral("in_progress"), QStringLiteral("rework")};
}

QStringList DailyReportRepository::repeatedArrivalCodes()
{
    return {QStringLiteral("2.2"), QStringLiteral("2.4")};
}

bool DailyReportRepository::load(const QDate &from, const QDate &toDate, DailyReportData *data,
                                 DbError *error)
{
    const QDate to = toDate.isValid() ? toDate : from;
    *data = DailyReportData();
    data->from = from;
    data->to = to;
    if (!from.isValid() || to < from) {
        *error = DbError::other(QStringLiteral("invalid period"));
        return false;
    }
    const QString repeated = arrayLiteral(repeatedArrivalCodes());
    const QString open = arrayLiteral(openStatuses());

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql, const QVariantList &extra = {}) {
        q.prepare(QLatin1String(PeriodCte) + sql);
        q.addBindValue(from);
        q.addBindValue(to);
        for (const QVariant &v : extra)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = DbError::fromQuery(q.lastError());
            return false;
        }
        return true;
    };
    const auto counts = [&](const QString &sql, QList<DailyReportData::Count> *out,
                            const QVariantList &extra = {}) {
        if (!run(sql, extra))
            return false;
        while (q.next())
            out->append(DailyReportData::Count{q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toLongLong()});
        return true;
    };

    // Totals and the marked groups in one pass.
    if (!run(QStringLiteral(
                 "SELECT count(*) FILTER (WHERE a.status NOT IN ('draft', 'consultation')), "
                 "  count(*) FILTER (WHERE a.status = 'consultation'), "
                 "  count(*) FILTER (WHERE a.status NOT IN ('draft', 'consultation') "
                 "                     AND a.subject_code = '5.2'), "
                 "  count(*) FILTER (WHERE a.status NOT IN ('draft', 'consultation') "
                 "                     AND a.priority), "
                 "  count(*) FILTER (WHERE a.status NOT IN ('draft', 'consultation') "
                 "                     AND a.arrival_code = ANY (CAST(? AS text[]))) "
                 "FROM kontakt.appeal a, p "
                 "WHERE a.received_at >= p.t0 AND a.received_at < p.t1"),
             {repeated}) ||
        !q.next())
        return false;
    data->appeals = q.value(0).toLongLong();
    data->consultations = q.value(1).toLongLong();
    data->collective = q.value(2).toLongLong();
    data->priority = q.value(3).toLongLong();
    data->repeated = q.value(4).toLongLong();

    if (!counts(QStringLiteral("SELECT a.channel, '', count(*) ") + QLatin1String(AppealsOfPeriod) +
                    QStringLiteral("GROUP BY a.channel "
                                   "ORDER BY count(*) DESC, array_position(ARRAY['phone', "
                                   "'email', 'web', 'visit', 'post'], a.channel)"),
                &data->byChannel))
        return false;
    // Names from the classifier edition each appeal was registered under.
    if (!counts(QStringLiteral("SELECT coalesce(a.kind_code, ''), "
                               "  coalesce(min(ci.name_uk), 'Вид не визначено'), count(*) ") +
                    QString::fromLatin1(AppealsOfPeriod)
                        .replace(QLatin1String("FROM kontakt.appeal a, p "),
                                 QLatin1String("FROM p, kontakt.appeal a "
                                               "LEFT JOIN kontakt.classifier_item ci "
                                               "  ON ci.version_id = a.classifier_version_id "
                                               " AND ci.section = 'kind' "
                                               " AND ci.code = a.kind_code ")) +
                    QStringLiteral("GROUP BY a.kind_code ORDER BY a.kind_code NULLS LAST"),
                &data->byKind))
        return false;
    if (!counts(QStringLiteral("SELECT a.status, '', count(*) ") + QLatin1String(AppealsOfPeriod) +
                    QStringLiteral("GROUP BY a.status ORDER BY count(*) DESC, a.status"),
                &data->byStatus))
        return false;
    // Top topics; the rest are summed into "other".
    QList<DailyReportData::Count> topics;
    if (!counts(QStringLiteral("SELECT coalesce(t.topic_code, ''), "
                               "  coalesce(t.topic_code || ' ' || ci.name_uk, t.topic_code, "
                               "           'Питання не визначено'), t.n "
                               "FROM (SELECT a.topic_code, max(a.classifier_version_id) AS v, "
                               "             count(*) AS n ") +
                    QLatin1String(AppealsOfPeriod) +
                    QStringLiteral("GROUP BY a.topic_code) t "
                                   "LEFT JOIN kontakt.classifier_item ci ON ci.version_id = t.v "
                                   " AND ci.section = 'topic' AND ci.code = t.topic_code "
                                   "ORDER BY t.n DESC, t.topic_code NULLS LAST"),
                &topics))
        return false;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (i < DailyReportData::topTopics)
            data->byTopic.append(topics.at(i));
        else
            data->otherTopics += topics.at(i).count;
    }

    // The appeals themselves: the list of the period, and those whose term expired in it.
    const QString columns = QStringLiteral(
        "SELECT coalesce(a.reg_index, '#' || a.id), a.received_at, "
        "  coalesce(nullif(a.problem_address, ''), a.author_address, ''), "
        "  coalesce(a.topic_code || ' ' || ci.name_uk, a.topic_code, ''), "
        "  coalesce(a.summary, ''), coalesce(ex.name, ''), a.due_date, a.status, "
        "  a.subject_code = '5.2', a.priority, a.arrival_code = ANY (CAST(? AS text[])) "
        "FROM p, kontakt.appeal a "
        "LEFT JOIN kontakt.classifier_item ci ON ci.version_id = a.classifier_version_id "
        "  AND ci.section = 'topic' AND ci.code = a.topic_code "
        "LEFT JOIN LATERAL (SELECT coalesce(o.short_name, o.name) AS name "
        "                     FROM kontakt.assignment s "
        "                     JOIN kontakt.organisation o ON o.id = s.org_id "
        "                    WHERE s.appeal_id = a.id AND s.is_main AND s.status <> 'rejected' "
        "                    ORDER BY s.id DESC LIMIT 1) ex ON true ");
    const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    const auto appeals = [&](QList<DailyReportData::Appeal> *out) {
        while (q.next()) {
            DailyReportData::Appeal a;
            a.regIndex = q.value(0).toString();
            const QDateTime at = q.value(1).toDateTime().toTimeZone(kyiv);
            a.date = at.date();
            a.time = at.time();
            a.address = q.value(2).toString();
            a.topic = q.value(3).toString();
            a.summary = q.value(4).toString();
            a.executor = q.value(5).toString();
            a.term = q.value(6).toDate();
            a.status = q.value(7).toString();
            a.collective = q.value(8).toBool();
            a.priority = q.value(9).toBool();
            a.repeated = q.value(10).toBool();
            out->append(a);
        }
    };
    if (!run(columns + QStringLiteral("WHERE a.received_at >= p.t0 AND a.received_at < p.t1 "
                                      "  AND a.status NOT IN ('draft', 'consultation') "
                                      "ORDER BY a.received_at, a.id"),
             {repeated}))
        return false;
    appeals(&data->list);
    if (!run(columns +
                 QStringLiteral("WHERE a.status = ANY (CAST(? AS text[])) "
                                "  AND a.due_date BETWEEN CAST(? AS date) AND CAST(? AS date) "
                                "ORDER BY a.due_date, a.received_at, a.id"),
             {repeated, open, from, to}))
        return false;
    appeals(&data->overdue);

    ReportSettings::loadSignatory(m_db, &data->headName, &data->headPosition);
    return true;
}
