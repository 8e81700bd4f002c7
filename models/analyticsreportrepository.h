#pragma once

#include "analyticsreport.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// Reads the analytics of a period (Kyiv days) of registered appeals, as the connection's own
// login (row-level security applies). Every value is bound.
class AnalyticsReportRepository
{
public:
    explicit AnalyticsReportRepository(QSqlDatabase db);

    bool load(const QDate &from, const QDate &to, AnalyticsReportData *data, DbError *error);

    static constexpr int MaxDays = 3 * 366 + 1;

private:
    QSqlDatabase m_db;
};
