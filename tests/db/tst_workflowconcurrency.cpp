#include "testdatabase.h"
#include "workflowfixture.h"
#include "workflowrepository.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

// Many desks changing the same cases at once: every change either wins or is told it was stale;
// no change is lost (DESIGN.md §6 "Concurrency").
class TestWorkflowConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void zeroLostUpdates();
};

namespace {
constexpr int kThreads = 20;
constexpr int kCases = 50;
constexpr int kUpdates = 2000;
} // namespace

void TestWorkflowConcurrency::zeroLostUpdates()
{
    TestDatabase tdb;
    QVERIFY2(tdb.isReady(), qPrintable(tdb.error()));
    WorkflowFixture fx(&tdb);
    QString error;
    QVERIFY2(fx.setUp(&error), qPrintable(error));
    QList<qint64> cases;
    for (int i = 0; i < kCases; ++i)
        cases << fx.newAppeal(QStringLiteral("Випадок %1").arg(i));
    QVERIFY(!cases.contains(0));
    QHash<qint64, int> initialVersion;
    for (qint64 id : std::as_const(cases))
        initialVersion[id] =
            fx.scalar(QStringLiteral("SELECT version FROM kontakt.appeal WHERE id = ?"), {id})
                .toInt();

    // Heads route and reject the same cases in a cycle; each attempt uses the version it read.
    QList<QAtomicInt *> wins;
    for (int i = 0; i < kCases; ++i)
        wins << new QAtomicInt(0);
    QAtomicInt stale(0), other(0), attempts(0);
    QStringList otherErrors;
    QMutex otherMutex;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&, t] {
            {
                QSqlDatabase db = fx.connectionAs(QStringLiteral("head"));
                WorkflowRepository repo(db);
                QRandomGenerator rng(quint32(1000 + t));
                QSqlQuery read(db);
                read.prepare(
                    QStringLiteral("SELECT version, status FROM kontakt.appeal WHERE id = ?"));
                while (attempts.fetchAndAddRelaxed(1) < kUpdates) {
                    const int index = int(rng.bounded(kCases));
                    const qint64 id = cases.at(index);
                    read.bindValue(0, id);
                    if (!read.exec() || !read.next()) {
                        other.ref();
                        continue;
                    }
                    const int version = read.value(0).toInt();
                    const QString status = read.value(1).toString();
                    read.finish();
                    const auto r = status == QLatin1String("registered")
                                       ? repo.route(id, version, fx.orgA, {fx.orgB},
                                                    QStringLiteral("Потік %1").arg(t), QDate())
                                       : repo.reject(id, version, QStringLiteral("Ні (%1)").arg(t));
                    if (r.ok()) {
                        wins.at(index)->ref();
                    } else if (r.error.kind == WorkflowError::Kind::StaleVersion &&
                               !r.error.changedBy.isEmpty()) {
                        stale.ref();
                    } else {
                        other.ref();
                        QMutexLocker lock(&otherMutex);
                        otherErrors << r.error.key() + QStringLiteral(": ") + r.error.detail;
                    }
                }
            } // the connection's last users end here
            fx.closeConnectionAs(QStringLiteral("head"));
        });
    }
    QElapsedTimer timer;
    timer.start();
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(240000));
        delete t;
    }
    qInfo("%d updates by %d connections on %d cases in %lld ms: %d won, %d stale", kUpdates,
          kThreads, kCases, timer.elapsed(), kUpdates - stale.loadRelaxed() - other.loadRelaxed(),
          stale.loadRelaxed());
    QVERIFY2(other.loadRelaxed() == 0, qPrintable(otherErrors.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY2(stale.loadRelaxed() > 0, "the test must actually produce conflicts");

    int totalWins = 0;
    for (int i = 0; i < kCases; ++i) {
        const qint64 id = cases.at(i);
        const int version =
            fx.scalar(QStringLiteral("SELECT version FROM kontakt.appeal WHERE id = ?"), {id})
                .toInt();
        // each successful transition is exactly one version step of the appeal: none lost
        QCOMPARE(version - initialVersion.value(id), wins.at(i)->loadRelaxed());
        // and exactly one journal row
        QCOMPARE(
            fx.scalar(QStringLiteral("SELECT count(*) FROM kontakt.case_event WHERE appeal_id = ?"),
                      {id})
                .toInt(),
            wins.at(i)->loadRelaxed());
        totalWins += wins.at(i)->loadRelaxed();
        delete wins.at(i);
    }
    QCOMPARE(totalWins + stale.loadRelaxed(), kUpdates);
}

QTEST_GUILESS_MAIN(TestWorkflowConcurrency)
#include "tst_workflowconcurrency.moc"
