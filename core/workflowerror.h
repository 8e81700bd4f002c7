#pragma once

#include <QDateTime>
#include <QString>

// Why the database refused a workflow transition (0011_workflow.sql). The kind comes from the
// SQLSTATE only (never from message text); message() is what the person sees.
struct WorkflowError {
    enum class Kind {
        None,
        NotAllowed,      // KT403 / 42501: the role or organisation may not do this
        WrongState,      // KT422: not possible in the current status
        StaleVersion,    // KT409: somebody changed the case since it was read
        BeyondLegalTerm, // KT445 / 23514 due_within_45_days: beyond 45 days or the case's term
        MissingResult,   // KT423: closing needs a result from classifier section 9
        NotFound,        // KT404
        InvalidInput,    // KT400 and other data refusals (23xxx)
        Failed           // connection lost, anything else
    };
    Kind kind = Kind::None;
    QString detail;      // the database's text, for logs and a "details" box
    QString changedBy;   // StaleVersion: who changed the row last
    QDateTime changedAt; // StaleVersion: when

    bool isError() const { return kind != Kind::None; }
    // Translated, one sentence (Ukrainian in the app; English source strings).
    QString message() const;
    // Stable English key for scripts: not_allowed, wrong_state, stale_version, ...
    QString key() const;

    static Kind kindFromSqlState(const QString &sqlState);
    static WorkflowError make(Kind kind, const QString &detail = QString());
};
