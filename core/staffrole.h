#pragma once

#include <QString>
#include <optional>

// The six kinds of staff. Each maps to a PostgreSQL group role `kontakt_<name>`;
// the database, not the client, decides what each may do.
enum class StaffRole { Operator, Head, Executor, Manager, Petitions, Admin, Owner };

namespace StaffRoles {
// "operator", "head", ... ("owner" for the schema owner without a staff row).
QString toKey(StaffRole role);
std::optional<StaffRole> fromKey(const QString &key);
// "kontakt_operator", ...; empty for Owner (it is not a group role).
QString groupRoleName(StaffRole role);
// Human-readable, translated name ("Оператор").
QString displayName(StaffRole role);
// Keys accepted by `kontaktctl user add --role`.
QStringList assignableKeys();
} // namespace StaffRoles
