#include "analyticsreportrepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

const char *const PeriodCte =
    "WITH p AS (SELECT (CAST(? AS date))::timestamp AT TIME ZONE 'Europe/Kyiv' AS t0, "
    "                  (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Europe/Kyiv' AS t1), "
    "a AS (SELECT a.* FROM p, kontakt.appeal a "
    "       WHERE a.received_at >= p.t0 AND a.received_at < p.t1 "
    "         AND a.status NOT IN ('draft', 'consultation')) ";

// The problem address without the city's own name: "вул. Київська, 12" -> street and house.
const char *const LocalAddress =
    "regexp_replace(trim(a.problem_address), '^(м\\.|місто)?\\s*Бровари,\\s*', '', 'i')";

} // namespace

AnalyticsReportRepository::AnalyticsReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool AnalyticsReportRepository::load(const QDate &from, const QDate &to, AnalyticsReportData *data,
                                     DbError *error)
{
    *data = AnalyticsReportData();
    data->from = from;
    data->to = to;
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > MaxDays) {
        *error = DbError::other(QStringLiteral("invalid period"));
        return false;
    }
    data->bucket = AnalyticsReportData::bucketFor(from, to);
    data->buckets = AnalyticsReportData::bucketStarts(from, to, data->bucket);
    data->bucketTotals = QList<qint64>(data->buckets.size(), 0);

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

    // Topics per bucket (one pass), the names from the newest edition that has the code.
    if (!run(QStringLiteral("SELECT date_trunc(CAST(? AS text), a.received_at AT TIME ZONE "
                            "'Europe/Kyiv')::date, "
                            "       coalesce(a.topic_code, ''), count(*) FROM a GROUP BY 1, 2"),
             {data->bucket == AnalyticsReportData::Bucket::Week ? QStringLiteral("week")
                                                                : QStringLiteral("month")}))
        return false;
    QHash<QString, QHash<QDate, qint64>> perTopic;
    QHash<QString, qint64> topicTotals;
    while (q.next()) {
        const QDate bucket = q.value(0).toDate();
        const QString topic = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        perTopic[topic][bucket] += n;
        topicTotals[topic] += n;
        data->total += n;
        const qsizetype i = data->buckets.indexOf(bucket);
        if (i >= 0)
            data->bucketTotals[i] += n;
    }
    QHash<QString, QString> topicNames;
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT ON (code) code, name_uk FROM kontakt.classifier_item "
                           "WHERE section = 'topic' ORDER BY code, version_id DESC"))) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    while (q.next())
        topicNames.insert(q.value(0).toString(), q.value(1).toString());
    QStringList topics = topicTotals.keys();
    std::sort(topics.begin(), topics.end(), [&](const QString &a, const QString &b) {
        const qint64 x = topicTotals.value(a), y = topicTotals.value(b);
        return x != y ? x > y : a < b;
    });
    const auto topicName = [&](const QString &code) {
        return code.isEmpty() ? QStringLiteral("Питання не визначено")
                              : topicNames.value(code, code);
    };
    AnalyticsReportData::Series others;
    others.name = QStringLiteral("Інші теми");
    others.counts = QList<qint64>(data->buckets.size(), 0);
    for (int i = 0; i < topics.size(); ++i) {
        const QString &code = topics.at(i);
        data->topics.append(
            {code, code.isEmpty() ? topicName(code) : code + QLatin1Char(' ') + topicName(code),
             topicTotals.value(code)});
        AnalyticsReportData::Series *target = &others;
        AnalyticsReportData::Series own;
        if (i < AnalyticsReportData::trendTopics && !code.isEmpty()) {
            own.code = code;
            own.name = topicName(code);
            own.counts = QList<qint64>(data->buckets.size(), 0);
            target = &own;
        }
        const auto &counts = perTopic.value(code);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const qsizetype b = data->buckets.indexOf(it.key());
            if (b >= 0)
                target->counts[b] += it.value();
        }
        if (target == &own)
            data->trend.append(own);
    }
    if (topics.size() > data->trend.size())
        data->trend.append(others);

    // Hot spots: streets, then street and house.
    const auto counts = [&](const QString &sql, QList<AnalyticsReportData::Count> *out) {
        if (!run(sql, {AnalyticsReportData::hotSpots}))
            return false;
        while (q.next())
            out->append({q.value(0).toString(), q.value(0).toString(), q.value(1).toLongLong()});
        return true;
    };
    const QString local = QString::fromUtf8(LocalAddress);
    if (!counts(QStringLiteral("SELECT trim(split_part(%1, ',', 1)) AS s, count(*) FROM a "
                               "WHERE coalesce(a.problem_address, '') <> '' "
                               "GROUP BY 1 HAVING trim(split_part(%1, ',', 1)) <> '' "
                               "ORDER BY 2 DESC, 1 LIMIT ?")
                    .arg(local),
                &data->streets))
        return false;
    if (!counts(QStringLiteral("SELECT trim(split_part(%1, ',', 1)) || "
                               "  coalesce(', ' || nullif(trim(split_part(%1, ',', 2)), ''), '') "
                               "  AS h, count(*) FROM a "
                               "WHERE coalesce(a.problem_address, '') <> '' "
                               "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?")
                    .arg(local),
                &data->houses))
        return false;

    if (!run(QStringLiteral("SELECT a.channel, count(*) FROM a GROUP BY 1 "
                            "ORDER BY 2 DESC, 1")))
        return false;
    while (q.next())
        data->channels.append({q.value(0).toString(), QString(), q.value(1).toLongLong()});

    // Callers with two appeals or more.
    if (!run(QStringLiteral("SELECT count(*), coalesce(sum(n), 0) FROM "
                            "(SELECT count(*) AS n FROM a WHERE a.caller_id IS NOT NULL "
                            " GROUP BY a.caller_id HAVING count(*) >= 2) r")) ||
        !q.next())
        return false;
    data->repeatCallerCount = q.value(0).toLongLong();
    data->repeatCallerAppeals = q.value(1).toLongLong();
    if (!run(QStringLiteral(
                 "SELECT coalesce(c.surname, '—') || coalesce(' ' || left(c.first_name, 1) || '.', "
                 "'') "
                 "         || coalesce(left(c.patronymic, 1) || '.', ''), "
                 "       coalesce(c.address, ''), r.n, "
                 "       coalesce(l.topic_code || ' ' || ci.name_uk, l.topic_code, '') "
                 "FROM (SELECT a.caller_id, count(*) AS n, max(a.id) AS last_id FROM a "
                 "       WHERE a.caller_id IS NOT NULL GROUP BY a.caller_id "
                 "      HAVING count(*) >= 2 ORDER BY count(*) DESC, a.caller_id LIMIT ?) r "
                 "JOIN kontakt.caller c ON c.id = r.caller_id "
                 "JOIN kontakt.appeal l ON l.id = r.last_id "
                 "LEFT JOIN kontakt.classifier_item ci ON ci.version_id = l.classifier_version_id "
                 " AND ci.section = 'topic' AND ci.code = l.topic_code "
                 "ORDER BY r.n DESC, r.caller_id"),
             {AnalyticsReportData::hotSpots}))
        return false;
    while (q.next())
        data->repeatCallers.append({q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toLongLong(), q.value(3).toString()});

    // Seasonality and load in one pass.
    if (!run(QStringLiteral(
            "SELECT extract(month FROM k)::int, extract(isodow FROM k)::int, "
            "       extract(hour FROM k)::int, count(*), "
            "       GROUPING(extract(month FROM k)::int), GROUPING(extract(isodow FROM k)::int) "
            "FROM (SELECT a.received_at AT TIME ZONE 'Europe/Kyiv' AS k FROM a) t "
            "GROUP BY GROUPING SETS ((extract(month FROM k)::int), (extract(isodow FROM k)::int), "
            "                        (extract(hour FROM k)::int))")))
        return false;
    while (q.next()) {
        const qint64 n = q.value(3).toLongLong();
        if (q.value(4).toInt() == 0)
            data->byMonth[q.value(0).toInt() - 1] += n;
        else if (q.value(5).toInt() == 0)
            data->byWeekday[q.value(1).toInt() - 1] += n;
        else
            data->byHour[q.value(2).toInt()] += n;
    }
    return true;
}
