#pragma once

#include "outboxmessage.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlDatabase>

// The e-mail notifications the workflow wrote (kontakt.outbox, 0014_outbox_access.sql): read by
// the head, the mayor's office (manager) and the administrator; a failed message is put back in
// the queue by the administrator only. The database decides: other groups get a permission
// error.
class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db);

    // Newest first, at most filter.limit rows (1..OutboxFilter::kMaxLimit).
    QList<OutboxMessage> list(const OutboxFilter &filter, DbError *error);
    // A failed message goes back to the queue, to be sent at once (attempts are kept). False
    // without an error when it was changed meanwhile (version) or is not failed any more.
    bool retry(qint64 id, int version, DbError *error);

    // Sending (the mail service, 0018_mail.sql): up to `limit` due messages, now "sending",
    // each with the Message-ID it goes out with (kept for retries).
    struct Claimed {
        qint64 id = 0;
        QString kind;
        QString recipient;
        QString subject;
        QString body;
        qint64 appealId = 0;
        QString regIndex;
        QString messageId;
        QString inReplyTo;
        int attempts = 0;
    };
    QList<Claimed> claim(int limit, const QString &domain, DbError *error);
    bool markSent(qint64 id, DbError *error);
    // Returns the new status: "queued" (retried later) or "failed".
    QString markFailed(qint64 id, const QString &reason, bool permanent, DbError *error);
    // Messages an interrupted run left "sending" become failed (may have gone out): the count.
    int recoverInterrupted(DbError *error);
    // Failed messages (they wait for the administrator).
    int failedCount(DbError *error);

private:
    QSqlDatabase m_db;
};
