#pragma once

#include "quarterlyreport.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// Reads the quarterly statistics by the classifier: one pass over the quarter's registered
// appeals (Kyiv days), each appeal counted once in every dimension. Every line of the current
// classifier edition is listed, with 0 where nothing came; codes the edition no longer has and
// "not stated" follow. As the connection's own login (row-level security applies).
class QuarterlyReportRepository
{
public:
    explicit QuarterlyReportRepository(QSqlDatabase db);

    bool load(int year, int quarter, QuarterlyReportData *data, DbError *error);

private:
    QSqlDatabase m_db;
};
