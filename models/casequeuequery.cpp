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
        "coalesce(kontakt.presence_of(a.id), '')");
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

QString CaseQueueQuery::from(QVariantList *binds) const
{
    const QString s = search.trimmed();
    if (s.isEmpty())
        return QStringLiteral(" FROM kontakt.appeal a");
    // Index, phone, surname and address by trigram; words of the text by full-text search.
    const QString like = QStringLiteral("%") + s + QStringLiteral("%");
    QStringList any{QStringLiteral("reg_index ILIKE ?"), QStringLiteral("author_surname ILIKE ?"),
                    QStringLiteral("problem_address ILIKE ?"),
                    QStringLiteral("to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' "
                                   "|| coalesce(full_text, '')) @@ plainto_tsquery('simple', ?)")};
    *binds << like << s + QStringLiteral("%") << like << s;
    QString digits;
    for (const QChar ch : s) {
        if (ch.isDigit())
            digits += ch;
    }
    if (digits.size() >= 4) {
        any << QStringLiteral("author_phone LIKE ?");
        *binds << QStringLiteral("%") + digits.right(9) + QStringLiteral("%");
    }
    return QStringLiteral(
               " FROM (SELECT x.* FROM kontakt.appeal x WHERE x.id IN "
               "(SELECT id FROM (SELECT id FROM kontakt.appeal WHERE %1 OFFSET 0) hits)) a")
        .arg(any.join(QStringLiteral(" OR ")));
}

QString CaseQueueQuery::rowsSql(bool hasFrom, bool hasTo, int limit, QVariantList *binds,
                                const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                                qint64 toId) const
{
    const QString source = from(binds);
    QString w;
    where(&w, binds);
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
    if (!extra.isEmpty())
        w += (w.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
             extra.join(QStringLiteral(" AND "));
    return QStringLiteral("SELECT %1, (%2)::text%3%4%5 LIMIT %6")
        .arg(columns(), key, source, w, orderBy())
        .arg(limit);
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
