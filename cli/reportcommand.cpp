#include "cliapp.h"
#include "reportaudit.h"
#include "reportrenderer.h"
#include "reportservice.h"

#include <QDir>
#include <QFileInfo>

// kontaktctl report daily      [--date D] [--to D]
//            report discipline --from D --to D [--as-of D]
//            report analytics  --from D --to D [--charts DIR]
//            report quarterly  --year YYYY --quarter N
//            ... --format pdf|html|csv|xlsx --out FILE
// Every report on the same code path as the desk's Reports menu (ReportService ->
// ReportRenderer), as the connection's login: a manager runs them all; an executor's reports
// hold only its organisation's cases (row-level security); a role the database refuses gets
// exit 1. Each export is written to the audit log.
int CliApp::cmdReport(const QString &verb)
{
    ReportRequest::Kind kind;
    if (!ReportRequest::kindFromName(verb, &kind))
        return usage(QStringLiteral("report takes daily, discipline, analytics or quarterly"));
    QString dateText, fromText, toText, asOfText, yearText, quarterText, formatText, out, charts;
    const bool hasDate = takeOption(QStringLiteral("--date"), &dateText);
    const bool hasFrom = takeOption(QStringLiteral("--from"), &fromText);
    const bool hasTo = takeOption(QStringLiteral("--to"), &toText);
    const bool hasAsOf = takeOption(QStringLiteral("--as-of"), &asOfText);
    const bool hasYear = takeOption(QStringLiteral("--year"), &yearText);
    const bool hasQuarter = takeOption(QStringLiteral("--quarter"), &quarterText);
    const bool hasCharts = takeOption(QStringLiteral("--charts"), &charts);
    takeOption(QStringLiteral("--format"), &formatText);
    takeOption(QStringLiteral("--out"), &out);
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for report %2").arg(a, verb));
    }
    if (m_args.size() != 2)
        return usage(QStringLiteral("report %1 takes no arguments besides its options").arg(verb));

    const auto date = [](const QString &text, const QString &option, QDate *d, QString *why) {
        *d = QDate::fromString(text, Qt::ISODate);
        if (!d->isValid())
            *why = QStringLiteral("%1 needs a date YYYY-MM-DD").arg(option);
        return d->isValid();
    };
    QString why;
    ReportRequest request;
    if (kind == ReportRequest::Kind::Daily) {
        if (hasFrom || hasYear || hasQuarter || hasAsOf || hasCharts)
            return usage(QStringLiteral("report daily takes --date and --to"));
        QDate from = ReportService::kyivNow().date().addDays(-1); // yesterday
        if (hasDate && !date(dateText, QStringLiteral("--date"), &from, &why))
            return usage(why);
        QDate to = from;
        if (hasTo && !date(toText, QStringLiteral("--to"), &to, &why))
            return usage(why);
        if (to < from)
            return usage(QStringLiteral("--to is before --date"));
        request = ReportRequest::daily(from, to);
    } else if (kind == ReportRequest::Kind::Quarterly) {
        if (hasDate || hasFrom || hasTo || hasAsOf || hasCharts)
            return usage(QStringLiteral("report quarterly takes --year and --quarter"));
        bool okYear = false, okQuarter = false;
        const int year = yearText.toInt(&okYear);
        const int quarter = quarterText.toInt(&okQuarter);
        if (!hasYear || !okYear || !hasQuarter || !okQuarter)
            return usage(QStringLiteral("report quarterly needs --year YYYY --quarter 1..4"));
        request = ReportRequest::quarterly(year, quarter);
    } else {
        if (hasDate || hasYear || hasQuarter)
            return usage(QStringLiteral("report %1 takes --from and --to").arg(verb));
        if (!hasFrom || !hasTo)
            return usage(QStringLiteral("report %1 needs --from DATE --to DATE").arg(verb));
        QDate from, to;
        if (!date(fromText, QStringLiteral("--from"), &from, &why) ||
            !date(toText, QStringLiteral("--to"), &to, &why))
            return usage(why);
        request = kind == ReportRequest::Kind::Discipline ? ReportRequest::discipline(from, to)
                                                          : ReportRequest::analytics(from, to);
        if (hasAsOf) {
            if (kind != ReportRequest::Kind::Discipline)
                return usage(QStringLiteral("--as-of is for report discipline"));
            if (!date(asOfText, QStringLiteral("--as-of"), &request.asOf, &why))
                return usage(why);
        }
        if (hasCharts && kind != ReportRequest::Kind::Analytics)
            return usage(QStringLiteral("--charts is for report analytics"));
    }
    why = request.invalidReason();
    if (!why.isEmpty())
        return usage(why);
    ReportRenderer::Format format;
    if (!ReportRenderer::formatFromName(formatText, &format))
        return usage(QStringLiteral("--format takes pdf|html|csv|xlsx"));
    if (out.isEmpty())
        return usage(QStringLiteral("--out FILE is required"));
    if (hasCharts && !QFileInfo(charts).isDir())
        return usage(QStringLiteral("--charts needs an existing directory"));

    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    DbError error;
    ReportService::Result result;
    if (!ReportService(db).build(request, ReportService::kyivNow(), &result, &error))
        return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                    QStringLiteral("%1: %2").arg(error.kind == DbError::Kind::PermissionDenied
                                                     ? QStringLiteral("not_allowed")
                                                     : QStringLiteral("failed"),
                                                 error.detail));
    const ReportRenderer renderer(result.document);
    QString saveError;
    if (!renderer.save(format, out, &saveError))
        return fail(Usage, saveError);
    QStringList chartFiles;
    if (hasCharts) {
        for (bool svg : {false, true}) {
            if (renderer.saveCharts(charts, request.fileStem(), svg, &chartFiles, &saveError) < 0)
                return fail(Usage, saveError);
        }
    }
    // The file exists: the export is logged (a refused log is reported, the file stays).
    DbError auditError;
    if (!ReportAudit::log(db, request.name(), request.params(), ReportAudit::Action::Export,
                          ReportRenderer::formatName(format), &auditError))
        m_err << "warning: the export was not written to the audit log: " << auditError.detail
              << Qt::endl;
    m_out << result.summary << " -> " << out;
    if (!chartFiles.isEmpty())
        m_out << " (+" << chartFiles.size() << " chart files in " << QDir(charts).path() << ")";
    m_out << Qt::endl;
    return Ok;
}
