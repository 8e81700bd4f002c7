#include "presencerepository.h"

#include <QSqlQuery>

namespace {
QString singleText(QSqlDatabase db, const QString &sql, qint64 appealId, DbError *error,
                   const QVariant &second = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(appealId);
    if (second.isValid())
        q.addBindValue(second);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return {};
    }
    *error = {};
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

PresenceRepository::PresenceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString PresenceRepository::enter(qint64 appealId, bool editing, DbError *error)
{
    return singleText(m_db, QStringLiteral("SELECT others FROM kontakt.presence_enter(?, ?)"),
                      appealId, error, editing);
}

void PresenceRepository::leave(qint64 appealId, DbError *error)
{
    singleText(m_db, QStringLiteral("SELECT kontakt.presence_leave(?)"), appealId, error);
}

QString PresenceRepository::others(qint64 appealId, DbError *error)
{
    return singleText(m_db, QStringLiteral("SELECT kontakt.presence_of(?)"), appealId, error);
}
