#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One e-mail notification in kontakt.outbox, written by the workflow (assignment approvals,
// reminders, escalations, rework, not_competent) and sent by the mail component. Shared by the
// outbox window, kontaktctl and the tests.
struct OutboxMessage {
    qint64 id = 0;
    QString kind; // assignment, reminder, escalation_1..3, rework, not_competent, ...
    QString recipient;
    QString subject;
    QString body;
    qint64 appealId = 0; // 0: not about a case
    QString regIndex;    // the case's registration index (empty when there is none)
    QString status;      // queued, sent, failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime sentAt; // invalid until sent
    QDateTime createdAt;
    int version = 0;

    bool isFailed() const { return status == QLatin1String("failed"); }
};

// What the outbox list shows: empty fields do not filter.
struct OutboxFilter {
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 10000;

    QString status;      // queued, sent or failed; empty = all
    QString kind;        // one kind; empty = all
    QString search;      // a fragment of the recipient or the subject (any case)
    qint64 appealId = 0; // one case; 0 = all
    int limit = kDefaultLimit;
};

namespace OutboxKeys {
// "queued", "sent", "failed" (the database's CHECK).
QStringList statuses();
// The kinds the workflow writes, in the order the user meets them.
QStringList kinds();
} // namespace OutboxKeys

// The JSON of `kontaktctl outbox list --json` (a stable interface for scripts).
namespace OutboxJson {
QJsonObject toJson(const OutboxMessage &message);
}
