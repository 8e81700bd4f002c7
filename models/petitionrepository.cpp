#include "petitionrepository.h"

#include "appealrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant nullIfEmpty(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullIfInvalid(const QDateTime &t)
{
    return t.isValid() ? QVariant(t) : QVariant(QMetaType(QMetaType::QDateTime));
}

QVariant textArray(const QStringList &values)
{
    // A PostgreSQL array literal; every element quoted and escaped.
    QStringList parts;
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        parts << QLatin1Char('"') + v + QLatin1Char('"');
    }
    return QVariant(QStringLiteral("{") + parts.join(QLatin1Char(',')) + QStringLiteral("}"));
}

QStringList fromTextArray(const QString &literal)
{
    // {a,"b c"} as PostgreSQL prints text[]
    QStringList out;
    QString s = literal;
    if (s.size() < 2)
        return out;
    s = s.mid(1, s.size() - 2);
    QString cur;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < s.size())
                cur += s.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cur += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
            any = false;
        } else {
            cur += c;
            any = true;
        }
    }
    if (any || !cur.isEmpty())
        out << cur;
    return out;
}

QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : v.toDate();
}

const char *const kSelect =
    "SELECT p.id, coalesce(p.number, ''), p.title, p.text, p.author_name, p.author_email, "
    "       coalesce(p.author_phone, ''), coalesce(p.author_address, ''), p.submitted_at, "
    "       p.published_at, p.signatures_online, p.signatures_paper, p.threshold, "
    "       p.collection_days, p.status, p.moderation_reasons::text, "
    "       p.moderation_findings::text, p.moderated_at, coalesce(p.moderated_by, ''), "
    "       p.threshold_reached_at, p.passed_to_mayor_at, coalesce(p.decision, ''), "
    "       coalesce(p.answer_text, ''), p.answered_at, coalesce(p.converted_appeal_id, 0), "
    "       coalesce(a.reg_index, ''), p.version, t.moderation_due, t.collection_ends, "
    "       t.mayor_due, t.consideration_due, t.current_due "
    "FROM kontakt.petition p JOIN kontakt.petition_terms t ON t.id = p.id "
    "LEFT JOIN kontakt.appeal a ON a.id = p.converted_appeal_id ";

} // namespace

PetitionRepository::PetitionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString PetitionRepository::findingsJson(const QList<PetitionFinding> &findings)
{
    QJsonArray list;
    for (const PetitionFinding &f : findings)
        list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("evidence"), f.evidence}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

PetitionRepository::Result PetitionRepository::call(const QString &sql, const QVariantList &values,
                                                    qint64 rowId)
{
    Result r;
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        QString detail = e.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (detail.startsWith(QLatin1String("ERROR:")))
            detail = detail.mid(6).trimmed();
        if (detail.isEmpty())
            detail = e.text().trimmed();
        r.error = WorkflowError::make(WorkflowError::kindFromSqlState(e.nativeErrorCode()), detail);
        if (r.error.kind == WorkflowError::Kind::StaleVersion) {
            QSqlQuery w(m_db);
            w.prepare(
                QStringLiteral("SELECT updated_by, updated_at FROM kontakt.petition WHERE id = ?"));
            w.addBindValue(rowId);
            if (w.exec() && w.next()) {
                r.error.changedBy = w.value(0).toString();
                r.error.changedAt = w.value(1).toDateTime();
            }
        }
        return r;
    }
    if (q.next() && !q.value(0).isNull()) {
        bool isNumber = false;
        const qint64 n = q.value(0).toLongLong(&isNumber);
        if (isNumber)
            r.id = n;
        else
            r.status = q.value(0).toString();
    }
    if (r.id == 0)
        r.id = rowId;
    return r;
}

PetitionRepository::Result PetitionRepository::submit(const NewPetition &p)
{
    return call(QStringLiteral("SELECT kontakt.petition_submit(?, ?, ?, ?, ?, ?, ?, ?)"),
                {p.title, p.text, p.authorName, p.authorEmail, nullIfEmpty(p.authorPhone),
                 nullIfEmpty(p.authorAddress), nullIfInvalid(p.submittedAt), nullIfEmpty(p.number)},
                0);
}

PetitionRepository::Result PetitionRepository::take(qint64 id, int version)
{
    return call(QStringLiteral("SELECT kontakt.petition_take(?, ?)"), {id, version}, id);
}

PetitionRepository::Result PetitionRepository::publish(qint64 id, int version,
                                                       const QList<PetitionFinding> &findings)
{
    return call(QStringLiteral("SELECT kontakt.petition_publish(?, ?, ?::jsonb)"),
                {id, version, findingsJson(findings)}, id);
}

PetitionRepository::Result PetitionRepository::reject(qint64 id, int version,
                                                      const QStringList &reasons,
                                                      const QList<PetitionFinding> &findings)
{
    return call(QStringLiteral("SELECT kontakt.petition_reject(?, ?, ?::text[], ?::jsonb)"),
                {id, version, textArray(reasons), findingsJson(findings)}, id);
}

PetitionRepository::Result PetitionRepository::signatures(qint64 id, int online, int paper,
                                                          const QString &note, const QDateTime &at)
{
    return call(QStringLiteral("SELECT kontakt.petition_signatures(?, ?, ?, ?, ?)"),
                {id, online, paper, nullIfEmpty(note), nullIfInvalid(at)}, id);
}

PetitionRepository::Result PetitionRepository::pass(qint64 id, int version)
{
    return call(QStringLiteral("SELECT kontakt.petition_pass(?, ?)"), {id, version}, id);
}

PetitionRepository::Result PetitionRepository::consider(qint64 id, int version)
{
    return call(QStringLiteral("SELECT kontakt.petition_consider(?, ?)"), {id, version}, id);
}

PetitionRepository::Result PetitionRepository::answer(qint64 id, int version,
                                                      const QString &decision, const QString &text)
{
    return call(QStringLiteral("SELECT kontakt.petition_answer(?, ?, ?, ?)"),
                {id, version, decision, text}, id);
}

PetitionRepository::Result PetitionRepository::expireDue(const QDate &today)
{
    Result r = call(QStringLiteral("SELECT kontakt.petition_expire_due(?)"),
                    {today.isValid() ? QVariant(today) : QVariant(QMetaType(QMetaType::QDate))}, 0);
    return r;
}

PetitionRepository::Result PetitionRepository::convertToAppeal(qint64 id, int version,
                                                               const QDateTime &now)
{
    Result r;
    DbError dbError;
    const auto p = find(id, &dbError);
    if (!p) {
        r.error = WorkflowError::make(dbError.isError() ? WorkflowError::Kind::Failed
                                                        : WorkflowError::Kind::NotFound,
                                      dbError.detail);
        return r;
    }
    if (p->status != QLatin1String("expired")) {
        r.error = WorkflowError::make(WorkflowError::Kind::WrongState,
                                      QStringLiteral("the petition is %1").arg(p->status));
        return r;
    }
    // The author as the appeal's author: "Прізвище Ім'я По батькові".
    const QStringList name = p->authorName.simplified().split(QLatin1Char(' '));
    AppealInput in;
    in.channel = Channel::Web;
    in.receivedAt = now;
    in.author.surname = name.value(0);
    in.author.firstName = name.value(1);
    in.author.patronymic = name.mid(2).join(QLatin1Char(' '));
    in.author.email = p->authorEmail;
    in.author.phone = p->authorPhone;
    in.author.address = p->authorAddress;
    in.topicCode = QStringLiteral("021"); // activity of the local self-government bodies
    in.signatories = qMax(1, p->signaturesTotal());
    in.subjectCode = in.signatories > 1 ? QStringLiteral("5.2") : QStringLiteral("5.1");
    in.summary = QStringLiteral("Електронна петиція № %1 «%2» не набрала %3 підписів (%4) і "
                                "розглядається як звернення")
                     .arg(p->number, p->title)
                     .arg(p->threshold)
                     .arg(p->signaturesTotal())
                     .left(1000);
    in.fullText = p->text;
    // One petition, one appeal: a retry finds the appeal registered by the first attempt.
    in.idempotencyKey =
        QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c1d52-8a4e-4c1e-9a57-3f0e5d1b7a01}")),
                            QStringLiteral("petition:%1").arg(p->id));
    const auto reg = AppealRepository(m_db).registerAppeal(in, now);
    if (!reg.ok()) {
        QStringList why;
        for (const FieldError &e : reg.errors)
            why << e.field + QStringLiteral(": ") + e.message;
        if (reg.dbError.isError())
            why << reg.dbError.detail;
        r.error = WorkflowError::make(reg.dbError.kind == DbError::Kind::PermissionDenied
                                          ? WorkflowError::Kind::NotAllowed
                                          : WorkflowError::Kind::InvalidInput,
                                      why.join(QStringLiteral("; ")));
        return r;
    }
    r = call(QStringLiteral("SELECT kontakt.petition_convert(?, ?, ?)"),
             {id, version, reg.appeal.id}, id);
    if (r.ok())
        r.id = reg.appeal.id;
    return r;
}

QList<PetitionRecord> PetitionRepository::load(const QString &where, const QVariantList &binds,
                                               DbError *error)
{
    QList<PetitionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSelect) + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next()) {
        PetitionRecord p;
        int i = 0;
        p.id = q.value(i++).toLongLong();
        p.number = q.value(i++).toString();
        p.title = q.value(i++).toString();
        p.text = q.value(i++).toString();
        p.authorName = q.value(i++).toString();
        p.authorEmail = q.value(i++).toString();
        p.authorPhone = q.value(i++).toString();
        p.authorAddress = q.value(i++).toString();
        p.submittedAt = toTime(q.value(i++));
        p.publishedAt = toTime(q.value(i++));
        p.signaturesOnline = q.value(i++).toInt();
        p.signaturesPaper = q.value(i++).toInt();
        p.threshold = q.value(i++).toInt();
        p.collectionDays = q.value(i++).toInt();
        p.status = q.value(i++).toString();
        p.moderationReasons = fromTextArray(q.value(i++).toString());
        const QJsonArray findings =
            QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            p.moderationFindings.append({o.value(QStringLiteral("rule")).toString(),
                                         o.value(QStringLiteral("message")).toString(),
                                         o.value(QStringLiteral("evidence")).toString()});
        }
        p.moderatedAt = toTime(q.value(i++));
        p.moderatedBy = q.value(i++).toString();
        p.thresholdReachedAt = toTime(q.value(i++));
        p.passedToMayorAt = toTime(q.value(i++));
        p.decision = q.value(i++).toString();
        p.answerText = q.value(i++).toString();
        p.answeredAt = toTime(q.value(i++));
        p.convertedAppealId = q.value(i++).toLongLong();
        p.convertedRegIndex = q.value(i++).toString();
        p.version = q.value(i++).toInt();
        p.moderationDue = toDate(q.value(i++));
        p.collectionEnds = toDate(q.value(i++));
        p.mayorDue = toDate(q.value(i++));
        p.considerationDue = toDate(q.value(i++));
        p.currentDue = toDate(q.value(i++));
        out.append(p);
    }
    return out;
}

std::optional<PetitionRecord> PetitionRepository::find(qint64 id, DbError *error)
{
    const auto list = load(QStringLiteral("WHERE p.id = ?"), {id}, error);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<PetitionRecord> PetitionRepository::findByNumber(const QString &number,
                                                               DbError *error)
{
    const auto list = load(QStringLiteral("WHERE p.number = ?"), {number}, error);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<PetitionRecord> PetitionRepository::list(const QStringList &statuses, DbError *error)
{
    if (statuses.isEmpty())
        return load(QStringLiteral("ORDER BY p.submitted_at DESC, p.id DESC"), {}, error);
    return load(QStringLiteral("WHERE p.status = ANY (?::text[]) "
                               "ORDER BY p.submitted_at DESC, p.id DESC"),
                {textArray(statuses)}, error);
}

QList<PetitionEvent> PetitionRepository::events(qint64 id, DbError *error)
{
    QList<PetitionEvent> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, by_login, kind, detail::text FROM kontakt.petition_event "
                             "WHERE petition_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toDateTime(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

QList<PetitionReference> PetitionRepository::activeReferences(DbError *error, qint64 exceptId)
{
    QList<PetitionReference> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, coalesce(number, ''), title, text FROM kontakt.petition "
                       "WHERE status IN ('submitted', 'moderation', 'published', 'collecting', "
                       "'threshold_reached', 'passed_to_mayor', 'under_consideration') AND id <> ? "
                       "ORDER BY id"));
    q.addBindValue(exceptId);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}
