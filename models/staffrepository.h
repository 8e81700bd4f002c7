#pragma once

#include "sessioninfo.h"
#include "sqlerror.h"

#include <QSqlDatabase>
#include <optional>

// Staff logins: every person is a PostgreSQL login in one of the kontakt_* group roles with a
// row in kontakt.staff. Creation goes through kontakt.staff_create() so that the database
// validates it and audits it, whoever calls.
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase db);

    struct NewStaff {
        QString login;
        std::optional<QString> password; // none: peer/certificate login only
        StaffRole role = StaffRole::Operator;
        QString orgCode;
        QString fullName;
    };
    std::optional<qint64> create(const NewStaff &staff, DbError *error);
    std::optional<SessionInfo> sessionInfo(DbError *error);
    bool exists(const QString &login, DbError *error);

private:
    QSqlDatabase m_db;
};
