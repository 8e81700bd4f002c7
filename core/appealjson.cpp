#include "appealjson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

namespace AppealJson {

bool parseInput(const QJsonObject &json, AppealInput *in, QList<FieldError> *errors)
{
    auto bad = [&](const char *field, const QString &message) {
        errors->append({QString::fromLatin1(field), message});
    };
    auto checkString = [&](const QJsonObject &o, const char *key, const char *field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            bad(field, QStringLiteral("must be a string"));
    };
    for (const char *k : {"channel", "received_at", "kind", "subject", "topic", "summary", "text",
                          "problem_address", "outcome", "reason", "forward_to", "idempotency_key"})
        checkString(json, k, k);

    const QString channel = str(json, "channel");
    if (channel.isEmpty()) {
        in->channel = Channel::Phone;
    } else if (const auto c = AppealKeys::channelFromKey(channel)) {
        in->channel = *c;
    } else {
        bad("channel", QStringLiteral("unknown channel \"%1\"").arg(channel));
    }

    const QString received = str(json, "received_at");
    if (received.isEmpty()) {
        in->receivedAt = QDateTime::currentDateTime();
    } else {
        in->receivedAt = QDateTime::fromString(received, Qt::ISODate);
        if (!in->receivedAt.isValid())
            bad("received_at", QStringLiteral("not an ISO 8601 date-time: \"%1\"").arg(received));
    }

    const QJsonValue authorValue = json.value(QLatin1String("author"));
    if (!authorValue.isUndefined() && !authorValue.isNull() && !authorValue.isObject())
        bad("author", QStringLiteral("must be an object"));
    const QJsonObject author = authorValue.toObject();
    for (const char *k : {"last_name", "first_name", "patronymic", "phone", "email", "address",
                          "sex", "social_status"})
        checkString(author, k, "author");
    in->author = parseAuthor(author);
    const QJsonValue categories = author.value(QLatin1String("categories"));
    if (categories.isArray()) {
        for (const QJsonValue &c : categories.toArray()) {
            if (!c.isString())
                bad("author.categories", QStringLiteral("must be a list of codes"));
        }
    } else if (!categories.isUndefined() && !categories.isNull()) {
        bad("author.categories", QStringLiteral("must be a list of codes"));
    }

    if (json.contains(QLatin1String("kind")))
        in->kindCode = str(json, "kind");
    if (json.contains(QLatin1String("subject")))
        in->subjectCode = str(json, "subject");
    const QJsonValue signatories = json.value(QLatin1String("signatories"));
    if (signatories.isDouble()) {
        const int n = signatories.toInt();
        in->signatories = n < 1 ? 1 : n; // 0 in the template means "not given"
    } else if (!signatories.isUndefined() && !signatories.isNull()) {
        bad("signatories", QStringLiteral("must be a number"));
    }
    in->topicCode = str(json, "topic");
    in->summary = str(json, "summary");
    in->fullText = str(json, "text");
    in->problemAddress = str(json, "problem_address");
    for (const char *k : {"needs_study", "confidential", "consent_updates"}) {
        const QJsonValue v = json.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            bad(k, QStringLiteral("must be true or false"));
    }
    in->needsStudy = json.value(QLatin1String("needs_study")).toBool();
    in->confidential = json.value(QLatin1String("confidential")).toBool();
    in->consentUpdates = json.value(QLatin1String("consent_updates")).toBool();

    const QString outcome = str(json, "outcome");
    if (outcome.isEmpty()) {
        in->outcome = IntakeOutcome::Register;
    } else if (const auto o = AppealKeys::outcomeFromKey(outcome)) {
        in->outcome = *o;
    } else {
        bad("outcome", QStringLiteral("unknown outcome \"%1\"").arg(outcome));
    }
    in->reason = str(json, "reason");
    in->forwardTo = str(json, "forward_to");
    in->callerId = json.value(QLatin1String("caller_id")).toVariant().toLongLong();
    in->coApplicantOf = json.value(QLatin1String("co_applicant_of")).toVariant().toLongLong();
    in->mailId = json.value(QLatin1String("mail_id")).toVariant().toLongLong();
    in->authorNotified = json.value(QLatin1String("author_notified")).toBool();
    const QString key = str(json, "idempotency_key");
    if (!key.isEmpty()) {
        in->idempotencyKey = QUuid::fromString(key);
        if (in->idempotencyKey.isNull())
            bad("idempotency_key", QStringLiteral("not a UUID: \"%1\"").arg(key));
    }
    return errors->isEmpty();
}

QJsonObject toJson(const Appeal &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("reg_no"), a.regIndex);
    o.insert(QStringLiteral("status"), AppealKeys::statusKey(a.status));
    o.insert(QStringLiteral("arrival"), a.arrivalCode);
    o.insert(QStringLiteral("priority"), a.priority);
    if (a.dueDate)
        o.insert(QStringLiteral("due_date"), a.dueDate->toString(Qt::ISODate));
    o.insert(QStringLiteral("term_reason"), a.dueReason);
    QJsonArray linked;
    for (const AppealLink &l : a.links)
        linked.append(l.regIndex);
    o.insert(QStringLiteral("linked_to"), linked);
    QJsonArray links;
    for (const AppealLink &l : a.links)
        links.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("reg_no"), l.regIndex},
                                 {QStringLiteral("id"), l.appealId}});
    o.insert(QStringLiteral("links"), links);
    const AppealInput &in = a.input;
    o.insert(QStringLiteral("channel"), AppealKeys::channelKey(in.channel));
    o.insert(QStringLiteral("received_at"),
             in.receivedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                 .toString(Qt::ISODate));
    if (a.registeredAt.isValid())
        o.insert(QStringLiteral("registered_at"),
                 a.registeredAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                     .toString(Qt::ISODate));
    o.insert(QStringLiteral("author"), authorToJson(in.author));
    o.insert(QStringLiteral("kind"), in.kindCode);
    o.insert(QStringLiteral("subject"), in.subjectCode);
    o.insert(QStringLiteral("signatories"), in.signatories);
    o.insert(QStringLiteral("topic"), in.topicCode);
    o.insert(QStringLiteral("summary"), in.summary);
    o.insert(QStringLiteral("text"), in.fullText);
    o.insert(QStringLiteral("problem_address"), in.problemAddress);
    o.insert(QStringLiteral("needs_study"), in.needsStudy);
    o.insert(QStringLiteral("confidential"), in.confidential);
    o.insert(QStringLiteral("consent_updates"), in.consentUpdates);
    if (!a.statusReason.isEmpty())
        o.insert(QStringLiteral("reason"), a.statusReason);
    if (!in.forwardTo.isEmpty())
        o.insert(QStringLiteral("forward_to"), in.forwardTo);
    o.insert(QStringLiteral("operator"), a.operatorLogin);
    o.insert(QStringLiteral("idempotency_key"), in.idempotencyKey.toString(QUuid::WithoutBraces));
    return o;
}

QJsonObject authorToJson(const AppealAuthor &a)
{
    QJsonObject author;
    author.insert(QStringLiteral("last_name"), a.surname);
    author.insert(QStringLiteral("first_name"), a.firstName);
    author.insert(QStringLiteral("patronymic"), a.patronymic);
    author.insert(QStringLiteral("phone"), a.phone);
    author.insert(QStringLiteral("email"), a.email);
    author.insert(QStringLiteral("address"), a.address);
    author.insert(QStringLiteral("sex"), a.sexCode);
    author.insert(QStringLiteral("categories"), QJsonArray::fromStringList(a.categories));
    author.insert(QStringLiteral("social_status"), a.socialCode);
    return author;
}

AppealAuthor parseAuthor(const QJsonObject &author)
{
    AppealAuthor a;
    a.surname = str(author, "last_name");
    a.firstName = str(author, "first_name");
    a.patronymic = str(author, "patronymic");
    a.phone = str(author, "phone");
    a.email = str(author, "email");
    a.address = str(author, "address");
    a.sexCode = str(author, "sex");
    a.socialCode = str(author, "social_status");
    for (const QJsonValue &c : author.value(QLatin1String("categories")).toArray()) {
        if (c.isString())
            a.categories << c.toString();
    }
    return a;
}

QJsonObject inputToJson(const AppealInput &in)
{
    Appeal a;
    a.input = in;
    QJsonObject o = toJson(a);
    for (const char *k : {"id", "reg_no", "status", "arrival", "priority", "term_reason",
                          "linked_to", "links", "operator"})
        o.remove(QLatin1String(k));
    o.insert(QStringLiteral("received_at"), in.receivedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("outcome"), AppealKeys::outcomeKey(in.outcome));
    o.insert(QStringLiteral("reason"), in.reason);
    o.insert(QStringLiteral("forward_to"), in.forwardTo);
    o.insert(QStringLiteral("caller_id"), in.callerId);
    o.insert(QStringLiteral("co_applicant_of"), in.coApplicantOf);
    if (in.mailId)
        o.insert(QStringLiteral("mail_id"), in.mailId);
    o.insert(QStringLiteral("author_notified"), in.authorNotified);
    if (in.idempotencyKey.isNull())
        o.remove(QStringLiteral("idempotency_key"));
    return o;
}

QJsonObject errorsToJson(const QList<FieldError> &errors, const QString &status)
{
    QJsonArray list;
    for (const FieldError &e : errors)
        list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                {QStringLiteral("message"), e.message}});
    QStringList reasons;
    for (const FieldError &e : errors)
        reasons << e.field + QStringLiteral(": ") + e.message;
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("reason"), reasons.join(QStringLiteral("; "))},
                       {QStringLiteral("errors"), list}};
}

} // namespace AppealJson
