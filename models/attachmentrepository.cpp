#include "attachmentrepository.h"

#include <QSqlQuery>

AttachmentRepository::AttachmentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 AttachmentRepository::add(Owner owner, qint64 ownerId, const QString &fileName,
                                 const QString &mimeType, const QByteArray &data,
                                 const QByteArray &sha256Hex, DbError *error)
{
    // The owner column comes from this fixed list, never from input.
    const char *column = "appeal_id";
    switch (owner) {
    case Owner::Appeal:
        column = "appeal_id";
        break;
    case Owner::Reply:
        column = "reply_id";
        break;
    case Owner::Inspection:
        column = "inspection_id";
        break;
    case Owner::Petition:
        column = "petition_id";
        break;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kontakt.attachment(%1, file_name, mime_type, size_bytes, "
                             "sha256, data) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                  .arg(QLatin1String(column)));
    q.addBindValue(ownerId);
    q.addBindValue(fileName);
    q.addBindValue(mimeType);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(QString::fromLatin1(sha256Hex));
    q.addBindValue(data);
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return 0;
    }
    *error = {};
    return q.value(0).toLongLong();
}

QByteArray AttachmentRepository::data(qint64 attachmentId, DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM kontakt.attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return {};
    }
    *error = {};
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<AttachmentRepository::Listed> AttachmentRepository::listForAppeal(qint64 appealId,
                                                                        DbError *error)
{
    QList<Listed> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.id, f.file_name, f.mime_type, f.size_bytes, "
        "       CASE WHEN f.reply_id IS NOT NULL THEN 'reply' "
        "            WHEN f.inspection_id IS NOT NULL THEN 'inspection' ELSE 'appeal' END, "
        "       f.created_at, f.created_by "
        "FROM kontakt.attachment f "
        "WHERE f.appeal_id = ? "
        "   OR f.reply_id IN (SELECT id FROM kontakt.reply WHERE appeal_id = ?) "
        "   OR f.inspection_id IN (SELECT id FROM kontakt.inspection WHERE appeal_id = ?) "
        "ORDER BY f.created_at, f.id"));
    q.addBindValue(appealId);
    q.addBindValue(appealId);
    q.addBindValue(appealId);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next()) {
        Listed l;
        l.id = q.value(0).toLongLong();
        l.fileName = q.value(1).toString();
        l.mimeType = q.value(2).toString();
        l.size = q.value(3).toLongLong();
        l.owner = q.value(4).toString();
        l.createdAt = q.value(5).toDateTime();
        l.createdBy = q.value(6).toString();
        out << l;
    }
    *error = {};
    return out;
}
