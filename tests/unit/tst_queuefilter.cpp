#include "queuefilter.h"

#include <QJsonDocument>
#include <QtTest>

Q_DECLARE_METATYPE(QueueFilter)

// Saved views store a queue filter as JSON: every field survives the round trip, and an empty
// filter stores nothing.
class TestQueueFilter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void emptyStoresNothing();
};

void TestQueueFilter::roundTrip_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QueueFilter search;
    search.search = QStringLiteral("Коваленко");
    QTest::newRow("search") << search;
    QueueFilter all;
    all.search = QStringLiteral("067 123");
    all.status = QStringLiteral("in_progress");
    all.topicCode = QStringLiteral("009.01");
    all.channel = QStringLiteral("phone");
    all.priorityOnly = true;
    all.onlyMine = true;
    all.executorOrgId = 9007199254740993; // beyond double precision: stored as text
    all.operatorLogin = QStringLiteral("operator1");
    all.receivedFrom = QDate(2026, 1, 1);
    all.receivedTo = QDate(2026, 11, 29);
    all.dueFrom = QDate(2026, 12, 1);
    all.dueTo = QDate(2026, 12, 31);
    QTest::newRow("every field") << all;
    QueueFilter openEnd;
    openEnd.dueTo = QDate(2026, 12, 31);
    QTest::newRow("open-ended range") << openEnd;
}

void TestQueueFilter::roundTrip()
{
    QFETCH(QueueFilter, filter);
    const QByteArray text = QJsonDocument(filter.toJson()).toJson();
    const QueueFilter back = QueueFilter::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back == filter);
    QCOMPARE(back.executorOrgId, filter.executorOrgId);
    QVERIFY(!back.isEmpty());
}

void TestQueueFilter::emptyStoresNothing()
{
    QVERIFY(QueueFilter().toJson().isEmpty());
    QVERIFY(QueueFilter::fromJson({}).isEmpty());
}

QTEST_APPLESS_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
