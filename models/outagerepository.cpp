#include "outagerepository.h"

#include "csvreader.h"
#include "transactionguard.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool execOrFail(QSqlQuery &q, DbError *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = DbError::fromQuery(q.lastError());
    return false;
}

QDateTime parseTime(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss",
                               "dd.MM.yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss"}) {
        QDateTime d = QDateTime::fromString(t, QLatin1String(format));
        if (d.isValid()) {
            d.setTimeZone(QTimeZone("Europe/Kyiv"));
            return d;
        }
    }
    QDateTime d = QDateTime::fromString(t, Qt::ISODate); // with an offset
    return d;
}

const QHash<QString, QString> &kindWords()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("water"), QStringLiteral("water")},
        {QStringLiteral("вода"), QStringLiteral("water")},
        {QStringLiteral("холодна вода"), QStringLiteral("water")},
        {QStringLiteral("водопостачання"), QStringLiteral("water")},
        {QStringLiteral("hot_water"), QStringLiteral("hot_water")},
        {QStringLiteral("гаряча вода"), QStringLiteral("hot_water")},
        {QStringLiteral("гвп"), QStringLiteral("hot_water")},
        {QStringLiteral("heating"), QStringLiteral("heating")},
        {QStringLiteral("опалення"), QStringLiteral("heating")},
        {QStringLiteral("тепло"), QStringLiteral("heating")},
        {QStringLiteral("electricity"), QStringLiteral("electricity")},
        {QStringLiteral("електроенергія"), QStringLiteral("electricity")},
        {QStringLiteral("світло"), QStringLiteral("electricity")},
        {QStringLiteral("електрика"), QStringLiteral("electricity")},
        {QStringLiteral("gas"), QStringLiteral("gas")},
        {QStringLiteral("газ"), QStringLiteral("gas")},
        {QStringLiteral("other"), QStringLiteral("other")},
        {QStringLiteral("інше"), QStringLiteral("other")},
    };
    return map;
}

} // namespace

OutageRepository::OutageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList OutageRepository::kinds()
{
    return {QStringLiteral("water"),       QStringLiteral("hot_water"), QStringLiteral("heating"),
            QStringLiteral("electricity"), QStringLiteral("gas"),       QStringLiteral("other")};
}

QString OutageRepository::kindName(const QString &kind)
{
    if (kind == QLatin1String("water"))
        return QStringLiteral("вода");
    if (kind == QLatin1String("hot_water"))
        return QStringLiteral("гаряча вода");
    if (kind == QLatin1String("heating"))
        return QStringLiteral("опалення");
    if (kind == QLatin1String("electricity"))
        return QStringLiteral("електроенергія");
    if (kind == QLatin1String("gas"))
        return QStringLiteral("газ");
    return QStringLiteral("інше");
}

QList<OutageRepository::Outage> OutageRepository::forAddress(const QString &address,
                                                             const QDateTime &at, int horizonHours,
                                                             DbError *error)
{
    QList<Outage> out;
    const OutageAddress::Parsed parsed = OutageAddress::parse(address);
    if (parsed.streetKey.size() < 3)
        return out;
    // The street as typed first (index on street_key, ends_at); only when it has no rows, a
    // mistyped street by trigram similarity ("Київська" and "Київської Русі" are not mixed).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](bool fuzzy) {
        q.prepare(QStringLiteral(
                      "SELECT u.id, coalesce(o.code, ''), coalesce(o.short_name, o.name, ''),"
                      "       coalesce(u.utility, ''), u.kind, u.street, u.houses, u.starts_at,"
                      "       u.ends_at, u.description, u.source, u.planned"
                      "  FROM kontakt.outage u LEFT JOIN kontakt.organisation o ON o.id = u.org_id"
                      " WHERE NOT u.cancelled AND u.ends_at > ?::timestamptz"
                      "   AND u.starts_at < ?::timestamptz + make_interval(hours => ?) AND ") +
                  (fuzzy ? QStringLiteral("u.street_key OPERATOR(public.%) ?"
                                          " AND public.similarity(u.street_key, ?) >= 0.45")
                         : QStringLiteral("u.street_key = ?")) +
                  QStringLiteral(" ORDER BY u.starts_at, u.id LIMIT 200"));
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(qMax(0, horizonHours));
        q.addBindValue(parsed.streetKey);
        if (fuzzy)
            q.addBindValue(parsed.streetKey);
        return execOrFail(q, error);
    };
    if (!run(false))
        return out;
    if (!q.next()) {
        if (!run(true) || !q.next())
            return out;
    }
    do {
        Outage o;
        o.id = q.value(0).toLongLong();
        o.orgCode = q.value(1).toString();
        o.orgName = q.value(2).toString();
        o.utility = q.value(3).toString();
        o.kind = q.value(4).toString();
        o.street = q.value(5).toString();
        o.houses = q.value(6).toString();
        o.startsAt = q.value(7).toDateTime();
        o.endsAt = q.value(8).toDateTime();
        o.description = q.value(9).toString();
        o.source = q.value(10).toString();
        o.planned = q.value(11).toBool();
        if (parsed.house.isValid()) {
            const auto spec = HouseRangeSpec::parse(o.houses);
            if (spec && !spec->matches(parsed.house))
                continue;
        }
        out << o;
    } while (q.next());
    return out;
}

bool OutageRepository::add(const Outage &o, qint64 *id, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.outage (org_id, utility, kind, street_id, street, street_key, houses,"
        "  starts_at, ends_at, description, source, planned)"
        " VALUES ((SELECT id FROM kontakt.organisation WHERE code = ?), nullif(?, ''), ?,"
        "         (SELECT s.id FROM kontakt.street s WHERE s.active AND s.name = ? LIMIT 1),"
        "         ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(nn(o.orgCode));
    q.addBindValue(nn(o.utility));
    q.addBindValue(o.kind);
    q.addBindValue(o.street);
    q.addBindValue(o.street);
    q.addBindValue(OutageAddress::streetKey(o.street));
    q.addBindValue(nn(o.houses));
    q.addBindValue(o.startsAt);
    q.addBindValue(o.endsAt);
    q.addBindValue(nn(o.description));
    q.addBindValue(nn(o.source));
    q.addBindValue(o.planned);
    if (!execOrFail(q, error) || !q.next())
        return false;
    if (id)
        *id = q.value(0).toLongLong();
    return true;
}

bool OutageRepository::importCsv(const QString &text, int *imported, QList<ImportError> *errors,
                                 DbError *error)
{
    QList<CsvReader::Row> rows;
    QString parseError;
    if (!CsvReader::parse(text, &rows, &parseError)) {
        errors->append({0, parseError});
        return false;
    }
    if (rows.isEmpty()) {
        errors->append({1, QStringLiteral("файл порожній")});
        return false;
    }
    const QStringList header = [&] {
        QStringList h;
        for (const QString &f : rows.first().fields)
            h << f.trimmed().toLower();
        return h;
    }();
    const QStringList required{QStringLiteral("organisation"), QStringLiteral("kind"),
                               QStringLiteral("street"),       QStringLiteral("houses"),
                               QStringLiteral("starts"),       QStringLiteral("ends"),
                               QStringLiteral("description")};
    for (const QString &r : required) {
        if (!header.contains(r))
            errors->append(
                {rows.first().line, QStringLiteral("у заголовку немає стовпця «%1»").arg(r)});
    }
    if (!errors->isEmpty())
        return false;
    auto col = [&header](const QStringList &fields, const char *name) {
        const int i = header.indexOf(QLatin1String(name));
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };

    // Known organisations (by code), to refuse unknown ones line by line.
    QSqlQuery orgs(m_db);
    orgs.setForwardOnly(true);
    if (!orgs.exec(QStringLiteral("SELECT code FROM kontakt.organisation")))
        return execOrFail(orgs, error);
    QSet<QString> orgCodes;
    while (orgs.next())
        orgCodes.insert(orgs.value(0).toString());

    QList<Outage> good;
    for (int i = 1; i < rows.size(); ++i) {
        const CsvReader::Row &row = rows.at(i);
        auto bad = [&](const QString &m) {
            errors->append({row.line, m});
        };
        if (row.fields.size() != header.size()) {
            bad(QStringLiteral("%1 стовпців замість %2").arg(row.fields.size()).arg(header.size()));
            continue;
        }
        bool rowOk = true;
        for (const QString &f : row.fields) {
            // A cell that a spreadsheet would run as a formula is not data.
            if (!f.isEmpty() && QStringLiteral("=+@").contains(f.at(0))) {
                bad(QStringLiteral("клітинка «%1» схожа на формулу").arg(f.left(30)));
                rowOk = false;
                break;
            }
        }
        if (!rowOk)
            continue;
        Outage o;
        const QString org = col(row.fields, "organisation");
        if (orgCodes.contains(org))
            o.orgCode = org;
        else if (!org.isEmpty() && org.size() <= 200 && org.contains(QLatin1Char(' ')))
            o.utility = org; // a utility not in the directory, by name
        else {
            bad(QStringLiteral("невідома організація «%1»").arg(org));
            continue;
        }
        const QString kindText = col(row.fields, "kind").toLower();
        o.kind = kindWords().value(kindText);
        if (o.kind.isEmpty()) {
            bad(QStringLiteral("невідомий вид відключення «%1» (вода, гаряча вода, опалення, "
                               "електроенергія, газ, інше)")
                    .arg(kindText));
            continue;
        }
        o.street = col(row.fields, "street");
        if (o.street.isEmpty() || o.street.size() > 200 ||
            OutageAddress::streetKey(o.street).isEmpty()) {
            bad(QStringLiteral("не вказано вулицю"));
            continue;
        }
        o.houses = col(row.fields, "houses");
        QString houseError;
        if (o.houses.size() > 1000 || !HouseRangeSpec::parse(o.houses, &houseError)) {
            bad(houseError.isEmpty() ? QStringLiteral("задовгий перелік будинків") : houseError);
            continue;
        }
        o.startsAt = parseTime(col(row.fields, "starts"));
        o.endsAt = parseTime(col(row.fields, "ends"));
        if (!o.startsAt.isValid() || !o.endsAt.isValid()) {
            bad(QStringLiteral("час має бути у вигляді РРРР-ММ-ДД ГГ:ХХ"));
            continue;
        }
        if (o.endsAt <= o.startsAt) {
            bad(QStringLiteral("кінець не пізніше за початок"));
            continue;
        }
        if (o.startsAt.daysTo(o.endsAt) > 90) {
            bad(QStringLiteral("відключення довше за 90 днів"));
            continue;
        }
        o.description = col(row.fields, "description");
        if (o.description.size() > 2000) {
            bad(QStringLiteral("опис довший за 2000 символів"));
            continue;
        }
        const QString planned = col(row.fields, "planned").toLower();
        o.planned = !(planned == QStringLiteral("ні") || planned == QLatin1String("no") ||
                      planned == QLatin1String("0") || planned == QStringLiteral("аварійне"));
        o.source = QStringLiteral("import");
        good << o;
    }
    if (!errors->isEmpty())
        return false;
    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    for (const Outage &o : std::as_const(good)) {
        if (!add(o, nullptr, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    if (imported)
        *imported = int(good.size());
    return true;
}
