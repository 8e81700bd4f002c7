#include "sqlerror.h"

#include <QCoreApplication>

namespace {
bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}
} // namespace

QString DbError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::BadCredentials:
        return QCoreApplication::translate("DbError", "Wrong login or password.");
    case Kind::UnknownDatabase:
        return QCoreApplication::translate("DbError",
                                           "The database does not exist on this server. Check "
                                           "the connection settings.");
    case Kind::ServerUnreachable:
        return QCoreApplication::translate("DbError",
                                           "The database server cannot be reached. Check the "
                                           "network and the connection settings, then retry.");
    case Kind::DriverMissing:
        return QCoreApplication::translate(
            "DbError", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).");
    case Kind::NewerSchema:
        return QCoreApplication::translate("DbError",
                                           "The database was upgraded by a newer version of "
                                           "Kontakt. Install the new version to continue.");
    case Kind::PermissionDenied:
        return QCoreApplication::translate("DbError", "You have no permission for this action.");
    case Kind::Constraint:
        return QCoreApplication::translate("DbError", "The data was refused by the database: %1")
            .arg(detail);
    case Kind::Other:
        return QCoreApplication::translate("DbError", "Database error: %1").arg(detail);
    }
    return {};
}

DbError DbError::fromConnect(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    DbError e{Kind::Other, error.databaseText().trimmed()};
    if (e.detail.isEmpty())
        e.detail = error.text().trimmed();
    if (has(text, "database \"") && has(text, "does not exist"))
        e.kind = Kind::UnknownDatabase;
    else if (has(text, "password authentication failed") ||
             (has(text, "role \"") && has(text, "does not exist")) ||
             has(text, "Peer authentication failed") || has(text, "no password supplied") ||
             has(text, "no pg_hba.conf entry"))
        e.kind = Kind::BadCredentials;
    else if (has(text, "could not connect") || has(text, "Connection refused") ||
             has(text, "No such file or directory") || has(text, "timeout expired") ||
             has(text, "could not translate host name") || has(text, "server closed") ||
             has(text, "Network is unreachable") || has(text, "the database system is"))
        e.kind = Kind::ServerUnreachable;
    else if (has(text, "Driver not loaded"))
        e.kind = Kind::DriverMissing;
    return e;
}

DbError DbError::fromQuery(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const QString code = error.nativeErrorCode();
    DbError e{Kind::Other, error.databaseText().trimmed()};
    if (e.detail.isEmpty())
        e.detail = error.text().trimmed();
    if (code == QLatin1String("42501"))
        e.kind = Kind::PermissionDenied;
    else if (code.startsWith(QLatin1String("23")) || code == QLatin1String("P0001"))
        e.kind = Kind::Constraint;
    else if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01"))
        e.kind = Kind::ServerUnreachable;
    return e;
}
