#pragma once

#include "sqlerror.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Files kept in the database (attachment table): of a case, a reply, an inspection or a
// petition; size, type and SHA-256 checked by the table's constraints.
class AttachmentRepository
{
public:
    enum class Owner { Appeal, Reply, Inspection, Petition };

    explicit AttachmentRepository(QSqlDatabase db);

    // Returns the new id, 0 on error. The caller's transaction (if any) holds it.
    qint64 add(Owner owner, qint64 ownerId, const QString &fileName, const QString &mimeType,
               const QByteArray &data, const QByteArray &sha256Hex, DbError *error);
    QByteArray data(qint64 attachmentId, DbError *error);

private:
    QSqlDatabase m_db;
};
