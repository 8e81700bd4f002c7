#include "appealrepository.h"

#include "deadlinecalculator.h"
#include "phonenumber.h"
#include "preparedqueries.h"
#include "referencerepository.h"
#include "registrationindex.h"
#include "repeatrules.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
const QTimeZone &kyiv()
{
    static const QTimeZone tz(QByteArrayLiteral("Europe/Kyiv"));
    return tz;
}

QVariant nullable(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
}

QString pgArray(const QStringList &codes)
{
    // Codes are validated to [0-9.]; the text form of a PostgreSQL array.
    return QStringLiteral("{") + codes.join(QLatin1Char(',')) + QStringLiteral("}");
}

AppealStatus statusFor(IntakeOutcome outcome)
{
    switch (outcome) {
    case IntakeOutcome::Register:
        return AppealStatus::Registered;
    case IntakeOutcome::Consultation:
        return AppealStatus::Consultation;
    case IntakeOutcome::Forward:
        return AppealStatus::Forwarded;
    case IntakeOutcome::Return:
        return AppealStatus::Returned;
    case IntakeOutcome::NotConsidered:
        return AppealStatus::NotConsidered;
    }
    return AppealStatus::Registered;
}

constexpr const char *kSelect =
    "SELECT a.id, coalesce(a.reg_index, ''), a.status, coalesce(a.arrival_code, '2.1'), "
    "       a.priority, a.due_date, coalesce(a.due_reason, ''), a.registered_at, a.operator_login, "
    "       coalesce(a.status_reason, ''), a.channel, a.received_at, coalesce(a.caller_id, 0), "
    "       coalesce(a.author_surname, ''), coalesce(a.author_first_name, ''), "
    "       coalesce(a.author_patronymic, ''), coalesce(a.author_phone, ''), "
    "       coalesce(a.author_email, ''), coalesce(a.author_address, ''), "
    "       coalesce(a.author_sex_code, ''), array_to_string(a.author_categories, ','), "
    "       coalesce(a.author_social_code, ''), coalesce(a.kind_code, ''), "
    "       coalesce(a.subject_code, ''), a.signatories, coalesce(a.topic_code, ''), "
    "       coalesce(a.summary, ''), coalesce(a.full_text, ''), coalesce(a.problem_address, ''), "
    "       a.needs_study, a.confidential, a.consent_updates, coalesce(a.forwarded_to, ''), "
    "       a.idempotency_key::text, a.version, coalesce(a.parent_appeal_id, 0) "
    "  FROM kontakt.appeal a ";
} // namespace

AppealRepository::AppealRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Appeal> AppealRepository::load(const QString &where, const QVariant &value,
                                             DbError *error)
{
    QSqlError sqlError;
    QSqlQuery *found = PreparedQueries::exec(m_db, QString::fromLatin1(kSelect) + where, {value},
                                             false, &sqlError);
    if (!found) {
        *error = DbError::fromQuery(sqlError);
        return std::nullopt;
    }
    *error = {};
    const QSqlQuery &q = *found;
    if (!found->next())
        return std::nullopt;
    Appeal a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.regIndex = q.value(i++).toString();
    a.status =
        AppealKeys::statusFromKey(q.value(i++).toString()).value_or(AppealStatus::Registered);
    a.arrivalCode = q.value(i++).toString();
    a.priority = q.value(i++).toBool();
    const QVariant due = q.value(i++);
    if (!due.isNull())
        a.dueDate = due.toDate();
    a.dueReason = q.value(i++).toString();
    a.registeredAt = q.value(i++).toDateTime();
    a.operatorLogin = q.value(i++).toString();
    a.statusReason = q.value(i++).toString();
    AppealInput &in = a.input;
    in.channel = AppealKeys::channelFromKey(q.value(i++).toString()).value_or(Channel::Phone);
    in.receivedAt = q.value(i++).toDateTime();
    in.callerId = q.value(i++).toLongLong();
    in.author.surname = q.value(i++).toString();
    in.author.firstName = q.value(i++).toString();
    in.author.patronymic = q.value(i++).toString();
    in.author.phone = q.value(i++).toString();
    in.author.email = q.value(i++).toString();
    in.author.address = q.value(i++).toString();
    in.author.sexCode = q.value(i++).toString();
    const QString categories = q.value(i++).toString();
    if (!categories.isEmpty())
        in.author.categories = categories.split(QLatin1Char(','));
    in.author.socialCode = q.value(i++).toString();
    in.kindCode = q.value(i++).toString();
    in.subjectCode = q.value(i++).toString();
    in.signatories = q.value(i++).toInt();
    in.topicCode = q.value(i++).toString();
    in.summary = q.value(i++).toString();
    in.fullText = q.value(i++).toString();
    in.problemAddress = q.value(i++).toString();
    in.needsStudy = q.value(i++).toBool();
    in.confidential = q.value(i++).toBool();
    in.consentUpdates = q.value(i++).toBool();
    in.forwardTo = q.value(i++).toString();
    in.idempotencyKey = QUuid::fromString(q.value(i++).toString());
    a.version = q.value(i++).toInt();
    in.coApplicantOf = q.value(i++).toLongLong();

    QSqlQuery *links = PreparedQueries::exec(
        m_db,
        QStringLiteral(
            "SELECT l.kind, l.linked_appeal_id, coalesce(e.reg_index, '') "
            "  FROM kontakt.appeal_link l JOIN kontakt.appeal e ON e.id = l.linked_appeal_id "
            " WHERE l.appeal_id = ? ORDER BY e.received_at"),
        {a.id}, false, &sqlError);
    if (!links) {
        *error = DbError::fromQuery(sqlError);
        return std::nullopt;
    }
    while (links->next())
        a.links.append(
            {links->value(0).toString(), links->value(1).toLongLong(), links->value(2).toString()});
    return a;
}

std::optional<Appeal> AppealRepository::findById(qint64 id, DbError *error)
{
    return load(QStringLiteral("WHERE a.id = ?"), id, error);
}

std::optional<Appeal> AppealRepository::findByRegIndex(const QString &regIndex, DbError *error)
{
    // Indexes restart every year: the newest case with this index.
    return load(QStringLiteral("WHERE a.reg_index = ? ORDER BY a.received_at DESC LIMIT 1"),
                regIndex, error);
}

std::optional<Appeal> AppealRepository::findByIdempotencyKey(const QUuid &key, DbError *error)
{
    return load(QStringLiteral("WHERE a.idempotency_key = ?::uuid"),
                key.toString(QUuid::WithoutBraces), error);
}

AppealRepository::RegisterResult AppealRepository::registerAppeal(const AppealInput &original,
                                                                  const QDateTime &now)
{
    RegisterResult result;
    AppealInput in = original;
    if (in.idempotencyKey.isNull())
        in.idempotencyKey = QUuid::createUuid();

    // Reference data in one round trip, before the transaction.
    const QDate received = in.receivedAt.toTimeZone(kyiv()).date();
    ReferenceRepository reference(m_db);
    ReferenceRepository::RegistrationContext context;
    if (!reference.loadRegistrationContext(&context, in.topicCode, received, received.addDays(120),
                                           &result.dbError)) {
        result.outcome = RegisterResult::Outcome::Failed;
        return result;
    }

    result.errors = AppealValidator::validate(in, now);
    QString phoneE164;
    if (!in.author.phone.trimmed().isEmpty()) {
        QString phoneError;
        const auto normalized =
            PhoneNumber::normalize(in.author.phone, context.areaCode, &phoneError);
        if (normalized)
            phoneE164 = *normalized;
        else
            result.errors.append({QStringLiteral("author.phone"), phoneError});
    }
    if (!result.errors.isEmpty()) {
        // A retry of a submission that reached the database returns what was stored, even if
        // the rules have changed since. (A retry that passes the rules is caught by the unique
        // idempotency key at the INSERT below; the common path saves this round trip.)
        if (auto existing = findByIdempotencyKey(in.idempotencyKey, &result.dbError)) {
            result.errors.clear();
            result.outcome = RegisterResult::Outcome::AlreadyStored;
            result.appeal = *existing;
            return result;
        }
        result.outcome = RegisterResult::Outcome::Refused;
        return result;
    }

    const IntakeOutcome outcome = AppealValidator::effectiveOutcome(in);
    const bool anonymous = AppealValidator::isAnonymous(in);
    if (anonymous) {
        in.subjectCode = QStringLiteral("5.3");
        if (in.reason.trimmed().isEmpty())
            in.reason = AppealValidator::anonymousReason();
    }
    const AppealStatus status = statusFor(outcome);

    const QString pattern = RegistrationIndex::isValidPattern(context.indexPattern)
                                ? context.indexPattern
                                : RegistrationIndex::defaultPattern();

    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        result.dbError = DbError::fromQuery(m_db.lastError());
        return result;
    }
    // Every statement is prepared once per connection: one round trip each.
    QSqlError sqlError;
    auto exec = [&](const QString &sql, const QVariantList &binds) {
        return PreparedQueries::exec(m_db, sql, binds, false, &sqlError);
    };
    auto failed = [&]() {
        result.dbError = DbError::fromQuery(sqlError);
        result.outcome = RegisterResult::Outcome::Failed;
        return result;
    };
    // The queues learn of the new case after the COMMIT (0013_register_concurrency.sql): a NOTIFY
    // inside the transaction would make the desks' commits wait for each other.
    QSqlQuery *q =
        exec(QStringLiteral("SELECT set_config('kontakt.notify', 'deferred', true)"), {});
    if (!q)
        return failed();

    // --- the caller: picked by the operator, else by phone and name, else by name and address
    qint64 callerId = in.callerId;
    if (!callerId && !phoneE164.isEmpty()) {
        q = exec(QStringLiteral(
                     "SELECT c.id FROM kontakt.caller c JOIN kontakt.caller_phone p ON p.caller_id "
                     "= c.id "
                     " WHERE p.phone_e164 = ? AND p.active "
                     "   AND (lower(coalesce(c.surname, '')) = lower(?) OR ? = '') "
                     " ORDER BY (lower(coalesce(c.first_name, '')) = lower(?)) DESC, c.updated_at "
                     "DESC "
                     " LIMIT 1"),
                 {phoneE164, in.author.surname.trimmed(), in.author.surname.trimmed(),
                  in.author.firstName.trimmed()});
        if (!q)
            return failed();
        if (q->next())
            callerId = q->value(0).toLongLong();
    }
    if (!callerId && in.author.hasName() && !in.author.address.trimmed().isEmpty()) {
        q = exec(QStringLiteral("SELECT id FROM kontakt.caller WHERE lower(surname) = lower(?) "
                                "   AND lower(coalesce(first_name, '')) = lower(?) AND "
                                "lower(coalesce(address, '')) = lower(?) "
                                " ORDER BY updated_at DESC LIMIT 1"),
                 {in.author.surname.trimmed(), in.author.firstName.trimmed(),
                  in.author.address.trimmed()});
        if (!q)
            return failed();
        if (q->next())
            callerId = q->value(0).toLongLong();
    }
    const bool knownAuthor = in.author.hasName() || !phoneE164.isEmpty();
    bool newCaller = false;
    if (!callerId && knownAuthor) {
        q = exec(QStringLiteral("INSERT INTO kontakt.caller(surname, first_name, patronymic, "
                                "sex_code, email, address, "
                                "                           social_code, consent_sms, "
                                "consent_email) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {nullable(in.author.surname), nullable(in.author.firstName),
                  nullable(in.author.patronymic), nullable(in.author.sexCode),
                  nullable(in.author.email), nullable(in.author.address),
                  nullable(in.author.socialCode), in.consentUpdates,
                  in.consentUpdates && !in.author.email.trimmed().isEmpty()});
        if (!q || !q->next())
            return failed();
        callerId = q->value(0).toLongLong();
        newCaller = true;
    }
    if (callerId && !phoneE164.isEmpty()) {
        q = exec(QStringLiteral("INSERT INTO kontakt.caller_phone(caller_id, phone_e164, raw, "
                                "kind) VALUES (?, ?, ?, "
                                "CASE WHEN ? LIKE '+3806%' OR ? LIKE '+3807%' OR ? LIKE '+3809%' "
                                "THEN 'mobile' "
                                "ELSE 'landline' END) ON CONFLICT (caller_id, phone_e164) DO "
                                "NOTHING"),
                 {callerId, phoneE164, in.author.phone.trimmed(), phoneE164, phoneE164, phoneE164});
        if (!q)
            return failed();
    }
    for (const QString &category : std::as_const(in.author.categories)) {
        if (!callerId)
            break;
        q = exec(QStringLiteral(
                     "INSERT INTO kontakt.caller_category(caller_id, category_code) VALUES (?, ?) "
                     "ON CONFLICT (caller_id, category_code) DO UPDATE SET active = true"),
                 {callerId, category});
        if (!q)
            return failed();
    }

    // --- repeats and duplicates: same author, same topic
    RepeatVerdict verdict;
    // (A caller created in this transaction has no earlier appeals: no query.)
    if (callerId && !newCaller && !in.topicCode.isEmpty() &&
        outcome != IntakeOutcome::Consultation) {
        q = exec(QStringLiteral("SELECT id, coalesce(reg_index, ''), status, received_at, "
                                "closed_at "
                                "  FROM kontakt.appeal WHERE caller_id = ? AND topic_code = ? AND "
                                "status <> 'draft'"),
                 {callerId, in.topicCode});
        if (!q)
            return failed();
        QList<EarlierAppeal> earlier;
        while (q->next())
            earlier.append(
                {q->value(0).toLongLong(), q->value(1).toString(),
                 AppealKeys::statusFromKey(q->value(2).toString()).value_or(AppealStatus::Closed),
                 q->value(3).toDateTime(), q->value(4).toDateTime()});
        verdict = RepeatRules::classify(earlier, in.receivedAt, context.repeatWindowMonths);
    }
    qint64 parentId = verdict.parentId;
    std::optional<AppealLink> coApplicantLink;
    if (in.coApplicantOf) {
        parentId = in.coApplicantOf;
        coApplicantLink = AppealLink{QStringLiteral("related"), in.coApplicantOf, QString()};
    }

    // --- the legal term and its reason (registered appeals only: other outcomes end here)
    QVariant due(QMetaType(QMetaType::QDate));
    QString dueReason;
    if (status == AppealStatus::Registered) {
        const Term term = DeadlineCalculator(context.calendar)
                              .appealTerm(in.receivedAt, in.needsStudy, context.termRule);
        due = term.due;
        dueReason = term.reason;
    }

    // --- the registration index: letter of the surname, КО collective, БП anonymous
    const auto indexKind =
        in.subjectCode == QLatin1String("5.2")
            ? RegistrationIndex::Kind::Collective
            : ((anonymous || !in.author.hasName()) ? RegistrationIndex::Kind::Anonymous
                                                   : RegistrationIndex::Kind::Individual);
    const QString prefix = RegistrationIndex::prefix(in.author.surname, indexKind);
    const int year = received.year();
    // Numbers run without gaps per (year, letter), so their counter row stays locked from the
    // allocation to the commit and every other desk registering the same letter waits that
    // long. The number is therefore allocated inside the appeal's INSERT, the last statement
    // before the commit: the index is formatted here around a mark (a control character, which
    // neither a valid pattern nor a prefix can hold) that the INSERT replaces by the number.
    const QString numberMark = QStringLiteral("\u0001");
    const QString indexTemplate = RegistrationIndex::format(pattern, prefix, numberMark, year);

    // --- the appeal itself
    const bool closedAtFirstContact = status == AppealStatus::Consultation;
    const QDateTime forwardedAt =
        in.forwardedOn.isValid() ? in.forwardedOn.startOfDay(kyiv()) : now;
    const QVariantList appealValues{
        indexTemplate,
        numberMark,
        year,
        prefix,
        in.idempotencyKey.toString(QUuid::WithoutBraces),
        AppealKeys::channelKey(in.channel),
        AppealKeys::formCode(in.channel),
        verdict.arrivalCode,
        nullable(in.kindCode),
        nullable(in.subjectCode),
        AppealKeys::typeCode(in.channel),
        in.signatories,
        callerId ? QVariant(callerId) : QVariant(QMetaType(QMetaType::LongLong)),
        nullable(in.author.surname),
        nullable(in.author.firstName),
        nullable(in.author.patronymic),
        nullable(in.author.address),
        nullable(phoneE164.isEmpty() ? in.author.phone : phoneE164),
        nullable(in.author.email),
        nullable(in.author.sexCode),
        nullable(in.author.socialCode),
        pgArray(in.author.categories),
        in.receivedAt.toTimeZone(kyiv()).date(),
        in.receivedAt,
        nullable(in.topicCode),
        nullable(in.summary),
        nullable(in.fullText),
        nullable(in.problemAddress),
        in.needsStudy,
        in.confidential,
        in.consentUpdates,
        AppealKeys::statusKey(status),
        nullable(in.reason),
        status == AppealStatus::Forwarded ? nullable(in.forwardTo)
                                          : QVariant(QMetaType(QMetaType::QString)),
        status == AppealStatus::Forwarded ? QVariant(forwardedAt)
                                          : QVariant(QMetaType(QMetaType::QDateTime)),
        in.authorNotified ? QVariant(now) : QVariant(QMetaType(QMetaType::QDateTime)),
        due,
        nullable(dueReason),
        parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)),
        closedAtFirstContact,
        closedAtFirstContact};
    q = exec(
        QStringLiteral(
            "INSERT INTO kontakt.appeal("
            " reg_index, idempotency_key, channel, form_code, arrival_code, kind_code,"
            " subject_code, type_code, signatories, caller_id, author_surname, author_first_name,"
            " author_patronymic, author_address, author_phone, author_email, author_sex_code,"
            " author_social_code, author_categories, signed_on, received_at, registered_at,"
            " topic_code, summary, full_text, problem_address, needs_study, confidential,"
            " consent_updates, status, status_reason, forwarded_to, forwarded_at,"
            " author_notified_at, due_date, due_reason, parent_appeal_id, closed_at, closed_by)"
            " VALUES (replace(?, ?, kontakt.reg_counter_next(?, ?)::text), ?::uuid, ?, ?, ?, ?,"
            "         ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, now(), ?, ?, ?, ?, ?,"
            "         ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            "         CASE WHEN ? THEN now() END, CASE WHEN ? THEN session_user END)"
            " RETURNING id, reg_index, change_seq"),
        appealValues);
    if (!q || !q->next()) {
        // Two desks retrying the same submission at once: the loser returns the winner's row.
        if (sqlError.nativeErrorCode() == QLatin1String("23505") &&
            sqlError.databaseText().contains(QLatin1String("idempotency_key"))) {
            tx.rollback();
            if (auto existing = findByIdempotencyKey(in.idempotencyKey, &result.dbError)) {
                result.outcome = RegisterResult::Outcome::AlreadyStored;
                result.appeal = *existing;
                return result;
            }
        }
        return failed();
    }
    const qint64 id = q->value(0).toLongLong();
    const qint64 changeSeq = q->value(2).toLongLong();
    for (const auto &link : {verdict.link, coApplicantLink}) {
        if (!link)
            continue;
        q = exec(QStringLiteral("INSERT INTO kontakt.appeal_link(appeal_id, linked_appeal_id, "
                                "kind) "
                                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                 {id, link->appealId, link->kind});
        if (!q)
            return failed();
    }
    // A consultation answered from the knowledge base: the article's use is counted and linked
    // to the call, in the same transaction (3.12).
    if (in.kbArticleId && status == AppealStatus::Consultation) {
        q = exec(QStringLiteral("SELECT kontakt.kb_record_use(?, ?)"), {in.kbArticleId, id});
        if (!q)
            return failed();
    }
    // Registered from the Incoming e-mail queue: the message is tied to the case and the
    // acknowledgement queued in the same transaction; a message another desk registered first
    // refuses this registration (nothing is stored twice).
    if (in.mailId) {
        q = exec(QStringLiteral("SELECT kontakt.mail_register(?, ?)"), {in.mailId, id});
        if (!q) {
            if (sqlError.databaseText().contains(QLatin1String("e-mail already handled"))) {
                result.outcome = RegisterResult::Outcome::Refused;
                result.errors.append(
                    {QStringLiteral("mail"),
                     QCoreApplication::translate("AppealRepository",
                                                 "This e-mail has already been handled at "
                                                 "another desk (%1).")
                         .arg(sqlError.databaseText().section(QLatin1Char(':'), 1).trimmed())});
                return result;
            }
            return failed();
        }
    }
    if (!tx.commit()) {
        result.dbError = DbError::fromQuery(m_db.lastError());
        return result;
    }
    // The appeal is stored: a failed notification only delays other desks' queues (they
    // resync by the change sequence), so its error is not the registration's.
    exec(QStringLiteral("SELECT kontakt.notify_case_change(?, ?)"), {id, changeSeq});
    if (auto stored = findById(id, &result.dbError)) {
        result.outcome = RegisterResult::Outcome::Stored;
        result.appeal = *stored;
    }
    return result;
}

QList<Appeal> AppealRepository::sameProblemCandidates(const QString &topicCode,
                                                      const QString &problemAddress,
                                                      qint64 excludeCallerId, int hours,
                                                      DbError *error)
{
    QList<Appeal> list;
    if (topicCode.isEmpty() || problemAddress.trimmed().size() < 4)
        return list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM kontakt.appeal "
        " WHERE topic_code = ? AND received_at > now() - make_interval(hours => ?) "
        "   AND parent_appeal_id IS NULL AND coalesce(caller_id, 0) <> ? "
        "   AND status IN ('registered','routing_proposed','approved','in_progress','replied',"
        "                  'callback','rework') "
        "   AND public.similarity(lower(problem_address), lower(?)) > 0.5 "
        " ORDER BY received_at DESC LIMIT 10"));
    q.addBindValue(topicCode);
    q.addBindValue(hours);
    q.addBindValue(excludeCallerId);
    q.addBindValue(problemAddress.trimmed());
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return list;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (auto a = findById(id, error))
            list.append(*a);
    }
    return list;
}

AppealRepository::ExtendResult AppealRepository::extend(const QString &regIndex,
                                                        const QDate &newDue, const QString &note)
{
    ExtendResult r;
    auto appeal = findByRegIndex(regIndex, &r.dbError);
    if (!appeal) {
        r.outcome =
            r.dbError.isError() ? ExtendResult::Outcome::Failed : ExtendResult::Outcome::NotFound;
        return r;
    }
    const QDate received = appeal->input.receivedAt.toTimeZone(kyiv()).date();
    WorkingCalendar calendar;
    ReferenceRepository reference(m_db);
    if (!reference.loadCalendar(&calendar, received, received.addDays(120), &r.dbError))
        return r;
    const DeadlineCalculator calculator(calendar);
    r.maxDue = calculator.maxDue(received);
    if (!calculator.isWithinLawfulLimit(received, newDue)) {
        r.outcome = ExtendResult::Outcome::BeyondLimit;
        r.appeal = *appeal;
        return r;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE kontakt.appeal SET due_date = ?, "
                       "       due_reason = left(coalesce(due_reason, '') || ' | ' || ?, 500) "
                       " WHERE id = ?"));
    q.addBindValue(newDue);
    q.addBindValue(note);
    q.addBindValue(appeal->id);
    if (!q.exec()) {
        r.dbError = DbError::fromQuery(q.lastError());
        r.outcome = r.dbError.kind == DbError::Kind::PermissionDenied
                        ? ExtendResult::Outcome::NotAllowed
                        : (q.lastError().nativeErrorCode() == QLatin1String("23514")
                               ? ExtendResult::Outcome::BeyondLimit
                               : ExtendResult::Outcome::Failed);
        return r;
    }
    if (auto updated = findById(appeal->id, &r.dbError)) {
        r.appeal = *updated;
        r.outcome = ExtendResult::Outcome::Extended;
    }
    return r;
}
