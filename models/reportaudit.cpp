#include "reportaudit.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ReportAudit {

bool log(QSqlDatabase db, const QString &report, const QJsonObject &params, Action action,
         const QString &format, DbError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kontakt.log_report(?, CAST(? AS jsonb), ?, ?)"));
    q.addBindValue(report);
    q.addBindValue(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    q.addBindValue(action == Action::Print ? QStringLiteral("PRINT") : QStringLiteral("EXPORT"));
    q.addBindValue(format);
    if (!q.exec()) {
        if (error)
            *error = DbError::fromQuery(q.lastError());
        return false;
    }
    return true;
}

} // namespace ReportAudit
