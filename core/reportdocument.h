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

struct ReportSection {
    QString title;
    QString note; // a line of text under the title (may be empty)
    QList<ReportTable> tables;
    bool sideBySide = false; // small summary tables printed next to each other
    QList<int> columnWidths; // side by side: each table's share of the width (percent)
};

struct ReportSignature {
    QString position; // e.g. the head of the contact-centre department
    QString name;     // empty: a blank line to sign and write in
};

struct ReportDocument {
    QString title;
    QString subtitle;
    QString parameters; // "за 05.12.2026" and the like
    QString generatedLine;
    QList<ReportSection> sections;
    QList<ReportSignature> signatures;
};
