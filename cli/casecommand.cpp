#include "cliapp.h"
#include "workflowrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

// kontaktctl case VERB REGNO [options]: the workflow transitions on the same code path as the
// desks (WorkflowRepository -> the database's functions), acting as the connection's login.
// The version is read just before the call: a script tool has nothing older to be stale about,
// but two scripts racing still get "stale_version".
int CliApp::cmdCase(const QString &verb)
{
    static const QStringList kVerbs = {
        QStringLiteral("route"),         QStringLiteral("approve"),
        QStringLiteral("reject"),        QStringLiteral("accept"),
        QStringLiteral("reply"),         QStringLiteral("not-competent"),
        QStringLiteral("extend"),        QStringLiteral("extend-request"),
        QStringLiteral("extend-decide"), QStringLiteral("callback"),
        QStringLiteral("rework"),        QStringLiteral("close"),
        QStringLiteral("note"),          QStringLiteral("history"),
        QStringLiteral("show"),          QStringLiteral("escalate")};
    if (!kVerbs.contains(verb))
        return usage(QStringLiteral("case takes %1").arg(kVerbs.join(QStringLiteral(", "))));

    // Options first (whatever their position), then exactly one REGNO remains.
    auto option = [this](const char *name, QString *value) {
        return takeOption(QString::fromLatin1(name), value);
    };
    auto parseDate = [](const QString &text, QDate *date) {
        *date = QDate::fromString(text, Qt::ISODate);
        return date->isValid();
    };
    QString org, text, term, reason, result, note, to, reached, confirmed, rating, comment, words,
        today;
    QStringList coOrgs;
    QString co;
    while (option("--co", &co)) {
        if (co.isEmpty())
            return usage(QStringLiteral("--co needs an organisation code"));
        coOrgs << co;
    }
    option("--org", &org);
    option("--text", &text);
    option("--term", &term);
    option("--reason", &reason);
    option("--result", &result);
    option("--note", &note);
    option("--to", &to);
    option("--reached", &reached);
    option("--confirmed", &confirmed);
    option("--rating", &rating);
    option("--comment", &comment);
    option("--words", &words);
    option("--today", &today);
    const bool grant = takeFlag(QStringLiteral("--grant"));
    const bool refuse = takeFlag(QStringLiteral("--refuse"));
    const bool notified = takeFlag(QStringLiteral("--notified"));
    const bool json = takeFlag(QStringLiteral("--json"));
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for case %2").arg(a, verb));
    }

    QDate termDate, toDate, todayDate;
    if (!term.isEmpty() && !parseDate(term, &termDate))
        return usage(QStringLiteral("not a date: \"%1\"").arg(term));
    if (!to.isEmpty() && !parseDate(to, &toDate))
        return usage(QStringLiteral("not a date: \"%1\"").arg(to));
    if (!today.isEmpty() && !parseDate(today, &todayDate))
        return usage(QStringLiteral("not a date: \"%1\"").arg(today));

    // Per-verb required options (the database checks everything again).
    QString replyResult;
    QString outcome;
    int ratingValue = 0;
    bool reachedValue = false;
    if (verb == QLatin1String("route") && (org.isEmpty() || text.trimmed().isEmpty()))
        return usage(QStringLiteral("case route needs --org CODE and --text T"));
    if (verb == QLatin1String("reject") && reason.trimmed().isEmpty())
        return usage(QStringLiteral("case reject needs --reason T"));
    if (verb == QLatin1String("reply")) {
        static const QStringList kResults = {QStringLiteral("done"), QStringLiteral("explained"),
                                             QStringLiteral("refused"),
                                             QStringLiteral("impossible")};
        if (!kResults.contains(result) || text.trimmed().isEmpty())
            return usage(QStringLiteral(
                "case reply needs --result done|explained|refused|impossible and --text T"));
        replyResult =
            result == QLatin1String("impossible") ? QStringLiteral("impossible_now") : result;
    }
    if (verb == QLatin1String("not-competent") && note.trimmed().isEmpty())
        return usage(QStringLiteral("case not-competent needs --note T"));
    if (verb == QLatin1String("extend-request") &&
        (!toDate.isValid() || reason.trimmed().isEmpty()))
        return usage(QStringLiteral("case extend-request needs --to YYYY-MM-DD and --reason T"));
    if (verb == QLatin1String("extend") && !toDate.isValid())
        return usage(QStringLiteral("case extend needs --to YYYY-MM-DD"));
    if (verb == QLatin1String("extend-decide") && grant == refuse)
        return usage(QStringLiteral("case extend-decide needs --grant or --refuse"));
    if (verb == QLatin1String("callback")) {
        if (reached != QLatin1String("yes") && reached != QLatin1String("no"))
            return usage(QStringLiteral("case callback needs --reached yes|no"));
        reachedValue = reached == QLatin1String("yes");
        if (!confirmed.isEmpty()) {
            if (confirmed == QLatin1String("done"))
                outcome = QStringLiteral("confirmed");
            else if (confirmed == QLatin1String("partly"))
                outcome = QStringLiteral("partly");
            else if (confirmed == QLatin1String("no"))
                outcome = QStringLiteral("not_done");
            else
                return usage(QStringLiteral("--confirmed takes done, partly or no"));
        }
        if (reachedValue && outcome.isEmpty())
            return usage(QStringLiteral("a reached citizen needs --confirmed done|partly|no"));
        if (!rating.isEmpty()) {
            bool ok = false;
            ratingValue = rating.toInt(&ok);
            if (!ok || ratingValue < 1 || ratingValue > 5)
                return usage(QStringLiteral("--rating takes 1 to 5"));
        }
    }
    if (verb == QLatin1String("rework") && words.trimmed().isEmpty())
        return usage(QStringLiteral("case rework needs --words T"));
    if (verb == QLatin1String("close") && result.isEmpty())
        return usage(QStringLiteral("case close needs --result 9.x"));
    if (verb == QLatin1String("note") && text.trimmed().isEmpty())
        return usage(QStringLiteral("case note needs --text T"));
    const bool needsRegNo = verb != QLatin1String("escalate");
    if (m_args.size() != (needsRegNo ? 3 : 2))
        return usage(needsRegNo ? QStringLiteral("case %1 takes one REGNO").arg(verb)
                                : QStringLiteral("case escalate takes no REGNO"));

    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    WorkflowRepository repo(db);
    auto refused = [this](const WorkflowError &e) {
        if (e.kind == WorkflowError::Kind::Failed)
            return fail(Usage, e.message());
        return fail(Finding, QStringLiteral("%1: %2 (%3)").arg(e.key(), e.message(), e.detail));
    };
    WorkflowError error;

    if (verb == QLatin1String("escalate")) {
        const auto steps = repo.escalateOverdue(todayDate, &error);
        if (error.isError())
            return refused(error);
        QJsonArray list;
        for (const auto &s : steps)
            list.append(QJsonObject{{QStringLiteral("assignment_id"), s.assignmentId},
                                    {QStringLiteral("appeal_id"), s.appealId},
                                    {QStringLiteral("action"), s.action},
                                    {QStringLiteral("level"), s.level}});
        return printJson(QJsonObject{{QStringLiteral("steps"), list}});
    }

    const QString regNo = m_args.at(2);
    const auto appealId = repo.findAppealIdByRegIndex(regNo, &error);
    if (error.isError())
        return refused(error);
    if (!appealId)
        return fail(Finding, QStringLiteral("not_found: no appeal %1").arg(regNo));
    auto details = repo.loadCase(*appealId, &error);
    if (!details)
        return refused(error);

    if (verb == QLatin1String("show"))
        return printJson(CaseJson::toJson(*details));
    if (verb == QLatin1String("history")) {
        const auto events = repo.history(*appealId, &error);
        if (error.isError())
            return refused(error);
        if (json)
            return printJson(
                QJsonObject{{QStringLiteral("reg_index"), details->regIndex},
                            {QStringLiteral("history"), CaseJson::historyToJson(events)}});
        const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
        for (const HistoryEvent &e : events) {
            m_out << e.at.toTimeZone(kyiv).toString(QStringLiteral("dd.MM.yyyy HH:mm")) << "  "
                  << e.who << "  " << e.what;
            if (!e.detail.isEmpty())
                m_out << " — " << e.detail.simplified();
            m_out << Qt::endl;
        }
        return Ok;
    }

    auto orgId = [&](const QString &code, qint64 *id) {
        const auto found = repo.findOrganisationIdByCode(code, &error);
        if (!found)
            return false;
        *id = *found;
        return true;
    };
    // accept / reply / not-competent / extend-request act on the caller's organisation's
    // assignment, desks on the main executor's.
    auto assignment = details->assignmentFor(details->myOrgId);

    WorkflowRepository::Result r;
    const int version = details->version;
    if (verb == QLatin1String("route")) {
        qint64 main = 0;
        if (!orgId(org, &main))
            return error.isError()
                       ? refused(error)
                       : fail(Finding, QStringLiteral("not_found: no organisation %1").arg(org));
        QList<qint64> co;
        for (const QString &code : std::as_const(coOrgs)) {
            qint64 id = 0;
            if (!orgId(code, &id))
                return error.isError()
                           ? refused(error)
                           : fail(Finding,
                                  QStringLiteral("not_found: no organisation %1").arg(code));
            co << id;
        }
        r = repo.route(*appealId, version, main, co, text, termDate);
    } else if (verb == QLatin1String("approve")) {
        r = repo.approve(*appealId, version);
    } else if (verb == QLatin1String("reject")) {
        r = repo.reject(*appealId, version, reason);
    } else if (verb == QLatin1String("callback")) {
        r = repo.callback(*appealId, version, reachedValue, outcome, ratingValue, comment);
    } else if (verb == QLatin1String("rework")) {
        r = repo.rework(*appealId, version, words, termDate);
    } else if (verb == QLatin1String("close")) {
        r = repo.close(*appealId, version, result);
    } else if (verb == QLatin1String("note")) {
        r = repo.addNote(*appealId, text);
    } else if (verb == QLatin1String("extend")) {
        // The head's extension in one command: the pending request granted to --to, or, with
        // none pending, a request for the main executor's assignment and its grant. Another
        // role's request stays pending for the head (the database refuses the decision).
        auto pending = details->pendingExtension();
        if (!pending) {
            const auto main = details->assignmentFor(0);
            if (!main)
                return fail(Finding,
                            QStringLiteral("wrong_state: %1 has no active assignment to extend")
                                .arg(regNo));
            r = repo.requestExtension(main->id, toDate,
                                      reason.trimmed().isEmpty()
                                          ? QStringLiteral("продовження строку керівником")
                                          : reason);
            if (!r.ok())
                return refused(r.error);
            details = repo.loadCase(*appealId, &error);
            if (!details)
                return refused(error);
            pending = details->pendingExtension();
            if (!pending)
                return fail(Finding, QStringLiteral("wrong_state: the request was not recorded"));
        }
        r = repo.decideExtension(pending->id, pending->version, true, toDate, note, notified);
    } else if (verb == QLatin1String("extend-decide")) {
        const auto pending = details->pendingExtension();
        if (!pending)
            return fail(
                Finding,
                QStringLiteral("wrong_state: no pending extension request for %1").arg(regNo));
        r = repo.decideExtension(pending->id, pending->version, grant, toDate, note, notified);
    } else {
        if (!assignment)
            return fail(
                Finding,
                QStringLiteral("wrong_state: no active assignment of %1 for you").arg(regNo));
        if (verb == QLatin1String("accept"))
            r = repo.accept(assignment->id, assignment->version);
        else if (verb == QLatin1String("reply"))
            r = repo.reply(assignment->id, assignment->version, replyResult, text);
        else if (verb == QLatin1String("not-competent"))
            r = repo.notCompetent(assignment->id, assignment->version, note);
        else if (verb == QLatin1String("extend-request"))
            r = repo.requestExtension(assignment->id, toDate, reason);
    }
    if (!r.ok())
        return refused(r.error);
    details = repo.loadCase(*appealId, &error);
    if (!details)
        return refused(error);
    return printJson(CaseJson::toJson(*details));
}
