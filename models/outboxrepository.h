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

private:
    QSqlDatabase m_db;
};
