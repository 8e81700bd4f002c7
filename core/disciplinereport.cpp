#include "disciplinereport.h"

#include "dailyreport.h"

#include <QLocale>
#include <algorithm>

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

QString decimal(double value, int precision = 1)
{
    if (value < 0)
        return QStringLiteral("—");
    return QLocale(QLocale::Ukrainian).toString(value, 'f', precision);
}

QString percent(qint64 part, qint64 total)
{
    if (total <= 0)
        return QStringLiteral("—");
    return QLocale(QLocale::Ukrainian).toString(100.0 * double(part) / double(total), 'f', 1);
}

ReportTable rowsTable(const QList<DisciplineReportData::Row> &rows, bool withOrganisation,
                      const DisciplineReportData::Row *total)
{
    ReportTable t;
    QStringList header = DisciplineReportBuilder::organisationHeader();
    if (withOrganisation) {
        header[0] = QStringLiteral("Виконавець");
        header.insert(1, QStringLiteral("Організація"));
    }
    t.header = header;
    t.widths = withOrganisation ? QList<int>{15, 13, 7, 7, 8, 8, 8, 7, 7, 7, 6, 7}
                                : QList<int>{25, 7, 7, 8, 8, 8, 8, 7, 8, 7, 7};
    const int first = withOrganisation ? 2 : 1;
    for (int c = first; c < header.size(); ++c)
        t.numericColumns.append(c);
    for (const DisciplineReportData::Row &r : rows) {
        ReportRow row;
        row.cells = DisciplineReportBuilder::cells(r, withOrganisation);
        row.highlighted = r.overdueNow > 0;
        t.rows.append(row);
    }
    if (total)
        t.totals = DisciplineReportBuilder::cells(*total, withOrganisation);
    t.emptyText = QStringLiteral("За період доручень виконавцям не було.");
    return t;
}

} // namespace

double DisciplineReportData::Row::violationShare() const
{
    return received > 0 ? double(violations()) / double(received) : 0.0;
}

DisciplineReportData::Row DisciplineReportData::total() const
{
    Row t;
    t.name = QStringLiteral("Усього");
    double daysSum = 0;
    qint64 daysWeight = 0;
    double ratingSum = 0;
    for (const Row &r : organisations) {
        t.received += r.received;
        t.onTime += r.onTime;
        t.late += r.late;
        t.overdueNow += r.overdueNow;
        t.rework += r.rework;
        t.reached += r.reached;
        t.confirmed += r.confirmed;
        t.ratings += r.ratings;
        if (r.avgDays >= 0) {
            daysSum += r.avgDays * double(r.onTime + r.late);
            daysWeight += r.onTime + r.late;
        }
        if (r.avgRating >= 0)
            ratingSum += r.avgRating * double(r.ratings);
    }
    t.avgDays = daysWeight > 0 ? daysSum / double(daysWeight) : -1;
    t.avgRating = t.ratings > 0 ? ratingSum / double(t.ratings) : -1;
    return t;
}

void DisciplineReportBuilder::sortWorstFirst(QList<DisciplineReportData::Row> *rows)
{
    std::stable_sort(rows->begin(), rows->end(),
                     [](const DisciplineReportData::Row &a, const DisciplineReportData::Row &b) {
                         const double sa = a.violationShare(), sb = b.violationShare();
                         if (sa != sb)
                             return sa > sb;
                         if (a.overdueNow != b.overdueNow)
                             return a.overdueNow > b.overdueNow;
                         if (a.received != b.received)
                             return a.received > b.received;
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
}

QStringList DisciplineReportBuilder::organisationHeader()
{
    return {QStringLiteral("Організація"),
            QStringLiteral("Надійшло"),
            QStringLiteral("Вчасно"),
            QStringLiteral("Із запізненням"),
            QStringLiteral("Прострочено зараз"),
            QStringLiteral("Порушень, %"),
            QStringLiteral("На доопрацювання"),
            QStringLiteral("Сер. днів до відповіді"),
            QStringLiteral("Підтверджено, %"),
            QStringLiteral("Сер. оцінка"),
            QStringLiteral("Оцінок")};
}

QStringList DisciplineReportBuilder::cells(const DisciplineReportData::Row &r,
                                           bool withOrganisation)
{
    QStringList c{r.name};
    if (withOrganisation)
        c << r.organisation;
    c << number(r.received) << number(r.onTime) << number(r.late) << number(r.overdueNow)
      << percent(r.violations(), r.received) << number(r.rework) << decimal(r.avgDays)
      << percent(r.confirmed, r.reached) << decimal(r.avgRating, 2) << number(r.ratings);
    return c;
}

ReportDocument DisciplineReportBuilder::build(const DisciplineReportData &d,
                                              const QDateTime &generatedAt)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("discipline");
    doc.title = QStringLiteral("Стан виконавської дисципліни");
    doc.subtitle = QStringLiteral("Розгляд звернень громадян виконавцями");
    doc.parameters = DailyReportBuilder::period(d.from, d.to);
    doc.generatedLine = QStringLiteral("Сформовано %1; прострочені — станом на %2")
                            .arg(generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                 d.asOf.toString(QStringLiteral("dd.MM.yyyy")));

    QList<DisciplineReportData::Row> organisations = d.organisations;
    sortWorstFirst(&organisations);
    const DisciplineReportData::Row total = d.total();

    ReportSection orgs;
    orgs.title = QStringLiteral("1. За організаціями-виконавцями");
    orgs.note = QStringLiteral(
        "Надійшло — доручення, направлені виконавцю в періоді. Порушень — частка виконаних із "
        "запізненням і прострочених зараз; рядки з простроченими виділено. Підтверджено — "
        "частка звернень, за якими громадянин під час зворотного дзвінка підтвердив виконання. "
        "Упорядковано від найгіршого.");
    orgs.tables.append(rowsTable(organisations, false, &total));
    doc.sections.append(orgs);

    QList<DisciplineReportData::Row> executors = d.executors;
    sortWorstFirst(&executors);
    ReportSection people;
    people.title = QStringLiteral("2. За виконавцями (хто надавав відповіді)");
    people.note = QStringLiteral("Прострочені зараз ще не мають відповіді, тож не мають "
                                 "виконавця-особи: їх показано лише за організаціями.");
    people.tables.append(rowsTable(executors, true, nullptr));
    doc.sections.append(people);

    ReportSignature head;
    head.position = d.headPosition.isEmpty() ? QStringLiteral("Начальник відділу «Контакт-центр»")
                                             : d.headPosition;
    head.name = d.headName;
    doc.signatures.append(head);
    return doc;
}
