#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One organisation's part of a case (table assignment).
struct CaseAssignment {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgCode;
    QString orgName;
    bool isMain = true;
    QString status; // proposed, approved, rejected, accepted, replied, not_competent, rework, done
    QString instruction;
    QDate term;
    int escalationLevel = 0;
    int reworkCount = 0;
    QString executorNote;
    QString approvedBy;
    int version = 0;

    // approved, accepted or rework: the executor has work to do
    bool isActive() const;
};

struct CaseReply {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QString result; // done, explained, refused, impossible_now
    QString text;
    QString answerIndex;
    QDate answerDate;
    QDateTime createdAt;
    QString createdBy;
};

struct CaseExtension {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate requestedDue;
    QString reason;
    QString decision; // pending, granted, refused
    QDate grantedDue;
    QString requestedBy;
    QString decidedBy;
    QDateTime authorNotifiedAt;
    int version = 0;
};

struct CaseFeedback {
    qint64 id = 0;
    QDateTime attemptedAt;
    QString operatorLogin;
    bool reached = false;
    QString outcome; // confirmed, partly, not_done or empty
    int rating = 0;  // 1..5, 0 = none
    QString comment;
    int attemptNo = 0;
};

struct CaseNote {
    qint64 id = 0;
    QDateTime createdAt;
    QString createdBy;
    QString text;
};

struct CaseInspection {
    qint64 id = 0;
    QString inspector;
    QDateTime inspectedAt;
    QString findings;
};

// An instruction (доручення) of the mayor or a deputy that names the case.
struct CaseInstruction {
    qint64 id = 0;
    QString number;
    QString authorName;
    QString text;
    QDate dueDate;
    QString status; // open, done, cancelled
};

// One line of a case's story.
struct HistoryEvent {
    QDateTime at;
    QString who;    // login
    QString kind;   // registered, routed, approved, ..., note (stable key)
    QString what;   // translated one-line description
    QString detail; // free text (reason, reply text, citizen's words, note)

    // Builds the translated description of a journal row (kind + its JSON detail).
    static HistoryEvent fromJournal(const QDateTime &at, const QString &who, const QString &kind,
                                    const QJsonObject &detail);
};

// Everything the case card and the workflow dialogs show.
struct CaseDetails {
    qint64 id = 0;
    QString regIndex;
    QString status;
    QString statusReason;
    QString summary;
    QString authorName;
    QString authorPhone;
    QString topicCode;
    QDateTime receivedAt;
    QDate dueDate;
    QDate maxDueDate; // 45 days from receipt (art. 20), moved off a non-working day
    QString resultCode;
    QDateTime closedAt;
    QString closedBy;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
    qint64 myOrgId = 0; // the logged-in executor's organisation (0 for desks)

    QList<CaseAssignment> assignments;
    QList<CaseReply> replies;
    QList<CaseExtension> extensions;
    QList<CaseFeedback> feedback;
    QList<CaseNote> notes;
    QList<CaseInspection> inspections;
    QList<CaseInstruction> instructions; // empty for those who may not read instructions

    // The assignment a person acts on: its own organisation's active one, else the newest main
    // one that is active (or, with anyStatus, the newest main one at all).
    std::optional<CaseAssignment> assignmentFor(qint64 orgId, bool anyStatus = false) const;
    std::optional<CaseExtension> pendingExtension() const;
    // Unreached attempts since the last reply.
    int callbackAttempts() const;
};

namespace CaseJson {
QJsonObject toJson(const CaseDetails &details);
QJsonArray historyToJson(const QList<HistoryEvent> &events);
} // namespace CaseJson
