#pragma once

#include <QSqlError>
#include <QString>

// Classifies what PostgreSQL/libpq said so that the UI can show a clear, translated message
// instead of raw driver text.
struct DbError {
    enum class Kind {
        None,
        BadCredentials, // wrong password or unknown login (the server does not say which)
        UnknownDatabase,
        ServerUnreachable, // down, wrong host, timeout
        DriverMissing,     // QPSQL plugin not installed
        NewerSchema,
        PermissionDenied,
        Constraint,
        Other
    };
    Kind kind = Kind::None;
    QString detail; // raw text for logs and "details" boxes

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;

    static DbError fromConnect(const QSqlError &error);
    static DbError fromQuery(const QSqlError &error);
    static DbError other(const QString &detail) { return {Kind::Other, detail}; }
};
