#include "queueprint.h"

#include <algorithm>

ReportDocument QueuePrintBuilder::build(const QString &queueName, const QString &filterText,
                                        const QStringList &header, const QList<QStringList> &rows,
                                        bool more, const QDateTime &generatedAt)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("queue");
    doc.title = QStringLiteral("Черга звернень: %1").arg(queueName);
    doc.subtitle = QStringLiteral("Контакт-центр Броварської міської ради");
    doc.parameters = filterText;
    doc.generatedLine = QStringLiteral("Сформовано %1")
                            .arg(generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    ReportSection section;
    section.title = more ? QStringLiteral("Перші %1 звернень черги").arg(rows.size())
                         : QStringLiteral("Звернень: %1").arg(rows.size());
    if (more)
        section.note = QStringLiteral("Черга довша; звузьте її фільтром, щоб надрукувати решту.");
    ReportTable table;
    table.header = header;
    // Wide columns for long texts: each column's share follows its typical length.
    QList<int> typical;
    for (int c = 0; c < header.size(); ++c) {
        int longest = int(header.at(c).size());
        for (int r = 0; r < std::min<qsizetype>(rows.size(), 200); ++r)
            longest = std::max(longest, int(rows.at(r).value(c).size()));
        typical << std::clamp(longest, 6, 60);
    }
    int sum = 0;
    for (int t : typical)
        sum += t;
    for (int t : typical)
        table.widths << std::max(4, 100 * t / std::max(1, sum));
    for (const QStringList &r : rows)
        table.rows.append(ReportRow{r, false});
    table.emptyText = QStringLiteral("Черга порожня.");
    section.tables.append(table);
    doc.sections.append(section);
    return doc;
}
