#include "caseactions.h"

#include <QtTest>

Q_DECLARE_METATYPE(CaseAction)
Q_DECLARE_METATYPE(CaseDetails)
Q_DECLARE_METATYPE(CaseActor)

// The buttons a person gets on the case card mirror the database's workflow rules: an operator
// cannot approve, an executor cannot close or touch another organisation's case, and nothing is
// offered on a closed case.
class TestCaseActions : public QObject
{
    Q_OBJECT
private slots:
    void offered_data();
    void offered();
};

namespace {
CaseDetails caseIn(const QString &status, const QString &assignmentStatus = QString(),
                   bool pendingExtension = false)
{
    CaseDetails d;
    d.id = 1;
    d.status = status;
    if (!assignmentStatus.isEmpty()) {
        CaseAssignment s;
        s.id = 10;
        s.orgId = 7;
        s.isMain = true;
        s.status = assignmentStatus;
        d.assignments << s;
    }
    if (pendingExtension) {
        CaseExtension e;
        e.id = 5;
        e.assignmentId = 10;
        e.decision = QStringLiteral("pending");
        d.extensions << e;
    }
    return d;
}

CaseActor actor(const char *group, qint64 org = 0)
{
    CaseActor a;
    a.groups << QString::fromLatin1(group);
    a.orgId = org;
    return a;
}
} // namespace

void TestCaseActions::offered_data()
{
    QTest::addColumn<CaseDetails>("details");
    QTest::addColumn<CaseActor>("who");
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<bool>("offered");
    const auto op = actor("kontakt_operator");
    const auto head = actor("kontakt_head");
    const auto exec = actor("kontakt_executor", 7);
    const auto other = actor("kontakt_executor", 8);
    const auto manager = actor("kontakt_manager");
    QTest::newRow("operator routes a registered case")
        << caseIn("registered") << op << CaseAction::Route << true;
    QTest::newRow("operator cannot approve")
        << caseIn("routing_proposed", "proposed") << op << CaseAction::Approve << false;
    QTest::newRow("head approves")
        << caseIn("routing_proposed", "proposed") << head << CaseAction::Approve << true;
    QTest::newRow("head rejects") << caseIn("routing_proposed", "proposed") << head
                                  << CaseAction::Reject << true;
    QTest::newRow("executor accepts its approved assignment")
        << caseIn("approved", "approved") << exec << CaseAction::Accept << true;
    QTest::newRow("other organisation cannot accept")
        << caseIn("approved", "approved") << other << CaseAction::Accept << false;
    QTest::newRow("other organisation cannot reply")
        << caseIn("in_progress", "accepted") << other << CaseAction::Reply << false;
    QTest::newRow("executor replies")
        << caseIn("in_progress", "accepted") << exec << CaseAction::Reply << true;
    QTest::newRow("operator records a reply on the executor's behalf")
        << caseIn("in_progress", "accepted") << op << CaseAction::Reply << true;
    QTest::newRow("executor asks for time")
        << caseIn("in_progress", "accepted") << exec << CaseAction::RequestExtension << true;
    QTest::newRow("no second request while one waits")
        << caseIn("in_progress", "accepted", true) << exec << CaseAction::RequestExtension << false;
    QTest::newRow("head decides a waiting request")
        << caseIn("in_progress", "accepted", true) << head << CaseAction::DecideExtension << true;
    QTest::newRow("executor cannot decide its own request")
        << caseIn("in_progress", "accepted", true) << exec << CaseAction::DecideExtension << false;
    QTest::newRow("operator calls back after a reply")
        << caseIn("replied", "replied") << op << CaseAction::Callback << true;
    QTest::newRow("operator sends to rework")
        << caseIn("callback", "replied") << op << CaseAction::Rework << true;
    QTest::newRow("operator cannot close")
        << caseIn("callback", "replied") << op << CaseAction::Close << false;
    QTest::newRow("executor cannot close")
        << caseIn("callback", "replied") << exec << CaseAction::Close << false;
    QTest::newRow("head closes") << caseIn("callback", "replied") << head << CaseAction::Close
                                 << true;
    QTest::newRow("manager adds a note")
        << caseIn("in_progress", "accepted") << manager << CaseAction::AddNote << true;
    QTest::newRow("manager routes nothing")
        << caseIn("registered") << manager << CaseAction::Route << false;
    QTest::newRow("nothing on a closed case")
        << caseIn("closed", "done") << head << CaseAction::AddNote << false;
    QTest::newRow("executor of the case notes")
        << caseIn("in_progress", "accepted") << exec << CaseAction::AddNote << true;
    QTest::newRow("another executor does not")
        << caseIn("in_progress", "accepted") << other << CaseAction::AddNote << false;
}

void TestCaseActions::offered()
{
    QFETCH(CaseDetails, details);
    QFETCH(CaseActor, who);
    QFETCH(CaseAction, action);
    QFETCH(bool, offered);
    QCOMPARE(CaseActions::isAvailable(details, who, action), offered);
    if (offered)
        QVERIFY(!CaseActions::label(action).isEmpty());
}

QTEST_APPLESS_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
