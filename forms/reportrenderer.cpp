#include "reportrenderer.h"

#include "csvwriter.h"
#include "printtemplate.h"
#include "reportchartrenderer.h"
#include "xlsxreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QUrl>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>
#include <limits>

namespace {

// Lengths are CSS pixels (1/96 inch), as in the registration card's template.
constexpr qreal CssPixelsPerInch = 96.0;
constexpr qreal CssPixelsPerMillimetre = CssPixelsPerInch / 25.4;
constexpr int DefaultFontPixels = 11;
// Reserved at the foot of every page for "сторінка N з M".
constexpr qreal FooterPixels = 18.0;
// Layout rounds spent on moving titles and rows off page breaks (a round per page, about).
constexpr int MaxLayoutRounds = 60;

QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

using Breaks = ReportRenderer::PageBreaks;

QString tableHtml(const ReportTable &t, bool compact, int ordinal = -1, const Breaks &breaks = {})
{
    QString out;
    if (!t.caption.isEmpty())
        out += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(esc(t.caption));
    if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
        out += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(t.emptyText));
        return out;
    }
    const bool list = t.header.size() > 4;
    const auto width = [&t](int column) {
        return column < t.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(t.widths.at(column))
                                        : QString();
    };
    const auto cellClass = [&t](int column) {
        return t.numericColumns.contains(column) ? QStringLiteral(" class=\"num\" align=\"right\"")
                                                 : QString();
    };
    // A table starts (again, after a page break, with its header) on a new page.
    const auto open = [&](bool newPage) {
        QString html =
            QStringLiteral("<table class=\"grid%1\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"%2\"%3>\n<thead><tr>")
                .arg(list ? QStringLiteral(" list") : QString(),
                     QString::number(compact || list ? 1 : 2),
                     newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString());
        for (int c = 0; c < t.header.size(); ++c)
            html += QStringLiteral("<th%1>%2</th>").arg(width(c), esc(t.header.at(c)));
        return html + QStringLiteral("</tr></thead>\n<tbody>\n");
    };
    out += open(false);
    for (int r = 0; r < t.rows.size(); ++r) {
        if (r > 0 && breaks.rows.contains({ordinal, r}))
            out += QStringLiteral("</tbody></table>\n") + open(true);
        const ReportRow &row = t.rows.at(r);
        out += row.highlighted ? QStringLiteral("<tr class=\"mark\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.header.size(); ++c) {
            const QString text = esc(row.cells.value(c));
            // The index of a marked appeal in bold: the mark shows even in black and white.
            out += QStringLiteral("<td%1%2>%3</td>")
                       .arg(width(c), cellClass(c),
                            row.highlighted && c == 0
                                ? QStringLiteral("<span class=\"idx\">%1</span>").arg(text)
                                : text);
        }
        out += QStringLiteral("</tr>\n");
    }
    if (!t.totals.isEmpty()) {
        out += QStringLiteral("<tr class=\"total\">");
        for (int c = 0; c < t.header.size(); ++c)
            out += QStringLiteral("<td%1%2><b>%3</b></td>")
                       .arg(width(c), cellClass(c), esc(t.totals.value(c)));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
    return out;
}

QString chartUrl(int section, int chart)
{
    return QStringLiteral("chart:%1-%2").arg(section).arg(chart);
}

// Charts under a section's tables: a resource of the document when printed, a data: URL in the
// HTML export (one file that opens anywhere).
QString chartsHtml(const ReportSection &section, int index, bool inlineImages)
{
    QString out;
    for (int c = 0; c < section.charts.size(); ++c) {
        const QString src =
            inlineImages
                ? QStringLiteral("data:image/png;base64,") +
                      QString::fromLatin1(ReportChartRenderer::png(section.charts.at(c)).toBase64())
                : chartUrl(index, c);
        const QSize size = ReportChartRenderer::size(section.charts.at(c));
        out += QStringLiteral("<p align=\"center\" class=\"chart\"><img src=\"%1\" width=\"%2\" "
                              "height=\"%3\"/></p>\n")
                   .arg(src)
                   .arg(size.width())
                   .arg(size.height());
    }
    return out;
}

QString bodyHtml(const ReportDocument &report, const Breaks &breaks, bool inlineImages)
{
    QString out;
    int ordinal = 0; // full-width tables with rows, in document order
    for (int i = 0; i < report.sections.size(); ++i) {
        const ReportSection &section = report.sections.at(i);
        out += QStringLiteral("<p class=\"section\"%1>%2</p>\n")
                   .arg(breaks.sections.contains(i)
                            ? QStringLiteral(" style=\"page-break-before: always;\"")
                            : QString(),
                        esc(section.title));
        if (!section.note.isEmpty())
            out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(section.note));
        if (section.sideBySide && section.tables.size() > 1) {
            // Small summaries next to each other, so an ordinary day fits one page.
            const int n = int(section.tables.size());
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                  "border=\"0\"><tr>");
            for (int t = 0; t < n; ++t) {
                if (t > 0)
                    out += QStringLiteral("<td width=\"2%\"></td>");
                const int width = t < section.columnWidths.size() ? section.columnWidths.at(t)
                                                                  : (100 - 2 * (n - 1)) / n;
                out += QStringLiteral("<td width=\"%1%\" valign=\"top\">").arg(width);
                out += tableHtml(section.tables.at(t), true);
                out += QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr></table>\n");
        } else {
            for (const ReportTable &table : section.tables) {
                const bool printed = !table.rows.isEmpty() || table.emptyText.isEmpty();
                out += tableHtml(table, false, printed ? ordinal : -1, breaks);
                if (printed)
                    ++ordinal;
            }
        }
        out += chartsHtml(section, i, inlineImages);
    }
    return out;
}

QString signaturesHtml(const ReportDocument &report)
{
    QString out;
    for (const ReportSignature &s : report.signatures) {
        out +=
            QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0\" "
                "class=\"signature\"><tr>"
                "<td width=\"45%\" valign=\"bottom\">%1</td>"
                "<td width=\"25%\" valign=\"bottom\" style=\"border-bottom: 1px solid #000000;\">"
                "&nbsp;</td>"
                "<td width=\"3%\"></td>"
                "<td width=\"27%\" valign=\"bottom\"%2>%3</td></tr>"
                "<tr><td></td><td align=\"center\" style=\"font-size: 8px;\">(підпис)</td>"
                "<td></td><td align=\"center\" style=\"font-size: 8px;\">(ім'я, прізвище)</td>"
                "</tr></table>\n")
                .arg(esc(s.position),
                     s.name.isEmpty()
                         ? QStringLiteral(" style=\"border-bottom: 1px solid #000000;\"")
                         : QString(),
                     s.name.isEmpty() ? QStringLiteral("&nbsp;") : esc(s.name));
    }
    return out;
}

// QTextDocument has neither "keep with next" nor "do not split a row". After a layout, the
// first section title that lands at the foot of a page (its table would start on the next one)
// or the first table row that a page break would cut in two is moved to a new page, and the
// document is laid out again; a moved row continues the table, header and all, on the next page.
bool findBadBreak(QTextDocument *doc, const ReportDocument &report, Breaks *breaks)
{
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0)
        return false;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    // A title, its note and the table's header and first row.
    constexpr qreal KeepTogether = 75.0;
    const auto pageOf = [pageHeight](qreal y) {
        return std::floor(y / pageHeight);
    };
    for (int i = 0; i < report.sections.size(); ++i) {
        if (breaks->sections.contains(i))
            continue;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.text() != report.sections.at(i).title)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            if (pageOf(top) != pageOf(top + KeepTogether)) {
                breaks->sections.insert(i);
                return true;
            }
            break;
        }
    }
    // Full-width tables with a header are the root frame's children, in document order; a
    // table split by an earlier break is two frames but one ordinal.
    int ordinal = -1;
    int rowBase = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() < 1)
            continue;
        const bool continuation =
            table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (continuation) {
            // rowBase already counts the rows of the part before
        } else {
            ++ordinal;
            rowBase = 0;
        }
        const int header = table->format().headerRowCount();
        for (int row = header; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock b = it.currentBlock();
                    if (!b.isValid())
                        continue;
                    const QRectF r = layout->blockBoundingRect(b);
                    top = std::min(top, r.top());
                    bottom = std::max(bottom, r.bottom());
                }
            }
            const int index = rowBase + row - header;
            if (bottom > top && bottom - top < pageHeight / 2 && index > 0 &&
                pageOf(top - 3) != pageOf(bottom + 3) && !breaks->rows.contains({ordinal, index})) {
                breaks->rows.insert({ordinal, index});
                return true;
            }
        }
        rowBase += table->rows() - header;
    }
    return false;
}

QString loadTemplate()
{
    return loadPrintTemplate(QStringLiteral(":/templates/report.html"));
}

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &report)
    : m_report(report)
{}

QString ReportRenderer::html() const
{
    return html(Breaks(), true);
}

QString ReportRenderer::html(const Breaks &breaks, bool inlineImages) const
{
    static const QString reportTemplate = loadTemplate();
    const QHash<QString, QString> values{
        {QStringLiteral("title"), esc(m_report.title)},
        {QStringLiteral("subtitle"), esc(m_report.subtitle)},
        {QStringLiteral("parameters"), esc(m_report.parameters)},
        {QStringLiteral("generated"), esc(m_report.generatedLine)},
        {QStringLiteral("body"), bodyHtml(m_report, breaks, inlineImages)},
        {QStringLiteral("signatures"), signaturesHtml(m_report)},
    };
    // One pass: inserted values are never scanned for placeholders again.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{(\w+)\}\})"));
    QString out;
    qsizetype pos = 0;
    auto it = placeholder.globalMatch(reportTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(reportTemplate).mid(pos, m.capturedStart() - pos);
        out += values.value(m.captured(1));
        pos = m.capturedEnd();
    }
    out += QStringView(reportTemplate).mid(pos);
    return out;
}

std::unique_ptr<QTextDocument> ReportRenderer::document() const
{
    QSizeF page = pageLayout().paintRect(QPageLayout::Millimeter).size() * CssPixelsPerMillimetre;
    page.setHeight(page.height() - FooterPixels);
    return document(page);
}

std::unique_ptr<QTextDocument> ReportRenderer::document(const QSizeF &page) const
{
    auto doc = newPrintDocument(DefaultFontPixels);
    doc->setPageSize(page);
    // Charts are drawn once, at twice the printed size, and shown from the document's resources.
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const ReportSection &section = m_report.sections.at(i);
        for (int c = 0; c < section.charts.size(); ++c)
            doc->addResource(QTextDocument::ImageResource, QUrl(chartUrl(i, c)),
                             ReportChartRenderer::image(section.charts.at(c)));
    }
    Breaks breaks;
    doc->setHtml(html(breaks, false));
    // Each round moves one thing; a very long range keeps its remaining rows as they fall.
    for (int round = 0; round < MaxLayoutRounds && findBadBreak(doc.get(), m_report, &breaks);
         ++round)
        doc->setHtml(html(breaks, false));
    return doc;
}

int ReportRenderer::pageCount() const
{
    return document()->pageCount();
}

bool ReportRenderer::printToPdf(const QString &path, QString *error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(pageLayout());
    printer.setDocName(m_report.title);
    printer.setCreator(QStringLiteral("Kontakt"));
    return paint(&printer, error);
}

bool ReportRenderer::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportRenderer::formatFromName(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (n == QLatin1String("html"))
        *format = Format::Html;
    else if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else if (n == QLatin1String("xlsx"))
        *format = Format::Xlsx;
    else
        return false;
    return true;
}

bool ReportRenderer::save(Format format, const QString &path, QString *error) const
{
    switch (format) {
    case Format::Pdf:
        return printToPdf(path, error);
    case Format::Html:
        return writeHtml(path, error);
    case Format::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(CsvWriter::fromReport(m_report)) < 0 ||
            !file.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    case Format::Xlsx:
        return XlsxReportWriter::write(m_report, path, error, [](const ReportChart &chart) {
            return ReportChartRenderer::png(chart, 1.0);
        });
    }
    return false;
}

QString ReportRenderer::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return QString();
}

int ReportRenderer::saveCharts(const QString &directory, const QString &stem, bool svg,
                               QStringList *written, QString *error) const
{
    int n = 0;
    for (const ReportSection &section : m_report.sections) {
        for (const ReportChart &chart : section.charts) {
            const QString name = QStringLiteral("%1-%2.%3")
                                     .arg(stem, chart.name.isEmpty() ? QString::number(n + 1)
                                                                     : chart.name,
                                          svg ? QStringLiteral("svg") : QStringLiteral("png"));
            const QString path = QDir(directory).filePath(name);
            const bool ok = svg ? ReportChartRenderer::saveSvg(chart, path, error)
                                : ReportChartRenderer::savePng(chart, path, error);
            if (!ok)
                return -1;
            if (written)
                written->append(path);
            ++n;
        }
    }
    return n;
}

void ReportRenderer::print(QPrinter *printer) const
{
    QString error;
    if (!paint(printer, &error))
        qWarning("report: %s", qPrintable(error));
}

QPageLayout ReportRenderer::pageLayout()
{
    return printPageLayout();
}

bool ReportRenderer::paint(QPrinter *printer, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!printer)
        return fail(tr("No printer."));
    // Paginate for the paper actually in the printer (a preview may have changed it).
    const QSizeF paper =
        printer->pageLayout().paintRect(QPageLayout::Millimeter).size() * CssPixelsPerMillimetre;
    if (paper.isEmpty() || paper.height() <= FooterPixels * 2)
        return fail(tr("The printer's page has no printable area."));
    const QSizeF page(paper.width(), paper.height() - FooterPixels);
    std::unique_ptr<QTextDocument> doc = document(page);

    QPainter painter;
    if (!painter.begin(printer)) {
        return fail(printer->outputFileName().isEmpty()
                        ? tr("Cannot start printing on %1.").arg(printer->printerName())
                        : tr("Cannot write %1.").arg(printer->outputFileName()));
    }
    painter.scale(printer->logicalDpiX() / CssPixelsPerInch,
                  printer->logicalDpiY() / CssPixelsPerInch);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPixelSize(9);
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer->newPage())
            return fail(tr("Cannot start page %1.").arg(i + 1));
        const QRectF view(QPointF(0, i * page.height()), page);
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (pages > 1) {
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            // A Ukrainian document: the page line is part of it, like the template's labels.
            painter.drawText(QRectF(0, page.height(), page.width(), FooterPixels),
                             Qt::AlignRight | Qt::AlignBottom,
                             QStringLiteral("Сторінка %1 з %2").arg(i + 1).arg(pages));
        }
    }
    if (!painter.end() || printer->printerState() == QPrinter::Error)
        return fail(tr("Printing the report failed."));
    return true;
}
