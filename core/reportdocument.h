#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A printable report as plain data (Qt Core only): a title, a line with its parameters, sections
// of tables, and a signature block. Reports are built as a ReportDocument and then rendered
// (HTML for QTextDocument, PDF, CSV) by one engine, so every output shows the same figures.
struct ReportRow {
    QStringList cells;
    // Marked rows (collective, priority, repeated appeals) are set off in print; the mark is a
    // short text shown with the row (it is also a column in CSV).
    bool highlighted = false;
};

struct ReportTable {
    QString caption;           // optional heading above the table
    QStringList header;        // column titles; repeated at the top of every printed page
    QList<int> widths;         // relative column widths (percent), empty = equal
    QList<int> numericColumns; // right-aligned
    QList<ReportRow> rows;
    QStringList totals; // optional last row in bold (same number of cells as header)
    QString emptyText;  // printed instead of the table when it has no rows
};

// A chart drawn with the report (Qt Charts at render time): categories on one axis, one or
// more series of values. A pie uses the first series only. The same figures are always in a
// table of the section too, so CSV/XLSX carry them.
struct ReportChart {
    enum class Kind { Bar, Line, Pie };
    struct Series {
        QString name;
        QList<double> values; // one per category
    };
    Kind kind = Kind::Bar;
    QString title;
    QString name; // file name stem when saved on its own (PNG/SVG), e.g. "channels"
    QStringList categories;
    QList<Series> series;
    bool horizontal = false; // bars: categories down the side (long street names)
    int height = 0;          // printed height in CSS pixels; 0 = the renderer's default
};

struct ReportSection {
    QString title;
    QString note; // a line of text under the title (may be empty)
    QList<ReportTable> tables;
    QList<ReportChart> charts; // printed under the tables
    bool sideBySide = false; // small summary tables printed next to each other
    QList<int> columnWidths; // side by side: each table's share of the width (percent)
};

struct ReportSignature {
    QString position; // e.g. the head of the contact-centre department
    QString name;     // empty: a blank line to sign and write in
};

struct ReportDocument {
    QString kind; // daily, discipline, analytics, quarterly, queue: audit log and file names
    QString title;
    QString subtitle;
    QString parameters; // "за 05.12.2026" and the like
    QString generatedLine;
    QList<ReportSection> sections;
    QList<ReportSignature> signatures;
};
