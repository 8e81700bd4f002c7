#pragma once

#include "staffrole.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// Who is logged in, as the database sees it (kontakt.session_info()).
struct SessionInfo {
    QString login;
    QString fullName;
    StaffRole role = StaffRole::Operator;
    QString orgCode;
    QString orgName;
    QString serverDescription; // "local" or "host:port/db"
    int schemaVersion = 0;
    QStringList groups; // every kontakt_* group role the login belongs to

    // Registering appeals needs the operator's or the head's rights (or the owner's).
    bool mayRegisterAppeals() const
    {
        return role == StaffRole::Owner || groups.contains(QStringLiteral("kontakt_operator")) ||
               groups.contains(QStringLiteral("kontakt_head"));
    }
};
Q_DECLARE_METATYPE(SessionInfo)
