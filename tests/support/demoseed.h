#pragma once

#include "demodatagenerator.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

// Report tests read seeded demo data. Demo logins are roles of the whole cluster, so a test
// drops them before and after (and CTest runs such tests one at a time: RESOURCE_LOCK).
namespace DemoSeed {

inline void dropDemoLogins(TestDatabase &db)
{
    QSqlQuery q(db.ownerConnection());
    QStringList existing;
    q.exec(QStringLiteral("SELECT rolname FROM pg_roles"));
    while (q.next())
        existing << q.value(0).toString();
    for (const auto &l : DemoDataGenerator::demoLogins()) {
        if (existing.contains(QString::fromLatin1(l.login))) {
            q.exec(QStringLiteral("DROP OWNED BY %1").arg(QString::fromLatin1(l.login)));
            q.exec(QStringLiteral("DROP ROLE %1").arg(QString::fromLatin1(l.login)));
        }
    }
}

// `cases` demo appeals over five years up to 2026-11-30 10:00 UTC; the message on failure.
inline QString seed(TestDatabase &db, int cases, qint64 seed)
{
    dropDemoLogins(db);
    DemoDataGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    options.now = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc());
    const auto r = DemoDataGenerator(db.ownerConnection()).generate(options);
    return r.ok() ? QString() : r.message;
}

} // namespace DemoSeed
