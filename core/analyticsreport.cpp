#include "analyticsreport.h"

#include "dailyreport.h"

#include <QLocale>

namespace {

QString percent(qint64 part, qint64 total)
{
    if (total <= 0)
        return QString();
    return QLocale(QLocale::Ukrainian).toString(100.0 * double(part) / double(total), 'f', 1);
}

ReportTable countTable(const QString &what, const QList<AnalyticsReportData::Count> &counts,
                       qint64 total, const QString &empty)
{
    ReportTable t;
    t.header = {what, QStringLiteral("К-сть"), QStringLiteral("% від усіх")};
    t.widths = {70, 15, 15};
    t.numericColumns = {1, 2};
    for (const AnalyticsReportData::Count &c : counts)
        t.rows.append(ReportRow{{c.name.isEmpty() ? c.key : c.name, QString::number(c.count),
                                 percent(c.count, total)}});
    t.emptyText = empty;
    return t;
}

ReportChart barChart(const QString &name, const QString &title, const QStringList &categories,
                     const QList<qint64> &values, bool horizontal = false)
{
    ReportChart c;
    c.kind = ReportChart::Kind::Bar;
    c.name = name;
    c.title = title;
    c.categories = categories;
    c.horizontal = horizontal;
    ReportChart::Series s;
    s.name = QStringLiteral("Звернень");
    for (qint64 v : values)
        s.values.append(double(v));
    c.series.append(s);
    return c;
}

} // namespace

AnalyticsReportData::Bucket AnalyticsReportData::bucketFor(const QDate &from, const QDate &to)
{
    return from.daysTo(to) < weeklyUpToDays ? Bucket::Week : Bucket::Month;
}

QList<QDate> AnalyticsReportData::bucketStarts(const QDate &from, const QDate &to, Bucket bucket)
{
    QList<QDate> out;
    if (!from.isValid() || to < from)
        return out;
    QDate d = bucket == Bucket::Week ? from.addDays(1 - from.dayOfWeek())
                                     : QDate(from.year(), from.month(), 1);
    while (d <= to) {
        out.append(d);
        d = bucket == Bucket::Week ? d.addDays(7) : d.addMonths(1);
    }
    return out;
}

QString AnalyticsReportBuilder::monthName(int month)
{
    static const char *const names[] = {"Січень",   "Лютий",   "Березень", "Квітень",
                                        "Травень",  "Червень", "Липень",   "Серпень",
                                        "Вересень", "Жовтень", "Листопад", "Грудень"};
    return month >= 1 && month <= 12 ? QString::fromUtf8(names[month - 1]) : QString();
}

QString AnalyticsReportBuilder::weekdayName(int day)
{
    static const char *const names[] = {"Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"};
    return day >= 1 && day <= 7 ? QString::fromUtf8(names[day - 1]) : QString();
}

ReportDocument AnalyticsReportBuilder::build(const AnalyticsReportData &d,
                                             const QDateTime &generatedAt)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("analytics");
    doc.title = QStringLiteral("Аналітика звернень громадян");
    doc.subtitle = QStringLiteral("Контакт-центр Броварської міської ради");
    doc.parameters =
        DailyReportBuilder::period(d.from, d.to) + QStringLiteral(" · звернень: %1").arg(d.total);
    doc.generatedLine = QStringLiteral("Сформовано %1")
                            .arg(generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    const bool weekly = d.bucket == AnalyticsReportData::Bucket::Week;

    // 1. Trends per topic.
    ReportSection trend;
    trend.title = weekly ? QStringLiteral("1. Динаміка за тижнями та темами")
                         : QStringLiteral("1. Динаміка за місяцями та темами");
    trend.note = QStringLiteral("Найчастіші теми періоду окремо, решта — разом.");
    QStringList labels;
    for (const QDate &b : d.buckets)
        labels << (weekly ? b.toString(QStringLiteral("dd.MM"))
                          : b.toString(QStringLiteral("MM.yyyy")));
    ReportTable trendTable;
    trendTable.header = {weekly ? QStringLiteral("Тиждень з") : QStringLiteral("Місяць")};
    for (const AnalyticsReportData::Series &s : d.trend)
        trendTable.header << (s.code.isEmpty() ? s.name : s.code);
    trendTable.header << QStringLiteral("Усього");
    for (int c = 1; c < trendTable.header.size(); ++c)
        trendTable.numericColumns << c;
    for (int b = 0; b < d.buckets.size(); ++b) {
        ReportRow row;
        row.cells << labels.at(b);
        for (const AnalyticsReportData::Series &s : d.trend)
            row.cells << QString::number(s.counts.value(b));
        row.cells << QString::number(d.bucketTotals.value(b));
        trendTable.rows.append(row);
    }
    trendTable.emptyText = QStringLiteral("Звернень не надходило.");
    ReportChart line;
    line.kind = ReportChart::Kind::Line;
    line.name = QStringLiteral("trend");
    line.title = trend.title.mid(3);
    line.categories = labels;
    for (const AnalyticsReportData::Series &s : d.trend) {
        ReportChart::Series series;
        series.name = s.code.isEmpty() ? s.name : s.code + QLatin1Char(' ') + s.name;
        for (qint64 v : s.counts)
            series.values.append(double(v));
        line.series.append(series);
    }
    trend.charts.append(line);
    trend.tables.append(trendTable);
    ReportTable topicTable = countTable(QStringLiteral("Тема (код класифікатора)"), d.topics,
                                        d.total, QStringLiteral("Звернень не надходило."));
    topicTable.caption = QStringLiteral("Теми за період");
    trend.tables.append(topicTable);
    doc.sections.append(trend);

    // 2. Hot spots.
    ReportSection spots;
    spots.title = QStringLiteral("2. Адреси з найбільшою кількістю звернень");
    spots.note = QStringLiteral("За адресою проблеми (де її треба усунути).");
    QStringList streetNames;
    QList<qint64> streetCounts;
    for (const AnalyticsReportData::Count &c : d.streets) {
        streetNames << c.name;
        streetCounts << c.count;
    }
    ReportChart streetChart = barChart(QStringLiteral("streets"), QStringLiteral("Вулиці"),
                                       streetNames, streetCounts, true);
    streetChart.height = 90 + 24 * int(streetNames.size()); // a readable line per street
    spots.charts.append(streetChart);
    ReportTable streets = countTable(QStringLiteral("Вулиця"), d.streets, d.total,
                                     QStringLiteral("Адрес не зазначено."));
    streets.caption = QStringLiteral("Вулиці");
    ReportTable houses = countTable(QStringLiteral("Будинок"), d.houses, d.total,
                                    QStringLiteral("Адрес не зазначено."));
    houses.caption = QStringLiteral("Будинки");
    spots.tables << streets << houses;
    doc.sections.append(spots);

    // 3. Channels.
    ReportSection channels;
    channels.title = QStringLiteral("3. Канали надходження");
    QList<AnalyticsReportData::Count> named;
    ReportChart pie;
    pie.kind = ReportChart::Kind::Pie;
    pie.name = QStringLiteral("channels");
    pie.title = QStringLiteral("Канали надходження");
    ReportChart::Series pieSeries;
    for (AnalyticsReportData::Count c : d.channels) {
        c.name = DailyReportBuilder::channelName(c.key);
        named.append(c);
        pie.categories << c.name;
        pieSeries.values << double(c.count);
    }
    pie.series.append(pieSeries);
    channels.tables.append(countTable(QStringLiteral("Канал"), named, d.total,
                                      QStringLiteral("Звернень не надходило.")));
    channels.charts.append(pie);
    doc.sections.append(channels);

    // 4. Repeat callers.
    ReportSection repeat;
    repeat.title = QStringLiteral("4. Повторні звернення одних і тих самих осіб");
    repeat.note = QStringLiteral("Осіб, що звернулися двічі й більше: %1; їхніх звернень: %2 (%3 % "
                                 "від усіх).")
                      .arg(d.repeatCallerCount)
                      .arg(d.repeatCallerAppeals)
                      .arg(percent(d.repeatCallerAppeals, d.total));
    ReportTable callers;
    callers.header = {QStringLiteral("Особа"), QStringLiteral("Адреса"), QStringLiteral("Звернень"),
                      QStringLiteral("Остання тема")};
    callers.widths = {22, 33, 10, 35};
    callers.numericColumns = {2};
    for (const AnalyticsReportData::RepeatCaller &c : d.repeatCallers)
        callers.rows.append(ReportRow{{c.name, c.address, QString::number(c.count), c.lastTopic}});
    callers.emptyText = QStringLiteral("Повторних звернень однієї особи не було.");
    repeat.tables.append(callers);
    doc.sections.append(repeat);

    // 5. Seasonality and load.
    ReportSection season;
    season.title = QStringLiteral("5. Сезонність і навантаження");
    QStringList months, shortMonths, days, hours;
    for (int m = 1; m <= 12; ++m) {
        months << monthName(m);
        shortMonths << monthName(m).left(3).toLower();
    }
    for (int w = 1; w <= 7; ++w)
        days << weekdayName(w);
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    season.charts << barChart(QStringLiteral("months"), QStringLiteral("За місяцями року"),
                              shortMonths, d.byMonth)
                  << barChart(QStringLiteral("weekdays"), QStringLiteral("За днями тижня"), days,
                              d.byWeekday)
                  << barChart(QStringLiteral("hours"),
                              QStringLiteral("За годинами доби (київський час)"), hours, d.byHour);
    const auto seriesTable = [&](const QString &caption, const QString &what,
                                 const QStringList &names, const QList<qint64> &values) {
        ReportTable t;
        t.caption = caption;
        t.header = {what, QStringLiteral("К-сть"), QStringLiteral("%")};
        t.numericColumns = {1, 2};
        for (int i = 0; i < names.size(); ++i)
            t.rows.append(ReportRow{{names.at(i), QString::number(values.value(i)),
                                     percent(values.value(i), d.total)}});
        return t;
    };
    season.sideBySide = true;
    season.columnWidths = {34, 30, 32};
    season.tables
        << seriesTable(QStringLiteral("Місяці"), QStringLiteral("Місяць"), months, d.byMonth)
        << seriesTable(QStringLiteral("Дні тижня"), QStringLiteral("День"), days, d.byWeekday)
        << seriesTable(QStringLiteral("Години"), QStringLiteral("Година"), hours, d.byHour);
    doc.sections.append(season);
    return doc;
}
