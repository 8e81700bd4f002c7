#include "draftstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// A desk killed in the middle of a call (SIGKILL: no chance to clean up) leaves its draft,
// and the draft holds what was typed.
class TestIntakeCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedDeskLeavesItsDraft();
};

void TestIntakeCrash::killedDeskLeavesItsDraft()
{
    const QString child = QString::fromLocal8Bit(qgetenv("INTAKE_DRAFT_CHILD"));
    QVERIFY2(QFileInfo(child).isExecutable(),
             "INTAKE_DRAFT_CHILD must point at intake_draft_child");
    QTemporaryDir dir;
    QProcess desk;
    desk.start(child, {dir.path()});
    QVERIFY(desk.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(desk.canReadLine() || desk.state() != QProcess::Running, 20000);
    const QString line = QString::fromUtf8(desk.readLine()).trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("typed ")), qPrintable(line));
    const QUuid id = QUuid::fromString(line.mid(6));
    QVERIFY(!id.isNull());
    desk.kill(); // SIGKILL
    QVERIFY(desk.waitForFinished(5000));
    QCOMPARE(desk.exitStatus(), QProcess::CrashExit);

    const auto drafts = DraftStore(dir.path()).list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, id);
    QCOMPARE(drafts.first().state.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Прорвало трубу в підвалі"));
    QCOMPARE(drafts.first()
                 .state.value(QStringLiteral("author"))
                 .toObject()
                 .value(QStringLiteral("last_name"))
                 .toString(),
             QStringLiteral("Кравченко"));
    QVERIFY(!drafts.first().state.value(QStringLiteral("idempotency_key")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestIntakeCrash)
#include "tst_intakecrash.moc"
