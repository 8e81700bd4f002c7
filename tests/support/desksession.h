#pragma once

#include "session.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QtTest>

// A logged-in desk for controller tests: the fixture's login `who`, its session info as the
// database reports it, and its own database thread (named prefix + who), opened and waited for.
inline Session openDeskSession(TestDatabase *db, WorkflowFixture *fx, const QString &who,
                               const QString &prefix, QObject *context)
{
    Session s;
    s.params = db->params(fx->login(who));
    DbError error;
    if (const auto info = StaffRepository(fx->connectionAs(who)).sessionInfo(&error))
        s.info = *info;
    s.db = std::make_shared<DatabaseThread>(prefix + who);
    bool done = false;
    s.db->open(context, s.params, [&done](DbError) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the database thread of %s did not open", qPrintable(who));
    return s;
}
