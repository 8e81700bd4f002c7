#include "instructionrepository.h"
#include "testdatabase.h"
#include "workflowfixture.h"
#include "workflowrepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using Kind = WorkflowError::Kind;

// The case workflow through WorkflowRepository, each step as the role that does it, against the
// database's transition functions (0011_workflow.sql).
class TestWorkflowRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullLoopThroughRework();
    void refusals_data();
    void refusals();
    void staleVersionNamesWhoChangedIt();
    void extension_data();
    void extension();
    void escalationWithFixedClock();
    void organisationsWithTopics();
    void replyAndItsFilesAreOneTransaction();
    void instructionsOnTheCard();

private:
    WorkflowRepository as(const QString &who)
    {
        return WorkflowRepository(m_fx->connectionAs(who));
    }
    CaseDetails load(qint64 id);
    // An appeal routed to ORG_A (main) and ORG_B (co), approved and accepted by ORG_A.
    qint64 acceptedCase();
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestWorkflowRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestWorkflowRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

CaseDetails TestWorkflowRepository::load(qint64 id)
{
    WorkflowError error;
    const auto c = WorkflowRepository(m_db->ownerConnection()).loadCase(id, &error);
    if (!c)
        qWarning("loadCase: %s", qPrintable(error.detail));
    return c.value_or(CaseDetails());
}

qint64 TestWorkflowRepository::acceptedCase()
{
    const qint64 id = m_fx->newAppeal(QStringLiteral("Не вивезено сміття"));
    auto r = as(QStringLiteral("operator"))
                 .route(id, load(id).version, m_fx->orgA, {m_fx->orgB}, QStringLiteral("Вивезти"),
                        QDate());
    if (!r.ok())
        qWarning("route: %s", qPrintable(r.error.detail));
    r = as(QStringLiteral("head")).approve(id, load(id).version);
    if (!r.ok())
        qWarning("approve: %s", qPrintable(r.error.detail));
    const auto a = load(id).assignmentFor(m_fx->orgA);
    if (a)
        as(QStringLiteral("exec_a")).accept(a->id, a->version);
    return id;
}

void TestWorkflowRepository::fullLoopThroughRework()
{
    QString regIndex;
    const qint64 id = m_fx->newAppeal(QStringLiteral("Не світить ліхтар"), &regIndex);
    QVERIFY(id > 0);
    WorkflowError error;
    QCOMPARE(as(QStringLiteral("operator")).findAppealIdByRegIndex(regIndex, &error).value_or(0),
             id);

    auto step = [&](const char *what, const WorkflowRepository::Result &r, const char *status) {
        QVERIFY2(r.ok(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error.detail)));
        QCOMPARE(load(id).status, QString::fromLatin1(status));
    };
    const QDate term = QDate::currentDate().addDays(10);
    step("route",
         as(QStringLiteral("operator"))
             .route(id, load(id).version, m_fx->orgA, {m_fx->orgB},
                    QStringLiteral("Замінити лампу"), term),
         "routing_proposed");
    step("approve", as(QStringLiteral("head")).approve(id, load(id).version), "approved");
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT string_agg(recipient, ',' ORDER BY recipient) "
                                         "FROM kontakt.outbox WHERE appeal_id = ? "
                                         "AND kind = 'assignment'"),
                          {id})
                 .toString(),
             QStringLiteral("org_a@example.org")); // ORG_B has no e-mail: skipped silently

    // the executor sees its own assignment and acts on it
    WorkflowError e;
    const auto seen = as(QStringLiteral("exec_a")).loadCase(id, &e);
    QVERIFY2(seen, qPrintable(e.detail));
    QCOMPARE(seen->myOrgId, m_fx->orgA);
    QCOMPARE(seen->assignments.size(), 1); // row-level security: only its own organisation's
    auto mine = seen->assignmentFor(seen->myOrgId);
    QVERIFY(mine);
    QVERIFY(mine->isMain);
    QCOMPARE(mine->term, term);
    step("accept", as(QStringLiteral("exec_a")).accept(mine->id, mine->version), "in_progress");
    mine = load(id).assignmentFor(m_fx->orgA);
    auto r =
        as(QStringLiteral("exec_a"))
            .reply(mine->id, mine->version, QStringLiteral("done"), QStringLiteral("Замінено"));
    QVERIFY(r.id > 0);
    step("reply", r, "replied");
    r = as(QStringLiteral("operator"))
            .callback(id, load(id).version, true, QStringLiteral("not_done"), 2,
                      QStringLiteral("Не світить"));
    QVERIFY(r.id > 0);
    step("callback not done", r, "callback");
    step("rework",
         as(QStringLiteral("operator"))
             .rework(id, load(id).version, QStringLiteral("Ліхтар досі не світить")),
         "rework");
    mine = load(id).assignmentFor(m_fx->orgA);
    QCOMPARE(mine->status, QStringLiteral("rework"));
    QCOMPARE(mine->reworkCount, 1);
    step("reply again",
         as(QStringLiteral("exec_a"))
             .reply(mine->id, mine->version, QStringLiteral("done"),
                    QStringLiteral("Замінено ще раз")),
         "replied");
    step("callback unreached",
         as(QStringLiteral("operator")).callback(id, load(id).version, false, {}, 0, {}),
         "callback");
    QCOMPARE(load(id).callbackAttempts(), 1);
    step("callback confirmed",
         as(QStringLiteral("operator"))
             .callback(id, load(id).version, true, QStringLiteral("confirmed"), 5, {}),
         "callback");
    step("note",
         as(QStringLiteral("exec_a")).addNote(id, QStringLiteral("Бригада виїжджала двічі")),
         "callback");
    step("close", as(QStringLiteral("head")).close(id, load(id).version, QStringLiteral("9.1")),
         "closed");

    const CaseDetails done = load(id);
    QCOMPARE(done.resultCode, QStringLiteral("9.1"));
    QCOMPARE(done.closedBy, m_fx->login(QStringLiteral("head")));
    QCOMPARE(done.replies.size(), 2);
    QCOMPARE(done.feedback.size(), 3);
    QCOMPARE(done.notes.size(), 1);
    for (const CaseAssignment &a : done.assignments)
        QCOMPARE(a.status, a.isMain ? QStringLiteral("done") : QStringLiteral("done"));

    const auto events = as(QStringLiteral("operator")).history(id, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QStringList kinds;
    for (const HistoryEvent &ev : events) {
        kinds << ev.kind;
        QVERIFY(!ev.what.isEmpty());
        QVERIFY(ev.at.isValid());
    }
    QCOMPARE(kinds.join(QLatin1Char(',')),
             QStringLiteral("registered,routed,approved,accepted,replied,callback,rework,replied,"
                            "callback,callback,note,closed"));
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1).at <= events.at(i).at);
    QCOMPARE(events.at(4).who, m_fx->login(QStringLiteral("exec_a")));
    QCOMPARE(events.at(6).detail, QStringLiteral("Ліхтар досі не світить"));
    QCOMPARE(CaseJson::historyToJson(events).size(), events.size());
}

void TestWorkflowRepository::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("kind");
    QTest::newRow("operator approves") << "operator"
                                       << "approve" << int(Kind::NotAllowed);
    QTest::newRow("executor approves") << "exec_a"
                                       << "approve" << int(Kind::NotAllowed);
    QTest::newRow("manager routes") << "manager"
                                    << "route" << int(Kind::NotAllowed);
    QTest::newRow("executor closes") << "exec_a"
                                     << "close" << int(Kind::NotAllowed);
    QTest::newRow("operator closes") << "operator"
                                     << "close" << int(Kind::NotAllowed);
    QTest::newRow("head closes in progress") << "head"
                                             << "close" << int(Kind::WrongState);
    QTest::newRow("head closes without result") << "head"
                                                << "close-noresult" << int(Kind::MissingResult);
    QTest::newRow("other org accepts") << "exec_b"
                                       << "accept-main" << int(Kind::NotAllowed);
    QTest::newRow("other org replies") << "exec_b"
                                       << "reply-main" << int(Kind::NotAllowed);
    QTest::newRow("accepting twice") << "exec_a"
                                     << "accept-main" << int(Kind::WrongState);
    QTest::newRow("executor sends to rework") << "exec_a"
                                              << "rework" << int(Kind::NotAllowed);
    QTest::newRow("callback in progress") << "operator"
                                          << "callback" << int(Kind::WrongState);
    QTest::newRow("route a case in progress") << "head"
                                              << "route-far" << int(Kind::WrongState);
    QTest::newRow("reply with no text") << "exec_a"
                                        << "reply-empty" << int(Kind::InvalidInput);
    QTest::newRow("note on another org's case") << "exec_b"
                                                << "note-hidden" << int(Kind::NotFound);
    QTest::newRow("unknown appeal") << "head"
                                    << "approve-missing" << int(Kind::NotFound);
}

void TestWorkflowRepository::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(int, kind);
    const qint64 id = acceptedCase();
    const CaseDetails c = load(id);
    QCOMPARE(c.status, QStringLiteral("in_progress"));
    const auto main = c.assignmentFor(m_fx->orgA, true);
    QVERIFY(main);
    // exec_b's note: ORG_B's co-assignment is visible to it, so use a case it has no part in
    const qint64 hidden = m_fx->newAppeal(QStringLiteral("Інше"));
    WorkflowRepository repo = as(who);
    WorkflowRepository::Result r;
    if (action == QLatin1String("approve"))
        r = repo.approve(id, c.version);
    else if (action == QLatin1String("approve-missing"))
        r = repo.approve(-1, 1);
    else if (action == QLatin1String("route"))
        r = repo.route(id, c.version, m_fx->orgA, {}, QStringLiteral("x"), QDate());
    else if (action == QLatin1String("route-far"))
        r = repo.route(id, c.version, m_fx->orgA, {}, QStringLiteral("x"),
                       QDate::currentDate().addDays(60));
    else if (action == QLatin1String("close"))
        r = repo.close(id, c.version, QStringLiteral("9.1"));
    else if (action == QLatin1String("close-noresult"))
        r = repo.close(id, c.version, QString());
    else if (action == QLatin1String("accept-main"))
        r = repo.accept(main->id, main->version);
    else if (action == QLatin1String("reply-main"))
        r = repo.reply(main->id, main->version, QStringLiteral("done"), QStringLiteral("x"));
    else if (action == QLatin1String("reply-empty"))
        r = repo.reply(main->id, main->version, QStringLiteral("done"), QStringLiteral(" "));
    else if (action == QLatin1String("rework"))
        r = repo.rework(id, c.version, QStringLiteral("x"));
    else if (action == QLatin1String("callback"))
        r = repo.callback(id, c.version, false, {}, 0, {});
    else if (action == QLatin1String("note-hidden"))
        r = repo.addNote(hidden, QStringLiteral("x"));
    else
        QFAIL("unknown action");
    QVERIFY2(!r.ok(), "the database must refuse");
    QVERIFY2(int(r.error.kind) == kind,
             qPrintable(QStringLiteral("%1 (%2)").arg(r.error.key(), r.error.detail)));
    QVERIFY(!r.error.message().isEmpty());
    QCOMPARE(load(id).version, c.version); // nothing half-done
}

void TestWorkflowRepository::staleVersionNamesWhoChangedIt()
{
    const qint64 id = m_fx->newAppeal(QStringLiteral("Яма"));
    const int read = load(id).version; // both desks read this
    auto first =
        as(QStringLiteral("operator")).route(id, read, m_fx->orgA, {}, QStringLiteral("a"), {});
    QVERIFY2(first.ok(), qPrintable(first.error.detail));
    auto second =
        as(QStringLiteral("head")).route(id, read, m_fx->orgB, {}, QStringLiteral("b"), {});
    QCOMPARE(second.error.kind, Kind::StaleVersion);
    QCOMPARE(second.error.changedBy, m_fx->login(QStringLiteral("operator")));
    QVERIFY(second.error.changedAt.isValid());
    QVERIFY(second.error.message().contains(m_fx->login(QStringLiteral("operator"))));
    // the loser reloads and re-applies
    auto again = as(QStringLiteral("head"))
                     .route(id, load(id).version, m_fx->orgB, {}, QStringLiteral("b"), {});
    QVERIFY2(again.ok(), qPrintable(again.error.detail));
    QCOMPARE(load(id).assignmentFor(0, true)->orgId, m_fx->orgB);

    // the same on an assignment
    const qint64 other = acceptedCase();
    const auto a = load(other).assignmentFor(m_fx->orgA, true);
    auto stale = as(QStringLiteral("exec_a"))
                     .reply(a->id, a->version - 1, QStringLiteral("done"), QStringLiteral("x"));
    QCOMPARE(stale.error.kind, Kind::StaleVersion);
    QCOMPARE(stale.error.changedBy, m_fx->login(QStringLiteral("exec_a")));
}

void TestWorkflowRepository::extension_data()
{
    QTest::addColumn<int>("requestDays");
    QTest::addColumn<int>("grantDays"); // 0: as requested
    QTest::addColumn<int>("requestKind");
    QTest::addColumn<int>("decideKind");
    QTest::newRow("within 45 days") << 30 << 0 << int(Kind::None) << int(Kind::None);
    QTest::newRow("granted shorter") << 40 << 25 << int(Kind::None) << int(Kind::None);
    QTest::newRow("request beyond 45") << 60 << 0 << int(Kind::BeyondLegalTerm) << int(Kind::None);
    QTest::newRow("grant beyond 45") << 30 << 60 << int(Kind::None) << int(Kind::BeyondLegalTerm);
}

void TestWorkflowRepository::extension()
{
    QFETCH(int, requestDays);
    QFETCH(int, grantDays);
    QFETCH(int, requestKind);
    QFETCH(int, decideKind);
    const qint64 id = acceptedCase();
    const auto a = load(id).assignmentFor(m_fx->orgA);
    const QDate today = QDate::currentDate();
    auto req = as(QStringLiteral("exec_a"))
                   .requestExtension(a->id, today.addDays(requestDays), QStringLiteral("Техніка"));
    QVERIFY2(int(req.error.kind) == requestKind, qPrintable(req.error.detail));
    if (requestKind != int(Kind::None))
        return;
    const auto pending = load(id).pendingExtension();
    QVERIFY(pending);
    // only the head decides
    auto byOperator = as(QStringLiteral("operator"))
                          .decideExtension(pending->id, pending->version, true, {}, {}, true);
    QCOMPARE(byOperator.error.kind, Kind::NotAllowed);
    const QDate due = grantDays ? today.addDays(grantDays) : today.addDays(requestDays);
    auto decide = as(QStringLiteral("head"))
                      .decideExtension(pending->id, pending->version, true,
                                       grantDays ? due : QDate(), QStringLiteral("Так"), true);
    QVERIFY2(int(decide.error.kind) == decideKind, qPrintable(decide.error.detail));
    const CaseDetails c = load(id);
    if (decideKind != int(Kind::None)) {
        QCOMPARE(c.dueDate, today.addDays(15));
        return;
    }
    QCOMPARE(c.dueDate, due);
    QCOMPARE(c.assignmentFor(m_fx->orgA)->term, due);
    QVERIFY(c.extensions.first().authorNotifiedAt.isValid());
    QCOMPARE(c.extensions.first().decision, QStringLiteral("granted"));
}

void TestWorkflowRepository::escalationWithFixedClock()
{
    const qint64 id = acceptedCase();
    const qint64 assignment = load(id).assignmentFor(m_fx->orgA)->id;
    QSqlQuery q(m_db->ownerConnection());
    // Monday 2 March 2026; other open assignments of this database get a far term
    QVERIFY(q.exec(QStringLiteral("UPDATE kontakt.assignment SET term = current_date + 10 "
                                  " WHERE status IN ('approved', 'accepted', 'rework')")));
    q.prepare(QStringLiteral("UPDATE kontakt.assignment SET term = DATE '2026-03-02', "
                             "reminder_sent_at = NULL, escalation_level = 0 WHERE id = ?"));
    q.addBindValue(assignment);
    QVERIFY(q.exec());

    struct Run {
        const char *today;
        int level;
        int steps;
    };
    const Run runs[] = {{"2026-02-27", 0, 1}, // Friday: reminder (1 working day before)
                        {"2026-02-27", 0, 0}, // once only
                        {"2026-03-02", 0, 0}, // the term itself: not overdue
                        {"2026-03-03", 1, 1}, {"2026-03-03", 1, 0}, // idempotent
                        {"2026-03-05", 2, 1},                       // 2 working days after the term
                        {"2026-03-10", 3, 1},                       // 5 working days after the term
                        {"2026-03-20", 3, 0}};
    for (const Run &run : runs) {
        WorkflowError error;
        const auto steps =
            as(QStringLiteral("operator"))
                .escalateOverdue(QDate::fromString(QLatin1String(run.today), Qt::ISODate), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        int mine = 0;
        for (const auto &s : steps)
            mine += s.assignmentId == assignment;
        QVERIFY2(mine == run.steps, run.today);
        QCOMPARE(load(id).assignmentFor(m_fx->orgA)->escalationLevel, run.level);
    }
    QCOMPARE(m_fx->scalar(QStringLiteral(
                              "SELECT string_agg(kind || '>' || recipient, ',' ORDER BY id) "
                              "FROM kontakt.outbox WHERE appeal_id = ? AND kind <> 'assignment'"),
                          {id})
                 .toString(),
             QStringLiteral("reminder>org_a@example.org,escalation_1>org_a@example.org,"
                            "escalation_2>head@example.org,escalation_3>deputy@example.org"));
    WorkflowError error;
    as(QStringLiteral("exec_a")).escalateOverdue(QDate(2026, 3, 20), &error);
    QCOMPARE(error.kind, Kind::NotAllowed);
}

void TestWorkflowRepository::organisationsWithTopics()
{
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.organisation (code, name, parent_id) "
        "SELECT 'ORG_A1', 'Відділ А1', id FROM kontakt.organisation WHERE code = 'ORG_A'")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO kontakt.organisation_topic (org_id, topic_code) "
                              "SELECT id, '009' FROM kontakt.organisation WHERE code = 'ORG_A'")));
    WorkflowError error;
    const auto list = as(QStringLiteral("operator")).organisations(&error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QStringList codes;
    for (const auto &o : list)
        codes << o.code;
    QVERIFY(codes.indexOf(QStringLiteral("ORG_A")) < codes.indexOf(QStringLiteral("ORG_A1")));
    const auto a = std::find_if(list.begin(), list.end(),
                                [](const auto &o) { return o.code == QLatin1String("ORG_A"); });
    QCOMPARE(a->topics, QStringList{QStringLiteral("009")});
    const auto a1 = std::find_if(list.begin(), list.end(),
                                 [](const auto &o) { return o.code == QLatin1String("ORG_A1"); });
    QCOMPARE(a1->parentId, a->id);
}

// A reply whose file the database refuses is not recorded either: both or neither.
void TestWorkflowRepository::replyAndItsFilesAreOneTransaction()
{
    const qint64 id = acceptedCase();
    const auto mine = load(id).assignmentFor(m_fx->orgA);
    QVERIFY(mine);
    const QByteArray data("Акт виконаних робіт");
    const QByteArray goodHash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    WorkflowRepository::NewFile bad{QStringLiteral("akt.txt"), QStringLiteral("text/plain"), data,
                                    QByteArray("not-a-hash")};
    auto r = as(QStringLiteral("exec_a"))
                 .reply(mine->id, mine->version, QStringLiteral("done"), QStringLiteral("Зроблено"),
                        QString(), QDate(), {bad});
    QVERIFY(!r.ok());
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.reply WHERE appeal_id = ?"), {id})
            .toInt(),
        0);
    QCOMPARE(load(id).assignmentFor(m_fx->orgA)->status, QStringLiteral("accepted"));
    WorkflowRepository::NewFile good = bad;
    good.sha256Hex = goodHash;
    r = as(QStringLiteral("exec_a"))
            .reply(mine->id, mine->version, QStringLiteral("done"), QStringLiteral("Зроблено"),
                   QString(), QDate(), {good});
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE reply_id = ?"),
                     {r.id})
            .toInt(),
        1);
}

// The mayor's instruction that names a case is on that case's card for the desks and the
// mayor's office; an executor (who may not read instructions) still gets the card, without it.
void TestWorkflowRepository::instructionsOnTheCard()
{
    QString regIndex;
    const qint64 id = m_fx->newAppeal(QStringLiteral("Яма на дорозі"), &regIndex);
    QVERIFY(id > 0);
    QStringList unknown;
    DbError dbError;
    const qint64 instructionId =
        InstructionRepository(m_fx->connectionAs(QStringLiteral("manager")))
            .create(QStringLiteral("Д-77"), QStringLiteral("Міський голова"),
                    QStringLiteral("Відремонтувати до кінця тижня"),
                    QDate::currentDate().addDays(5), {regIndex}, &unknown, &dbError);
    QVERIFY2(instructionId > 0, qPrintable(dbError.detail));

    for (const QString &who :
         {QStringLiteral("operator"), QStringLiteral("head"), QStringLiteral("manager")}) {
        WorkflowError error;
        const auto c = as(who).loadCase(id, &error);
        QVERIFY2(c, qPrintable(who + QLatin1Char(' ') + error.detail));
        QCOMPARE(c->instructions.size(), 1);
        QCOMPARE(c->instructions.first().number, QStringLiteral("Д-77"));
        QCOMPARE(c->instructions.first().authorName, QStringLiteral("Міський голова"));
        QCOMPARE(c->instructions.first().status, QStringLiteral("open"));
        QCOMPARE(CaseJson::toJson(*c)
                     .value(QStringLiteral("instructions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 QStringLiteral("Д-77"));
    }

    // The executor of the case sees the card but not the instruction.
    auto r =
        as(QStringLiteral("operator"))
            .route(id, load(id).version, m_fx->orgA, {}, QStringLiteral("Засипати яму"), QDate());
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    r = as(QStringLiteral("head")).approve(id, load(id).version);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    WorkflowError error;
    const auto c = as(QStringLiteral("exec_a")).loadCase(id, &error);
    QVERIFY2(c, qPrintable(error.detail));
    QVERIFY(c->instructions.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkflowRepository)
#include "tst_workflowrepository.moc"
