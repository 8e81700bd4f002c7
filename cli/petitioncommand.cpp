#include "cliapp.h"
#include "petitionchecker.h"
#include "petitionimport.h"
#include "petitionjson.h"
#include "petitionrepository.h"
#include "transactionguard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTimeZone>

// kontaktctl petition check FILE|- [--duplicates]: the formal checks of art. 23-1 on a petition
// in JSON. Works without a database; the duplicate check compares with the active petitions in
// the database and runs only when asked: --duplicates, or a --db given on the command line.
int CliApp::cmdPetitionCheck()
{
    const bool duplicates = takeFlag(QStringLiteral("--duplicates")) || m_dbOnCommandLine;
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for petition check").arg(a));
    }
    if (m_args.size() != 3)
        return usage(QStringLiteral("petition check takes one FILE or -"));
    const QString path = m_args.at(2);
    QByteArray data;
    if (path == QLatin1String("-")) {
        data = m_in.readAll().toUtf8();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Usage, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        data = f.readAll();
    }
    PetitionSubmission petition;
    QString error;
    if (!PetitionJson::parseSubmission(data, &petition, &error))
        return fail(Usage, error);

    PetitionChecker checker;
    if (!checker.loadError().isEmpty())
        return fail(Usage, QStringLiteral("lexicons: %1").arg(checker.loadError()));
    QList<PetitionReference> active;
    if (duplicates) {
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError dbError;
        active = PetitionRepository(db).activeReferences(&dbError);
        if (dbError.isError())
            return fail(Usage,
                        QStringLiteral("cannot read the active petitions: %1").arg(dbError.detail));
    }
    const QList<PetitionFinding> findings = checker.check(petition, active);
    printJson(PetitionJson::findingsToJson(findings));
    return findings.isEmpty() ? Ok : Finding;
}

namespace {

QJsonObject recordToJson(const PetitionRecord &p)
{
    const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    const auto at = [&kyiv](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toTimeZone(kyiv).toString(Qt::ISODate)) : QJsonValue();
    };
    const auto day = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray reasons;
    for (const QString &r : p.moderationReasons)
        reasons.append(r);
    QJsonArray findings;
    for (const PetitionFinding &f : p.moderationFindings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("evidence"), f.evidence}});
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("number"), p.number},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), p.authorName},
                                               {QStringLiteral("email"), p.authorEmail}}},
        {QStringLiteral("submitted_at"), at(p.submittedAt)},
        {QStringLiteral("published_at"), at(p.publishedAt)},
        {QStringLiteral("signatures_online"), p.signaturesOnline},
        {QStringLiteral("signatures_paper"), p.signaturesPaper},
        {QStringLiteral("signatures_total"), p.signaturesTotal()},
        {QStringLiteral("threshold"), p.threshold},
        {QStringLiteral("collection_days"), p.collectionDays},
        {QStringLiteral("moderation_due"), day(p.moderationDue)},
        {QStringLiteral("collection_ends"), day(p.collectionEnds)},
        {QStringLiteral("mayor_due"), day(p.mayorDue)},
        {QStringLiteral("consideration_due"), day(p.considerationDue)},
        {QStringLiteral("current_due"), day(p.currentDue)},
        {QStringLiteral("moderation_reasons"), reasons},
        {QStringLiteral("moderation_findings"), findings},
        {QStringLiteral("decision"), p.decision.isEmpty() ? QJsonValue() : QJsonValue(p.decision)},
        {QStringLiteral("answer"),
         p.answerText.isEmpty() ? QJsonValue() : QJsonValue(p.answerText)},
        {QStringLiteral("converted_appeal"),
         p.convertedRegIndex.isEmpty() ? QJsonValue() : QJsonValue(p.convertedRegIndex)},
        {QStringLiteral("version"), p.version}};
}

} // namespace

int CliApp::workflowFailure(const WorkflowError &e, const QString &where)
{
    const int code = e.kind == WorkflowError::Kind::Failed ? int(Usage) : int(Finding);
    return fail(code, QStringLiteral("%1%2: %3").arg(where, e.key(), e.detail));
}

// petition add FILE|-: registers a submitted petition from JSON {number?, title, text,
// author{name, email, phone, address}, submitted_at}; prints {id, number, status}.
int CliApp::cmdPetitionAdd()
{
    if (m_args.size() != 3)
        return usage(QStringLiteral("petition add takes one FILE or -"));
    QByteArray data;
    if (m_args.at(2) == QLatin1String("-")) {
        data = m_in.readAll().toUtf8();
    } else {
        QFile f(m_args.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Usage,
                        QStringLiteral("cannot read %1: %2").arg(m_args.at(2), f.errorString()));
        data = f.readAll();
    }
    PetitionSubmission s;
    QString error;
    if (!PetitionJson::parseSubmission(data, &s, &error))
        return fail(Usage, error);
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    PetitionRepository::NewPetition p;
    p.number = o.value(QStringLiteral("number")).toString();
    p.title = s.title;
    p.text = s.text;
    p.authorName = s.authorName;
    p.authorEmail = s.authorEmail;
    p.authorPhone =
        o.value(QStringLiteral("author")).toObject().value(QStringLiteral("phone")).toString();
    p.authorAddress =
        o.value(QStringLiteral("author")).toObject().value(QStringLiteral("address")).toString();
    p.submittedAt = s.submittedAt;
    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    PetitionRepository repo(db);
    const auto r = repo.submit(p);
    if (!r.ok())
        return workflowFailure(r.error);
    DbError dbError;
    const auto stored = repo.find(r.id, &dbError);
    if (!stored)
        return fail(Usage, dbError.detail);
    printJson(QJsonObject{
        {QStringLiteral("id"), stored->id},
        {QStringLiteral("number"), stored->number},
        {QStringLiteral("status"), stored->status},
        {QStringLiteral("moderation_due"), stored->moderationDue.toString(Qt::ISODate)}});
    return Ok;
}

// petition sign NUMBER --online N --paper N [--note T] [--at ISO]: a new count of signatures.
int CliApp::cmdPetitionSign()
{
    QString online, paper, note, at;
    const bool hasOnline = takeOption(QStringLiteral("--online"), &online);
    const bool hasPaper = takeOption(QStringLiteral("--paper"), &paper);
    takeOption(QStringLiteral("--note"), &note);
    const bool hasAt = takeOption(QStringLiteral("--at"), &at);
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for petition sign").arg(a));
    }
    if (m_args.size() != 3 || (!hasOnline && !hasPaper))
        return usage(QStringLiteral("petition sign takes NUMBER --online N --paper N"));
    bool ok1 = true, ok2 = true;
    const int nOnline = hasOnline ? online.toInt(&ok1) : -1;
    const int nPaper = hasPaper ? paper.toInt(&ok2) : -1;
    if (!ok1 || !ok2 || (hasOnline && nOnline < 0) || (hasPaper && nPaper < 0))
        return usage(QStringLiteral("--online and --paper take counts of zero or more"));
    QDateTime when;
    if (hasAt) {
        when = QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid())
            return usage(QStringLiteral("--at takes an ISO date and time"));
    }
    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    PetitionRepository repo(db);
    DbError dbError;
    const auto p = repo.findByNumber(m_args.at(2), &dbError);
    if (!p)
        return fail(dbError.isError() ? Usage : Finding,
                    dbError.isError() ? dbError.detail
                                      : QStringLiteral("not_found: petition %1").arg(m_args.at(2)));
    // A count given alone keeps the other one.
    const auto r = repo.signatures(p->id, nOnline >= 0 ? nOnline : p->signaturesOnline,
                                   nPaper >= 0 ? nPaper : p->signaturesPaper, note, when);
    if (!r.ok())
        return workflowFailure(r.error);
    const auto after = repo.find(p->id, &dbError);
    return printJson(after ? recordToJson(*after) : QJsonObject{});
}

// petition status NUMBER [--to STATUS ...] | petition status --expire [--today DATE]
int CliApp::cmdPetitionStatus()
{
    const bool expire = takeFlag(QStringLiteral("--expire"));
    takeFlag(QStringLiteral("--json")); // the output is always JSON
    QString today, to, decision, answer;
    const bool hasToday = takeOption(QStringLiteral("--today"), &today);
    const bool hasTo = takeOption(QStringLiteral("--to"), &to);
    takeOption(QStringLiteral("--decision"), &decision);
    takeOption(QStringLiteral("--answer"), &answer);
    QStringList reasons;
    QString reason;
    while (takeOption(QStringLiteral("--reason"), &reason))
        reasons << reason;
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for petition status").arg(a));
    }
    QDate day;
    if (hasToday) {
        day = QDate::fromString(today, Qt::ISODate);
        if (!day.isValid())
            return usage(QStringLiteral("--today takes YYYY-MM-DD"));
    }
    if (expire ? m_args.size() != 2 : m_args.size() != 3)
        return usage(QStringLiteral("petition status takes NUMBER, or --expire"));
    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    PetitionRepository repo(db);
    if (expire) {
        const auto r = repo.expireDue(day);
        if (!r.ok())
            return workflowFailure(r.error);
        return printJson(QJsonObject{{QStringLiteral("expired"), r.id}});
    }
    DbError dbError;
    auto p = repo.findByNumber(m_args.at(2), &dbError);
    if (!p)
        return fail(dbError.isError() ? Usage : Finding,
                    dbError.isError() ? dbError.detail
                                      : QStringLiteral("not_found: petition %1").arg(m_args.at(2)));
    if (hasTo) {
        PetitionRepository::Result r;
        if (to == QLatin1String("moderation")) {
            r = repo.take(p->id, p->version);
        } else if (to == QLatin1String("published") || to == QLatin1String("collecting") ||
                   to == QLatin1String("rejected")) {
            // The findings the moderator had are recorded with the decision.
            PetitionChecker checker;
            const auto findings =
                checker.check({p->title, p->text, p->authorName, p->authorEmail, p->submittedAt},
                              repo.activeReferences(&dbError, p->id));
            if (to == QLatin1String("rejected")) {
                if (reasons.isEmpty())
                    return usage(QStringLiteral("a rejection needs --reason T (repeatable)"));
                r = repo.reject(p->id, p->version, reasons, findings);
            } else {
                r = repo.publish(p->id, p->version, findings);
            }
        } else if (to == QLatin1String("passed_to_mayor")) {
            r = repo.pass(p->id, p->version);
        } else if (to == QLatin1String("under_consideration")) {
            r = repo.consider(p->id, p->version);
        } else if (to == QLatin1String("answered")) {
            if (decision != QLatin1String("supported") &&
                decision != QLatin1String("not_supported"))
                return usage(QStringLiteral("an answer needs --decision supported|not_supported "
                                            "and --answer T"));
            r = repo.answer(p->id, p->version, decision, answer);
        } else if (to == QLatin1String("converted")) {
            r = repo.convertToAppeal(p->id, p->version, QDateTime::currentDateTime());
        } else {
            return usage(
                QStringLiteral("--to takes moderation, published, rejected, "
                               "passed_to_mayor, under_consideration, answered, converted"));
        }
        if (!r.ok())
            return workflowFailure(r.error);
        p = repo.find(p->id, &dbError);
        if (!p)
            return fail(Usage, dbError.detail);
    }
    return printJson(recordToJson(*p));
}

// petition import FILE|-: petitions and signature counts from a CSV or JSON export. Every row is
// checked first; one bad row refuses the file (each named by line); the rows are then written
// in one transaction, so a refusal by the database leaves nothing half-imported either.
int CliApp::cmdPetitionImport()
{
    if (m_args.size() != 3)
        return usage(QStringLiteral("petition import takes one FILE or -"));
    QByteArray data;
    if (m_args.at(2) == QLatin1String("-")) {
        data = m_in.readAll().toUtf8();
    } else {
        QFile f(m_args.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Usage,
                        QStringLiteral("cannot read %1: %2").arg(m_args.at(2), f.errorString()));
        data = f.readAll();
    }
    const bool json = PetitionImport::looksLikeJson(data);
    QList<PetitionImportError> errors;
    const QList<PetitionImportRow> rows =
        json ? PetitionImport::parseJson(data, &errors) : PetitionImport::parseCsv(data, &errors);
    const QString unit = json ? QStringLiteral("item") : QStringLiteral("line");
    if (!errors.isEmpty()) {
        std::sort(errors.begin(), errors.end(),
                  [](const auto &a, const auto &b) { return a.line < b.line; });
        for (const auto &e : std::as_const(errors))
            m_err << "kontaktctl: " << unit << ' ' << e.line << ": " << e.message << Qt::endl;
        m_err << "kontaktctl: nothing imported (" << errors.size() << " problem(s))" << Qt::endl;
        return Finding;
    }
    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    PetitionRepository repo(db);
    int registered = 0, existing = 0, counted = 0;
    QJsonArray reached;
    TransactionGuard tx(db);
    if (!tx.isActive())
        return fail(Usage, db.lastError().text());
    for (const PetitionImportRow &row : rows) {
        DbError dbError;
        auto p = repo.findByNumber(row.number, &dbError);
        if (dbError.isError())
            return fail(Usage,
                        QStringLiteral("%1 %2: %3").arg(unit).arg(row.line).arg(dbError.detail));
        if (row.hasPetition()) {
            if (p) {
                ++existing;
            } else {
                PetitionRepository::NewPetition n;
                n.number = row.number;
                n.title = row.title;
                n.text = row.text;
                n.authorName = row.authorName;
                n.authorEmail = row.authorEmail;
                n.authorPhone = row.authorPhone;
                n.submittedAt = row.submittedAt;
                const auto r = repo.submit(n);
                if (!r.ok()) {
                    tx.rollback();
                    m_err << "kontaktctl: nothing imported" << Qt::endl;
                    return workflowFailure(r.error,
                                           QStringLiteral("%1 %2: ").arg(unit).arg(row.line));
                }
                ++registered;
            }
        }
        if (row.hasCounts()) {
            p = repo.findByNumber(row.number, &dbError);
            if (!p) {
                tx.rollback();
                return fail(Finding,
                            QStringLiteral("%1 %2: not_found: petition %3 (nothing imported)")
                                .arg(unit)
                                .arg(row.line)
                                .arg(row.number));
            }
            const auto r = repo.signatures(p->id, row.signaturesOnline, row.signaturesPaper,
                                           QStringLiteral("імпорт"), row.countedAt);
            if (!r.ok()) {
                tx.rollback();
                m_err << "kontaktctl: nothing imported" << Qt::endl;
                return workflowFailure(r.error, QStringLiteral("%1 %2: ").arg(unit).arg(row.line));
            }
            ++counted;
            if (r.status == QLatin1String("threshold_reached") &&
                p->status == QLatin1String("collecting"))
                reached.append(row.number);
        }
    }
    if (!tx.commit())
        return fail(Usage, db.lastError().text());
    return printJson(QJsonObject{{QStringLiteral("registered"), registered},
                                 {QStringLiteral("already_registered"), existing},
                                 {QStringLiteral("counts_updated"), counted},
                                 {QStringLiteral("threshold_reached"), reached}});
}

int CliApp::cmdPetition(const QString &verb)
{
    if (verb == QLatin1String("check"))
        return cmdPetitionCheck();
    if (verb == QLatin1String("add"))
        return cmdPetitionAdd();
    if (verb == QLatin1String("sign"))
        return cmdPetitionSign();
    if (verb == QLatin1String("status"))
        return cmdPetitionStatus();
    if (verb == QLatin1String("import"))
        return cmdPetitionImport();
    return usage(QStringLiteral("petition takes check, add, sign, status, import"));
}
