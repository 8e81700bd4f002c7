#pragma once

#include "sqlerror.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Prints and exports of reports go to the audit log (kontakt.log_report): who made which report
// with which parameters and in which format. Nothing of the report's contents is logged.
namespace ReportAudit {
enum class Action { Print, Export };
bool log(QSqlDatabase db, const QString &report, const QJsonObject &params, Action action,
         const QString &format, DbError *error = nullptr);
} // namespace ReportAudit
