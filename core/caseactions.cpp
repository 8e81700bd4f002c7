#include "caseactions.h"

#include <QCoreApplication>

bool CaseActor::has(const char *group) const
{
    return owner || groups.contains(QLatin1String(group));
}

namespace {
bool desk(const CaseActor &a)
{
    return a.has("kontakt_operator") || a.has("kontakt_head");
}

bool head(const CaseActor &a)
{
    return a.has("kontakt_head");
}

// The assignment this person works on: an executor's own organisation's, a desk's (acting on
// the executor's behalf) the active main one.
std::optional<CaseAssignment> workedAssignment(const CaseDetails &d, const CaseActor &a)
{
    if (a.has("kontakt_executor") && a.orgId > 0) {
        if (auto s = d.assignmentFor(a.orgId); s && s->orgId == a.orgId && s->isActive())
            return s;
    }
    if (desk(a)) {
        if (auto s = d.assignmentFor(0); s && s->isActive())
            return s;
    }
    return std::nullopt;
}

bool executorOf(const CaseDetails &d, const CaseActor &a)
{
    if (!a.has("kontakt_executor") || a.orgId <= 0)
        return false;
    for (const CaseAssignment &s : d.assignments) {
        if (s.orgId == a.orgId && s.status != QLatin1String("proposed") &&
            s.status != QLatin1String("rejected"))
            return true;
    }
    return false;
}
} // namespace

QList<CaseAction> CaseActions::available(const CaseDetails &d, const CaseActor &a)
{
    QList<CaseAction> out;
    const QString &st = d.status;
    const bool open = st != QLatin1String("closed") && st != QLatin1String("draft") &&
                      st != QLatin1String("consultation") && st != QLatin1String("forwarded") &&
                      st != QLatin1String("returned") && st != QLatin1String("not_considered");
    if (desk(a) && (st == QLatin1String("registered") || st == QLatin1String("routing_proposed")))
        out << CaseAction::Route;
    if (head(a) && st == QLatin1String("routing_proposed"))
        out << CaseAction::Approve << CaseAction::EditAndApprove << CaseAction::Reject;
    const std::optional<CaseAssignment> work = workedAssignment(d, a);
    if (work) {
        const bool ownOrg = a.has("kontakt_executor") && work->orgId == a.orgId;
        if ((ownOrg || head(a)) &&
            (work->status == QLatin1String("approved") || work->status == QLatin1String("rework")))
            out << CaseAction::Accept;
        out << CaseAction::Reply;
        if (ownOrg || head(a))
            out << CaseAction::NotCompetent;
        if (!d.pendingExtension())
            out << CaseAction::RequestExtension;
    }
    if (head(a) && d.pendingExtension())
        out << CaseAction::DecideExtension;
    if (desk(a) && (st == QLatin1String("replied") || st == QLatin1String("callback")))
        out << CaseAction::Callback << CaseAction::Rework;
    if (head(a) && (st == QLatin1String("replied") || st == QLatin1String("callback")))
        out << CaseAction::Close;
    if (open && (desk(a) || a.has("kontakt_manager") || executorOf(d, a)))
        out << CaseAction::AddNote;
    if (open && (desk(a) || executorOf(d, a)))
        out << CaseAction::AddInspection;
    return out;
}

bool CaseActions::isAvailable(const CaseDetails &details, const CaseActor &actor, CaseAction action)
{
    return available(details, actor).contains(action);
}

QString CaseActions::label(CaseAction action)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CaseActions", text);
    };
    switch (action) {
    case CaseAction::Route:
        return tr("&Route…");
    case CaseAction::Approve:
        return tr("&Approve");
    case CaseAction::EditAndApprove:
        return tr("&Edit and approve…");
    case CaseAction::Reject:
        return tr("Re&ject…");
    case CaseAction::Accept:
        return tr("A&ccept");
    case CaseAction::Reply:
        return tr("Re&ply…");
    case CaseAction::NotCompetent:
        return tr("&Not in our competence…");
    case CaseAction::RequestExtension:
        return tr("Ask for more &time…");
    case CaseAction::DecideExtension:
        return tr("&Decide on extension…");
    case CaseAction::Callback:
        return tr("Call &back…");
    case CaseAction::Rework:
        return tr("Send to re&work…");
    case CaseAction::Close:
        return tr("C&lose…");
    case CaseAction::AddNote:
        return tr("Add n&ote…");
    case CaseAction::AddInspection:
        return tr("On-site &inspection…");
    }
    return {};
}

QString CaseActions::shortcut(CaseAction action)
{
    switch (action) {
    case CaseAction::Route:
        return QStringLiteral("Ctrl+R");
    case CaseAction::Approve:
        return QStringLiteral("Ctrl+Shift+A");
    case CaseAction::EditAndApprove:
        return QStringLiteral("Ctrl+E");
    case CaseAction::Reject:
        return QStringLiteral("Ctrl+Shift+J");
    case CaseAction::Accept:
        return QStringLiteral("Ctrl+Shift+C");
    case CaseAction::Reply:
        return QStringLiteral("Ctrl+Shift+P");
    case CaseAction::NotCompetent:
        return QString();
    case CaseAction::RequestExtension:
        return QString();
    case CaseAction::DecideExtension:
        return QStringLiteral("Ctrl+Shift+D");
    case CaseAction::Callback:
        return QStringLiteral("Ctrl+Shift+B");
    case CaseAction::Rework:
        return QString();
    case CaseAction::Close:
        return QStringLiteral("Ctrl+Shift+L");
    case CaseAction::AddNote:
        return QStringLiteral("Ctrl+Shift+N");
    case CaseAction::AddInspection:
        return QString();
    }
    return {};
}
