#include "outboxrepository.h"

#include <QSqlQuery>
#include <QVariant>

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<OutboxMessage> OutboxRepository::list(const OutboxFilter &filter, DbError *error)
{
    QList<OutboxMessage> out;
    // Only fixed fragments are joined; every value is bound.
    QStringList where;
    QVariantList binds;
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("o.status = ?");
        binds << filter.status;
    }
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("o.kind = ?");
        binds << filter.kind;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // strpos, not LIKE: % and _ typed by a person are plain characters.
        where << QStringLiteral("(strpos(lower(o.recipient), lower(?)) > 0 "
                                "OR strpos(lower(o.subject), lower(?)) > 0)");
        binds << search << search;
    }
    if (filter.appealId > 0) {
        where << QStringLiteral("o.appeal_id = ?");
        binds << filter.appealId;
    }
    binds << qBound(1, filter.limit, int(OutboxFilter::kMaxLimit));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT o.id, o.kind, o.recipient, o.subject, o.body, "
                  "       coalesce(o.appeal_id, 0), coalesce(a.reg_index, ''), o.status, "
                  "       o.attempts, o.next_attempt_at, coalesce(o.last_error, ''), o.sent_at, "
                  "       o.created_at, o.version "
                  "FROM kontakt.outbox o LEFT JOIN kontakt.appeal a ON a.id = o.appeal_id "
                  "%1 ORDER BY o.created_at DESC, o.id DESC LIMIT ?")
                  .arg(where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value(0).toLongLong();
        m.kind = q.value(1).toString();
        m.recipient = q.value(2).toString();
        m.subject = q.value(3).toString();
        m.body = q.value(4).toString();
        m.appealId = q.value(5).toLongLong();
        m.regIndex = q.value(6).toString();
        m.status = q.value(7).toString();
        m.attempts = q.value(8).toInt();
        m.nextAttemptAt = q.value(9).toDateTime();
        m.lastError = q.value(10).toString();
        m.sentAt = q.value(11).toDateTime();
        m.createdAt = q.value(12).toDateTime();
        m.version = q.value(13).toInt();
        out << m;
    }
    *error = {};
    return out;
}

bool OutboxRepository::retry(qint64 id, int version, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE kontakt.outbox SET status = 'queued', next_attempt_at = now() "
                             "WHERE id = ? AND version = ? AND status = 'failed'"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return q.numRowsAffected() == 1;
}

QList<OutboxRepository::Claimed> OutboxRepository::claim(int limit, const QString &domain,
                                                         DbError *error)
{
    QList<Claimed> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, recipient, subject, body, coalesce(appeal_id, 0), "
                             "coalesce(reg_index, ''), message_id, coalesce(in_reply_to, ''), "
                             "attempts FROM kontakt.outbox_claim(?, ?)"));
    q.addBindValue(limit);
    q.addBindValue(domain);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next()) {
        Claimed c;
        c.id = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.recipient = q.value(2).toString();
        c.subject = q.value(3).toString();
        c.body = q.value(4).toString();
        c.appealId = q.value(5).toLongLong();
        c.regIndex = q.value(6).toString();
        c.messageId = q.value(7).toString();
        c.inReplyTo = q.value(8).toString();
        c.attempts = q.value(9).toInt();
        out << c;
    }
    *error = {};
    return out;
}

bool OutboxRepository::markSent(qint64 id, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kontakt.outbox_sent(?)"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return true;
}

QString OutboxRepository::markFailed(qint64 id, const QString &reason, bool permanent,
                                     DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(kontakt.outbox_failed(?, ?, ?), '')"));
    q.addBindValue(id);
    q.addBindValue(reason);
    q.addBindValue(permanent);
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return {};
    }
    *error = {};
    return q.value(0).toString();
}

int OutboxRepository::recoverInterrupted(DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT kontakt.outbox_recover_interrupted()")) || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return 0;
    }
    *error = {};
    return q.value(0).toInt();
}

int OutboxRepository::failedCount(DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM kontakt.outbox WHERE status = 'failed'")) ||
        !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return 0;
    }
    *error = {};
    return q.value(0).toInt();
}
