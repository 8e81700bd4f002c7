#include "quarterlyreport.h"

#include <QLocale>

qint64 QuarterlyReportData::Dimension::sum() const
{
    qint64 s = 0;
    for (const Count &c : counts)
        s += c.count;
    return s;
}

QDate QuarterlyReportData::quarterStart(int year, int quarter)
{
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate QuarterlyReportData::quarterEnd(int year, int quarter)
{
    return quarterStart(year, quarter).addMonths(3).addDays(-1);
}

QStringList QuarterlyReportData::unbalanced() const
{
    QStringList keys;
    for (const Dimension &d : dimensions) {
        if (d.sum() != total)
            keys << d.key;
    }
    return keys;
}

ReportDocument QuarterlyReportBuilder::build(const QuarterlyReportData &d,
                                             const QDateTime &generatedAt)
{
    const QLocale uk(QLocale::Ukrainian);
    ReportDocument doc;
    doc.kind = QStringLiteral("quarterly");
    doc.title = QStringLiteral("Статистичні дані про надходження та розгляд звернень громадян");
    doc.subtitle = QStringLiteral("Контакт-центр Броварської міської ради · за класифікатором "
                                  "звернень (постанова КМУ № 858)");
    doc.parameters = QStringLiteral("за %1 квартал %2 року (%3 – %4)")
                         .arg(QString::number(d.quarter), QString::number(d.year),
                              d.from.toString(QStringLiteral("dd.MM.yyyy")),
                              d.to.toString(QStringLiteral("dd.MM.yyyy")));
    doc.generatedLine = QStringLiteral("Сформовано %1")
                            .arg(generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));

    ReportSection head;
    head.title = QStringLiteral("Загальні показники");
    ReportTable totals;
    totals.header = {QStringLiteral("Показник"), QStringLiteral("К-сть")};
    totals.widths = {80, 20};
    totals.numericColumns = {1};
    totals.rows = {
        {{QStringLiteral("Надійшло звернень (зареєстровано)"), QString::number(d.total)}},
        {{QStringLiteral("Надано консультацій без реєстрації звернення (довідково)"),
          QString::number(d.consultations)}},
    };
    head.tables.append(totals);
    doc.sections.append(head);

    int n = 0;
    for (const QuarterlyReportData::Dimension &dim : d.dimensions) {
        ReportSection s;
        s.title = QStringLiteral("%1. %2").arg(++n).arg(dim.title);
        s.note = dim.note;
        ReportTable t;
        t.header = {QStringLiteral("Код"), QStringLiteral("Найменування"), QStringLiteral("К-сть"),
                    QStringLiteral("%")};
        t.widths = {10, 64, 13, 13};
        t.numericColumns = {2, 3};
        for (const QuarterlyReportData::Count &c : dim.counts) {
            const QString share =
                d.total > 0 ? uk.toString(100.0 * double(c.count) / double(d.total), 'f', 1)
                            : QString();
            t.rows.append(ReportRow{{c.code, c.name, QString::number(c.count), share}});
        }
        t.totals = {QString(), QStringLiteral("Усього"), QString::number(dim.sum()),
                    d.total > 0 ? QStringLiteral("100,0") : QString()};
        t.emptyText = QStringLiteral("Звернень не надходило.");
        s.tables.append(t);
        doc.sections.append(s);
    }

    ReportSignature sig;
    sig.position = d.headPosition.isEmpty() ? QStringLiteral("Начальник відділу «Контакт-центр»")
                                            : d.headPosition;
    sig.name = d.headName;
    doc.signatures.append(sig);
    return doc;
}
