#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPair>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <memory>

class QPrinter;

// What a report dialog asks for: a print preview or a file of one of the formats.
enum class ReportOutput { Preview, Pdf, Csv, Html, Xlsx };
class QTextDocument;

// The report engine's printer: lays a ReportDocument out through the template
// :/templates/report.html as a QTextDocument on A4 portrait (15 mm margins, DejaVu Sans as the
// registration card) and prints it to a printer, a preview or a PDF with the font embedded.
// Table headers repeat on every page; each page gets "page N of M" at the foot. Every cell is
// HTML-escaped, so text typed by a citizen never becomes markup.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(const ReportDocument &report);

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    bool printToPdf(const QString &path, QString *error = nullptr) const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    // For QPrintPreviewDialog::paintRequested and real printers.
    void print(QPrinter *printer) const;
    int pageCount() const;

    static QPageLayout pageLayout();

    // Where the layout asked for a new page: before a section's title (its index), and before a
    // row of a full-width table (the table's ordinal among them, the row's index).
    struct PageBreaks {
        QSet<int> sections;
        QSet<QPair<int, int>> rows;
    };

    // The outputs every report offers, on one code path for the desk and kontaktctl.
    enum class Format { Pdf, Html, Csv, Xlsx };
    static bool formatFromName(const QString &name, Format *format);
    static QString formatName(Format format);
    bool save(Format format, const QString &path, QString *error = nullptr) const;
    // Every chart of the report as its own file "<stem>-<chart name>.png|svg" in `directory`;
    // the number written, -1 on failure.
    int saveCharts(const QString &directory, const QString &stem, bool svg,
                   QStringList *written = nullptr, QString *error = nullptr) const;

private:
    std::unique_ptr<QTextDocument> document(const QSizeF &page) const;
    QString html(const PageBreaks &breaks, bool inlineImages) const;
    bool paint(QPrinter *printer, QString *error) const;

    ReportDocument m_report;
};
