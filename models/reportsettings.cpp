#include "reportsettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace ReportSettings {

void loadSignatory(QSqlDatabase db, QString *name, QString *position)
{
    QSqlQuery s(db);
    if (!s.exec(QStringLiteral("SELECT key, value FROM kontakt.setting WHERE key IN "
                               "('daily_report_signatory', 'daily_report_signatory_position')")))
        return;
    while (s.next()) {
        if (s.value(0).toString() == QLatin1String("daily_report_signatory"))
            *name = s.value(1).toString();
        else
            *position = s.value(1).toString();
    }
}

} // namespace ReportSettings
