#pragma once

#include "casedetails.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a person may do with a case now: the client's mirror of the database's rules
// (0011_workflow.sql), used to show only the buttons that can succeed. The database still
// decides; a refusal there is shown as a message.
enum class CaseAction {
    Route,            // propose executors (operator, head)
    Approve,          // head: approve the proposal as it is
    EditAndApprove,   // head: change executors, text or term, then approve
    Reject,           // head: back to the operator with a reason
    Accept,           // executor: take the assignment
    Reply,            // executor (or a desk on its behalf)
    NotCompetent,     // executor: not ours, back to the head
    RequestExtension, // executor (or a desk on its behalf)
    DecideExtension,  // head
    Callback,         // operator/head: call the citizen back
    Rework,           // operator/head: back to the same executor with the citizen's words
    Close,            // head: close with a result of classifier section 9
    AddNote,          // anybody who works on the case
    AddInspection     // desks and the executor of the case
};

struct CaseActor {
    QStringList groups; // kontakt_* group roles of the login
    bool owner = false; // the database owner may do everything
    qint64 orgId = 0;   // an executor's organisation

    bool has(const char *group) const;
};

namespace CaseActions {
QList<CaseAction> available(const CaseDetails &details, const CaseActor &actor);
bool isAvailable(const CaseDetails &details, const CaseActor &actor, CaseAction action);
// The button text ("Approve", "Reply…") and its key sequence text ("Ctrl+Shift+A"), translated.
QString label(CaseAction action);
QString shortcut(CaseAction action);
} // namespace CaseActions
