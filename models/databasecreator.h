#pragma once

#include "sqlerror.h"

#include <QSqlDatabase>

// Creates the application database with UTF-8 and an ICU Ukrainian collation, so that
// lower(), sorting and trigram search behave on Cyrillic text. Runs on a maintenance
// connection (database "postgres") as a role allowed to create databases.
namespace DatabaseCreator {
bool exists(QSqlDatabase &maintenance, const QString &name, DbError *error);
bool create(QSqlDatabase &maintenance, const QString &name, const QString &owner, DbError *error);
bool drop(QSqlDatabase &maintenance, const QString &name, DbError *error);
} // namespace DatabaseCreator
