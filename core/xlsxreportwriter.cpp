#include "xlsxreportwriter.h"

#include "csvwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <xlsxwriter.h>

namespace {

constexpr int MaxSheetName = 31;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

bool XlsxReportWriter::parseNumber(const QString &cell, double *value)
{
    QString s = cell.trimmed();
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (s.isEmpty() || !number.match(s).hasMatch())
        return false;
    bool ok = false;
    *value = s.toDouble(&ok);
    return ok;
}

QString XlsxReportWriter::sheetName(const QString &title, const QStringList &taken)
{
    QString base = title;
    static const QRegularExpression bad(QStringLiteral(R"([\[\]:*?/\\])"));
    base.replace(bad, QStringLiteral(" "));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Аркуш");
    QString name = base.left(MaxSheetName).trimmed();
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(MaxSheetName - suffix.size()).trimmed() + suffix;
    }
    return name;
}

bool XlsxReportWriter::write(const ReportDocument &report, const QString &path, QString *error,
                             const ChartRasterizer &charts)
{
    // Written beside the target and renamed: a failed export never leaves half a file.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(utf8(part).constData(), &options);
    if (!wb) {
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(path);
        return false;
    }
    lxw_format *titleFormat = workbook_add_format(wb);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 13);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *numberCell = workbook_add_format(wb);
    format_set_border(numberCell, LXW_BORDER_THIN);
    lxw_format *marked = workbook_add_format(wb);
    format_set_border(marked, LXW_BORDER_THIN);
    format_set_bg_color(marked, 0xE6E6E6);
    lxw_format *totalCell = workbook_add_format(wb);
    format_set_border(totalCell, LXW_BORDER_THIN);
    format_set_bold(totalCell);
    lxw_format *note = workbook_add_format(wb);
    format_set_italic(note);

    QStringList taken;
    QList<QByteArray> images; // kept alive until the workbook is closed
    const auto putText = [](lxw_worksheet *ws, int row, int col, const QString &text,
                            lxw_format *format) {
        worksheet_write_string(ws, row, col, utf8(CsvWriter::neutralise(text)).constData(), format);
    };
    const int sections = int(report.sections.size());
    for (int si = 0; si < std::max(1, sections); ++si) {
        const ReportSection section = si < sections ? report.sections.at(si) : ReportSection();
        const QString name =
            sheetName(section.title.isEmpty() ? report.title : section.title, taken);
        taken << name;
        lxw_worksheet *ws = workbook_add_worksheet(wb, utf8(name).constData());
        int row = 0;
        putText(ws, row++, 0, report.title, titleFormat);
        if (!report.parameters.isEmpty())
            putText(ws, row++, 0, report.parameters, bold);
        if (!report.generatedLine.isEmpty())
            putText(ws, row++, 0, report.generatedLine, nullptr);
        ++row;
        if (!section.title.isEmpty())
            putText(ws, row++, 0, section.title, bold);
        if (!section.note.isEmpty())
            putText(ws, row++, 0, section.note, note);
        QList<double> widths;
        for (const ReportTable &t : section.tables) {
            ++row;
            if (!t.caption.isEmpty())
                putText(ws, row++, 0, t.caption, bold);
            if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
                putText(ws, row++, 0, t.emptyText, note);
                continue;
            }
            for (int c = 0; c < t.header.size(); ++c) {
                putText(ws, row, c, t.header.at(c), header);
                if (widths.size() <= c)
                    widths.append(8);
                widths[c] = std::max(widths[c], std::min(40.0, t.header.at(c).size() * 0.9 + 2));
            }
            ++row;
            const auto putRow = [&](const QStringList &cells, lxw_format *text, lxw_format *num) {
                for (int c = 0; c < t.header.size(); ++c) {
                    const QString value = cells.value(c);
                    double d = 0;
                    if (t.numericColumns.contains(c) && parseNumber(value, &d))
                        worksheet_write_number(ws, row, c, d, num);
                    else
                        putText(ws, row, c, value, text);
                    if (widths.size() <= c)
                        widths.append(8);
                    widths[c] = std::max(widths[c], std::min(60.0, value.size() * 1.05 + 2));
                }
                ++row;
            };
            for (const ReportRow &r : t.rows)
                putRow(r.cells, r.highlighted ? marked : cell, r.highlighted ? marked : numberCell);
            if (!t.totals.isEmpty())
                putRow(t.totals, totalCell, totalCell);
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, c, c, widths.at(c), nullptr);
        if (charts) {
            for (const ReportChart &chart : section.charts) {
                const QByteArray png = charts(chart);
                if (png.isEmpty())
                    continue;
                images.append(png);
                row += 1;
                lxw_image_options io{};
                io.x_scale = 0.75;
                io.y_scale = 0.75;
                worksheet_insert_image_buffer_opt(
                    ws, row, 0, reinterpret_cast<const unsigned char *>(images.last().constData()),
                    size_t(images.last().size()), &io);
                row += 22; // about the image's height in rows at this scale
            }
        }
    }
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        QFile::remove(part);
        if (error)
            *error = QStringLiteral("Cannot write %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
