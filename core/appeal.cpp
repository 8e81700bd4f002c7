#include "appeal.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Channel, const char *>, 5> kChannels{{
    {Channel::Phone, "phone"},
    {Channel::Email, "email"},
    {Channel::Web, "web"},
    {Channel::Visit, "visit"},
    {Channel::Post, "post"},
}};
constexpr std::array<std::pair<AppealStatus, const char *>, 13> kStatuses{{
    {AppealStatus::Draft, "draft"},
    {AppealStatus::Consultation, "consultation"},
    {AppealStatus::Registered, "registered"},
    {AppealStatus::RoutingProposed, "routing_proposed"},
    {AppealStatus::Approved, "approved"},
    {AppealStatus::InProgress, "in_progress"},
    {AppealStatus::Replied, "replied"},
    {AppealStatus::Callback, "callback"},
    {AppealStatus::Rework, "rework"},
    {AppealStatus::Closed, "closed"},
    {AppealStatus::Forwarded, "forwarded"},
    {AppealStatus::Returned, "returned"},
    {AppealStatus::NotConsidered, "not_considered"},
}};
constexpr std::array<std::pair<IntakeOutcome, const char *>, 5> kOutcomes{{
    {IntakeOutcome::Register, "register"},
    {IntakeOutcome::Consultation, "consultation"},
    {IntakeOutcome::Forward, "forward"},
    {IntakeOutcome::Return, "return"},
    {IntakeOutcome::NotConsidered, "not_considered"},
}};

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &k)
{
    for (const auto &[e, key] : table) {
        if (k == QLatin1String(key))
            return e;
    }
    return std::nullopt;
}
} // namespace

namespace AppealKeys {

QString channelKey(Channel channel)
{
    return keyOf(kChannels, channel);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return fromKey(kChannels, key);
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("Appeal", "Phone");
    case Channel::Email:
        return QCoreApplication::translate("Appeal", "E-mail");
    case Channel::Web:
        return QCoreApplication::translate("Appeal", "Web form");
    case Channel::Visit:
        return QCoreApplication::translate("Appeal", "Personal visit");
    case Channel::Post:
        return QCoreApplication::translate("Appeal", "Post");
    }
    return {};
}

QString statusKey(AppealStatus status)
{
    return keyOf(kStatuses, status);
}

std::optional<AppealStatus> statusFromKey(const QString &key)
{
    return fromKey(kStatuses, key);
}

QString statusName(AppealStatus status)
{
    switch (status) {
    case AppealStatus::Draft:
        return QCoreApplication::translate("Appeal", "Draft");
    case AppealStatus::Consultation:
        return QCoreApplication::translate("Appeal", "Consultation");
    case AppealStatus::Registered:
        return QCoreApplication::translate("Appeal", "Registered");
    case AppealStatus::RoutingProposed:
        return QCoreApplication::translate("Appeal", "Routing proposed");
    case AppealStatus::Approved:
        return QCoreApplication::translate("Appeal", "Approved");
    case AppealStatus::InProgress:
        return QCoreApplication::translate("Appeal", "In progress");
    case AppealStatus::Replied:
        return QCoreApplication::translate("Appeal", "Replied");
    case AppealStatus::Callback:
        return QCoreApplication::translate("Appeal", "Callback");
    case AppealStatus::Rework:
        return QCoreApplication::translate("Appeal", "Rework");
    case AppealStatus::Closed:
        return QCoreApplication::translate("Appeal", "Closed");
    case AppealStatus::Forwarded:
        return QCoreApplication::translate("Appeal", "Forwarded by competence");
    case AppealStatus::Returned:
        return QCoreApplication::translate("Appeal", "Returned to the author");
    case AppealStatus::NotConsidered:
        return QCoreApplication::translate("Appeal", "Not considered");
    }
    return {};
}

QString outcomeKey(IntakeOutcome outcome)
{
    return keyOf(kOutcomes, outcome);
}

std::optional<IntakeOutcome> outcomeFromKey(const QString &key)
{
    return fromKey(kOutcomes, key);
}

bool isWrittenOrElectronic(Channel channel)
{
    return channel == Channel::Email || channel == Channel::Web || channel == Channel::Post;
}

QString formCode(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QStringLiteral("1.1.1");
    case Channel::Email:
    case Channel::Web:
    case Channel::Post:
        return QStringLiteral("1.1");
    case Channel::Visit:
        return QStringLiteral("1.2");
    }
    return {};
}

QString typeCode(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
    case Channel::Visit:
        return QStringLiteral("6.3");
    case Channel::Email:
    case Channel::Web:
        return QStringLiteral("6.4");
    case Channel::Post:
        return QStringLiteral("6.2");
    }
    return {};
}

} // namespace AppealKeys

QString AppealAuthor::fullName() const
{
    QStringList parts;
    for (const QString &p : {surname, firstName, patronymic}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}
