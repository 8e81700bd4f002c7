#include "queueprint.h"

#include <QtTest>

// A queue printed as a table: the columns and rows as given, a note when the queue is longer
// than what is printed, wider columns for longer texts.
class TestQueuePrint : public QObject
{
    Q_OBJECT
private slots:
    void build_data();
    void build();
};

void TestQueuePrint::build_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("more");
    QTest::newRow("empty") << 0 << false;
    QTest::newRow("some") << 3 << false;
    QTest::newRow("cut") << 2000 << true;
}

void TestQueuePrint::build()
{
    QFETCH(int, rows);
    QFETCH(bool, more);
    const QStringList header{QStringLiteral("Індекс"), QStringLiteral("Зміст")};
    QList<QStringList> data;
    for (int i = 0; i < rows; ++i)
        data << QStringList{
            QStringLiteral("К-%1").arg(i),
            QStringLiteral("Довгий зміст звернення про відсутність води %1").arg(i)};
    const ReportDocument doc =
        QueuePrintBuilder::build(QStringLiteral("Мої"), QStringLiteral("Фільтр: пошук «вода»"),
                                 header, data, more, QDateTime(QDate(2026, 12, 6), QTime(9, 0)));
    QCOMPARE(doc.kind, QStringLiteral("queue"));
    QVERIFY(doc.title.contains(QStringLiteral("Мої")));
    QCOMPARE(doc.parameters, QStringLiteral("Фільтр: пошук «вода»"));
    const ReportTable &t = doc.sections.at(0).tables.at(0);
    QCOMPARE(t.header, header);
    QCOMPARE(t.rows.size(), rows);
    QCOMPARE(doc.sections.at(0).note.isEmpty(), !more);
    if (rows > 0) {
        QCOMPARE(t.rows.at(0).cells, data.at(0));
        QVERIFY(t.widths.at(1) > t.widths.at(0));
    }
}

QTEST_GUILESS_MAIN(TestQueuePrint)
#include "tst_queueprint.moc"
