#pragma once

#include "incomingmail.h"
#include "sqlerror.h"

#include <QSqlDatabase>
#include <optional>

// Incoming e-mail in the database (0018_mail.sql). The mail service stores messages through
// store(); desks list, read and discard them; registering one is the intake path
// (AppealInput::mailId, AppealRepository). Every write goes through a database function that
// checks the caller's group.
class MailRepository
{
public:
    explicit MailRepository(QSqlDatabase db);

    struct StoreResult {
        qint64 mailId = 0;
        QString status;
        qint64 appealId = 0;  // a reply attached to this case
        bool created = false; // false: stored before (a message fetched again after a crash)
    };
    // The message and its files in one transaction.
    std::optional<StoreResult> store(const IncomingMailRecord &record, DbError *error);

    QList<IncomingMail> list(const IncomingMailFilter &filter, DbError *error);
    // With its text and the list of its files (no file data).
    std::optional<IncomingMail> find(qint64 id, DbError *error);
    QByteArray rawMessage(qint64 id, DbError *error);
    QByteArray fileData(qint64 attachmentId, DbError *error);
    // Out of the queue with a reason; false without an error when somebody handled it meanwhile.
    bool discard(qint64 id, const QString &reason, int version, DbError *error);
    // New and review messages.
    int waitingCount(DbError *error);

private:
    QSqlDatabase m_db;
};
