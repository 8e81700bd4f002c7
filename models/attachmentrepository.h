#pragma once

#include "sqlerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
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

    struct Listed {
        qint64 id = 0;
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString owner; // appeal, reply, inspection
        QDateTime createdAt;
        QString createdBy;
    };
    // Files of a case, its replies and its inspections that the caller may see (row-level
    // security), oldest first; without their contents.
    QList<Listed> listForAppeal(qint64 appealId, DbError *error);

private:
    QSqlDatabase m_db;
};
