#pragma once

#include "reportdocument.h"
#include "reportrequest.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QSqlDatabase>

// One path from a request to a printable document for the desk and `kontaktctl report`: the
// report's repository reads the figures (as the connection's login), its builder lays them out.
class ReportService
{
public:
    explicit ReportService(QSqlDatabase db);

    struct Result {
        ReportDocument document;
        QString summary; // one line for the CLI / status bar: "appeals 27, consultations 4"
    };
    bool build(const ReportRequest &request, const QDateTime &generatedAt, Result *result,
               DbError *error);

    static QDateTime kyivNow();

private:
    QSqlDatabase m_db;
};
