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

    // What a figure of a row is made of (the desk's drill-down).
    enum class Category { All, OnTime, Late, OverdueNow, Rework };
    struct CaseRow {
        qint64 appealId = 0;
        QString regIndex;
        QDateTime receivedAt;
        QString topic;
        QString summary;
        QDate term;
        QDateTime repliedAt;
        QString status; // the assignment's
        int reworkCount = 0;
    };
    // orgId > 0: that organisation's assignments; executorLogin non-empty: the ones that person
    // answered. At most `limit` rows, latest routed first.
    bool cases(const QDate &from, const QDate &to, const QDate &asOf, qint64 orgId,
               const QString &executorLogin, Category category, int limit, QList<CaseRow> *rows,
               DbError *error);

    static QString categoryCondition(Category category);

private:
    QSqlDatabase m_db;
};
