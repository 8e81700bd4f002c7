#include "petitionrepository.h"

#include <QSqlQuery>
#include <QVariant>

PetitionRepository::PetitionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

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
