#pragma once

#include "knowledgebase.h"
#include "outageaddress.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Utilities' outages by street and houses: what the operator tells a caller from a given
// address, and `kontaktctl outage import FILE.csv`.
class OutageRepository
{
public:
    using Outage = ::Outage;

    struct ImportError {
        int line = 0;
        QString message;
    };

    explicit OutageRepository(QSqlDatabase db);

    // Outages of the street (typos forgiven) that cover the house (no house: every outage of
    // the street) and are on at `at` or start within `horizonHours` after it.
    QList<Outage> forAddress(const QString &address, const QDateTime &at, int horizonHours,
                             DbError *error);
    bool add(const Outage &outage, qint64 *id, DbError *error);

    // CSV with a header: organisation,kind,street,houses,starts,ends,description[,planned].
    // Every row is checked first; any bad row refuses the whole file (errors carry line numbers).
    bool importCsv(const QString &text, int *imported, QList<ImportError> *errors, DbError *error);

    static QString kindName(const QString &kind); // Ukrainian
    static QStringList kinds();

private:
    QSqlDatabase m_db;
};
