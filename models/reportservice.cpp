#include "reportservice.h"

#include "analyticsreportrepository.h"
#include "dailyreportrepository.h"
#include "disciplinereportrepository.h"
#include "quarterlyreportrepository.h"

#include <QTimeZone>

ReportService::ReportService(QSqlDatabase db)
    : m_db(std::move(db))
{}

QDateTime ReportService::kyivNow()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")));
}

bool ReportService::build(const ReportRequest &request, const QDateTime &generatedAt,
                          Result *result, DbError *error)
{
    const QString invalid = request.invalidReason();
    if (!invalid.isEmpty()) {
        *error = DbError::other(invalid);
        return false;
    }
    switch (request.kind) {
    case ReportRequest::Kind::Daily: {
        DailyReportData data;
        if (!DailyReportRepository(m_db).load(request.from, request.to, &data, error))
            return false;
        result->document = DailyReportBuilder::build(data, generatedAt);
        result->summary = QStringLiteral("appeals %1, consultations %2, overdue %3")
                              .arg(data.appeals)
                              .arg(data.consultations)
                              .arg(data.overdue.size());
        return true;
    }
    case ReportRequest::Kind::Discipline: {
        DisciplineReportData data;
        if (!DisciplineReportRepository(m_db).load(request.from, request.to, request.asOf, &data,
                                                   error))
            return false;
        result->document = DisciplineReportBuilder::build(data, generatedAt);
        const DisciplineReportData::Row total = data.total();
        result->summary = QStringLiteral("organisations %1, received %2, on time %3, late %4, "
                                         "overdue now %5")
                              .arg(data.organisations.size())
                              .arg(total.received)
                              .arg(total.onTime)
                              .arg(total.late)
                              .arg(total.overdueNow);
        return true;
    }
    case ReportRequest::Kind::Analytics: {
        AnalyticsReportData data;
        if (!AnalyticsReportRepository(m_db).load(request.from, request.to, &data, error))
            return false;
        result->document = AnalyticsReportBuilder::build(data, generatedAt);
        result->summary = QStringLiteral("appeals %1, topics %2, repeat callers %3")
                              .arg(data.total)
                              .arg(data.topics.size())
                              .arg(data.repeatCallerCount);
        return true;
    }
    case ReportRequest::Kind::Quarterly: {
        QuarterlyReportData data;
        if (!QuarterlyReportRepository(m_db).load(request.year, request.quarter, &data, error))
            return false;
        const QStringList unbalanced = data.unbalanced();
        if (!unbalanced.isEmpty()) {
            // Never print statistics that do not add up.
            *error = DbError::other(QStringLiteral("dimensions do not add up to the total: %1")
                                        .arg(unbalanced.join(QStringLiteral(", "))));
            return false;
        }
        result->document = QuarterlyReportBuilder::build(data, generatedAt);
        result->summary = QStringLiteral("appeals %1, consultations %2, dimensions %3")
                              .arg(data.total)
                              .arg(data.consultations)
                              .arg(data.dimensions.size());
        return true;
    }
    }
    return false;
}
