#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>
#include <functional>

// A report as an Excel workbook (libxlsxwriter): one worksheet per section, the report's title
// and parameters on top, every table under its caption with a bold header and totals. Figures
// of numeric columns are written as numbers (so a spreadsheet can sum them); every other cell
// as text. Text that a spreadsheet would take for a formula is neutralised as in CSV (a leading
// apostrophe, CsvWriter::neutralise): a string cell is never a formula in XLSX, but the value
// may be copied on into CSV or another program.
class XlsxReportWriter
{
public:
    // Renders a chart to PNG bytes (the forms layer draws it with Qt Charts); optional.
    using ChartRasterizer = std::function<QByteArray(const ReportChart &)>;

    static bool write(const ReportDocument &report, const QString &path, QString *error,
                      const ChartRasterizer &charts = {});

    // "12", "1 234", "12,5", "7,5 %" -> true and the number; "—", "" or text -> false.
    static bool parseNumber(const QString &cell, double *value);
    // Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.
    static QString sheetName(const QString &title, const QStringList &taken);
};
