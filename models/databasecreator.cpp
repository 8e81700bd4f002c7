#include "databasecreator.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace DatabaseCreator {

bool exists(QSqlDatabase &db, const QString &name, DbError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = DbError::fromQuery(q.lastError());
        return false;
    }
    return q.next();
}

bool create(QSqlDatabase &db, const QString &name, const QString &owner, DbError *error)
{
    // Identifiers cannot be bound: quote them through the driver.
    const QString id = db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                 "LOCALE_PROVIDER icu ICU_LOCALE 'uk-UA' LOCALE 'C.UTF-8'")
                      .arg(id);
    if (!owner.isEmpty())
        sql +=
            QStringLiteral(" OWNER ") + db.driver()->escapeIdentifier(owner, QSqlDriver::TableName);
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = DbError::fromQuery(q.lastError());
        return false;
    }
    return true;
}

bool drop(QSqlDatabase &db, const QString &name, DbError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                    .arg(db.driver()->escapeIdentifier(name, QSqlDriver::TableName)))) {
        if (error)
            *error = DbError::fromQuery(q.lastError());
        return false;
    }
    return true;
}

} // namespace DatabaseCreator
