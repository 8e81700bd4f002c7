#include "csvwriter.h"

namespace {

const QLatin1String Bom("\xEF\xBB\xBF");

} // namespace

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QString &cell : cells)
        encoded.append(encodeCell(cell));
    m_text += encoded.join(QLatin1Char(','));
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::data() const
{
    return QByteArray(Bom.data(), Bom.size()) + m_text.toUtf8();
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString text = neutralise(cell);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.contains(QLatin1Char(';'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::fromReport(const ReportDocument &report)
{
    CsvWriter csv;
    csv.addRow({report.title});
    if (!report.subtitle.isEmpty())
        csv.addRow({report.subtitle});
    if (!report.parameters.isEmpty())
        csv.addRow({report.parameters});
    for (const ReportSection &section : report.sections) {
        csv.addEmptyRow();
        csv.addRow({section.title});
        if (!section.note.isEmpty())
            csv.addRow({section.note});
        for (const ReportTable &table : section.tables) {
            if (!table.caption.isEmpty())
                csv.addRow({table.caption});
            if (table.rows.isEmpty() && !table.emptyText.isEmpty()) {
                csv.addRow({table.emptyText});
                continue;
            }
            csv.addRow(table.header);
            for (const ReportRow &row : table.rows)
                csv.addRow(row.cells);
            if (!table.totals.isEmpty())
                csv.addRow(table.totals);
        }
    }
    if (!report.signatures.isEmpty())
        csv.addEmptyRow();
    for (const ReportSignature &s : report.signatures)
        csv.addRow({s.position, s.name});
    return csv.data();
}

QList<QStringList> CsvWriter::parse(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty())
                row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}
