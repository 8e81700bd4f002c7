#include "workflowrepository.h"

#include "transactionguard.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {
QVariant text(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}
QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}
// The text form of a bigint[] (numbers only, so nothing to escape).
QVariant idArray(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 v : ids)
        parts << QString::number(v);
    return QVariant(QStringLiteral("{") + parts.join(QLatin1Char(',')) + QStringLiteral("}"));
}
QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : v.toDate();
}
QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime();
}
} // namespace

WorkflowRepository::WorkflowRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

WorkflowError WorkflowRepository::errorFrom(const QSqlError &sqlError, const QString &table,
                                            qint64 rowId)
{
    WorkflowError e =
        WorkflowError::make(WorkflowError::kindFromSqlState(sqlError.nativeErrorCode()),
                            sqlError.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed());
    if (e.detail.startsWith(QLatin1String("ERROR:")))
        e.detail = e.detail.mid(6).trimmed();
    if (e.detail.isEmpty())
        e.detail = sqlError.text().trimmed();
    // the 0002 triggers' own refusal of a term beyond 45 days
    if (sqlError.nativeErrorCode() == QLatin1String("23514") &&
        sqlError.databaseText().contains(QLatin1String("legal maximum")))
        e.kind = WorkflowError::Kind::BeyondLegalTerm;
    if (e.kind == WorkflowError::Kind::StaleVersion && !table.isEmpty()) {
        // The transaction is over: read who changed the row last (the state now).
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM kontakt.%1 WHERE id = ?")
                      .arg(table)); // table is one of our constants
        q.addBindValue(rowId);
        if (q.exec() && q.next()) {
            e.changedBy = q.value(0).toString();
            e.changedAt = q.value(1).toDateTime();
        }
    }
    return e;
}

WorkflowRepository::Result WorkflowRepository::call(const QString &sql, const QVariantList &values,
                                                    const QString &table, qint64 rowId,
                                                    const Within &within)
{
    Result r;
    QSqlError failure;
    QString withinFailure;
    {
        TransactionGuard tx(m_db);
        if (!tx.isActive()) {
            r.error =
                WorkflowError::make(WorkflowError::Kind::Failed, m_db.lastError().text().trimmed());
            return r;
        }
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            failure = q.lastError();
            tx.rollback(); // before the statement is freed: not inside an aborted transaction
        } else {
            if (q.next() && !q.value(0).isNull())
                r.id = q.value(0).toLongLong();
            q.finish();
            // Rows that belong to the transition (a reply's files) commit with it or not at all.
            if (within)
                withinFailure = within(r.id);
            if (!withinFailure.isEmpty())
                tx.rollback();
            else if (!tx.commit())
                failure = m_db.lastError();
        }
    }
    if (failure.type() != QSqlError::NoError)
        r.error = errorFrom(failure, table, rowId);
    else if (!withinFailure.isEmpty())
        r.error = WorkflowError::make(WorkflowError::Kind::InvalidInput, withinFailure);
    return r;
}

std::optional<qint64> WorkflowRepository::findAppealIdByRegIndex(const QString &regIndex,
                                                                 WorkflowError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM kontakt.appeal WHERE reg_index = ? "
                             "ORDER BY received_at DESC, id DESC LIMIT 1"));
    q.addBindValue(regIndex);
    if (!q.exec()) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return std::nullopt;
    }
    *error = {};
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> WorkflowRepository::findOrganisationIdByCode(const QString &code,
                                                                   WorkflowError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM kontakt.organisation WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec()) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return std::nullopt;
    }
    *error = {};
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<CaseDetails> WorkflowRepository::loadCase(qint64 appealId, WorkflowError *error)
{
    *error = {};
    auto fail = [&](const QSqlQuery &q) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return std::nullopt;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, coalesce(a.reg_index, ''), a.status, coalesce(a.status_reason, ''), "
        "       coalesce(a.summary, ''), "
        "       concat_ws(' ', a.author_surname, a.author_first_name, a.author_patronymic), "
        "       coalesce(a.author_phone, ''), coalesce(a.topic_code, ''), a.received_at, "
        "       a.due_date, kontakt.max_due_date(a.received_at), coalesce(a.result_code, ''), "
        "       a.closed_at, coalesce(a.closed_by, ''), a.version, a.updated_by, a.updated_at, "
        "       coalesce(kontakt.current_org_id(), 0) "
        "  FROM kontakt.appeal a WHERE a.id = ?"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        *error = WorkflowError::make(WorkflowError::Kind::NotFound);
        return std::nullopt;
    }
    CaseDetails c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.regIndex = q.value(i++).toString();
    c.status = q.value(i++).toString();
    c.statusReason = q.value(i++).toString();
    c.summary = q.value(i++).toString();
    c.authorName = q.value(i++).toString();
    c.authorPhone = q.value(i++).toString();
    c.topicCode = q.value(i++).toString();
    c.receivedAt = toTime(q.value(i++));
    c.dueDate = toDate(q.value(i++));
    c.maxDueDate = toDate(q.value(i++));
    c.resultCode = q.value(i++).toString();
    c.closedAt = toTime(q.value(i++));
    c.closedBy = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    c.updatedBy = q.value(i++).toString();
    c.updatedAt = toTime(q.value(i++));
    c.myOrgId = q.value(i++).toLongLong();

    q.prepare(QStringLiteral(
        "SELECT s.id, s.org_id, o.code, o.name, s.is_main, s.status, coalesce(s.instruction, ''), "
        "       s.term, s.escalation_level, s.rework_count, coalesce(s.executor_note, ''), "
        "       coalesce(s.approved_by, ''), s.version "
        "  FROM kontakt.assignment s JOIN kontakt.organisation o ON o.id = s.org_id "
        " WHERE s.appeal_id = ? ORDER BY s.id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        CaseAssignment a;
        int k = 0;
        a.id = q.value(k++).toLongLong();
        a.orgId = q.value(k++).toLongLong();
        a.orgCode = q.value(k++).toString();
        a.orgName = q.value(k++).toString();
        a.isMain = q.value(k++).toBool();
        a.status = q.value(k++).toString();
        a.instruction = q.value(k++).toString();
        a.term = toDate(q.value(k++));
        a.escalationLevel = q.value(k++).toInt();
        a.reworkCount = q.value(k++).toInt();
        a.executorNote = q.value(k++).toString();
        a.approvedBy = q.value(k++).toString();
        a.version = q.value(k++).toInt();
        c.assignments.append(a);
    }

    q.prepare(QStringLiteral(
        "SELECT id, assignment_id, proposed_result, text, coalesce(answer_index, ''), "
        "       answer_date, created_at, created_by "
        "  FROM kontakt.reply WHERE appeal_id = ? ORDER BY created_at, id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.replies.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), toDate(q.value(5)),
                          toTime(q.value(6)), q.value(7).toString()});

    q.prepare(QStringLiteral(
        "SELECT id, assignment_id, requested_due, reason, decision, granted_due, requested_by, "
        "       coalesce(decided_by, ''), author_notified_at, version "
        "  FROM kontakt.extension WHERE appeal_id = ? ORDER BY id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.extensions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), toDate(q.value(2)),
                             q.value(3).toString(), q.value(4).toString(), toDate(q.value(5)),
                             q.value(6).toString(), q.value(7).toString(), toTime(q.value(8)),
                             q.value(9).toInt()});

    q.prepare(QStringLiteral(
        "SELECT id, attempted_at, operator, reached, coalesce(outcome, ''), coalesce(rating, 0), "
        "       coalesce(comment, ''), coalesce(attempt_no, 0) "
        "  FROM kontakt.feedback WHERE appeal_id = ? ORDER BY attempted_at, id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.feedback.append({q.value(0).toLongLong(), toTime(q.value(1)), q.value(2).toString(),
                           q.value(3).toBool(), q.value(4).toString(), q.value(5).toInt(),
                           q.value(6).toString(), q.value(7).toInt()});

    q.prepare(QStringLiteral("SELECT id, created_at, created_by, text FROM kontakt.case_note "
                             " WHERE appeal_id = ? ORDER BY id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.notes.append({q.value(0).toLongLong(), toTime(q.value(1)), q.value(2).toString(),
                        q.value(3).toString()});

    q.prepare(QStringLiteral("SELECT id, inspector, inspected_at, coalesce(findings, '') "
                             "  FROM kontakt.inspection WHERE appeal_id = ? ORDER BY id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.inspections.append({q.value(0).toLongLong(), q.value(1).toString(), toTime(q.value(2)),
                              q.value(3).toString()});

    // Instructions are for desks and the mayor's office (executors may not read them): the
    // privilege is asked first, as the table's refusal would end the whole card.
    q.prepare(QStringLiteral("SELECT has_table_privilege('kontakt.instruction', 'SELECT') "
                             "   AND has_table_privilege('kontakt.instruction_appeal', 'SELECT')"));
    if (!q.exec() || !q.next())
        return fail(q);
    if (!q.value(0).toBool())
        return c;
    q.prepare(QStringLiteral(
        "SELECT i.id, coalesce(i.number, ''), i.author_name, i.text, i.due_date, i.status "
        "  FROM kontakt.instruction_appeal ia "
        "  JOIN kontakt.instruction i ON i.id = ia.instruction_id "
        " WHERE ia.appeal_id = ? ORDER BY i.issued_at, i.id"));
    q.addBindValue(appealId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        c.instructions.append({q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString(), toDate(q.value(4)),
                               q.value(5).toString()});
    return c;
}

QList<HistoryEvent> WorkflowRepository::history(qint64 appealId, WorkflowError *error)
{
    QList<HistoryEvent> events;
    *error = {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(registered_at, received_at), operator_login "
                             "  FROM kontakt.appeal WHERE id = ?"));
    q.addBindValue(appealId);
    if (!q.exec()) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return {};
    }
    if (!q.next()) {
        *error = WorkflowError::make(WorkflowError::Kind::NotFound);
        return {};
    }
    events.append(HistoryEvent::fromJournal(q.value(0).toDateTime(), q.value(1).toString(),
                                            QStringLiteral("registered"), {}));
    // One ordered stream: the journal and the notes (id breaks ties within a transaction).
    q.prepare(QStringLiteral(
        "SELECT at, login, kind, detail::text, 0 AS src, id FROM kontakt.case_event "
        " WHERE appeal_id = ? "
        "UNION ALL "
        "SELECT created_at, created_by, 'note', json_build_object('text', text)::text, 1, id "
        "  FROM kontakt.case_note WHERE appeal_id = ? "
        "ORDER BY 1, 5, 6"));
    q.addBindValue(appealId);
    q.addBindValue(appealId);
    if (!q.exec()) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return {};
    }
    while (q.next())
        events.append(HistoryEvent::fromJournal(
            q.value(0).toDateTime(), q.value(1).toString(), q.value(2).toString(),
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()));
    std::stable_sort(events.begin() + 1, events.end(),
                     [](const HistoryEvent &a, const HistoryEvent &b) { return a.at < b.at; });
    return events;
}

QList<WorkflowRepository::Organisation> WorkflowRepository::organisations(WorkflowError *error)
{
    QList<Organisation> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE tree AS ("
            "  SELECT o.id, o.parent_id, 0 AS depth FROM kontakt.organisation o "
            "   WHERE o.parent_id IS NULL AND o.active "
            "  UNION ALL "
            "  SELECT c.id, c.parent_id, t.depth + 1 FROM kontakt.organisation c "
            "    JOIN tree t ON c.parent_id = t.id WHERE c.active AND t.depth < 20) "
            "SELECT o.id, coalesce(o.parent_id, 0), o.code, o.name, o.kind, "
            "       coalesce((SELECT string_agg(t.topic_code, ',' ORDER BY t.topic_code) "
            "                   FROM kontakt.organisation_topic t WHERE t.org_id = o.id), '') "
            "  FROM tree JOIN kontakt.organisation o ON o.id = tree.id "
            " ORDER BY tree.depth, o.name, o.id"))) {
        *error = errorFrom(q.lastError(), QString(), 0);
        return {};
    }
    *error = {};
    while (q.next()) {
        Organisation o;
        o.id = q.value(0).toLongLong();
        o.parentId = q.value(1).toLongLong();
        o.code = q.value(2).toString();
        o.name = q.value(3).toString();
        o.kind = q.value(4).toString();
        const QString topics = q.value(5).toString();
        if (!topics.isEmpty())
            o.topics = topics.split(QLatin1Char(','));
        list.append(o);
    }
    return list;
}

WorkflowRepository::Result WorkflowRepository::route(qint64 appealId, int version, qint64 mainOrgId,
                                                     const QList<qint64> &coOrgIds,
                                                     const QString &instruction, const QDate &term)
{
    return call(
        QStringLiteral("SELECT kontakt.case_route(?, ?, ?, ?::bigint[], ?, ?)"),
        {appealId, version, id(mainOrgId), idArray(coOrgIds), text(instruction), date(term)},
        QStringLiteral("appeal"), appealId);
}

WorkflowRepository::Result WorkflowRepository::approve(qint64 appealId, int version)
{
    return approve(appealId, version, RoutingEdit{});
}

WorkflowRepository::Result WorkflowRepository::approve(qint64 appealId, int version,
                                                       const RoutingEdit &edit)
{
    const bool newExecutors = edit.mainOrgId > 0;
    return call(QStringLiteral("SELECT kontakt.case_approve(?, ?, ?, ?::bigint[], ?, ?)"),
                {appealId, version, id(edit.mainOrgId),
                 newExecutors ? idArray(edit.coOrgIds) : QVariant(QMetaType(QMetaType::QString)),
                 text(edit.instruction), date(edit.term)},
                QStringLiteral("appeal"), appealId);
}

WorkflowRepository::Result WorkflowRepository::reject(qint64 appealId, int version,
                                                      const QString &reason)
{
    return call(QStringLiteral("SELECT kontakt.case_reject(?, ?, ?)"),
                {appealId, version, text(reason)}, QStringLiteral("appeal"), appealId);
}

WorkflowRepository::Result WorkflowRepository::accept(qint64 assignmentId, int version)
{
    return call(QStringLiteral("SELECT kontakt.assignment_accept(?, ?)"), {assignmentId, version},
                QStringLiteral("assignment"), assignmentId);
}

WorkflowRepository::Result
WorkflowRepository::reply(qint64 assignmentId, int version, const QString &result,
                          const QString &replyText, const QString &answerIndex,
                          const QDate &answerDate, const QList<NewFile> &files)
{
    return call(
        QStringLiteral("SELECT kontakt.assignment_reply(?, ?, ?, ?, ?, ?)"),
        {assignmentId, version, text(result), text(replyText), text(answerIndex), date(answerDate)},
        QStringLiteral("assignment"), assignmentId,
        attach(AttachmentRepository::Owner::Reply, files));
}

WorkflowRepository::Within WorkflowRepository::attach(AttachmentRepository::Owner owner,
                                                      const QList<NewFile> &files)
{
    if (files.isEmpty())
        return {};
    return [this, owner, files](qint64 ownerId) {
        for (const NewFile &f : files) {
            DbError e;
            AttachmentRepository(m_db).add(owner, ownerId, f.fileName, f.mimeType, f.data,
                                           f.sha256Hex, &e);
            if (e.isError())
                return e.detail.isEmpty() ? f.fileName : e.detail;
        }
        return QString();
    };
}

WorkflowRepository::Result WorkflowRepository::notCompetent(qint64 assignmentId, int version,
                                                            const QString &note)
{
    return call(QStringLiteral("SELECT kontakt.assignment_not_competent(?, ?, ?)"),
                {assignmentId, version, text(note)}, QStringLiteral("assignment"), assignmentId);
}

WorkflowRepository::Result WorkflowRepository::requestExtension(qint64 assignmentId,
                                                                const QDate &requestedDue,
                                                                const QString &reason)
{
    return call(QStringLiteral("SELECT kontakt.extension_request(?, ?, ?)"),
                {assignmentId, date(requestedDue), text(reason)}, QString(), 0);
}

WorkflowRepository::Result WorkflowRepository::decideExtension(qint64 extensionId, int version,
                                                               bool granted, const QDate &due,
                                                               const QString &note,
                                                               bool authorNotified)
{
    return call(QStringLiteral("SELECT kontakt.extension_decide(?, ?, ?, ?, ?, ?)"),
                {extensionId, version, granted, date(due), text(note), authorNotified},
                QStringLiteral("extension"), extensionId);
}

WorkflowRepository::Result WorkflowRepository::callback(qint64 appealId, int version, bool reached,
                                                        const QString &outcome, int rating,
                                                        const QString &comment)
{
    return call(QStringLiteral("SELECT kontakt.case_callback(?, ?, ?, ?, ?::smallint, ?)"),
                {appealId, version, reached, text(outcome),
                 rating > 0 ? QVariant(rating) : QVariant(QMetaType(QMetaType::Int)),
                 text(comment)},
                QStringLiteral("appeal"), appealId);
}

WorkflowRepository::Result WorkflowRepository::rework(qint64 appealId, int version,
                                                      const QString &citizenWords,
                                                      const QDate &newTerm)
{
    return call(QStringLiteral("SELECT kontakt.case_rework(?, ?, ?, ?)"),
                {appealId, version, text(citizenWords), date(newTerm)}, QStringLiteral("appeal"),
                appealId);
}

WorkflowRepository::Result WorkflowRepository::close(qint64 appealId, int version,
                                                     const QString &resultCode)
{
    return call(QStringLiteral("SELECT kontakt.case_close(?, ?, ?)"),
                {appealId, version, text(resultCode)}, QStringLiteral("appeal"), appealId);
}

WorkflowRepository::Result WorkflowRepository::addNote(qint64 appealId, const QString &note)
{
    return call(QStringLiteral("SELECT kontakt.case_note(?, ?)"), {appealId, text(note)}, QString(),
                0);
}

WorkflowRepository::Result
WorkflowRepository::addInspection(qint64 appealId, const QString &inspector, const QDateTime &at,
                                  const QString &findings, const QList<NewFile> &photos)
{
    return call(QStringLiteral("SELECT kontakt.inspection_add(?, ?, ?, ?)"),
                {appealId, text(inspector),
                 at.isValid() ? QVariant(at) : QVariant(QMetaType(QMetaType::QDateTime)),
                 text(findings)},
                QString(), 0, attach(AttachmentRepository::Owner::Inspection, photos));
}

QList<WorkflowRepository::EscalationStep> WorkflowRepository::escalateOverdue(const QDate &today,
                                                                              WorkflowError *error)
{
    QList<EscalationStep> steps;
    QSqlError failure;
    {
        TransactionGuard tx(m_db);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT assignment_id, appeal_id, action, level "
                                 "  FROM kontakt.escalate_overdue(?)"));
        q.addBindValue(date(today));
        if (!tx.isActive()) {
            failure = m_db.lastError();
        } else if (!q.exec()) {
            failure = q.lastError();
            tx.rollback(); // before the statement is freed: not inside an aborted transaction
        } else {
            while (q.next())
                steps.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), q.value(3).toInt()});
            q.finish();
            if (!tx.commit())
                failure = m_db.lastError();
        }
    }
    *error =
        failure.type() == QSqlError::NoError ? WorkflowError() : errorFrom(failure, QString(), 0);
    if (error->isError())
        steps.clear();
    return steps;
}
