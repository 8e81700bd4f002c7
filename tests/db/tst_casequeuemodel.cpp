#include "appealrepository.h"
#include "casequeuemodel.h"
#include "changefeed.h"
#include "staffrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QtTest>

Q_DECLARE_METATYPE(QueueFilter)

// The queue model on a real database: keyset blocks, exact counts, no row skipped or shown
// twice while the data changes under it, deadline states with a fixed clock.
class TestCaseQueueModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void executorSeesOnlyItsWork();
    void escalationShownBesideExecutor();
    void loadsEveryRowInOrder_data();
    void loadsEveryRowInOrder();
    void concurrentChangesNeitherSkipNorRepeat();
    void tabsAndSearch_data();
    void tabsAndSearch();
    void deadlineStatesWithFixedClock();
    void memoryStaysBounded();
    void liveUpdateFromAnotherDesk();
    void liveUpdateOfARegistration();
    void resyncAfterLostConnection();
    void midFrequencySearchWalksOn();
    void printRowsAsShown();

private:
    // The model searching for `word` (no case has it yet), fed by a connected change feed.
    void listenEmpty(CaseQueueModel *model, ChangeFeed *feed, const QString &word);
    QList<qint64> sqlIds(const QString &orderBy, const QString &where = QString());
    QList<qint64> scrollAll(CaseQueueModel &model);
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_org = 0;
};

void TestCaseQueueModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    QSqlQuery q(m_db->ownerConnection());
    // 3 000 cases: due dates spread around today (many equal: the id breaks ties), some
    // without a term, statuses mixed.
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO kontakt.appeal(reg_index, channel, status, received_at, due_date, "
                 "  author_surname, author_phone, topic_code, summary, closed_at, result_code) "
                 "SELECT 'Т-' || g, 'phone', "
                 "  (ARRAY['registered','in_progress','callback','closed','routing_proposed'])[1 + "
                 "g % 5], "
                 "  now() - (g % 30) * interval '1 day' - g * interval '1 second', "
                 "  CASE WHEN g % 17 = 0 THEN NULL ELSE current_date - 20 + (g % 37) END, "
                 "  (ARRAY['Коваленко','Бондар','Шевчук','Ящук','Іваненко'])[1 + g % 5], "
                 "  '+38067' || lpad(g::text, 7, '0'), '009', 'Звернення номер ' || g, "
                 "  CASE WHEN g % 5 = 3 THEN now() END, CASE WHEN g % 5 = 3 THEN '9.1' END "
                 "FROM generate_series(1, 3000) g")),
             qPrintable(q.lastError().text()));
    // Every 7th case routed to one organisation (the executor filter), some rejected there.
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.organisation(code, name) VALUES ('VK', 'Водоканал') RETURNING id")));
    QVERIFY(q.next());
    m_org = q.value(0).toLongLong();
    q.prepare(
        QStringLiteral("INSERT INTO kontakt.assignment(appeal_id, org_id, status) "
                       "SELECT id, ?, CASE WHEN id % 21 = 0 THEN 'rejected' ELSE 'approved' END "
                       "FROM kontakt.appeal WHERE id % 7 = 0"));
    q.addBindValue(m_org);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("ANALYZE kontakt.appeal")));
}

void TestCaseQueueModel::cleanupTestCase()
{
    m_db.reset();
}

QList<qint64> TestCaseQueueModel::sqlIds(const QString &orderBy, const QString &where)
{
    QList<qint64> ids;
    QSqlQuery q(m_db->ownerConnection());
    q.exec(QStringLiteral("SELECT a.id FROM kontakt.appeal a %1 ORDER BY %2").arg(where, orderBy));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> TestCaseQueueModel::scrollAll(CaseQueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex idx = model.index(row, CaseQueueModel::RegIndex);
        if (!model.data(idx, CaseQueueModel::LoadedRole).toBool()) {
            // A placeholder: its block is on its way (the GUI would paint "…" meanwhile).
            if (!QTest::qWaitFor(
                    [&] {
                        return row >= model.rowCount() ||
                               model.data(model.index(row, 0), CaseQueueModel::LoadedRole).toBool();
                    },
                    10000))
                return {};
            if (row >= model.rowCount())
                break;
        }
        ids << model.data(model.index(row, 0), CaseQueueModel::IdRole).toLongLong();
    }
    return ids;
}

void TestCaseQueueModel::loadsEveryRowInOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("due") << int(CaseQueueQuery::Sort::Due) << false
                         << "coalesce(a.due_date, '9999-12-31'::date), a.id";
    QTest::newRow("received desc")
        << int(CaseQueueQuery::Sort::Received) << true << "a.received_at DESC, a.id DESC";
    QTest::newRow("author") << int(CaseQueueQuery::Sort::Author) << false
                            << "lower(coalesce(a.author_surname, '')), a.id";
}

void TestCaseQueueModel::loadsEveryRowInOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQueueQuery query;
    query.sort = CaseQueueQuery::Sort(sort);
    query.descending = descending;
    model.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    QCOMPARE(model.rowCount(), 3000);
    const QList<qint64> expected = sqlIds(orderBy);
    QCOMPARE(scrollAll(model), expected);
}

void TestCaseQueueModel::concurrentChangesNeitherSkipNorRepeat()
{
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(CaseQueueQuery());
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    const QList<qint64> before =
        sqlIds(QStringLiteral("coalesce(a.due_date, '9999-12-31'::date), a.id"));

    // Another desk adds and removes cases after the anchors were read.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO kontakt.appeal(reg_index, channel, status, "
                                   "due_date, author_surname, summary) "
                                   "SELECT 'Н-' || g, 'phone', 'registered', current_date - 20 + "
                                   "(g % 37), 'Новак', 'новий' "
                                   "FROM generate_series(1, 300) g")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM kontakt.appeal_link")));
    QVERIFY(
        q.exec(QStringLiteral("SET session_replication_role = replica"))); // audit is append-only
    QVERIFY(q.exec(QStringLiteral("DELETE FROM kontakt.appeal WHERE reg_index IN "
                                  "(SELECT 'Т-' || g FROM generate_series(1, 3000, 29) g)")));
    QVERIFY(q.exec(QStringLiteral("SET session_replication_role = origin")));
    const QList<qint64> after =
        sqlIds(QStringLiteral("coalesce(a.due_date, '9999-12-31'::date), a.id"));

    const QList<qint64> seen = scrollAll(model);
    const QSet<qint64> seenSet(seen.cbegin(), seen.cend());
    QCOMPARE(seenSet.size(), seen.size()); // nothing twice
    // Every row that existed all along is shown; nothing is shown that never existed; the
    // order is the queue's order. (Rows changed inside a block already on screen wait for the
    // live update or a reload: they may be missing or stale, never doubled.)
    const QSet<qint64> beforeSet(before.cbegin(), before.cend());
    const QSet<qint64> afterSet(after.cbegin(), after.cend());
    for (qint64 id : beforeSet &afterSet)
        QVERIFY2(seenSet.contains(id), qPrintable(QString::number(id)));
    for (qint64 id : seenSet)
        QVERIFY(beforeSet.contains(id) || afterSet.contains(id));
    int last = -1;
    for (qint64 id : seen) {
        const int pos = after.indexOf(id);
        if (pos < 0)
            continue; // deleted meanwhile (shown from a block loaded earlier)
        QVERIFY2(pos > last, "out of order");
        last = pos;
    }
    // Most of the added rows were picked up by blocks fetched after the change.
    int added = 0;
    for (qint64 id : afterSet - beforeSet)
        added += seenSet.contains(id) ? 1 : 0;
    QVERIFY2(added >= 250, qPrintable(QString::number(added)));
    // A reload shows exactly the current rows.
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    QCOMPARE(scrollAll(model), after);
}

void TestCaseQueueModel::tabsAndSearch_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QueueFilter>("filter");
    const QDate today = QDate::currentDate();
    QueueFilter executor;
    executor.executorOrgId = m_org;
    QTest::newRow("executor") << int(CaseQueueQuery::Tab::All) << ""
                              << "WHERE a.id IN (SELECT appeal_id FROM kontakt.assignment "
                                 "WHERE status = 'approved')"
                              << executor;
    QueueFilter due;
    due.dueFrom = today.addDays(-5);
    due.dueTo = today.addDays(5);
    QTest::newRow("term range") << int(CaseQueueQuery::Tab::All) << ""
                                << "WHERE a.due_date BETWEEN current_date - 5 AND current_date + 5"
                                << due;
    QueueFilter registrar;
    registrar.operatorLogin = QStringLiteral("kontakt_owner");
    registrar.receivedFrom = today.addDays(-3);
    registrar.receivedTo = today.addDays(-1);
    QTest::newRow("registrar and received")
        << int(CaseQueueQuery::Tab::All) << ""
        << "WHERE a.received_at >= current_date - 3 AND a.received_at < current_date" << registrar;
    QTest::newRow("overdue") << int(CaseQueueQuery::Tab::Overdue) << ""
                             << "WHERE a.status IN "
                                "('registered','routing_proposed','approved','in_progress','"
                                "replied','callback','rework') AND a.due_date < current_date"
                             << QueueFilter();
    QTest::newRow("awaiting approval") << int(CaseQueueQuery::Tab::AwaitingApproval) << ""
                                       << "WHERE a.status = 'routing_proposed'" << QueueFilter();
    QTest::newRow("callback") << int(CaseQueueQuery::Tab::CallbackDue) << ""
                              << "WHERE a.status = 'callback'" << QueueFilter();
    QTest::newRow("phone fragment") << int(CaseQueueQuery::Tab::All) << "000123"
                                    << "WHERE a.author_phone LIKE '%000123%'" << QueueFilter();
    QTest::newRow("index") << int(CaseQueueQuery::Tab::All) << "Т-2999"
                           << "WHERE a.reg_index ILIKE '%Т-2999%'" << QueueFilter();
    QTest::newRow("surname") << int(CaseQueueQuery::Tab::All) << "ящук"
                             << "WHERE a.author_surname ILIKE 'ящук%'" << QueueFilter();
    QTest::newRow("words")
        << int(CaseQueueQuery::Tab::All) << "номер 1234"
        << "WHERE to_tsvector('simple', coalesce(a.summary,'') || ' ' || coalesce(a.full_text,'')) "
           "@@ plainto_tsquery('simple', 'номер 1234')"
        << QueueFilter();
}

void TestCaseQueueModel::tabsAndSearch()
{
    QFETCH(int, tab);
    QFETCH(QString, search);
    QFETCH(QString, where);
    QFETCH(QueueFilter, filter);
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQueueQuery query;
    query.tab = CaseQueueQuery::Tab(tab);
    query.applyFilter(filter);
    query.search = search;
    query.today = QDate::currentDate();
    model.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    const QList<qint64> expected =
        sqlIds(QStringLiteral("coalesce(a.due_date, '9999-12-31'::date), a.id"), where);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(scrollAll(model), expected);
}

void TestCaseQueueModel::deadlineStatesWithFixedClock()
{
    CaseQueueModel model(m_db->params());
    // Friday 27.11.2026 noon: due Friday = urgent, Monday = urgent (1 working day),
    // Wednesday = soon, next Friday = normal, Thursday before = overdue.
    model.setClock([] {
        return QDateTime(QDate(2026, 11, 27), QTime(12, 0),
                         QTimeZone(QByteArrayLiteral("Europe/Kyiv")));
    });
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.appeal(reg_index, channel, status, received_at, due_date, summary) "
        "VALUES "
        "('ДС-1', 'phone', 'registered', '2026-11-20', '2026-11-26', 'прострочене'), "
        "('ДС-2', 'phone', 'registered', '2026-11-20', '2026-11-27', 'сьогодні'), "
        "('ДС-3', 'phone', 'registered', '2026-11-20', '2026-11-30', 'понеділок'), "
        "('ДС-4', 'phone', 'registered', '2026-11-20', '2026-12-02', 'середа'), "
        "('ДС-5', 'phone', 'registered', '2026-11-20', '2026-12-04', 'п''ятниця'), "
        "('ДС-6', 'phone', 'registered', '2026-11-20', '2026-11-26', 'закрите')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE kontakt.appeal SET status = 'closed', closed_at = now(), "
                                  "result_code = '9.1' WHERE reg_index = 'ДС-6'")));
    CaseQueueQuery query;
    query.search = QStringLiteral("ДС-");
    query.sort = CaseQueueQuery::Sort::RegIndex;
    model.setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000);
    QTRY_VERIFY(model.data(model.index(5, 0), CaseQueueModel::LoadedRole).toBool());
    const QList<DeadlineState> expected{DeadlineState::Overdue, DeadlineState::Urgent,
                                        DeadlineState::Urgent,  DeadlineState::Soon,
                                        DeadlineState::Normal,  DeadlineState::Closed};
    for (int row = 0; row < 6; ++row)
        QCOMPARE(DeadlineState(
                     model.data(model.index(row, 0), CaseQueueModel::DeadlineStateRole).toInt()),
                 expected.at(row));
    QVERIFY(model.data(model.index(0, CaseQueueModel::Due))
                .toString()
                .contains(QStringLiteral("overdue 1 d")));
    QVERIFY(model.data(model.index(4, CaseQueueModel::Due))
                .toString()
                .contains(QStringLiteral("7 d 12 h")));
}

void TestCaseQueueModel::memoryStaysBounded()
{
    CaseQueueModel model(m_db->params());
    model.setQuery(CaseQueueQuery());
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    scrollAll(model);
    QVERIFY2(model.cachedBlocks() <= 48, qPrintable(QString::number(model.cachedBlocks())));
}

void TestCaseQueueModel::liveUpdateFromAnotherDesk()
{
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeFeed feed(m_db->params());
    listenEmpty(&model, &feed, QStringLiteral("Живий"));
    if (QTest::currentTestFailed())
        return;

    // Another desk registers a case: it shows within a second.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.appeal(reg_index, channel, status, author_surname, summary) "
        "VALUES ('Ж-1', 'phone', 'registered', 'Живий', 'перший')")));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 1500);
    QTRY_VERIFY(
        model.data(model.index(0, CaseQueueModel::Summary), CaseQueueModel::LoadedRole).toBool());
    QTRY_COMPARE(model.data(model.index(0, CaseQueueModel::Summary)).toString(),
                 QStringLiteral("перший"));
    // ... and changes it: the row is re-read.
    QVERIFY(q.exec(
        QStringLiteral("UPDATE kontakt.appeal SET summary = 'змінений' WHERE reg_index = 'Ж-1'")));
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, CaseQueueModel::Summary)).toString(),
                              QStringLiteral("змінений"), 1500);
}

void TestCaseQueueModel::listenEmpty(CaseQueueModel *model, ChangeFeed *feed, const QString &word)
{
    connect(feed, &ChangeFeed::changed, model, &CaseQueueModel::noteChanged);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(feed->isConnected(), 10000);
    CaseQueueQuery query;
    query.search = word;
    model->setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 10000);
    QCOMPARE(model->rowCount(), 0);
}

// A registration notifies after its COMMIT, from a transaction of its own (0013): the new case
// still reaches an open queue within a second.
void TestCaseQueueModel::liveUpdateOfARegistration()
{
    CaseQueueModel model(m_db->params());
    ChangeFeed feed(m_db->params());
    listenEmpty(&model, &feed, QStringLiteral("Ґречний"));
    if (QTest::currentTestFailed())
        return;

    AppealInput in;
    in.channel = Channel::Phone;
    in.receivedAt = QDateTime::currentDateTime().addSecs(-60);
    in.author.surname = QStringLiteral("Ґречний");
    in.author.firstName = QStringLiteral("Іван");
    in.author.phone = QStringLiteral("067 555 12 34");
    in.topicCode = QStringLiteral("009");
    in.summary = QStringLiteral("сповіщення після COMMIT");
    const auto result =
        AppealRepository(m_db->ownerConnection()).registerAppeal(in, QDateTime::currentDateTime());
    QVERIFY2(result.ok(), qPrintable(result.dbError.detail));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 1500);
    QTRY_COMPARE(model.data(model.index(0, CaseQueueModel::Summary)).toString(),
                 QStringLiteral("сповіщення після COMMIT"));
}

void TestCaseQueueModel::printRowsAsShown()
{
    // Printing a queue: its first rows in queue order, each column as the table shows it.
    CaseQueueModel model(m_db->params());
    model.setQuery(CaseQueueQuery());
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    QList<QStringList> rows;
    bool more = false, done = false;
    QString error;
    model.fetchForPrint(250, [&](const QList<QStringList> &r, bool m, const QString &e) {
        rows = r;
        more = m;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 250);
    QVERIFY(more);
    for (int i = 0; i < 250; i += 37) {
        for (int c = 0; c < CaseQueueModel::ColumnCount; ++c)
            QCOMPARE(rows.at(i).value(c), model.index(i, c).data().toString());
    }
    // A short view: everything, and nothing more.
    CaseQueueQuery one;
    one.search = QStringLiteral("Т-1234");
    model.setQuery(one);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    done = false;
    model.fetchForPrint(250, [&](const QList<QStringList> &r, bool m, const QString &) {
        rows = r;
        more = m;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(rows.size(), model.rowCount());
    QVERIFY(!more);
}

void TestCaseQueueModel::resyncAfterLostConnection()
{
    CaseQueueModel model(m_db->params());
    ChangeFeed feed(m_db->params());
    listenEmpty(&model, &feed, QStringLiteral("Відновлений"));
    if (QTest::currentTestFailed())
        return;

    // The server drops the feed's connection; a change happens while nobody listens.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'kontakt-feed' AND datname = current_database()")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.appeal(reg_index, channel, status, author_surname, summary) "
        "VALUES ('В-1', 'phone', 'registered', 'Відновлений', 'поки не слухали')")));
    // The heartbeat notices, reconnects and reports what was missed.
    QTRY_VERIFY_WITH_TIMEOUT(!feed.isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(feed.isConnected(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
}

// An executor's "My work" is its organisation's approved work; "All" is limited by row-level
// security in the database, not by the client.
void TestCaseQueueModel::executorSeesOnlyItsWork()
{
    const QString login = QStringLiteral("qx_") + m_db->name().right(8);
    StaffRepository::NewStaff s;
    s.login = login;
    s.role = StaffRole::Executor;
    s.orgCode = QStringLiteral("VK");
    s.fullName = QStringLiteral("Віктор Ващук");
    DbError error;
    QVERIFY2(StaffRepository(m_db->ownerConnection()).create(s, &error), qPrintable(error.detail));
    const QList<qint64> expected =
        sqlIds(QStringLiteral("coalesce(a.due_date, '9999-12-31'::date), a.id"),
               QStringLiteral("WHERE a.id IN (SELECT appeal_id FROM kontakt.assignment "
                              "WHERE status = 'approved')"));
    QVERIFY(!expected.isEmpty());
    for (const auto tab : {CaseQueueQuery::Tab::MyWork, CaseQueueQuery::Tab::All}) {
        CaseQueueModel model(m_db->params(login));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseQueueQuery query;
        query.tab = tab;
        query.login = login;
        query.executorDesk = true;
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
        QCOMPARE(scrollAll(model), expected);
    }
    QSqlQuery q(m_db->ownerConnection());
    q.exec(QStringLiteral("DROP OWNED BY %1").arg(login));
    q.exec(QStringLiteral("DROP ROLE %1").arg(login));
}

// An escalated assignment is visible in the queue: a mark beside the executor and words in the
// tooltip.
void TestCaseQueueModel::escalationShownBesideExecutor()
{
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(appeal_id) FROM kontakt.assignment WHERE status = "
                                  "'approved'")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("UPDATE kontakt.assignment SET escalation_level = 2, escalated_at = "
                             "now() WHERE appeal_id = ?"));
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQueueQuery query;
    query.executorOrgId = m_org;
    query.sort = CaseQueueQuery::Sort::Received;
    model.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, CaseQueueModel::Executor);
        QTRY_VERIFY(model.data(cell, CaseQueueModel::LoadedRole).toBool());
        const bool escalated = model.data(cell, CaseQueueModel::IdRole).toLongLong() == id;
        QCOMPARE(model.data(cell).toString().endsWith(QStringLiteral("⇧2")), escalated);
        QCOMPARE(model.data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("2")),
                 escalated);
        checked += escalated ? 1 : 0;
    }
    QCOMPARE(checked, 1);
}

// A street in 2.5 % of a large table: the first walk (kWalkRows) finds too few for a block but
// promises enough within the long walk, which answers in the queue's order (checked in the
// plan) and gives the same rows as SQL, block after block.
void TestCaseQueueModel::midFrequencySearchWalksOn()
{
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY2(
        q.exec(QStringLiteral(
            "INSERT INTO kontakt.appeal(reg_index, channel, status, received_at, due_date, "
            "  author_surname, problem_address, summary) "
            "SELECT 'ДВ-' || g, 'phone', 'registered', now() - (g % 100) * interval '1 minute', "
            "  current_date + (g % 30), 'Довгий', "
            "  CASE WHEN g % 40 = 0 THEN 'вул. Лісова, ' || g ELSE 'вул. Садова, ' || g END, "
            "  'довга вулиця' FROM generate_series(1, 12000) g")),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("ANALYZE kontakt.appeal")));
    // The choice weighs the table's size: this one is made to look like 5 M cases (the test
    // cluster's owner is a superuser; the planner's estimate is all that changes).
    QVERIFY2(q.exec(QStringLiteral("UPDATE pg_catalog.pg_class SET reltuples = 5000000 "
                                   "WHERE oid = 'kontakt.appeal'::regclass")),
             qPrintable(q.lastError().text()));
    CaseQueueQuery query;
    query.search = QStringLiteral("вул. Лісова");
    QVariantList binds;
    const QString sql =
        query.rowsSql(false, false, CaseQueueModel::kBlockRows, &binds, {}, 0, {}, 0);
    // EXPLAIN cannot be prepared: the values go in as the driver quotes them.
    QString inlined;
    int next = 0;
    for (const QChar ch : sql) {
        if (ch != QLatin1Char('?')) {
            inlined += ch;
            continue;
        }
        QSqlField field(QString(), binds.at(next).metaType());
        field.setValue(binds.at(next++));
        inlined += m_db->ownerConnection().driver()->formatValue(field);
    }
    QCOMPARE(next, binds.size());
    QVERIFY2(q.exec(QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ") + inlined),
             qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(0).toString();
    const int walk2 = plan.indexOf(QRegularExpression(QStringLiteral("^\\s*CTE walk2$")));
    QVERIFY2(walk2 >= 0, qPrintable(plan.join(QLatin1Char('\n'))));
    QVERIFY2(plan.value(walk2 + 1).contains(
                 QStringLiteral("rows=%1 loops=1").arg(CaseQueueModel::kBlockRows)),
             qPrintable(plan.join(QLatin1Char('\n'))));

    CaseQueueModel model(m_db->params());
    model.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    const QList<qint64> expected =
        sqlIds(QStringLiteral("coalesce(a.due_date, '9999-12-31'::date), a.id"),
               QStringLiteral("WHERE a.problem_address ILIKE '%вул. Лісова%'"));
    QCOMPARE(expected.size(), 300);
    QCOMPARE(scrollAll(model), expected);
}

QTEST_GUILESS_MAIN(TestCaseQueueModel)
#include "tst_casequeuemodel.moc"
