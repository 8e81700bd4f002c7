#include "mailsettingsrepository.h"

#include "transactionguard.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
struct Field {
    const char *key;
    QString MailSettings::*text = nullptr;
    int MailSettings::*number = nullptr;
};

const Field kFields[] = {
    {"mail_imap_host", &MailSettings::imapHost},
    {"mail_imap_port", nullptr, &MailSettings::imapPort},
    {"mail_imap_security", &MailSettings::imapSecurity},
    {"mail_imap_login", &MailSettings::imapLogin},
    {"mail_inbox_folder", &MailSettings::inboxFolder},
    {"mail_processed_folder", &MailSettings::processedFolder},
    {"mail_junk_folder", &MailSettings::junkFolder},
    {"mail_poll_seconds", nullptr, &MailSettings::pollSeconds},
    {"mail_smtp_host", &MailSettings::smtpHost},
    {"mail_smtp_port", nullptr, &MailSettings::smtpPort},
    {"mail_smtp_security", &MailSettings::smtpSecurity},
    {"mail_smtp_login", &MailSettings::smtpLogin},
    {"mail_from_address", &MailSettings::fromAddress},
    {"mail_from_name", &MailSettings::fromName},
    {"mail_ca_file", &MailSettings::caFile},
};
} // namespace

MailSettingsRepository::MailSettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool MailSettingsRepository::load(MailSettings *settings, DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT key, value FROM kontakt.setting WHERE key LIKE 'mail\\_%'"))) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        for (const Field &f : kFields) {
            if (key != QLatin1String(f.key))
                continue;
            if (f.text)
                settings->*f.text = value;
            else
                settings->*f.number = value.toInt();
        }
    }
    *error = {};
    return true;
}

bool MailSettingsRepository::save(const MailSettings &settings, DbError *error)
{
    TransactionGuard tx(m_db);
    QSqlQuery q(m_db);
    // Only changed values are written, so the audit log shows what the administrator changed.
    q.prepare(QStringLiteral("INSERT INTO kontakt.setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value "
                             "WHERE setting.value IS DISTINCT FROM EXCLUDED.value"));
    for (const Field &f : kFields) {
        q.addBindValue(QString::fromLatin1(f.key));
        // never NULL: an empty text is a value ("mail intake is off")
        const QString value =
            f.text ? (settings.*f.text).trimmed() : QString::number(settings.*f.number);
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
        if (!q.exec()) {
            *error = DbError::fromQuery(q.lastError());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    *error = {};
    return true;
}
