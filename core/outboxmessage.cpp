#include "outboxmessage.h"

#include <QJsonValue>

QStringList OutboxKeys::statuses()
{
    return {QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
            QStringLiteral("failed")};
}

QStringList OutboxKeys::kinds()
{
    return {QStringLiteral("assignment"),   QStringLiteral("reminder"),
            QStringLiteral("escalation_1"), QStringLiteral("escalation_2"),
            QStringLiteral("escalation_3"), QStringLiteral("rework"),
            QStringLiteral("not_competent"), QStringLiteral("acknowledgement")};
}

QJsonObject OutboxJson::toJson(const OutboxMessage &m)
{
    const auto instant = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs))
                            : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("kind"), m.kind},
        {QStringLiteral("recipient"), m.recipient},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("appeal_id"), m.appealId > 0 ? QJsonValue(m.appealId) : QJsonValue()},
        {QStringLiteral("reg_index"), m.regIndex.isEmpty() ? QJsonValue() : m.regIndex},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("next_attempt_at"), instant(m.nextAttemptAt)},
        {QStringLiteral("last_error"), m.lastError.isEmpty() ? QJsonValue() : m.lastError},
        {QStringLiteral("sent_at"), instant(m.sentAt)},
        {QStringLiteral("created_at"), instant(m.createdAt)},
        {QStringLiteral("version"), m.version}};
}
