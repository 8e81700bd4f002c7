#include "casedetails.h"

#include <QCoreApplication>

namespace {
// The translation context of the case history lines.
class CaseHistory
{
    Q_DECLARE_TR_FUNCTIONS(CaseHistory)
};

QString resultName(const QString &key)
{
    if (key == QLatin1String("done"))
        return CaseHistory::tr("done");
    if (key == QLatin1String("explained"))
        return CaseHistory::tr("explained");
    if (key == QLatin1String("refused"))
        return CaseHistory::tr("refused");
    if (key == QLatin1String("impossible_now"))
        return CaseHistory::tr("impossible in this period");
    return key;
}

QString outcomeName(const QString &key)
{
    if (key == QLatin1String("confirmed"))
        return CaseHistory::tr("confirmed done");
    if (key == QLatin1String("partly"))
        return CaseHistory::tr("done partly");
    if (key == QLatin1String("not_done"))
        return CaseHistory::tr("not done");
    return key;
}

QString date(const QJsonValue &v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : v.toString();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue orNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue orNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

bool CaseAssignment::isActive() const
{
    return status == QLatin1String("approved") || status == QLatin1String("accepted") ||
           status == QLatin1String("rework");
}

std::optional<CaseAssignment> CaseDetails::assignmentFor(qint64 orgId, bool anyStatus) const
{
    std::optional<CaseAssignment> best;
    for (const CaseAssignment &a : assignments) {
        if (orgId != 0 && a.orgId == orgId && (anyStatus || a.isActive()) &&
            (!best || best->orgId != orgId || a.id > best->id))
            best = a;
    }
    if (best)
        return best;
    for (const CaseAssignment &a : assignments) {
        if (a.isMain && (anyStatus || a.isActive()) && (!best || a.id > best->id))
            best = a;
    }
    return best;
}

std::optional<CaseExtension> CaseDetails::pendingExtension() const
{
    for (const CaseExtension &e : extensions) {
        if (e.decision == QLatin1String("pending"))
            return e;
    }
    return std::nullopt;
}

int CaseDetails::callbackAttempts() const
{
    QDateTime lastReply;
    for (const CaseReply &r : replies)
        lastReply = std::max(lastReply, r.createdAt);
    int n = 0;
    for (const CaseFeedback &f : feedback) {
        if (!f.reached && (!lastReply.isValid() || f.attemptedAt >= lastReply))
            ++n;
    }
    return n;
}

HistoryEvent HistoryEvent::fromJournal(const QDateTime &at, const QString &who, const QString &kind,
                                       const QJsonObject &d)
{
    HistoryEvent e{at, who, kind, QString(), QString()};
    if (kind == QLatin1String("registered")) {
        e.what = CaseHistory::tr("Registered");
    } else if (kind == QLatin1String("routed")) {
        QStringList co;
        for (const QJsonValue &v : d.value(QLatin1String("co")).toArray())
            co << v.toString();
        e.what = co.isEmpty() ? CaseHistory::tr("Routing proposed: %1, term %2")
                                    .arg(d.value(QLatin1String("main")).toString(),
                                         date(d.value(QLatin1String("term"))))
                              : CaseHistory::tr("Routing proposed: %1 (co-executors %2), term %3")
                                    .arg(d.value(QLatin1String("main")).toString(),
                                         co.join(QStringLiteral(", ")),
                                         date(d.value(QLatin1String("term"))));
        e.detail = d.value(QLatin1String("instruction")).toString();
    } else if (kind == QLatin1String("approved")) {
        e.what = d.value(QLatin1String("edited")).toBool()
                     ? CaseHistory::tr("Routing approved with edits")
                     : CaseHistory::tr("Routing approved");
    } else if (kind == QLatin1String("rejected")) {
        e.what = CaseHistory::tr("Routing rejected");
        e.detail = d.value(QLatin1String("reason")).toString();
    } else if (kind == QLatin1String("accepted")) {
        e.what = CaseHistory::tr("Accepted by %1").arg(d.value(QLatin1String("org")).toString());
    } else if (kind == QLatin1String("replied")) {
        e.what = CaseHistory::tr("Reply from %1: %2")
                     .arg(d.value(QLatin1String("org")).toString(),
                          resultName(d.value(QLatin1String("result")).toString()));
        e.detail = d.value(QLatin1String("text")).toString();
    } else if (kind == QLatin1String("not_competent")) {
        e.what = CaseHistory::tr("Not in the competence of %1")
                     .arg(d.value(QLatin1String("org")).toString());
        e.detail = d.value(QLatin1String("note")).toString();
    } else if (kind == QLatin1String("extension_requested")) {
        e.what =
            CaseHistory::tr("Extension requested to %1").arg(date(d.value(QLatin1String("to"))));
        e.detail = d.value(QLatin1String("reason")).toString();
    } else if (kind == QLatin1String("extension_granted")) {
        e.what = d.value(QLatin1String("author_notified")).toBool()
                     ? CaseHistory::tr("Extension granted to %1, the author was notified")
                           .arg(date(d.value(QLatin1String("to"))))
                     : CaseHistory::tr("Extension granted to %1")
                           .arg(date(d.value(QLatin1String("to"))));
        e.detail = d.value(QLatin1String("note")).toString();
    } else if (kind == QLatin1String("extension_refused")) {
        e.what = CaseHistory::tr("Extension refused");
        e.detail = d.value(QLatin1String("note")).toString();
    } else if (kind == QLatin1String("callback")) {
        const int attempt = d.value(QLatin1String("attempt")).toInt();
        if (!d.value(QLatin1String("reached")).toBool())
            e.what = CaseHistory::tr("Callback: not reached (attempt %1)").arg(attempt);
        else if (d.contains(QLatin1String("rating")))
            e.what = CaseHistory::tr("Callback: %1, rating %2")
                         .arg(outcomeName(d.value(QLatin1String("outcome")).toString()))
                         .arg(d.value(QLatin1String("rating")).toInt());
        else
            e.what = CaseHistory::tr("Callback: %1")
                         .arg(outcomeName(d.value(QLatin1String("outcome")).toString()));
        e.detail = d.value(QLatin1String("comment")).toString();
    } else if (kind == QLatin1String("rework")) {
        e.what = CaseHistory::tr("Sent back to rework (%1), term %2")
                     .arg(d.value(QLatin1String("org")).toString(),
                          date(d.value(QLatin1String("term"))));
        e.detail = d.value(QLatin1String("words")).toString();
    } else if (kind == QLatin1String("closed")) {
        e.what = CaseHistory::tr("Closed with result %1")
                     .arg(d.value(QLatin1String("result")).toString());
    } else if (kind == QLatin1String("escalated")) {
        e.what = CaseHistory::tr("Overdue: escalation level %1")
                     .arg(d.value(QLatin1String("level")).toInt());
        e.detail = d.value(QLatin1String("org")).toString();
    } else if (kind == QLatin1String("reminded")) {
        e.what = CaseHistory::tr("Reminder sent before the term %1")
                     .arg(date(d.value(QLatin1String("term"))));
    } else if (kind == QLatin1String("inspection")) {
        e.what = CaseHistory::tr("On-site inspection by %1")
                     .arg(d.value(QLatin1String("inspector")).toString());
        e.detail = d.value(QLatin1String("findings")).toString();
    } else if (kind == QLatin1String("note")) {
        e.what = CaseHistory::tr("Internal note");
        e.detail = d.value(QLatin1String("text")).toString();
    } else {
        e.what = kind;
    }
    return e;
}

QJsonObject CaseJson::toJson(const CaseDetails &c)
{
    QJsonArray assignments;
    for (const CaseAssignment &a : c.assignments)
        assignments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("org"), a.orgCode},
                                       {QStringLiteral("org_name"), a.orgName},
                                       {QStringLiteral("main"), a.isMain},
                                       {QStringLiteral("status"), a.status},
                                       {QStringLiteral("instruction"), orNull(a.instruction)},
                                       {QStringLiteral("term"), orNull(a.term)},
                                       {QStringLiteral("escalation_level"), a.escalationLevel},
                                       {QStringLiteral("rework_count"), a.reworkCount},
                                       {QStringLiteral("executor_note"), orNull(a.executorNote)},
                                       {QStringLiteral("version"), a.version}});
    QJsonArray replies;
    for (const CaseReply &r : c.replies)
        replies.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("assignment_id"), r.assignmentId},
                                   {QStringLiteral("result"), r.result},
                                   {QStringLiteral("text"), r.text},
                                   {QStringLiteral("answer_index"), orNull(r.answerIndex)},
                                   {QStringLiteral("answer_date"), orNull(r.answerDate)},
                                   {QStringLiteral("at"), orNull(r.createdAt)},
                                   {QStringLiteral("by"), r.createdBy}});
    QJsonArray extensions;
    for (const CaseExtension &e : c.extensions)
        extensions.append(
            QJsonObject{{QStringLiteral("id"), e.id},
                        {QStringLiteral("assignment_id"), e.assignmentId},
                        {QStringLiteral("requested_due"), orNull(e.requestedDue)},
                        {QStringLiteral("reason"), e.reason},
                        {QStringLiteral("decision"), e.decision},
                        {QStringLiteral("granted_due"), orNull(e.grantedDue)},
                        {QStringLiteral("author_notified_at"), orNull(e.authorNotifiedAt)},
                        {QStringLiteral("version"), e.version}});
    QJsonArray feedback;
    for (const CaseFeedback &f : c.feedback)
        feedback.append(QJsonObject{
            {QStringLiteral("at"), orNull(f.attemptedAt)},
            {QStringLiteral("by"), f.operatorLogin},
            {QStringLiteral("reached"), f.reached},
            {QStringLiteral("outcome"), orNull(f.outcome)},
            {QStringLiteral("rating"), f.rating > 0 ? QJsonValue(f.rating) : QJsonValue()},
            {QStringLiteral("comment"), orNull(f.comment)},
            {QStringLiteral("attempt"), f.attemptNo}});
    QJsonArray notes;
    for (const CaseNote &n : c.notes)
        notes.append(QJsonObject{{QStringLiteral("at"), orNull(n.createdAt)},
                                 {QStringLiteral("by"), n.createdBy},
                                 {QStringLiteral("text"), n.text}});
    QJsonArray inspections;
    for (const CaseInspection &i : c.inspections)
        inspections.append(QJsonObject{{QStringLiteral("inspector"), i.inspector},
                                       {QStringLiteral("at"), orNull(i.inspectedAt)},
                                       {QStringLiteral("findings"), orNull(i.findings)}});
    QJsonArray instructions;
    for (const CaseInstruction &i : c.instructions)
        instructions.append(QJsonObject{{QStringLiteral("number"), orNull(i.number)},
                                        {QStringLiteral("author"), i.authorName},
                                        {QStringLiteral("text"), i.text},
                                        {QStringLiteral("due_date"), orNull(i.dueDate)},
                                        {QStringLiteral("status"), i.status}});
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("reg_index"), c.regIndex},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("status_reason"), orNull(c.statusReason)},
                       {QStringLiteral("summary"), c.summary},
                       {QStringLiteral("author"), orNull(c.authorName)},
                       {QStringLiteral("received_at"), orNull(c.receivedAt)},
                       {QStringLiteral("due_date"), orNull(c.dueDate)},
                       {QStringLiteral("max_due_date"), orNull(c.maxDueDate)},
                       {QStringLiteral("result_code"), orNull(c.resultCode)},
                       {QStringLiteral("closed_at"), orNull(c.closedAt)},
                       {QStringLiteral("closed_by"), orNull(c.closedBy)},
                       {QStringLiteral("version"), c.version},
                       {QStringLiteral("updated_by"), c.updatedBy},
                       {QStringLiteral("updated_at"), orNull(c.updatedAt)},
                       {QStringLiteral("callback_attempts"), c.callbackAttempts()},
                       {QStringLiteral("assignments"), assignments},
                       {QStringLiteral("replies"), replies},
                       {QStringLiteral("extensions"), extensions},
                       {QStringLiteral("feedback"), feedback},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("inspections"), inspections},
                       {QStringLiteral("instructions"), instructions}};
}

QJsonArray CaseJson::historyToJson(const QList<HistoryEvent> &events)
{
    QJsonArray out;
    for (const HistoryEvent &e : events)
        out.append(QJsonObject{{QStringLiteral("at"), orNull(e.at)},
                               {QStringLiteral("who"), e.who},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("what"), e.what},
                               {QStringLiteral("detail"), orNull(e.detail)}});
    return out;
}
