#include "dailyreport.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString share(qint64 part, qint64 total)
{
    if (total <= 0)
        return QString();
    return QStringLiteral("%1 %").arg(
        QLocale(QLocale::Ukrainian).toString(100.0 * part / total, 'f', 1));
}

ReportTable countTable(const QString &caption, const QString &what,
                       const QList<DailyReportData::Count> &counts, qint64 total, qint64 other = 0,
                       const QString &otherName = QString())
{
    ReportTable t;
    t.caption = caption;
    t.header = {what, QStringLiteral("К-сть"), QStringLiteral("%")};
    t.widths = {62, 19, 19};
    t.numericColumns = {1, 2};
    for (const DailyReportData::Count &c : counts)
        t.rows.append(
            ReportRow{{c.name.isEmpty() ? c.key : c.name, number(c.count), share(c.count, total)}});
    if (other > 0)
        t.rows.append(ReportRow{{otherName, number(other), share(other, total)}});
    t.totals = {QStringLiteral("Усього"), number(total),
                total > 0 ? QStringLiteral("100") : QString()};
    t.emptyText = QStringLiteral("Немає.");
    return t;
}

QString marks(const DailyReportData::Appeal &a)
{
    QStringList m;
    if (a.collective)
        m << QStringLiteral("КО");
    if (a.priority)
        m << QStringLiteral("П");
    if (a.repeated)
        m << QStringLiteral("Пв");
    return m.join(QLatin1Char(' '));
}

QString shortText(const QString &text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

// The city's own name is left out of its addresses (every other locality is kept).
QString localAddress(const QString &address)
{
    static const QStringList city = {QStringLiteral("м. Бровари, "), QStringLiteral("Бровари, "),
                                     QStringLiteral("місто Бровари, ")};
    for (const QString &prefix : city) {
        if (address.startsWith(prefix))
            return address.mid(prefix.size());
    }
    return address;
}

ReportTable appealTable(const QList<DailyReportData::Appeal> &list, bool withDate, bool overdue)
{
    ReportTable t;
    t.header = {
        QStringLiteral("Індекс"), withDate ? QStringLiteral("Надійшло") : QStringLiteral("Час"),
        QStringLiteral("Адреса"), QStringLiteral("Тема"),
        QStringLiteral("Зміст"),  QStringLiteral("Виконавець"),
        QStringLiteral("Термін"), QStringLiteral("Ознаки")};
    t.widths =
        withDate ? QList<int>{8, 9, 14, 15, 26, 14, 8, 6} : QList<int>{8, 5, 15, 16, 28, 14, 8, 6};
    for (const DailyReportData::Appeal &a : list) {
        const QString when =
            withDate ? date(a.date) + QLatin1Char(' ') + a.time.toString(QStringLiteral("HH:mm"))
                     : a.time.toString(QStringLiteral("HH:mm"));
        ReportRow row;
        row.cells = {a.regIndex,
                     when,
                     shortText(localAddress(a.address), 60),
                     shortText(a.topic, 36),
                     shortText(a.summary, 70),
                     a.executor,
                     date(a.term),
                     marks(a)};
        row.highlighted = a.collective || a.priority || a.repeated;
        t.rows.append(row);
    }
    t.emptyText = overdue ? QStringLiteral("Прострочених звернень немає.")
                          : QStringLiteral("Звернень не надходило.");
    return t;
}

} // namespace

QString DailyReportBuilder::channelName(const QString &channel)
{
    if (channel == QLatin1String("phone"))
        return QStringLiteral("Телефон");
    if (channel == QLatin1String("email"))
        return QStringLiteral("Електронна пошта");
    if (channel == QLatin1String("web"))
        return QStringLiteral("Вебформа");
    if (channel == QLatin1String("visit"))
        return QStringLiteral("Особистий візит");
    if (channel == QLatin1String("post"))
        return QStringLiteral("Пошта");
    return channel;
}

QString DailyReportBuilder::statusName(const QString &status)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("consultation"), QStringLiteral("Консультація")},
        {QStringLiteral("registered"), QStringLiteral("Зареєстровано")},
        {QStringLiteral("routing_proposed"), QStringLiteral("На погодженні")},
        {QStringLiteral("approved"), QStringLiteral("Направлено виконавцю")},
        {QStringLiteral("in_progress"), QStringLiteral("У роботі")},
        {QStringLiteral("replied"), QStringLiteral("Надано відповідь")},
        {QStringLiteral("callback"), QStringLiteral("Зворотний дзвінок")},
        {QStringLiteral("rework"), QStringLiteral("На доопрацюванні")},
        {QStringLiteral("closed"), QStringLiteral("Закрито")},
        {QStringLiteral("forwarded"), QStringLiteral("Переслано за належністю")},
        {QStringLiteral("returned"), QStringLiteral("Повернуто автору")},
        {QStringLiteral("not_considered"), QStringLiteral("Не розглядається")},
        {QStringLiteral("draft"), QStringLiteral("Чернетка")},
    };
    return names.value(status, status);
}

QString DailyReportBuilder::period(const QDate &from, const QDate &to)
{
    if (!to.isValid() || to == from)
        return QStringLiteral("за %1").arg(date(from));
    return QStringLiteral("за період з %1 по %2").arg(date(from), date(to));
}

ReportDocument DailyReportBuilder::build(const DailyReportData &d, const QDateTime &generatedAt)
{
    const bool range = d.to.isValid() && d.to != d.from;
    ReportDocument doc;
    doc.kind = QStringLiteral("daily");
    doc.title = QStringLiteral("Щоденний звіт про звернення громадян");
    doc.subtitle = QStringLiteral("Контакт-центр Броварської міської ради");
    doc.parameters = period(d.from, d.to);
    doc.generatedLine = QStringLiteral("Сформовано %1")
                            .arg(generatedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));

    ReportSection summary;
    summary.title = QStringLiteral("1. Загальні показники");
    summary.sideBySide = true;
    summary.columnWidths = {34, 31, 31};
    ReportTable totals;
    totals.caption = QStringLiteral("Підсумки");
    totals.header = {QStringLiteral("Показник"), QStringLiteral("К-сть")};
    totals.widths = {78, 22};
    totals.numericColumns = {1};
    totals.rows = {
        {{QStringLiteral("Зареєстровано звернень"), number(d.appeals)}},
        {{QStringLiteral("з них колективних (КО)"), number(d.collective)}},
        {{QStringLiteral("з них пільгових категорій (П)"), number(d.priority)}},
        {{QStringLiteral("з них повторних (Пв)"), number(d.repeated)}},
        {{QStringLiteral("Прострочено (термін сплив)"), number(d.overdue.size())}},
        {{QStringLiteral("Надано консультацій (окремо)"), number(d.consultations)}},
    };
    summary.tables.append(totals);
    QList<DailyReportData::Count> channels;
    for (DailyReportData::Count c : d.byChannel) {
        c.name = channelName(c.key);
        channels.append(c);
    }
    summary.tables.append(countTable(QStringLiteral("За каналами надходження"),
                                     QStringLiteral("Канал"), channels, d.appeals));
    summary.tables.append(countTable(QStringLiteral("За видами звернень"), QStringLiteral("Вид"),
                                     d.byKind, d.appeals));
    doc.sections.append(summary);

    ReportSection topics;
    topics.title = QStringLiteral("2. Стан розгляду та найчастіші питання");
    topics.sideBySide = true;
    topics.columnWidths = {38, 60};
    QList<DailyReportData::Count> statuses;
    for (DailyReportData::Count c : d.byStatus) {
        c.name = statusName(c.key);
        statuses.append(c);
    }
    topics.tables.append(countTable(QStringLiteral("За станом на момент формування"),
                                    QStringLiteral("Стан"), statuses, d.appeals));
    QList<DailyReportData::Count> topicCounts;
    for (DailyReportData::Count c : d.byTopic) {
        c.name = shortText(c.name, 46);
        topicCounts.append(c);
    }
    topics.tables.append(countTable(QStringLiteral("Найчастіші питання"),
                                    QStringLiteral("Питання (код класифікатора)"), topicCounts,
                                    d.appeals, d.otherTopics, QStringLiteral("Інші питання")));
    doc.sections.append(topics);

    ReportSection list;
    list.title =
        range ? QStringLiteral("3. Звернення за період") : QStringLiteral("3. Звернення за день");
    list.note = QStringLiteral("Ознаки: КО — колективне, П — автор пільгової категорії, "
                               "Пв — повторне; такі рядки виділено.");
    list.tables.append(appealTable(d.list, range, false));
    doc.sections.append(list);

    ReportSection overdue;
    overdue.title = QStringLiteral("4. Прострочені звернення");
    overdue.note = QStringLiteral("Термін виконання сплив %1, звернення не виконано.")
                       .arg(range ? QStringLiteral("у цей період") : QStringLiteral("цього дня"));
    overdue.tables.append(appealTable(d.overdue, true, true));
    doc.sections.append(overdue);

    ReportSignature head;
    head.position = d.headPosition.isEmpty() ? QStringLiteral("Начальник відділу «Контакт-центр»")
                                             : d.headPosition;
    head.name = d.headName;
    doc.signatures.append(head);
    return doc;
}
