#pragma once

#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// Opens an .xlsx file the way a spreadsheet would, for round-trip tests: the worksheets' cells
// as text (shared strings resolved, numbers as written), read with `unzip -p` and
// QXmlStreamReader. Independent of the writer (libxlsxwriter).
class XlsxReadBack
{
public:
    explicit XlsxReadBack(const QString &path)
        : m_path(path)
    {
        const QByteArray workbook = entry(QStringLiteral("xl/workbook.xml"));
        if (workbook.isEmpty()) {
            m_error = QStringLiteral("not an xlsx file: ") + path;
            return;
        }
        QXmlStreamReader wb(workbook);
        while (!wb.atEnd()) {
            if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == u"sheet")
                m_sheetNames << wb.attributes().value(QStringLiteral("name")).toString();
        }
        QXmlStreamReader ss(entry(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!ss.atEnd()) {
            const auto t = ss.readNext();
            if (t == QXmlStreamReader::StartElement && ss.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (t == QXmlStreamReader::StartElement && ss.name() == u"t" && inSi) {
                current += ss.readElementText();
            } else if (t == QXmlStreamReader::EndElement && ss.name() == u"si") {
                m_strings << current;
                inSi = false;
            }
        }
    }

    bool ok() const { return m_error.isEmpty() && !m_sheetNames.isEmpty(); }
    QString error() const { return m_error; }
    QStringList sheetNames() const { return m_sheetNames; }

    // Rows of cells (column letters mapped to positions; empty cells are "").
    QList<QStringList> sheet(int index) const
    {
        QList<QStringList> rows;
        QXmlStreamReader x(entry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1)));
        QMap<int, QMap<int, QString>> cells;
        int row = -1, col = -1;
        QString type;
        while (!x.atEnd()) {
            const auto t = x.readNext();
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == u"c") {
                const QString ref = x.attributes().value(QStringLiteral("r")).toString();
                type = x.attributes().value(QStringLiteral("t")).toString();
                col = 0;
                int i = 0;
                while (i < ref.size() && ref.at(i).isLetter())
                    col = col * 26 + (ref.at(i++).unicode() - 'A' + 1);
                --col;
                row = ref.mid(i).toInt() - 1;
            } else if (x.name() == u"v" && row >= 0) {
                const QString v = x.readElementText();
                cells[row][col] = type == QLatin1String("s") ? m_strings.value(v.toInt()) : v;
            }
        }
        const int last = cells.isEmpty() ? -1 : cells.lastKey();
        for (int r = 0; r <= last; ++r) {
            QStringList line;
            const auto &c = cells.value(r);
            const int width = c.isEmpty() ? 0 : c.lastKey() + 1;
            for (int i = 0; i < width; ++i)
                line << c.value(i);
            rows << line;
        }
        return rows;
    }

    QByteArray entry(const QString &name) const
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        unzip.waitForFinished(30000);
        return unzip.readAllStandardOutput();
    }

private:
    QString m_path;
    QString m_error;
    QStringList m_sheetNames;
    QStringList m_strings;
};
