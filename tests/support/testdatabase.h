#pragma once

#include "databaseconnector.h"

#include <QSqlDatabase>
#include <QString>

// A fresh, migrated database on the suite's throwaway cluster (PGHOST/PGPORT from the CTest
// fixture), dropped again when the object goes.
class TestDatabase
{
public:
    explicit TestDatabase(bool migrate = true);
    ~TestDatabase();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // Connection params for `user` (owner when empty) to this database.
    ConnectParams params(const QString &user = QString()) const;
    // Owner connection opened in the calling thread.
    QSqlDatabase ownerConnection();
    // Conninfo text (for kontaktctl --db and psql).
    QString connInfo(const QString &user = QString()) const;

    static QString host();
    static int port();

private:
    QString m_name;
    QString m_connection;
    bool m_ready = false;
    QString m_error;
};
