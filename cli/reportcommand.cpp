#include "cliapp.h"
#include "dailyreportrepository.h"
#include "reportrenderer.h"

#include <QDateTime>
#include <QTimeZone>

// kontaktctl report daily [--date YYYY-MM-DD] [--to YYYY-MM-DD] --format pdf|html|csv --out FILE
// The daily report for the mayor on the same code path as the desk's Reports menu
// (DailyReportRepository -> DailyReportBuilder -> ReportRenderer), as the connection's login:
// managers, heads and operators see every case; an executor's report holds only its own
// organisation's cases (row-level security); a role the database refuses gets exit 1.
int CliApp::cmdReport(const QString &verb)
{
    if (verb != QLatin1String("daily"))
        return usage(QStringLiteral("report takes daily (discipline, analytics and quarterly are "
                                    "not built yet)"));
    QString dateText, toText, formatText, out;
    const bool hasDate = takeOption(QStringLiteral("--date"), &dateText);
    const bool hasTo = takeOption(QStringLiteral("--to"), &toText);
    takeOption(QStringLiteral("--format"), &formatText);
    takeOption(QStringLiteral("--out"), &out);
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for report daily").arg(a));
    }
    if (m_args.size() != 2)
        return usage(QStringLiteral("report daily takes no arguments besides its options"));

    const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    QDate from = QDateTime::currentDateTime().toTimeZone(kyiv).date().addDays(-1); // yesterday
    if (hasDate) {
        from = QDate::fromString(dateText, Qt::ISODate);
        if (!from.isValid())
            return usage(QStringLiteral("--date needs a date YYYY-MM-DD"));
    }
    QDate to = from;
    if (hasTo) {
        to = QDate::fromString(toText, Qt::ISODate);
        if (!to.isValid())
            return usage(QStringLiteral("--to needs a date YYYY-MM-DD"));
        if (to < from)
            return usage(QStringLiteral("--to is before --date"));
        if (from.daysTo(to) > 366)
            return usage(QStringLiteral("the period is longer than a year"));
    }
    ReportRenderer::Format format;
    if (!ReportRenderer::formatFromName(formatText, &format))
        return usage(QStringLiteral("--format takes pdf|html|csv"));
    if (out.isEmpty())
        return usage(QStringLiteral("--out FILE is required"));

    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    DbError error;
    DailyReportData data;
    if (!DailyReportRepository(db).load(from, to, &data, &error))
        return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                    QStringLiteral("%1: %2").arg(error.kind == DbError::Kind::PermissionDenied
                                                     ? QStringLiteral("not_allowed")
                                                     : QStringLiteral("failed"),
                                                 error.detail));
    const ReportDocument report =
        DailyReportBuilder::build(data, QDateTime::currentDateTime().toTimeZone(kyiv));
    QString saveError;
    if (!ReportRenderer(report).save(format, out, &saveError))
        return fail(Usage, saveError);
    m_out << "appeals " << data.appeals << ", consultations " << data.consultations << ", overdue "
          << data.overdue.size() << " -> " << out << Qt::endl;
    return Ok;
}
