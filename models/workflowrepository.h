#pragma once

#include "attachmentrepository.h"
#include "casedetails.h"
#include "workflowerror.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

// The case workflow on the database's transition functions (0011_workflow.sql): each method is
// one transaction that calls one function with the version the caller read; a refusal comes
// back as a WorkflowError (kind from the SQLSTATE; for a stale version, who changed the row and
// when). Synchronous: used inside DatabaseThread jobs and by `kontaktctl case`.
class WorkflowRepository
{
public:
    explicit WorkflowRepository(QSqlDatabase db);

    struct Result {
        WorkflowError error;
        qint64 id = 0; // the new row (reply, extension, feedback, note, inspection)
        bool ok() const { return !error.isError(); }
    };

    // The head's edits while approving; empty fields keep the proposal.
    struct RoutingEdit {
        qint64 mainOrgId = 0;
        QList<qint64> coOrgIds;
        QString instruction;
        QDate term;
    };

    struct Organisation {
        qint64 id = 0;
        qint64 parentId = 0;
        QString code;
        QString name;
        QString kind;
        QStringList topics; // competence: classifier topic codes
    };

    struct EscalationStep {
        qint64 assignmentId = 0;
        qint64 appealId = 0;
        QString action; // escalation, reminder
        int level = 0;
    };

    // Indexes restart every year: the newest case with this index.
    std::optional<qint64> findAppealIdByRegIndex(const QString &regIndex, WorkflowError *error);
    std::optional<qint64> findOrganisationIdByCode(const QString &code, WorkflowError *error);
    std::optional<CaseDetails> loadCase(qint64 appealId, WorkflowError *error);
    // The story of a case in time order (registration, journal, notes).
    QList<HistoryEvent> history(qint64 appealId, WorkflowError *error);
    // Active organisations, parents first, with their competence topics.
    QList<Organisation> organisations(WorkflowError *error);

    Result route(qint64 appealId, int version, qint64 mainOrgId, const QList<qint64> &coOrgIds,
                 const QString &instruction, const QDate &term);
    Result approve(qint64 appealId, int version);
    Result approve(qint64 appealId, int version, const RoutingEdit &edit);
    Result reject(qint64 appealId, int version, const QString &reason);
    Result accept(qint64 assignmentId, int version);
    // result: done, explained, refused, impossible_now
    // A file that travels with a reply or an inspection: stored in the same transaction.
    struct NewFile {
        QString fileName;
        QString mimeType;
        QByteArray data;
        QByteArray sha256Hex;
    };
    Result reply(qint64 assignmentId, int version, const QString &result, const QString &text,
                 const QString &answerIndex = QString(), const QDate &answerDate = QDate(),
                 const QList<NewFile> &files = {});
    Result notCompetent(qint64 assignmentId, int version, const QString &note);
    Result requestExtension(qint64 assignmentId, const QDate &requestedDue, const QString &reason);
    Result decideExtension(qint64 extensionId, int version, bool granted, const QDate &due,
                           const QString &note, bool authorNotified);
    // outcome: confirmed, partly, not_done or empty (not reached); rating 1..5 or 0
    Result callback(qint64 appealId, int version, bool reached, const QString &outcome, int rating,
                    const QString &comment);
    Result rework(qint64 appealId, int version, const QString &citizenWords,
                  const QDate &newTerm = QDate());
    Result close(qint64 appealId, int version, const QString &resultCode);
    Result addNote(qint64 appealId, const QString &text);
    Result addInspection(qint64 appealId, const QString &inspector, const QDateTime &at,
                         const QString &findings, const QList<NewFile> &photos = {});
    // Idempotent; `today` is the Kyiv date the run stands for (null: the server's today).
    QList<EscalationStep> escalateOverdue(const QDate &today, WorkflowError *error);

private:
    // Runs one transition in its own transaction; on KT409 re-reads who changed `table` row
    // `rowId` last.
    // `within` runs inside the transaction after the function succeeded, with the new row's id;
    // a non-empty return (why) rolls everything back.
    using Within = std::function<QString(qint64)>;
    Result call(const QString &sql, const QVariantList &values, const QString &table, qint64 rowId,
                const Within &within = {});
    Within attach(AttachmentRepository::Owner owner, const QList<NewFile> &files);
    WorkflowError errorFrom(const class QSqlError &sqlError, const QString &table, qint64 rowId);
    QSqlDatabase m_db;
};
