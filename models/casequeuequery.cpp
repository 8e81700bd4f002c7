#include "casequeuequery.h"

namespace {
const char *const kOpenStatuses =
    "('registered','routing_proposed','approved','in_progress','replied','callback','rework')";
}

QString CaseQueueQuery::columns()
{
    return QStringLiteral(
        "a.id, coalesce(a.reg_index, ''), a.received_at, "
        "concat_ws(' ', a.author_surname, a.author_first_name, a.author_patronymic), "
        "coalesce(a.author_phone, ''), coalesce(a.topic_code, ''), coalesce(a.summary, ''), "
        "coalesce((SELECT coalesce(o.short_name, o.name) FROM kontakt.assignment s "
        "          JOIN kontakt.organisation o ON o.id = s.org_id "
        "          WHERE s.appeal_id = a.id AND s.is_main ORDER BY s.id DESC LIMIT 1), ''), "
        "a.status, a.due_date, a.priority, a.operator_login, a.channel, "
        "coalesce(a.problem_address, a.author_address, ''), "
        "coalesce(kontakt.presence_of(a.id), ''), "
        "coalesce((SELECT max(s.escalation_level) FROM kontakt.assignment s "
        "          WHERE s.appeal_id = a.id AND s.status IN ('approved','accepted','rework')), 0)");
}

QString CaseQueueQuery::keyExpression() const
{
    switch (sort) {
    case Sort::Due:
        return QStringLiteral("coalesce(a.due_date, '9999-12-31'::date)");
    case Sort::Received:
        return QStringLiteral("a.received_at");
    case Sort::RegIndex:
        return QStringLiteral("coalesce(a.reg_index, '')");
    case Sort::Author:
        return QStringLiteral("lower(coalesce(a.author_surname, ''))");
    case Sort::Status:
        return QStringLiteral("a.status");
    }
    return QStringLiteral("a.received_at");
}

QString CaseQueueQuery::keyType() const
{
    switch (sort) {
    case Sort::Due:
        return QStringLiteral("date");
    case Sort::Received:
        return QStringLiteral("timestamptz");
    case Sort::RegIndex:
    case Sort::Author:
    case Sort::Status:
        break;
    }
    return QStringLiteral("text");
}

QString CaseQueueQuery::orderBy() const
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY %1%2, a.id%2").arg(keyExpression(), dir);
}

void CaseQueueQuery::where(QString *sql, QVariantList *binds) const
{
    QStringList c;
    switch (tab) {
    case Tab::MyWork:
        if (executorDesk) {
            c << QStringLiteral("EXISTS (SELECT 1 FROM kontakt.assignment s WHERE s.appeal_id = "
                                "a.id AND s.org_id = kontakt.current_org_id() "
                                "AND s.status IN ('approved','accepted','rework'))");
            break;
        }
        c << QStringLiteral("a.operator_login = ?")
          << QStringLiteral("a.status IN ") + QString::fromLatin1(kOpenStatuses);
        *binds << login;
        break;
    case Tab::AwaitingApproval:
        c << QStringLiteral("a.status = 'routing_proposed'");
        break;
    case Tab::InProgress:
        c << QStringLiteral("a.status IN ('approved','in_progress','replied','rework')");
        break;
    case Tab::DueSoon:
        c << QStringLiteral("a.status IN ") + QString::fromLatin1(kOpenStatuses)
          << QStringLiteral("a.due_date BETWEEN ? AND ?");
        *binds << today << dueSoonUntil;
        break;
    case Tab::Overdue:
        c << QStringLiteral("a.status IN ") + QString::fromLatin1(kOpenStatuses)
          << QStringLiteral("a.due_date < ?");
        *binds << today;
        break;
    case Tab::CallbackDue:
        c << QStringLiteral("a.status = 'callback'");
        break;
    case Tab::All:
        break;
    }
    if (!status.isEmpty()) {
        c << QStringLiteral("a.status = ?");
        *binds << status;
    }
    if (!topicCode.isEmpty()) {
        c << QStringLiteral("a.topic_code = ?");
        *binds << topicCode;
    }
    if (!channel.isEmpty()) {
        c << QStringLiteral("a.channel = ?");
        *binds << channel;
    }
    if (priorityOnly)
        c << QStringLiteral("a.priority");
    if (onlyMine) {
        c << QStringLiteral("a.operator_login = ?");
        *binds << login;
    }
    if (executorOrgId > 0) {
        c << QStringLiteral("EXISTS (SELECT 1 FROM kontakt.assignment s WHERE s.appeal_id = a.id "
                            "AND s.org_id = ? AND s.status <> 'rejected')");
        *binds << executorOrgId;
    }
    if (!operatorLogin.isEmpty()) {
        c << QStringLiteral("a.operator_login = ?");
        *binds << operatorLogin;
    }
    if (dueFrom.isValid()) {
        c << QStringLiteral("a.due_date >= ?::date");
        *binds << dueFrom;
    }
    if (dueTo.isValid()) {
        c << QStringLiteral("a.due_date <= ?::date");
        *binds << dueTo;
    }
    if (receivedFrom.isValid()) {
        c << QStringLiteral("a.received_at >= ?::date");
        *binds << receivedFrom;
    }
    if (receivedTo.isValid()) {
        c << QStringLiteral("a.received_at < (?::date + 1)");
        *binds << receivedTo;
    }
    *sql = c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

QString CaseQueueQuery::searchCondition(QVariantList *binds, bool walking) const
{
    const QString s = search.trimmed();
    // Index, phone, surname and address by trigram; words of the text by full-text search.
    const QString like = QStringLiteral("%") + s + QStringLiteral("%");
    const QString fts = QStringLiteral(
        "to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' || coalesce(full_text, "
        "'')) @@ plainto_tsquery('simple', ?)");
    QStringList any{QStringLiteral("reg_index ILIKE ?"), QStringLiteral("author_surname ILIKE ?"),
                    QStringLiteral("problem_address ILIKE ?")};
    *binds << like << s + QStringLiteral("%") << like;
    if (walking) {
        // Row by row, building the text's tsvector costs far more than looking for the words
        // in it: a row whose lower-case text lacks one of the query's words (as a substring,
        // LIKE wildcards escaped) cannot match, and is dropped before to_tsvector runs.
        any << QStringLiteral(
                   "(lower(coalesce(summary, '') || ' ' || coalesce(full_text, '')) LIKE ALL "
                   "(ARRAY(SELECT '%' || replace(replace(replace(w, '\\', '\\\\'), '%', '\\%'), "
                   "'_', '\\_') || '%' FROM unnest(tsvector_to_array(to_tsvector('simple', ?))) "
                   "w)) AND ") +
                   fts + QStringLiteral(")");
        *binds << s << s;
    } else {
        any << fts;
        *binds << s;
    }
    QString digits;
    for (const QChar ch : s) {
        if (ch.isDigit())
            digits += ch;
    }
    if (digits.size() >= 4) {
        any << QStringLiteral("author_phone LIKE ?");
        *binds << QStringLiteral("%") + digits.right(9) + QStringLiteral("%");
    }
    return QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

QString CaseQueueQuery::from(QVariantList *binds) const
{
    if (search.trimmed().isEmpty())
        return QStringLiteral(" FROM kontakt.appeal a");
    // The matches in one pass through the trigram and full-text indexes (a fenced subquery, so
    // that the planner never walks the sort index filtering millions of rows for a rare match).
    return QStringLiteral(" FROM (SELECT * FROM kontakt.appeal WHERE %1 OFFSET 0) a")
        .arg(searchCondition(binds, false));
}

QString CaseQueueQuery::rowsSql(bool hasFrom, bool hasTo, int limit, QVariantList *binds,
                                const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                                qint64 toId) const
{
    if (!search.trimmed().isEmpty())
        return searchRowsSql(hasFrom, hasTo, limit, binds, fromKey, fromId, toKey, toId);
    const QString source = from(binds);
    QString w;
    where(&w, binds);
    w += keysetCondition(w.isEmpty(), hasFrom, hasTo, binds, fromKey, fromId, toKey, toId);
    return QStringLiteral("SELECT %1, (%2)::text%3%4%5 LIMIT %6")
        .arg(columns(), keyExpression(), source, w, orderBy())
        .arg(limit);
}

QString CaseQueueQuery::keysetCondition(bool first, bool hasFrom, bool hasTo, QVariantList *binds,
                                        const QVariant &fromKey, qint64 fromId,
                                        const QVariant &toKey, qint64 toId) const
{
    QStringList extra;
    const QString key = keyExpression();
    const QString ge = descending ? QStringLiteral("<=") : QStringLiteral(">=");
    const QString lt = descending ? QStringLiteral(">") : QStringLiteral("<");
    if (hasFrom) {
        extra << QStringLiteral("(%1, a.id) %2 (?::%3, ?)").arg(key, ge, keyType());
        *binds << fromKey << fromId;
    }
    if (hasTo) {
        extra << QStringLiteral("(%1, a.id) %2 (?::%3, ?)").arg(key, lt, keyType());
        *binds << toKey << toId;
    }
    if (extra.isEmpty())
        return QString();
    return (first ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
           extra.join(QStringLiteral(" AND "));
}

QString CaseQueueQuery::searchRowsSql(bool hasFrom, bool hasTo, int limit, QVariantList *binds,
                                      const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                                      qint64 toId) const
{
    // Three ways to the first `limit` matches in the queue's order, one chosen at run time:
    // - walk: the view in its order (the sort index), kWalkRows rows, each tested; cheap when
    //   the words are frequent ("опалення" is in every sixth case), where collecting every
    //   match first and sorting them reads a large part of the table;
    // - long walk: when the first walk's hit rate promises `limit` matches within
    //   kLongWalkRows rows and the table is large (a street name in 2 % of 5 M cases), the
    //   walk goes on in order and stops at the `limit`-th match; its cost does not grow with
    //   the table, while collecting would fetch and sort 100 000 rows;
    // - collect: every match through the trigram/full-text indexes, then sorted; cheap when
    //   the words are rare.
    // Each later way runs only when the earlier ones did not answer (their gates are one-time
    // filters on values known before they start). All is one statement, so that the client
    // and the raw benchmark run the same SQL.
    auto viewWhere = [&](QVariantList *bs, const QString &gate = QString()) {
        QString w;
        where(&w, bs);
        w += keysetCondition(w.isEmpty(), hasFrom, hasTo, bs, fromKey, fromId, toKey, toId);
        if (gate.isEmpty())
            return w;
        return w + (w.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + gate;
    };
    const QString key = keyExpression();
    const QString order = orderBy();
    const QString orderK = descending ? QStringLiteral(" ORDER BY k DESC, id DESC")
                                      : QStringLiteral(" ORDER BY k, id");
    QString sql = QStringLiteral("WITH walk AS MATERIALIZED (SELECT a.id, (%1) AS k FROM "
                                 "(SELECT a.* FROM kontakt.appeal a")
                      .arg(key);
    sql += viewWhere(binds);
    sql += order + QStringLiteral(" LIMIT %1) a WHERE ").arg(kWalkRows);
    sql += searchCondition(binds, true);
    sql += orderK + QStringLiteral(" LIMIT %1), ").arg(limit);
    sql += QStringLiteral("span AS MATERIALIZED (SELECT count(*) AS n FROM (SELECT 1 FROM "
                          "kontakt.appeal a");
    sql += viewWhere(binds);
    sql += QStringLiteral(" LIMIT %1) s), ").arg(kWalkRows);
    // ok: the walk answered. far: the long walk is the cheaper way on. Its hit rate h (with a
    // quarter to spare) must promise `limit` matches within kLongWalkRows, and walking
    // limit/h rows must cost less than collecting h x N matches (N: the table's estimated
    // size; a collected row costs about four walked ones, fetched out of order and sorted):
    // h^2 N > limit / 4, with h = w.n / kWalkRows. A rare word is collected; "яма" in 1.4 %
    // of 5 M cases is walked (18 000 rows instead of 70 000 fetched and sorted).
    sql += QStringLiteral("done AS MATERIALIZED (SELECT w.n >= %1 OR s.n < %2 AS ok, "
                          "w.n * %3 >= %1 * %2 * 5 / 4 AND "
                          "w.n::float8 * w.n * greatest(t.n, 1) >= %1 * %2::float8 * %2 / 4 "
                          "AS far FROM (SELECT count(*) AS n FROM walk) w, span s, "
                          "(SELECT reltuples AS n FROM pg_catalog.pg_class "
                          "WHERE oid = 'kontakt.appeal'::regclass) t), ")
               .arg(limit)
               .arg(kWalkRows)
               .arg(kLongWalkRows);
    // The long walk keeps the view's order (no sort above the scan), so that its LIMIT stops
    // the scan at the `limit`-th match.
    const QString longGate = QStringLiteral("(SELECT far AND NOT ok FROM done)");
    sql += QStringLiteral("walk2 AS MATERIALIZED (SELECT w.id, w.k FROM (SELECT a.*, (%1) AS k "
                          "FROM kontakt.appeal a")
               .arg(key);
    sql += viewWhere(binds, longGate);
    sql += order + QStringLiteral(" LIMIT %1) w WHERE ").arg(kLongWalkRows);
    sql += searchCondition(binds, true);
    sql += QStringLiteral(" LIMIT %1), ").arg(limit);
    // Whether the view ended within the long walk (asked only when it fell short).
    sql += QStringLiteral("span2 AS MATERIALIZED (SELECT count(*) AS n FROM (SELECT 1 FROM "
                          "kontakt.appeal a");
    sql += viewWhere(
        binds, longGate + QStringLiteral(" AND (SELECT count(*) FROM walk2) < %1").arg(limit));
    sql += QStringLiteral(" LIMIT %1) s), ").arg(kLongWalkRows);
    sql += QStringLiteral("done2 AS MATERIALIZED (SELECT ok, far AND NOT ok AND ((SELECT "
                          "count(*) FROM walk2) >= %1 OR (SELECT n FROM span2) < %2) AS ok2 "
                          "FROM done), ")
               .arg(limit)
               .arg(kLongWalkRows);
    sql += QStringLiteral("picked AS (SELECT id, k FROM walk WHERE (SELECT ok FROM done2) "
                          "UNION ALL SELECT id, k FROM walk2 WHERE (SELECT ok2 FROM done2) "
                          "UNION ALL SELECT * FROM (SELECT a.id, (%1) AS k")
               .arg(key);
    sql += from(binds);
    sql += viewWhere(binds);
    sql +=
        order + QStringLiteral(" LIMIT %1) c WHERE NOT (SELECT ok OR ok2 FROM done2)) ").arg(limit);
    sql += QStringLiteral("SELECT %1, (%2)::text FROM kontakt.appeal a JOIN picked p ON p.id = "
                          "a.id%3 LIMIT %4")
               .arg(columns(), key, order)
               .arg(limit);
    return sql;
}

QString CaseQueueQuery::anchorsSql(int step, QVariantList *binds) const
{
    const QString source = from(binds);
    QString w;
    where(&w, binds);
    return QStringLiteral("SELECT k, id, n FROM (SELECT (%1)::text AS k, a.id, "
                          "row_number() OVER (%2) - 1 AS rn, count(*) OVER () AS n%3%4) t "
                          "WHERE rn % %5 = 0 ORDER BY rn")
        .arg(keyExpression(), orderBy().mid(1), source, w)
        .arg(step);
}

void CaseQueueQuery::applyFilter(const QueueFilter &f)
{
    search = f.search;
    status = f.status;
    topicCode = f.topicCode;
    channel = f.channel;
    priorityOnly = f.priorityOnly;
    onlyMine = f.onlyMine;
    executorOrgId = f.executorOrgId;
    operatorLogin = f.operatorLogin;
    receivedFrom = f.receivedFrom;
    receivedTo = f.receivedTo;
    dueFrom = f.dueFrom;
    dueTo = f.dueTo;
}

QString CaseQueueQuery::cappedCountSql(int cap, QVariantList *binds) const
{
    const QString source = from(binds);
    QString w;
    where(&w, binds);
    return QStringLiteral("SELECT count(*) FROM (SELECT 1%1%2 LIMIT %3) t")
        .arg(source, w)
        .arg(cap + 1);
}

QString CaseQueueQuery::sampledCountSql(QVariantList *binds) const
{
    QString w;
    where(&w, binds);
    return QStringLiteral("SELECT (count(*) * 100)::bigint FROM kontakt.appeal a "
                          "TABLESAMPLE SYSTEM (1) REPEATABLE (7)%1")
        .arg(w);
}
