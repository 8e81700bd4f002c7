#pragma once

#include "sqlerror.h"

#include <QSqlDatabase>
#include <QString>

// Who has a case card open (0012_presence.sql). A desk enters when it opens a card, enters
// again every heartbeatMs() while it stays open, and leaves when it closes; a desk that crashed
// simply stops beating and disappears from everybody's view after 90 s.
class PresenceRepository
{
public:
    static constexpr int heartbeatMs() { return 30000; }

    explicit PresenceRepository(QSqlDatabase db);

    // Marks the case as open by this login; returns the others who have it open now ("Full
    // Name, Full Name"), empty when nobody else.
    QString enter(qint64 appealId, bool editing, DbError *error);
    void leave(qint64 appealId, DbError *error);
    // The others who have the case open now, without entering.
    QString others(qint64 appealId, DbError *error);

private:
    QSqlDatabase m_db;
};
