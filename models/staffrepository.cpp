#include "staffrepository.h"

#include <QSqlQuery>
#include <QVariant>

StaffRepository::StaffRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<qint64> StaffRepository::create(const NewStaff &staff, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kontakt.staff_create(?, ?, ?, ?, ?)"));
    q.addBindValue(staff.login);
    q.addBindValue(staff.password ? QVariant(*staff.password)
                                  : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(StaffRoles::toKey(staff.role));
    q.addBindValue(staff.orgCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(staff.orgCode));
    q.addBindValue(staff.fullName);
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return std::nullopt;
    }
    *error = {};
    return q.value(0).toLongLong();
}

std::optional<SessionInfo> StaffRepository::sessionInfo(DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT login, full_name, role, org_code, org_name FROM kontakt.session_info()"))) {
        *error = DbError::fromQuery(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = {DbError::Kind::PermissionDenied,
                  QStringLiteral("this login is not registered as Kontakt staff")};
        return std::nullopt;
    }
    SessionInfo info;
    info.login = q.value(0).toString();
    info.fullName = q.value(1).toString();
    const auto role = StaffRoles::fromKey(q.value(2).toString());
    if (!role) {
        *error = {DbError::Kind::PermissionDenied,
                  QStringLiteral("this login is not registered as Kontakt staff")};
        return std::nullopt;
    }
    info.role = *role;
    info.orgCode = q.value(3).toString();
    info.orgName = q.value(4).toString();
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'kontakt\\_%' "
                               "AND pg_has_role(session_user, oid, 'MEMBER') ORDER BY rolname"))) {
        *error = DbError::fromQuery(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        info.groups << q.value(0).toString();
    *error = {};
    return info;
}

bool StaffRepository::exists(const QString &login, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM kontakt.staff WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return q.next();
}
