#include "staffrole.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<StaffRole, const char *>, 7> kKeys{{
    {StaffRole::Operator, "operator"},
    {StaffRole::Head, "head"},
    {StaffRole::Executor, "executor"},
    {StaffRole::Manager, "manager"},
    {StaffRole::Petitions, "petitions"},
    {StaffRole::Admin, "admin"},
    {StaffRole::Owner, "owner"},
}};
} // namespace

namespace StaffRoles {

QString toKey(StaffRole role)
{
    for (const auto &[r, key] : kKeys) {
        if (r == role)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<StaffRole> fromKey(const QString &key)
{
    for (const auto &[r, k] : kKeys) {
        if (key == QLatin1String(k))
            return r;
    }
    return std::nullopt;
}

QString groupRoleName(StaffRole role)
{
    if (role == StaffRole::Owner)
        return {};
    return QStringLiteral("kontakt_") + toKey(role);
}

QString displayName(StaffRole role)
{
    switch (role) {
    case StaffRole::Operator:
        return QCoreApplication::translate("StaffRole", "Operator");
    case StaffRole::Head:
        return QCoreApplication::translate("StaffRole", "Head of department");
    case StaffRole::Executor:
        return QCoreApplication::translate("StaffRole", "Executor");
    case StaffRole::Manager:
        return QCoreApplication::translate("StaffRole", "Management");
    case StaffRole::Petitions:
        return QCoreApplication::translate("StaffRole", "Petitions administrator");
    case StaffRole::Admin:
        return QCoreApplication::translate("StaffRole", "Administrator");
    case StaffRole::Owner:
        return QCoreApplication::translate("StaffRole", "Database owner");
    }
    return {};
}

QStringList assignableKeys()
{
    QStringList keys;
    for (const auto &[r, key] : kKeys) {
        if (r != StaffRole::Owner)
            keys << QString::fromLatin1(key);
    }
    return keys;
}

} // namespace StaffRoles
