#include "reportrequest.h"

#include "quarterlyreport.h"

ReportRequest ReportRequest::daily(const QDate &from, const QDate &to)
{
    ReportRequest r;
    r.kind = Kind::Daily;
    r.from = from;
    r.to = to.isValid() ? to : from;
    return r;
}

ReportRequest ReportRequest::discipline(const QDate &from, const QDate &to)
{
    ReportRequest r = daily(from, to);
    r.kind = Kind::Discipline;
    return r;
}

ReportRequest ReportRequest::analytics(const QDate &from, const QDate &to)
{
    ReportRequest r = daily(from, to);
    r.kind = Kind::Analytics;
    return r;
}

ReportRequest ReportRequest::quarterly(int year, int quarter)
{
    ReportRequest r;
    r.kind = Kind::Quarterly;
    r.year = year;
    r.quarter = quarter;
    return r;
}

QString ReportRequest::name() const
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Discipline:
        return QStringLiteral("discipline");
    case Kind::Analytics:
        return QStringLiteral("analytics");
    case Kind::Quarterly:
        return QStringLiteral("quarterly");
    }
    return QString();
}

bool ReportRequest::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Daily, Kind::Discipline, Kind::Analytics, Kind::Quarterly}) {
        ReportRequest r;
        r.kind = k;
        if (r.name() == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject ReportRequest::params() const
{
    if (kind == Kind::Quarterly)
        return {{QStringLiteral("year"), year}, {QStringLiteral("quarter"), quarter}};
    QJsonObject o{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    if (asOf.isValid())
        o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    return o;
}

QString ReportRequest::fileStem() const
{
    if (kind == Kind::Quarterly)
        return QStringLiteral("quarterly-%1-q%2").arg(year).arg(quarter);
    const QString stem = kind == Kind::Daily ? QStringLiteral("daily-report") : name();
    if (from == to)
        return QStringLiteral("%1-%2").arg(stem, from.toString(Qt::ISODate));
    return QStringLiteral("%1-%2-%3")
        .arg(stem, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString ReportRequest::invalidReason() const
{
    if (kind == Kind::Quarterly) {
        if (quarter < 1 || quarter > 4)
            return QStringLiteral("the quarter is 1, 2, 3 or 4");
        if (year < 2000 || year > 2200)
            return QStringLiteral("the year is out of range");
        return QString();
    }
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("the period needs dates YYYY-MM-DD");
    if (to < from)
        return QStringLiteral("the period ends before it starts");
    const int max = kind == Kind::Daily ? MaxDailyDays : MaxPeriodDays;
    if (from.daysTo(to) > max)
        return kind == Kind::Daily ? QStringLiteral("the period is longer than a year")
                                   : QStringLiteral("the period is longer than three years");
    return QString();
}

QDate ReportRequest::periodStart() const
{
    return kind == Kind::Quarterly ? QuarterlyReportData::quarterStart(year, quarter) : from;
}

QDate ReportRequest::periodEnd() const
{
    return kind == Kind::Quarterly ? QuarterlyReportData::quarterEnd(year, quarter) : to;
}
