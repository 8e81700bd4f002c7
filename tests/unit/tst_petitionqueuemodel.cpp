#include "deadlinestatus.h"
#include "petitionqueuemodel.h"
#include "queuecolumns.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The petition registry's table model: columns, semantic roles and the deadline state of the
// current term (the same roles as the case queues, so the same colours).
class TestPetitionQueueModel : public QObject
{
    Q_OBJECT
private:
    static PetitionRecord make(qint64 id, const QString &status, const QDate &due)
    {
        PetitionRecord p;
        p.id = id;
        p.number = QStringLiteral("П-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Петиція %1").arg(id);
        p.text = QStringLiteral("Просимо");
        p.authorName = QStringLiteral("Коваль Марія");
        p.status = status;
        p.signaturesOnline = 100;
        p.signaturesPaper = 20;
        p.threshold = 350;
        p.currentDue = due;
        p.version = 3;
        p.submittedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Europe/Kyiv"));
        return p;
    }

private slots:
    void tester()
    {
        PetitionQueueModel model;
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPetitions(
            {make(1, "collecting", QDate(2027, 3, 1)), make(2, "answered", QDate())});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PetitionQueueModel::ColumnCount));
        model.setPetitions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void deadlineState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("state");
        // now: Monday 2026-12-07 12:00
        QTest::newRow("moderation due today")
            << "moderation" << QDate(2026, 12, 7) << int(DeadlineState::Urgent);
        QTest::newRow("moderation overdue")
            << "submitted" << QDate(2026, 12, 4) << int(DeadlineState::Overdue);
        QTest::newRow("collecting, far")
            << "collecting" << QDate(2027, 2, 1) << int(DeadlineState::Normal);
        QTest::newRow("answered: no term") << "answered" << QDate() << int(DeadlineState::Closed);
    }

    void deadlineState()
    {
        QFETCH(QString, status);
        QFETCH(QDate, due);
        QFETCH(int, state);
        PetitionQueueModel model;
        model.setNow(QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone("Europe/Kyiv")));
        model.setPetitions({make(7, status, due)});
        const QModelIndex i = model.index(0, PetitionQueueModel::Due);
        QCOMPARE(model.data(i, QueueRoles::DeadlineStateRole).toInt(), state);
        QCOMPARE(model.data(i, QueueRoles::Id).toLongLong(), 7);
        QCOMPARE(model.data(i, PetitionQueueModel::StatusKeyRole).toString(), status);
        QCOMPARE(model.data(i, PetitionQueueModel::VersionRole).toInt(), 3);
        QCOMPARE(model.data(i, QueueRoles::RawValue).toDate(), due);
    }

    void displayTexts()
    {
        PetitionQueueModel model;
        model.setPetitions({make(5, "collecting", QDate(2027, 3, 1))});
        QCOMPARE(model.data(model.index(0, PetitionQueueModel::Number)).toString(),
                 QStringLiteral("П-2026-0005"));
        QVERIFY(model.data(model.index(0, PetitionQueueModel::Signatures))
                    .toString()
                    .contains(QStringLiteral("120")));
        QCOMPARE(model.data(model.index(0, PetitionQueueModel::Signatures), QueueRoles::RawValue)
                     .toInt(),
                 120);
        QCOMPARE(model.data(model.index(0, PetitionQueueModel::Due)).toString(),
                 QStringLiteral("01.03.2027"));
        QCOMPARE(model.data(model.index(0, PetitionQueueModel::Status)).toString(),
                 QStringLiteral("Збір підписів"));
        QCOMPARE(model.rowOf(5), 0);
        QCOMPARE(model.rowOf(6), -1);
    }
};

QTEST_GUILESS_MAIN(TestPetitionQueueModel)
#include "tst_petitionqueuemodel.moc"
