#pragma once

#include "staffrole.h"

#include <QMetaType>
#include <QString>

// Who is logged in, as the database sees it (kontakt.session_info()).
struct SessionInfo {
    QString login;
    QString fullName;
    StaffRole role = StaffRole::Operator;
    QString orgCode;
    QString orgName;
    QString serverDescription; // "local" or "host:port/db"
    int schemaVersion = 0;
};
Q_DECLARE_METATYPE(SessionInfo)
