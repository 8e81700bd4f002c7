#pragma once

#include "mailendpoint.h"
#include "mailsettings.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

// What one round of the mail service did (kontaktctl mail-intake prints it).
struct MailRunStats {
    int fetched = 0;       // messages read from the inbox
    int stored = 0;        // new rows (citizens' letters, replies, junk)
    int alreadyStored = 0; // fetched again after an interrupted run: only moved
    int waiting = 0;       // of the stored: for the operators (new or review)
    int review = 0;        // of those: broken MIME, to check against the original
    int attached = 0;      // replies added to their cases
    int junk = 0;          // bounces, auto-replies, spam
    int sent = 0;          // outbox messages accepted by the SMTP server
    int retried = 0;       // temporary failures, queued again
    int failed = 0;        // permanent failures
    QStringList errors;    // what went wrong (the round stops at a server or database error)
};

// The endpoints of the settings (the password is given separately: keychain or credentials).
MailEndpoint imapEndpoint(const MailSettings &settings, const QString &password);
MailEndpoint smtpEndpoint(const MailSettings &settings, const QString &password);

// One round of intake: every message of the inbox is stored (with its files and the raw
// message) and only then moved to the processed or junk folder. A crash between the two leaves
// the message in the inbox; the next round finds it stored (same mailbox and Message-ID) and
// only moves it: nothing is lost, nothing is stored twice. Runs on the caller's thread (the
// CLI, or a worker), never the GUI thread.
class MailIntakeJob
{
public:
    MailIntakeJob(QSqlDatabase db, MailSettings settings, QString password);
    // `cancelled` is asked between messages; `pauseMs` waits between messages (rate limiting on
    // a shared mail server; the tests use it to stop the service mid-batch).
    bool runOnce(MailRunStats *stats, const std::function<bool()> &cancelled = {}, int pauseMs = 0);

private:
    QSqlDatabase m_db;
    MailSettings m_settings;
    QString m_password;
};

// One round of sending: due outbox messages go out over SMTP submission, each with the
// Message-ID fixed at its first attempt; a temporary failure is retried later with a backoff,
// a permanent one is failed for the administrator.
class OutboxSender
{
public:
    OutboxSender(QSqlDatabase db, MailSettings settings, QString password);
    bool runOnce(MailRunStats *stats, const std::function<bool()> &cancelled = {});

private:
    QSqlDatabase m_db;
    MailSettings m_settings;
    QString m_password;
};
