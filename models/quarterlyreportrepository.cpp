#include "quarterlyreportrepository.h"

#include "reportsettings.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

struct DimensionSpec {
    const char *key; // also the classifier section
    const char *title;
    const char *note;
    const char *unstated; // the line for appeals without a code
};

// The order and grouping councils report in (LAW.md §4), then the author's details.
const DimensionSpec Dimensions[] = {
    {"form", "За формою надходження", "", "Форму не зазначено"},
    {"arrival", "За ознакою надходження (первинні, повторні)", "", "Ознаку не зазначено"},
    {"kind", "За видом звернення", "", "Вид не визначено"},
    {"subject", "За суб'єктом (індивідуальні, колективні, анонімні)", "", "Суб'єкт не зазначено"},
    {"author", "За категорією автора",
     "Автор, що належить до кількох категорій, врахований один раз — за першою зазначеною.",
     "Категорію не зазначено"},
    {"social", "За соціальним станом автора", "", "Соціальний стан не зазначено"},
    {"sex", "За статтю автора", "", "Стать не зазначено (колективні, анонімні)"},
    {"result", "За результатами розгляду",
     "Звернення, розгляд яких на кінець періоду формування не завершено, показано окремим "
     "рядком.",
     "Розгляд не завершено"},
    {"topic", "За тематикою (питаннями)", "", "Питання не визначено"},
};

bool codeLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.')), pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        const int x = pa.at(i).toInt(), y = pb.at(i).toInt();
        if (x != y)
            return x < y;
    }
    return pa.size() < pb.size();
}

} // namespace

QuarterlyReportRepository::QuarterlyReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool QuarterlyReportRepository::load(int year, int quarter, QuarterlyReportData *data,
                                     DbError *error)
{
    *data = QuarterlyReportData();
    if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200) {
        *error = DbError::other(QStringLiteral("invalid quarter"));
        return false;
    }
    data->year = year;
    data->quarter = quarter;
    data->from = QuarterlyReportData::quarterStart(year, quarter);
    data->to = QuarterlyReportData::quarterEnd(year, quarter);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto fail = [&]() {
        *error = DbError::fromQuery(q.lastError());
        return false;
    };
    // One scan: every appeal gives one (dimension, code) pair per dimension. The result of an
    // appeal not closed with a 9.x code follows from how it left (forwarded 9.5, returned 9.4,
    // not considered 9.6); still open: "".
    q.prepare(QStringLiteral(
        "WITH p AS (SELECT (CAST(? AS date))::timestamp AT TIME ZONE 'Europe/Kyiv' AS t0, "
        "                  (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Europe/Kyiv' AS t1) "
        "SELECT v.dim, coalesce(v.code, ''), count(*) "
        "FROM p, kontakt.appeal a "
        "CROSS JOIN LATERAL (VALUES ('form', a.form_code), ('arrival', a.arrival_code), "
        "  ('kind', a.kind_code), ('subject', a.subject_code), "
        "  ('author', a.author_categories[1]), ('social', a.author_social_code), "
        "  ('sex', a.author_sex_code), "
        "  ('result', coalesce(a.result_code, CASE a.status WHEN 'forwarded' THEN '9.5' "
        "                       WHEN 'returned' THEN '9.4' WHEN 'not_considered' THEN '9.6' END)), "
        "  ('topic', a.topic_code)) v(dim, code) "
        "WHERE a.received_at >= p.t0 AND a.received_at < p.t1 "
        "  AND a.status NOT IN ('draft', 'consultation') "
        "GROUP BY v.dim, v.code"));
    q.addBindValue(data->from);
    q.addBindValue(data->to);
    if (!q.exec())
        return fail();
    QHash<QString, QHash<QString, qint64>> counts;
    while (q.next())
        counts[q.value(0).toString()][q.value(1).toString()] += q.value(2).toLongLong();

    q.prepare(QStringLiteral(
        "WITH p AS (SELECT (CAST(? AS date))::timestamp AT TIME ZONE 'Europe/Kyiv' AS t0, "
        "                  (CAST(? AS date) + 1)::timestamp AT TIME ZONE 'Europe/Kyiv' AS t1) "
        "SELECT count(*) FILTER (WHERE a.status NOT IN ('draft', 'consultation')), "
        "       count(*) FILTER (WHERE a.status = 'consultation') "
        "FROM p, kontakt.appeal a WHERE a.received_at >= p.t0 AND a.received_at < p.t1"));
    q.addBindValue(data->from);
    q.addBindValue(data->to);
    if (!q.exec() || !q.next())
        return fail();
    data->total = q.value(0).toLongLong();
    data->consultations = q.value(1).toLongLong();

    // The current edition's lines, and the names of codes only older editions have.
    QHash<QString, QList<QPair<QString, QString>>> items; // section -> (code, name)
    QHash<QString, QString> anyName;                      // section|code -> name
    if (!q.exec(QStringLiteral(
            "SELECT ci.section, ci.code, ci.name_uk, "
            "       ci.version_id = kontakt.current_classifier_version() "
            "FROM kontakt.classifier_item ci "
            "WHERE ci.section IN ('form', 'arrival', 'kind', 'subject', 'author', 'social', "
            "                     'sex', 'result', 'topic') "
            "ORDER BY ci.version_id")))
        return fail();
    while (q.next()) {
        const QString section = q.value(0).toString(), code = q.value(1).toString();
        anyName.insert(section + QLatin1Char('|') + code, q.value(2).toString());
        if (q.value(3).toBool())
            items[section].append({code, q.value(2).toString()});
    }

    for (const DimensionSpec &spec : Dimensions) {
        const QString key = QString::fromLatin1(spec.key);
        QuarterlyReportData::Dimension dim;
        dim.key = key;
        dim.title = QString::fromUtf8(spec.title);
        dim.note = QString::fromUtf8(spec.note);
        QHash<QString, qint64> left = counts.value(key);
        auto lines = items.value(key);
        std::sort(lines.begin(), lines.end(),
                  [](const auto &a, const auto &b) { return codeLess(a.first, b.first); });
        for (const auto &[code, name] : lines)
            dim.counts.append({code, name, left.take(code)});
        const qint64 unstated = left.take(QString());
        QStringList rest = left.keys();
        std::sort(rest.begin(), rest.end(), codeLess);
        for (const QString &code : rest)
            dim.counts.append({code,
                               anyName.value(key + QLatin1Char('|') + code,
                                             QStringLiteral("(код поза класифікатором)")),
                               left.value(code)});
        if (unstated > 0 || key == QLatin1String("result"))
            dim.counts.append({QString(), QString::fromUtf8(spec.unstated), unstated});
        data->dimensions.append(dim);
    }
    ReportSettings::loadSignatory(m_db, &data->headName, &data->headPosition);
    return true;
}
