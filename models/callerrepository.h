#pragma once

#include "intakedata.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlDatabase>

class CallerRepository
{
public:
    explicit CallerRepository(QSqlDatabase db);

    // Everyone reachable at this normalised number (several people may share a landline).
    QList<CallerMatch> findByPhone(const QString &e164, DbError *error);
    QList<CallerHistoryItem> history(qint64 callerId, int limit, DbError *error);

private:
    QSqlDatabase m_db;
};
