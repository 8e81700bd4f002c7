#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// Which report, for what: the parameters the desk's dialogs and `kontaktctl report` share.
struct ReportRequest {
    enum class Kind { Daily, Discipline, Analytics, Quarterly };
    Kind kind = Kind::Daily;
    QDate from; // daily, discipline, analytics
    QDate to;
    int year = 0; // quarterly
    int quarter = 0;
    QDate asOf; // discipline: "overdue now" against this day (invalid: today)

    static ReportRequest daily(const QDate &from, const QDate &to);
    static ReportRequest discipline(const QDate &from, const QDate &to);
    static ReportRequest analytics(const QDate &from, const QDate &to);
    static ReportRequest quarterly(int year, int quarter);

    // "daily", "discipline", ... (audit log, CLI verb).
    QString name() const;
    static bool kindFromName(const QString &name, Kind *kind);
    // The report's parameters for the audit log.
    QJsonObject params() const;
    // File name without suffix: daily-report-2026-12-05, quarterly-2026-q4, ...
    QString fileStem() const;
    // Empty when usable, else why not (English, for the CLI; the dialogs check their own).
    QString invalidReason() const;
    // The period the report covers (quarterly: its quarter).
    QDate periodStart() const;
    QDate periodEnd() const;

    static constexpr int MaxDailyDays = 366;
    static constexpr int MaxPeriodDays = 3 * 366 + 1;
};
Q_DECLARE_METATYPE(ReportRequest)
