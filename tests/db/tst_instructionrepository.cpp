#include "instructionrepository.h"
#include "workflowfixture.h"

#include <QSqlQuery>
#include <QtTest>

// The mayor's office records instructions (доручення) with the cases they concern; an unknown
// registration index refuses the whole instruction; desks may read but not write them; marking
// one executed needs the version that was read.
class TestInstructionRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void managerRecordsAndCloses();
    void unknownIndexRefusesEverything();
    void operatorCannotRecord();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_index;
};

void TestInstructionRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    QVERIFY(m_fx->newAppeal(QStringLiteral("Аварійне дерево"), &m_index) > 0);
}

void TestInstructionRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestInstructionRepository::managerRecordsAndCloses()
{
    InstructionRepository repo(m_fx->connectionAs(QStringLiteral("manager")));
    QStringList unknown;
    DbError error;
    const qint64 id = repo.create(QStringLiteral("Д-17"), QStringLiteral("Міський голова"),
                                  QStringLiteral("Забезпечити обрізку аварійних дерев"),
                                  QDate::currentDate().addDays(10), {m_index}, &unknown, &error);
    QVERIFY2(id > 0, qPrintable(error.detail));
    auto all = repo.list(&error);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().regIndexes, QStringList{m_index});
    QCOMPARE(all.first().status, QStringLiteral("open"));
    // A stale version changes nothing; the current one closes it.
    QVERIFY(!repo.markDone(id, all.first().version + 1, QStringLiteral("x"), &error));
    QVERIFY(repo.markDone(id, all.first().version, QStringLiteral("Виконано 28.11"), &error));
    all = repo.list(&error);
    QCOMPARE(all.first().status, QStringLiteral("done"));
    QVERIFY(all.first().executedAt.isValid());
    // Desks read them.
    QCOMPARE(
        InstructionRepository(m_fx->connectionAs(QStringLiteral("operator"))).list(&error).size(),
        1);
}

void TestInstructionRepository::unknownIndexRefusesEverything()
{
    InstructionRepository repo(m_fx->connectionAs(QStringLiteral("manager")));
    QStringList unknown;
    DbError error;
    const qint64 id = repo.create(QString(), QStringLiteral("Заступник міського голови"),
                                  QStringLiteral("Перевірити стан доріг"), QDate(),
                                  {m_index, QStringLiteral("Я-999999")}, &unknown, &error);
    QCOMPARE(id, 0);
    QCOMPARE(unknown, QStringList{QStringLiteral("Я-999999")});
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.instruction "
                                         "WHERE text = 'Перевірити стан доріг'"))
                 .toInt(),
             0);
}

void TestInstructionRepository::operatorCannotRecord()
{
    InstructionRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    QStringList unknown;
    DbError error;
    QCOMPARE(repo.create(QString(), QStringLiteral("Міський голова"), QStringLiteral("Текст"),
                         QDate(), {}, &unknown, &error),
             0);
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestInstructionRepository)
#include "tst_instructionrepository.moc"
