#include "kontaktctlrun.h"
#include "testdatabase.h"
#include "workflowfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// `kontaktctl mail-intake` without mail servers: its usage errors (exit 2), who may run it
// (the database refuses a desk login: exit 1), one service per database (exit 1 while another
// holds the lock), and a round with intake and sending switched off in the settings (exit 0,
// nothing done). The rounds against real servers are in tests/mail/tst_mailintake.
class TestKontaktctlMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void unreadablePasswordFile();
    void aDeskLoginIsRefused();
    void oneServicePerDatabase();
    void nothingConfiguredNothingDone();
    void processedFolderMustDifferFromTheInbox();

private:
    KontaktctlRun ctl(const QString &who, const QStringList &args)
    {
        return KontaktctlRun::start(
            m_exe, QStringList{QStringLiteral("--db"), m_db->connInfo(m_fx->login(who))} + args);
    }
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_exe;
};

void TestKontaktctlMail::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestKontaktctlMail::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestKontaktctlMail::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("neither once nor watch") << QStringList{"mail-intake"};
    QTest::newRow("both") << QStringList{"mail-intake", "--once", "--watch"};
    QTest::newRow("pause not a number") << QStringList{"mail-intake", "--once", "--pause-ms", "x"};
    QTest::newRow("pause too long") << QStringList{"mail-intake", "--once", "--pause-ms", "60001"};
    QTest::newRow("unknown option") << QStringList{"mail-intake", "--once", "--fast"};
    QTest::newRow("extra argument") << QStringList{"mail-intake", "--once", "INBOX"};
}

void TestKontaktctlMail::usageErrors()
{
    QFETCH(QStringList, args);
    const KontaktctlRun r = ctl(QStringLiteral("mail"), args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("kontaktctl: ")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
}

void TestKontaktctlMail::unreadablePasswordFile()
{
    const KontaktctlRun r = ctl(QStringLiteral("mail"), {"mail-intake", "--once",
                                                         "--imap-password-file", "/nonexistent/x"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x")));
}

void TestKontaktctlMail::aDeskLoginIsRefused()
{
    const KontaktctlRun r = ctl(QStringLiteral("operator"), {"mail-intake", "--once"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not_allowed")), qPrintable(r.err));
}

void TestKontaktctlMail::oneServicePerDatabase()
{
    // another service holds the lock (here: the owner's session)
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('kontakt.mail'))")));
    const KontaktctlRun r = ctl(QStringLiteral("mail"), {"mail-intake", "--once"});
    QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('kontakt.mail'))")));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("another mail service")), qPrintable(r.err));
}

void TestKontaktctlMail::nothingConfiguredNothingDone()
{
    // queued notices stay queued while no SMTP server is set
    m_fx->scalar(
        QStringLiteral("INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES "
                       "('reminder', 'a@example.org', 'Тема', 'Текст') RETURNING id"));
    const KontaktctlRun r = ctl(QStringLiteral("mail"), {"mail-intake", "--once", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("fetched")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("sent")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outbox WHERE status = "
                                         "'queued'"))
                 .toInt(),
             1);
}

void TestKontaktctlMail::processedFolderMustDifferFromTheInbox()
{
    m_fx->scalar(
        QStringLiteral("UPDATE kontakt.setting SET value = CASE key "
                       "WHEN 'mail_imap_host' THEN 'localhost' "
                       "WHEN 'mail_processed_folder' THEN 'INBOX' ELSE value END "
                       "WHERE key IN ('mail_imap_host', 'mail_processed_folder') RETURNING 1"));
    const KontaktctlRun r = ctl(QStringLiteral("mail"), {"mail-intake", "--once", "--no-send"});
    m_fx->scalar(
        QStringLiteral("UPDATE kontakt.setting SET value = CASE key "
                       "WHEN 'mail_imap_host' THEN '' "
                       "WHEN 'mail_processed_folder' THEN 'Оброблені' ELSE value END "
                       "WHERE key IN ('mail_imap_host', 'mail_processed_folder') RETURNING 1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("inbox")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKontaktctlMail)
#include "tst_kontaktctl_mail.moc"
