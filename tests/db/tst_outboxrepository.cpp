#include "outboxrepository.h"
#include "workflowfixture.h"
#include "workflowrepository.h"

#include <QSqlQuery>
#include <QtTest>

// The outbox read by the people who answer for it: rows written by the real workflow (route +
// approve writes an 'assignment' notice), read by head, manager and admin, refused to the
// others by the database; a failed message is retried by the administrator only, with the
// version that was read.
class TestOutboxRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void approvalWritesAnAssignmentNotice();
    void readers_data();
    void readers();
    void othersAreRefused_data();
    void othersAreRefused();
    void filters_data();
    void filters();
    void newestFirst();
    void adminRetriesAFailedMessage();
    void retryNeedsTheVersionAndAFailedMessage();
    void othersCannotRetry_data();
    void othersCannotRetry();

private:
    OutboxRepository as(const QString &who) { return OutboxRepository(m_fx->connectionAs(who)); }
    // A case routed to ORG_A by the operator and approved by the head.
    qint64 approvedCase(const QString &summary, QString *regIndex);
    // Marks a message failed as the mail component would; returns its version.
    int fail(qint64 outboxId, int attempts, const QString &why);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    qint64 m_appeal1 = 0;
    qint64 m_appeal2 = 0;
    QString m_index1;
    QString m_index2;
};

void TestOutboxRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    m_appeal1 = approvedCase(QStringLiteral("Не вивезено сміття"), &m_index1);
    QVERIFY(m_appeal1 > 0);
    m_appeal2 = approvedCase(QStringLiteral("Не світить ліхтар"), &m_index2);
    QVERIFY(m_appeal2 > 0);
    // The first case's notice failed; a reminder about the second one was sent.
    const qint64 first =
        m_fx->scalar(QStringLiteral("SELECT id FROM kontakt.outbox WHERE appeal_id = ?"),
                     {m_appeal1})
            .toLongLong();
    QVERIFY(fail(first, 3, QStringLiteral("550 mailbox unavailable")) > 0);
    QVERIFY(m_fx->scalar(QStringLiteral("INSERT INTO kontakt.outbox (kind, recipient, subject, "
                                        "body, appeal_id, status, attempts, sent_at) VALUES "
                                        "('reminder', 'deputy@example.org', "
                                        "'Нагадування: строк спливає', 'Текст', ?, 'sent', 1, "
                                        "now()) RETURNING id"),
                         {m_appeal2})
                .toLongLong() > 0);
}

void TestOutboxRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

qint64 TestOutboxRepository::approvedCase(const QString &summary, QString *regIndex)
{
    const qint64 id = m_fx->newAppeal(summary, regIndex);
    if (id == 0)
        return 0;
    const auto version = [this, id]() {
        return m_fx->scalar(QStringLiteral("SELECT version FROM kontakt.appeal WHERE id = ?"), {id})
            .toInt();
    };
    auto r = WorkflowRepository(m_fx->connectionAs(QStringLiteral("operator")))
                 .route(id, version(), m_fx->orgA, {}, QStringLiteral("Усунути"), QDate());
    if (!r.ok()) {
        qWarning("route: %s", qPrintable(r.error.detail));
        return 0;
    }
    r = WorkflowRepository(m_fx->connectionAs(QStringLiteral("head"))).approve(id, version());
    if (!r.ok()) {
        qWarning("approve: %s", qPrintable(r.error.detail));
        return 0;
    }
    return id;
}

int TestOutboxRepository::fail(qint64 outboxId, int attempts, const QString &why)
{
    return m_fx
        ->scalar(QStringLiteral("UPDATE kontakt.outbox SET status = 'failed', attempts = ?, "
                                "last_error = ?, next_attempt_at = now() + interval '1 hour' "
                                "WHERE id = ? RETURNING version"),
                 {attempts, why, outboxId})
        .toInt();
}

void TestOutboxRepository::approvalWritesAnAssignmentNotice()
{
    OutboxFilter f;
    f.appealId = m_appeal2;
    f.kind = QStringLiteral("assignment");
    DbError error;
    const auto rows = as(QStringLiteral("head")).list(f, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(rows.size(), 1); // ORG_A's e-mail; nobody else of ORG_A has one
    const OutboxMessage &m = rows.first();
    QCOMPARE(m.kind, QStringLiteral("assignment"));
    QCOMPARE(m.recipient, QStringLiteral("org_a@example.org"));
    QCOMPARE(m.appealId, m_appeal2);
    QCOMPARE(m.regIndex, m_index2);
    QVERIFY(m.subject.contains(m_index2));
    QCOMPARE(m.status, QStringLiteral("queued"));
    QCOMPARE(m.attempts, 0);
    QVERIFY(!m.subject.isEmpty());
    QVERIFY(!m.body.isEmpty());
    QVERIFY(m.createdAt.isValid());
    QVERIFY(!m.sentAt.isValid());
    QVERIFY(m.lastError.isEmpty());
    QCOMPARE(m.version, 1);
}

void TestOutboxRepository::readers_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("head") << "head";
    QTest::newRow("manager") << "manager";
    QTest::newRow("admin") << "admin";
}

void TestOutboxRepository::readers()
{
    QFETCH(QString, who);
    DbError error;
    const auto rows = as(who).list({}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(rows.size(), 3);
    // The case index comes along (the reader may read the case).
    QCOMPARE(rows.at(0).regIndex, m_index2);
    QCOMPARE(rows.at(1).regIndex, m_index2);
    QCOMPARE(rows.at(2).regIndex, m_index1);
}

void TestOutboxRepository::othersAreRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("operator") << "operator";
    QTest::newRow("executor") << "exec_a";
}

void TestOutboxRepository::othersAreRefused()
{
    QFETCH(QString, who);
    DbError error;
    const auto rows = as(who).list({}, &error);
    QVERIFY(rows.isEmpty());
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
    QVERIFY2(error.detail.contains(QStringLiteral("permission denied")), qPrintable(error.detail));
}

void TestOutboxRepository::filters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("appeal"); // 0 all, 1 or 2 one of the two cases
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    // initTestCase: the first case's notice failed, the second's is queued, a reminder about
    // the second was sent.
    QTest::newRow("everything") << ""
                                << ""
                                << "" << 0 << 500 << 3;
    QTest::newRow("queued") << "queued"
                            << ""
                            << "" << 0 << 500 << 1;
    QTest::newRow("failed") << "failed"
                            << ""
                            << "" << 0 << 500 << 1;
    QTest::newRow("sent") << "sent"
                          << ""
                          << "" << 0 << 500 << 1;
    QTest::newRow("kind reminder") << ""
                                   << "reminder"
                                   << "" << 0 << 500 << 1;
    QTest::newRow("kind rework") << ""
                                 << "rework"
                                 << "" << 0 << 500 << 0;
    QTest::newRow("recipient any case") << ""
                                        << ""
                                        << "ORG_A@EXAMPLE" << 0 << 500 << 2;
    QTest::newRow("subject") << ""
                             << ""
                             << "нагадування" << 0 << 500 << 1;
    QTest::newRow("case index in the subject") << ""
                                               << "" << m_index1 << 0 << 500 << 1;
    QTest::newRow("percent is a character") << ""
                                            << ""
                                            << "%" << 0 << 500 << 0;
    QTest::newRow("one case") << ""
                              << ""
                              << "" << 2 << 500 << 2;
    QTest::newRow("one case, sent") << "sent"
                                    << ""
                                    << "" << 2 << 500 << 1;
    QTest::newRow("limit") << ""
                           << ""
                           << "" << 0 << 2 << 2;
    QTest::newRow("limit below one means one") << ""
                                               << ""
                                               << "" << 0 << 0 << 1;
}

void TestOutboxRepository::filters()
{
    QFETCH(QString, status);
    QFETCH(QString, kind);
    QFETCH(QString, search);
    QFETCH(int, appeal);
    QFETCH(int, limit);
    QFETCH(int, expected);
    OutboxFilter f;
    f.status = status;
    f.kind = kind;
    f.search = search;
    f.appealId = appeal == 1 ? m_appeal1 : appeal == 2 ? m_appeal2 : 0;
    f.limit = limit;
    DbError error;
    const auto rows = as(QStringLiteral("manager")).list(f, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(rows.size(), expected);
    for (const OutboxMessage &m : rows) {
        if (!status.isEmpty())
            QCOMPARE(m.status, status);
        if (!kind.isEmpty())
            QCOMPARE(m.kind, kind);
    }
}

void TestOutboxRepository::newestFirst()
{
    DbError error;
    const auto rows = as(QStringLiteral("head")).list({}, &error);
    QVERIFY(rows.size() >= 3);
    for (int i = 1; i < rows.size(); ++i) {
        const auto &a = rows.at(i - 1);
        const auto &b = rows.at(i);
        QVERIFY(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id));
    }
    QCOMPARE(rows.first().kind, QStringLiteral("reminder"));
    QCOMPARE(rows.first().status, QStringLiteral("sent"));
    QVERIFY(rows.first().sentAt.isValid());
    QCOMPARE(rows.last().status, QStringLiteral("failed"));
    QCOMPARE(rows.last().attempts, 3);
    QCOMPARE(rows.last().lastError, QStringLiteral("550 mailbox unavailable"));
}

void TestOutboxRepository::adminRetriesAFailedMessage()
{
    OutboxFilter f;
    f.status = QStringLiteral("failed");
    DbError error;
    const auto failed = as(QStringLiteral("admin")).list(f, &error);
    QCOMPARE(failed.size(), 1);
    const OutboxMessage m = failed.first();
    QVERIFY(m.nextAttemptAt > QDateTime::currentDateTime().addSecs(30 * 60));
    QVERIFY2(as(QStringLiteral("admin")).retry(m.id, m.version, &error), qPrintable(error.detail));
    QVERIFY(!error.isError());
    f.status.clear();
    f.appealId = m_appeal1;
    const auto after = as(QStringLiteral("head")).list(f, &error);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().status, QStringLiteral("queued"));
    QCOMPARE(after.first().attempts, 3);                                          // kept
    QCOMPARE(after.first().lastError, QStringLiteral("550 mailbox unavailable")); // kept
    QCOMPARE(after.first().version, m.version + 1);
    QVERIFY(after.first().nextAttemptAt <= QDateTime::currentDateTime().addSecs(5));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT updated_by = ? FROM kontakt.outbox WHERE id = ?"),
                          {m_fx->login(QStringLiteral("admin")), m.id})
                 .toBool(),
             true);
}

void TestOutboxRepository::retryNeedsTheVersionAndAFailedMessage()
{
    QString index;
    const qint64 appeal = approvedCase(QStringLiteral("Яма на дорозі"), &index);
    QVERIFY(appeal > 0);
    const qint64 id =
        m_fx->scalar(QStringLiteral("SELECT id FROM kontakt.outbox WHERE appeal_id = ?"), {appeal})
            .toLongLong();
    DbError error;
    // Queued: nothing to retry.
    QVERIFY(!as(QStringLiteral("admin")).retry(id, 1, &error));
    QVERIFY(!error.isError());
    const int version = fail(id, 5, QStringLiteral("timeout"));
    // A version read before the mail component failed it: changed meanwhile.
    QVERIFY(!as(QStringLiteral("admin")).retry(id, version - 1, &error));
    QVERIFY(!error.isError());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("failed"));
    QVERIFY(as(QStringLiteral("admin")).retry(id, version, &error));
    // Twice with the same version: the second finds it changed.
    QVERIFY(!as(QStringLiteral("admin")).retry(id, version, &error));
    QVERIFY(!error.isError());
}

void TestOutboxRepository::othersCannotRetry_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("head") << "head";
    QTest::newRow("manager") << "manager";
    QTest::newRow("operator") << "operator";
}

void TestOutboxRepository::othersCannotRetry()
{
    QFETCH(QString, who);
    QString index;
    const qint64 appeal = approvedCase(QStringLiteral("Протікає дах: ") + who, &index);
    QVERIFY(appeal > 0);
    const qint64 id =
        m_fx->scalar(QStringLiteral("SELECT id FROM kontakt.outbox WHERE appeal_id = ?"), {appeal})
            .toLongLong();
    const int version = fail(id, 2, QStringLiteral("550"));
    DbError error;
    QVERIFY(!as(who).retry(id, version, &error));
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status || ':' || version FROM kontakt.outbox "
                                         "WHERE id = ?"),
                          {id})
                 .toString(),
             QStringLiteral("failed:%1").arg(version));
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
