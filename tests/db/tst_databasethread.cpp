#include "databasethread.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

class TestDatabaseThread : public QObject
{
    Q_OBJECT
private slots:
    void runsOffTheCallingThread();
    void resultDroppedWhenContextGone();
};

void TestDatabaseThread::runsOffTheCallingThread()
{
    TestDatabase tdb(false);
    QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
    DatabaseThread worker(QStringLiteral("worker-1"));
    DbError openError{DbError::Kind::Other, QStringLiteral("not called")};
    worker.open(this, tdb.params(), [&](DbError e) { openError = e; });
    QTRY_VERIFY(!openError.isError() || openError.detail != QLatin1String("not called"));
    QVERIFY2(!openError.isError(), qPrintable(openError.detail));

    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    int value = 0;
    worker.run<int>(
        this,
        [&](QSqlDatabase &db) {
            jobThread = QThread::currentThread();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT 6 * 7"));
            return q.next() ? q.value(0).toInt() : -1;
        },
        [&](int v) {
            doneThread = QThread::currentThread();
            value = v;
        });
    QTRY_COMPARE(value, 42);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestDatabaseThread::resultDroppedWhenContextGone()
{
    DatabaseThread worker(QStringLiteral("worker-2"));
    bool called = false;
    auto *context = new QObject;
    worker.run<int>(
        context,
        [](QSqlDatabase &) {
            QThread::msleep(100);
            return 1;
        },
        [&](int) { called = true; });
    delete context;
    QTest::qWait(300);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDatabaseThread)
#include "tst_databasethread.moc"
