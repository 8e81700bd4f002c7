#include "callerrepository.h"

#include "repeatrules.h"

#include <QSqlQuery>
#include <QVariant>

CallerRepository::CallerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<CallerMatch> CallerRepository::findByPhone(const QString &e164, DbError *error)
{
    QList<CallerMatch> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, coalesce(c.surname, ''), coalesce(c.first_name, ''), "
        "       coalesce(c.patronymic, ''), coalesce(c.email, ''), coalesce(c.address, ''), "
        "       coalesce(c.sex_code, ''), coalesce(c.social_code, ''), "
        "       coalesce((SELECT string_agg(cc.category_code, ',' ORDER BY cc.category_code) "
        "                   FROM kontakt.caller_category cc "
        "                  WHERE cc.caller_id = c.id AND cc.active), ''), "
        "       (SELECT count(*) FROM kontakt.appeal a WHERE a.caller_id = c.id "
        "           AND a.status IN ('registered','routing_proposed','approved','in_progress',"
        "                            'replied','callback','rework')), "
        "       (SELECT count(*) FROM kontakt.appeal a WHERE a.caller_id = c.id) "
        "  FROM kontakt.caller c "
        " WHERE c.id IN (SELECT p.caller_id FROM kontakt.caller_phone p "
        "                 WHERE p.phone_e164 = ? AND p.active) "
        " ORDER BY c.updated_at DESC LIMIT 20"));
    q.addBindValue(e164);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return list;
    }
    while (q.next()) {
        CallerMatch m;
        m.id = q.value(0).toLongLong();
        m.author.surname = q.value(1).toString();
        m.author.firstName = q.value(2).toString();
        m.author.patronymic = q.value(3).toString();
        m.author.email = q.value(4).toString();
        m.author.address = q.value(5).toString();
        m.author.sexCode = q.value(6).toString();
        m.author.socialCode = q.value(7).toString();
        const QString categories = q.value(8).toString();
        if (!categories.isEmpty())
            m.author.categories = categories.split(QLatin1Char(','));
        m.author.phone = e164;
        m.openAppeals = q.value(9).toInt();
        m.allAppeals = q.value(10).toInt();
        list.append(m);
    }
    *error = {};
    return list;
}

QList<CallerHistoryItem> CallerRepository::history(qint64 callerId, int limit, DbError *error)
{
    QList<CallerHistoryItem> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, coalesce(reg_index, ''), received_at, status, due_date, "
        "       coalesce(topic_code, ''), coalesce(summary, '') "
        "  FROM kontakt.appeal WHERE caller_id = ? "
        " ORDER BY (status IN ('registered','routing_proposed','approved','in_progress',"
        "                      'replied','callback','rework')) DESC, received_at DESC "
        " LIMIT ?"));
    q.addBindValue(callerId);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return list;
    }
    while (q.next()) {
        CallerHistoryItem h;
        h.id = q.value(0).toLongLong();
        h.regIndex = q.value(1).toString();
        h.receivedAt = q.value(2).toDateTime();
        h.status =
            AppealKeys::statusFromKey(q.value(3).toString()).value_or(AppealStatus::Registered);
        if (!q.value(4).isNull())
            h.dueDate = q.value(4).toDate();
        h.topicCode = q.value(5).toString();
        h.summary = q.value(6).toString();
        h.open = RepeatRules::isOpen(h.status);
        list.append(h);
    }
    *error = {};
    return list;
}
