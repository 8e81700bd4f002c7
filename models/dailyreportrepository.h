#pragma once

#include "dailyreport.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// Reads the daily report for the mayor (DailyReportData) for Kyiv calendar days from..to,
// read-only and as the connection's own login: row-level security applies, so an executor's
// report covers only its organisation's cases. Every value is bound; the day boundaries are
// computed by PostgreSQL in Europe/Kyiv.
class DailyReportRepository
{
public:
    explicit DailyReportRepository(QSqlDatabase db);

    // to may be invalid (one day). Nothing is written; false with the error on failure.
    bool load(const QDate &from, const QDate &to, DailyReportData *data, DbError *error);

    // Statuses of an appeal whose term can still expire (not answered, closed or sent away).
    static QStringList openStatuses();
    // Arrival codes (classifier section 2) printed as repeated: 2.2 repeated, 2.4 recurring.
    static QStringList repeatedArrivalCodes();

private:
    QSqlDatabase m_db;
};
