#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel and LibreOffice read
// Cyrillic correctly), comma-separated, CRLF line ends, RFC 4180 quoting. A cell that a
// spreadsheet would read as a formula (it begins with = + - @, a tab or a carriage return) is
// neutralised with a leading apostrophe (DESIGN.md §6, OWASP "CSV injection").
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    void addEmptyRow() { addRow({}); }
    QByteArray data() const; // BOM + rows

    // A whole report: title, parameters, then each table under its caption, blank rows between.
    static QByteArray fromReport(const ReportDocument &report);
    // The cell as it must be written: neutralised, then quoted when needed.
    static QString encodeCell(const QString &cell);
    static QString neutralise(const QString &cell);
    // Reads CSV written by this class (BOM optional, quoted cells with commas, quotes and line
    // breaks); used to check round trips and by imports.
    static QList<QStringList> parse(const QByteArray &data);

private:
    QString m_text;
};
