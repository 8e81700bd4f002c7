#pragma once

#include "sqlerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Applies the numbered SQL files compiled in under :/sql (NNNN_name.sql) in one transaction,
// under an advisory lock, recording each in kontakt.schema_migration. A database whose schema
// is newer than this client knows is refused, never touched.
class Migrator
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };
    struct Status {
        int current = 0; // 0: empty database
        int latestKnown = 0;
        QList<Migration> pending;
        bool newer() const { return current > latestKnown; }
    };
    enum class Outcome { UpToDate, Migrated, NewerSchema, NotAllowed, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        int from = 0;
        int to = 0;
        DbError error;
    };

    explicit Migrator(QSqlDatabase db);
    // For tests: apply this list instead of the bundled files.
    Migrator(QSqlDatabase db, QList<Migration> migrations);

    static QList<Migration> bundled();
    static int latestKnownVersion();

    bool status(Status *status, DbError *error);
    // True when the session may change the schema (it owns the database or is a member of the
    // owner's role).
    bool mayMigrate(DbError *error);
    Result migrate();

private:
    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};
