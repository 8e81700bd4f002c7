#pragma once

#include "reportdocument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Executive discipline (Regulation 3.9, LAW.md §7): how the organisations and their people
// answered the appeals routed to them in a period. Read by DisciplineReportRepository.
struct DisciplineReportData {
    struct Row {
        qint64 id = 0;         // organisation id (per-organisation rows) or staff id (0: unknown)
        QString name;          // organisation's short name, or the executor's full name / login
        QString organisation;  // per-executor rows: the executor's organisation
        QString login;         // per-executor rows: the login that wrote the answers
        qint64 received = 0;   // assignments approved to it in the period
        qint64 onTime = 0;     // of those, answered by the term
        qint64 late = 0;       // answered after the term
        qint64 overdueNow = 0; // not answered and the term is already past (as of asOf)
        qint64 rework = 0;     // sent back to rework (a callback found the work not done)
        double avgDays = -1;   // average calendar days from routing to the answer; -1: none
        qint64 reached = 0;    // callbacks that reached the citizen (appeals)
        qint64 confirmed = 0;  // of those, the citizen confirmed the result
        double avgRating = -1; // 1..5; -1: no ratings
        qint64 ratings = 0;

        qint64 violations() const { return late + overdueNow; }
        // (late + overdue now) / received: the order of the report, worst first.
        double violationShare() const;
    };

    QDate from;
    QDate to;
    QDate asOf; // "overdue now" is counted against this Kyiv day
    QList<Row> organisations;
    QList<Row> executors;
    QString headName;
    QString headPosition;

    Row total() const; // the organisations summed (averages weighted)
};

// What a figure of the report is made of: the drill-down from a row to its cases.
enum class DisciplineCategory { All, OnTime, Late, OverdueNow, Rework };

struct DisciplineCase {
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

class DisciplineReportBuilder
{
public:
    // Worst first: the larger share of violations, then more overdue now, then more received.
    static void sortWorstFirst(QList<DisciplineReportData::Row> *rows);
    static ReportDocument build(const DisciplineReportData &data, const QDateTime &generatedAt);
    // The table header of the per-organisation rows, shared with the desk's drill-down table.
    static QStringList organisationHeader();
    static QStringList cells(const DisciplineReportData::Row &row, bool withOrganisation);
};
Q_DECLARE_METATYPE(DisciplineCategory)
