#include "csvreader.h"

QChar CsvReader::detectDelimiter(const QString &firstLine)
{
    return firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                                 : QLatin1Char(',');
}

bool CsvReader::parse(const QString &input, QList<Row> *rows, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar delim = detectDelimiter(text.section(QLatin1Char('\n'), 0, 0));
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool quoted = false;
    bool any = false;
    auto endRecord = [&]() {
        fields << field;
        const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty() && !quoted;
        if (!blank)
            rows->append({recordLine, fields});
        fields.clear();
        field.clear();
        quoted = false;
        any = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            quoted = true;
            any = true;
        } else if (c == delim) {
            fields << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = QStringLiteral("рядок %1: лапки не закрито").arg(recordLine);
        return false;
    }
    if (any || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return true;
}
