#include "petitionjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// A string field: absent or null is empty; anything else but a string is an error.
bool stringField(const QJsonObject &o, const QString &key, const QString &where, QString *value,
                 QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        value->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QStringLiteral("\"%1%2\" must be a string").arg(where, key);
        return false;
    }
    *value = v.toString();
    return true;
}

QDateTime parseMoment(const QString &s)
{
    const QString t = s.trimmed();
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!d.isValid())
        d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!d.isValid()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid())
            d = day.startOfDay();
    }
    return d;
}

} // namespace

namespace PetitionJson {

bool fromJson(const QJsonObject &o, PetitionSubmission *out, QString *error)
{
    PetitionSubmission p;
    if (!stringField(o, QStringLiteral("title"), QString(), &p.title, error) ||
        !stringField(o, QStringLiteral("text"), QString(), &p.text, error))
        return false;
    const QJsonValue author = o.value(QStringLiteral("author"));
    if (!author.isUndefined() && !author.isNull()) {
        if (!author.isObject()) {
            *error = QStringLiteral("\"author\" must be an object {\"name\", \"email\"}");
            return false;
        }
        const QJsonObject a = author.toObject();
        const QString where = QStringLiteral("author.");
        if (!stringField(a, QStringLiteral("name"), where, &p.authorName, error) ||
            !stringField(a, QStringLiteral("email"), where, &p.authorEmail, error))
            return false;
    }
    QString submitted;
    if (!stringField(o, QStringLiteral("submitted_at"), QString(), &submitted, error))
        return false;
    // An unreadable moment is not a reason to refuse the checks: they do not depend on it.
    if (!submitted.trimmed().isEmpty())
        p.submittedAt = parseMoment(submitted);
    *out = p;
    return true;
}

bool parseSubmission(const QByteArray &json, PetitionSubmission *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("bad JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the petition must be a JSON object");
        return false;
    }
    return fromJson(doc.object(), out, error);
}

QJsonObject findingsToJson(const QList<PetitionFinding> &findings)
{
    QJsonArray list;
    for (const PetitionFinding &f : findings)
        list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("evidence"), f.evidence}});
    return QJsonObject{{QStringLiteral("ok"), findings.isEmpty()},
                       {QStringLiteral("findings"), list}};
}

} // namespace PetitionJson
