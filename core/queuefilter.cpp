#include "queuefilter.h"

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

bool QueueFilter::operator==(const QueueFilter &o) const
{
    return search == o.search && status == o.status && topicCode == o.topicCode &&
           channel == o.channel && priorityOnly == o.priorityOnly && onlyMine == o.onlyMine &&
           executorOrgId == o.executorOrgId && operatorLogin == o.operatorLogin &&
           receivedFrom == o.receivedFrom && receivedTo == o.receivedTo && dueFrom == o.dueFrom &&
           dueTo == o.dueTo;
}

QJsonObject QueueFilter::toJson() const
{
    QJsonObject j;
    const auto put = [&j](const char *key, const QString &value) {
        if (!value.isEmpty())
            j.insert(QLatin1String(key), value);
    };
    put("search", search);
    put("status", status);
    put("topic", topicCode);
    put("channel", channel);
    if (priorityOnly)
        j.insert(QStringLiteral("priority"), true);
    if (onlyMine)
        j.insert(QStringLiteral("mine"), true);
    if (executorOrgId > 0)
        j.insert(QStringLiteral("executor"), QString::number(executorOrgId));
    put("operator", operatorLogin);
    put("received_from", dateText(receivedFrom));
    put("received_to", dateText(receivedTo));
    put("due_from", dateText(dueFrom));
    put("due_to", dateText(dueTo));
    return j;
}

QueueFilter QueueFilter::fromJson(const QJsonObject &j)
{
    QueueFilter f;
    f.search = j.value(QStringLiteral("search")).toString();
    f.status = j.value(QStringLiteral("status")).toString();
    f.topicCode = j.value(QStringLiteral("topic")).toString();
    f.channel = j.value(QStringLiteral("channel")).toString();
    f.priorityOnly = j.value(QStringLiteral("priority")).toBool();
    f.onlyMine = j.value(QStringLiteral("mine")).toBool();
    f.executorOrgId = j.value(QStringLiteral("executor")).toString().toLongLong();
    f.operatorLogin = j.value(QStringLiteral("operator")).toString();
    const auto date = [&j](const char *key) {
        return QDate::fromString(j.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    f.receivedFrom = date("received_from");
    f.receivedTo = date("received_to");
    f.dueFrom = date("due_from");
    f.dueTo = date("due_to");
    return f;
}
