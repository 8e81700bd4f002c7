#include "instructionrepository.h"

#include "transactionguard.h"

#include <QSqlQuery>

InstructionRepository::InstructionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 InstructionRepository::create(const QString &number, const QString &authorName,
                                     const QString &text, const QDate &dueDate,
                                     const QStringList &regIndexes, QStringList *unknown,
                                     DbError *error)
{
    unknown->clear();
    TransactionGuard tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kontakt.instruction(number, author_name, text, due_date) "
                             "VALUES (NULLIF(?, ''), ?, ?, ?) RETURNING id"));
    q.addBindValue(number.trimmed());
    q.addBindValue(authorName.trimmed());
    q.addBindValue(text.trimmed());
    q.addBindValue(dueDate.isValid() ? QVariant(dueDate) : QVariant(QMetaType(QMetaType::QDate)));
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        tx.rollback(); // before the failed statement is freed
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery link(m_db);
    // Indexes restart every year: the newest case with the index.
    link.prepare(QStringLiteral(
        "INSERT INTO kontakt.instruction_appeal(instruction_id, appeal_id) "
        "SELECT ?, a.id FROM kontakt.appeal a WHERE a.reg_index = ? "
        "ORDER BY a.reg_year DESC NULLS LAST, a.id DESC LIMIT 1 ON CONFLICT DO NOTHING"));
    for (const QString &index : regIndexes) {
        link.addBindValue(id);
        link.addBindValue(index.trimmed());
        if (!link.exec()) {
            *error = DbError::fromQuery(link.lastError());
            tx.rollback();
            return 0;
        }
        if (link.numRowsAffected() == 0)
            *unknown << index;
    }
    if (!unknown->isEmpty()) {
        *error = DbError::other(QStringLiteral("unknown registration indexes"));
        tx.rollback();
        return 0;
    }
    if (!tx.commit()) {
        *error = DbError::fromQuery(m_db.lastError());
        return 0;
    }
    *error = {};
    return id;
}

QList<InstructionRepository::Instruction> InstructionRepository::list(DbError *error)
{
    QList<Instruction> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT i.id, coalesce(i.number, ''), i.author_name, i.text, i.due_date, i.status, "
            "       i.issued_at, i.executed_at, coalesce(i.execution_note, ''), i.version, "
            "       coalesce((SELECT string_agg(a.reg_index, ',' ORDER BY a.reg_index) "
            "                 FROM kontakt.instruction_appeal x "
            "                 JOIN kontakt.appeal a ON a.id = x.appeal_id "
            "                 WHERE x.instruction_id = i.id), '') "
            "FROM kontakt.instruction i "
            "ORDER BY i.status <> 'open', "
            "         CASE WHEN i.status = 'open' THEN i.due_date END NULLS LAST, "
            "         i.issued_at DESC LIMIT 2000"))) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next()) {
        Instruction i;
        i.id = q.value(0).toLongLong();
        i.number = q.value(1).toString();
        i.authorName = q.value(2).toString();
        i.text = q.value(3).toString();
        i.dueDate = q.value(4).toDate();
        i.status = q.value(5).toString();
        i.issuedAt = q.value(6).toDateTime();
        i.executedAt = q.value(7).toDateTime();
        i.executionNote = q.value(8).toString();
        i.version = q.value(9).toInt();
        const QString links = q.value(10).toString();
        if (!links.isEmpty())
            i.regIndexes = links.split(QLatin1Char(','));
        out << i;
    }
    *error = {};
    return out;
}

bool InstructionRepository::markDone(qint64 id, int version, const QString &note, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE kontakt.instruction SET status = 'done', executed_at = now(), "
                             "execution_note = NULLIF(?, '') WHERE id = ? AND version = ? "
                             "AND status = 'open'"));
    q.addBindValue(note.trimmed());
    q.addBindValue(id);
    q.addBindValue(version);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return q.numRowsAffected() == 1;
}
