#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 text in (UTF-8 decoded by the caller): quoted fields with doubled quotes, line
// breaks inside quotes, CRLF or LF, a leading BOM; the delimiter (',' or ';', as Ukrainian
// spreadsheets save it) is taken from the first line.
class CsvReader
{
public:
    struct Row {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // false and *error ("рядок N: …") on an unterminated quote.
    static bool parse(const QString &text, QList<Row> *rows, QString *error);
    static QChar detectDelimiter(const QString &firstLine);
};
