#pragma once

#include "mailsettings.h"
#include "sqlerror.h"

#include <QSqlDatabase>

// Reads and writes the mail_* settings (0018_mail.sql). Everybody with a desk reads them; only
// the administrator writes (the database refuses others), each change audited by its trigger.
class MailSettingsRepository
{
public:
    explicit MailSettingsRepository(QSqlDatabase db);
    bool load(MailSettings *settings, DbError *error);
    bool save(const MailSettings &settings, DbError *error);

private:
    QSqlDatabase m_db;
};
