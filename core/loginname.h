#pragma once

#include <QString>

// A staff login is a PostgreSQL role name; keep it to a portable, unquoted form so that it
// can never smuggle SQL into the role-creating function and reads the same everywhere.
namespace LoginName {
bool isValid(const QString &login);
// Lower-cases and replaces characters outside [a-z0-9_] by '_' (for OS user names).
QString fromOsUser(const QString &osUser);
} // namespace LoginName
