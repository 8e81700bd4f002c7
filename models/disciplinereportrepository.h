#pragma once

#include "disciplinereport.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// Reads the executive-discipline report (DisciplineReportData) and its drill-down: the
// assignments approved to executors in Kyiv days from..to, as the connection's own login (an
// executor sees only its organisation: row-level security). Every value is bound.
class DisciplineReportRepository
{
public:
    explicit DisciplineReportRepository(QSqlDatabase db);

    // asOf: the Kyiv day "overdue now" is counted against (invalid: today in Kyiv).
    bool load(const QDate &from, const QDate &to, const QDate &asOf, DisciplineReportData *data,
              DbError *error);

    // The drill-down: orgId > 0: that organisation's assignments; executorLogin non-empty: the ones
    // that person answered. At most `limit` rows, latest routed first.
    bool cases(const QDate &from, const QDate &to, const QDate &asOf, qint64 orgId,
               const QString &executorLogin, DisciplineCategory category, int limit,
               QList<DisciplineCase> *rows, DbError *error);

    static QString categoryCondition(DisciplineCategory category);

private:
    QSqlDatabase m_db;
};
