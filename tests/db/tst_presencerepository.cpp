#include "casequeuemodel.h"
#include "changefeed.h"
#include "presencerepository.h"
#include "staffrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

// Presence: who has a case open is visible to others who may see the case, in the queue and
// live; nobody can write presence for someone else, and an executor cannot open a case of
// another organisation.
class TestPresenceRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void othersSeeWhoHasTheCaseOpen();
    void queueRowShowsPresenceLive();
    void nobodyWritesForSomeoneElse();
    void executorCannotOpenForeignCase();

private:
    QSqlDatabase as(const QString &login);
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_logins;
    QString m_opA, m_opB, m_exec;
    qint64 m_case = 0;
};

void TestPresenceRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    const QString suffix = m_db->name().right(8);
    m_opA = QStringLiteral("pa_") + suffix;
    m_opB = QStringLiteral("pb_") + suffix;
    m_exec = QStringLiteral("px_") + suffix;
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.organisation(code, name) VALUES ('ORG1', 'Водоканал')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.appeal(reg_index, channel, status, author_surname, summary) "
        "VALUES ('П-1', 'phone', 'registered', 'Гнатюк', 'Немає води') RETURNING id")));
    QVERIFY(q.next());
    m_case = q.value(0).toLongLong();
    StaffRepository staff(m_db->ownerConnection());
    DbError error;
    const struct {
        QString login;
        StaffRole role;
        QString name;
        QString org;
    } people[] = {
        {m_opA, StaffRole::Operator, QStringLiteral("Оксана Андрієнко"), QString()},
        {m_opB, StaffRole::Operator, QStringLiteral("Богдан Білик"), QString()},
        {m_exec, StaffRole::Executor, QStringLiteral("Віктор Ващук"), QStringLiteral("ORG1")}};
    for (const auto &p : people) {
        StaffRepository::NewStaff s;
        s.login = p.login;
        s.role = p.role;
        s.fullName = p.name;
        s.orgCode = p.org;
        QVERIFY2(staff.create(s, &error), qPrintable(error.detail));
        m_logins << p.login;
    }
}

void TestPresenceRepository::cleanupTestCase()
{
    for (const QString &l : std::as_const(m_logins))
        DatabaseConnector::close(l);
    QSqlQuery q(m_db->ownerConnection());
    for (const QString &l : std::as_const(m_logins))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(l));
    m_db.reset();
}

QSqlDatabase TestPresenceRepository::as(const QString &login)
{
    if (QSqlDatabase::contains(login))
        return QSqlDatabase::database(login);
    DbError error;
    QSqlDatabase db = DatabaseConnector::open(login, m_db->params(login), &error);
    if (error.isError())
        qWarning() << error.detail;
    return db;
}

void TestPresenceRepository::othersSeeWhoHasTheCaseOpen()
{
    DbError error;
    PresenceRepository a(as(m_opA));
    PresenceRepository b(as(m_opB));
    QCOMPARE(a.enter(m_case, true, &error), QString());
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    // B opens the same case and is told that A has it.
    QCOMPARE(b.enter(m_case, true, &error), QStringLiteral("Оксана Андрієнко"));
    // A's heartbeat now names B, never A itself.
    QCOMPARE(a.enter(m_case, true, &error), QStringLiteral("Богдан Білик"));
    a.leave(m_case, &error);
    QVERIFY(!error.isError());
    QCOMPARE(b.others(m_case, &error), QString());
    // A desk that stopped beating disappears after 90 s.
    QCOMPARE(a.enter(m_case, true, &error), QStringLiteral("Богдан Білик"));
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("UPDATE kontakt.case_presence SET seen_at = now() - interval "
                             "'91 seconds' WHERE login = ?"));
    q.addBindValue(m_opA);
    QVERIFY(q.exec());
    QCOMPARE(b.others(m_case, &error), QString());
    b.leave(m_case, &error);
}

void TestPresenceRepository::queueRowShowsPresenceLive()
{
    CaseQueueModel model(m_db->params(m_opB));
    ChangeFeed feed(m_db->params(m_opB));
    connect(&feed, &ChangeFeed::changed, &model, &CaseQueueModel::noteChanged);
    feed.start();
    QVERIFY(QTest::qWaitFor([&] { return feed.isConnected(); }, 10000));
    CaseQueueQuery query;
    query.tab = CaseQueueQuery::Tab::All;
    model.setQuery(query);
    const auto cell = [&] {
        return model.index(0, CaseQueueModel::OpenedBy);
    };
    QVERIFY(QTest::qWaitFor(
        [&] {
            return model.rowCount() == 1 && model.data(cell(), CaseQueueModel::LoadedRole).toBool();
        },
        10000));
    QCOMPARE(model.data(cell()).toString(), QString());
    DbError error;
    PresenceRepository(as(m_opA)).enter(m_case, true, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    // Another desk opened it: the row says so within a second or two, without a reload.
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, CaseQueueModel::OpenedBy)).toString(),
                              QStringLiteral("✎ Оксана Андрієнко"), 5000);
    QVERIFY(model.data(model.index(0, CaseQueueModel::RegIndex), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Оксана Андрієнко")));
    PresenceRepository(as(m_opA)).leave(m_case, &error);
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0, CaseQueueModel::OpenedBy)).toString(),
                              QString(), 5000);
}

void TestPresenceRepository::nobodyWritesForSomeoneElse()
{
    DbError error;
    PresenceRepository(as(m_opA)).enter(m_case, true, &error);
    QSqlQuery q(as(m_opB));
    // Rows of others are invisible to UPDATE/DELETE (row-level security) ...
    QVERIFY(q.exec(QStringLiteral("DELETE FROM kontakt.case_presence")));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(QStringLiteral("UPDATE kontakt.case_presence SET full_name = 'x'")));
    QCOMPARE(q.numRowsAffected(), 0);
    // ... and nobody inserts in another's name.
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.case_presence(appeal_id, login, full_name) VALUES (?, ?, 'x')"));
    q.addBindValue(m_case);
    q.addBindValue(m_opA + QStringLiteral("_x"));
    QVERIFY(!q.exec());
    QCOMPARE(PresenceRepository(as(m_opB)).others(m_case, &error),
             QStringLiteral("Оксана Андрієнко"));
    PresenceRepository(as(m_opA)).leave(m_case, &error);
}

void TestPresenceRepository::executorCannotOpenForeignCase()
{
    DbError error;
    PresenceRepository x(as(m_exec));
    // The case has no approved assignment for the executor's organisation.
    x.enter(m_case, true, &error);
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
    QSqlQuery q(as(m_exec));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kontakt.case_presence")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPresenceRepository)
#include "tst_presencerepository.moc"
