#pragma once

#include <QSqlDatabase>
#include <QString>

// Settings every report reads: who signs it (settings daily_report_signatory and
// daily_report_signatory_position; a blank line to sign on paper when they are empty).
namespace ReportSettings {
void loadSignatory(QSqlDatabase db, QString *name, QString *position);
}
