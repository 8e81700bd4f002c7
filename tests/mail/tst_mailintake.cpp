#include "appealrepository.h"
#include "databaseconnector.h"
#include "imapclient.h"
#include "mailsettingsrepository.h"
#include "mailtestenv.h"
#include "mimecomposer.h"
#include "mimeparser.h"
#include "workflowfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>
#include <csignal>

// The mail service end to end, against a real Dovecot and a real SMTP receiver (the `mail`
// fixture) and a real PostgreSQL: letters in several charsets, HTML-only, with attachments,
// broken, auto-replies, bounces and spam go through `kontaktctl mail-intake` into the Incoming
// e-mail queue (or apart); an operator registers one and the citizen receives the
// acknowledgement with the registration number; the citizen's reply joins the case; retries
// and permanent failures of sending; a service killed mid-batch loses and doubles nothing; a
// 20 MB attachment arrives whole; --watch picks a letter up within the polling interval.
class TestMailIntake : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void lettersBecomeWaitingAppeals();
    void operatorRegistersAndTheCitizenIsAcknowledged();
    void sendingRetriesAndFails();
    void killedMidBatchLosesAndDoublesNothing();
    void twentyMegabyteAttachment();
    void watchPicksUpWithinThePollingInterval();

private:
    // kontaktctl mail-intake as the mail service's login; returns its JSON (exit code in *exit)
    QJsonObject runService(const QStringList &extra = {}, int *exit = nullptr);
    QProcess *startService(const QStringList &extra);
    QStringList serviceArgs(const QStringList &extra) const;
    QProcessEnvironment serviceEnvironment() const;
    bool deliverFile(const QString &name);
    int folderCount(const QString &folder);
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        return m_fx->scalar(sql, binds);
    }
    QString mailStatus(const QString &key)
    {
        return scalar(
                   QStringLiteral("SELECT status FROM kontakt.mail_message WHERE message_key = ?"),
                   {key})
            .toString();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_mailbox; // this test's own IMAP user
    MailSettings m_settings;
};

void TestMailIntake::initTestCase()
{
    QVERIFY2(MailTestEnv::available(), "run through ctest: the mail fixture starts the servers");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    m_mailbox = QStringLiteral("intake@test.kontakt");
    m_settings.imapHost = QStringLiteral("localhost");
    m_settings.imapPort = MailTestEnv::port("KONTAKT_MAIL_IMAPS_PORT");
    m_settings.imapSecurity = QStringLiteral("tls");
    m_settings.imapLogin = m_mailbox;
    m_settings.pollSeconds = 10;
    m_settings.smtpHost = QStringLiteral("localhost");
    m_settings.smtpPort = MailTestEnv::port("KONTAKT_MAIL_SMTP_PORT");
    m_settings.smtpSecurity = QStringLiteral("starttls");
    m_settings.smtpLogin = QStringLiteral("sender@test.kontakt");
    m_settings.fromAddress = QStringLiteral("kontakt@rada.test");
    m_settings.fromName = QStringLiteral("Контакт-центр Броварської міської ради");
    m_settings.caFile = MailTestEnv::value("KONTAKT_MAIL_CA");
    DbError dbError;
    QVERIFY2(MailSettingsRepository(m_fx->connectionAs(QStringLiteral("admin")))
                 .save(m_settings, &dbError),
             qPrintable(dbError.detail));
    // an inbox left by an earlier test run of this fixture is emptied by the first round
    runService({QStringLiteral("--no-send")});
}

void TestMailIntake::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

QStringList TestMailIntake::serviceArgs(const QStringList &extra) const
{
    return QStringList{QStringLiteral("--db"), m_db->connInfo(m_fx->login(QStringLiteral("mail"))),
                       QStringLiteral("mail-intake")} +
           extra;
}

QProcessEnvironment TestMailIntake::serviceEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONTAKT_MAIL_IMAP_PASSWORD"),
               MailTestEnv::value("KONTAKT_MAIL_PASSWORD"));
    env.insert(QStringLiteral("KONTAKT_MAIL_SMTP_PASSWORD"),
               MailTestEnv::value("KONTAKT_MAIL_PASSWORD"));
    return env;
}

QJsonObject TestMailIntake::runService(const QStringList &extra, int *exit)
{
    QProcess p;
    p.setProcessEnvironment(serviceEnvironment());
    p.start(qEnvironmentVariable("KONTAKTCTL"),
            serviceArgs(QStringList{QStringLiteral("--once"), QStringLiteral("--json")} + extra));
    if (!p.waitForFinished(180000))
        qWarning("mail-intake did not finish");
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qInfo("mail-intake: %s", err.constData());
    if (exit)
        *exit = p.exitCode();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QProcess *TestMailIntake::startService(const QStringList &extra)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(serviceEnvironment());
    p->start(qEnvironmentVariable("KONTAKTCTL"), serviceArgs(extra));
    p->waitForStarted();
    return p;
}

bool TestMailIntake::deliverFile(const QString &name)
{
    QFile f(qEnvironmentVariable("KONTAKT_SOURCE_DIR") + QStringLiteral("/tests/data/mail/") +
            name);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString error;
    const bool ok = MailTestEnv::deliver(m_mailbox, f.readAll(), &error);
    if (!ok)
        qWarning("deliver %s: %s", qPrintable(name), qPrintable(error));
    return ok;
}

int TestMailIntake::folderCount(const QString &folder)
{
    ImapClient imap;
    int exists = -1;
    if (!imap.connectToServer(MailTestEnv::imap(MailEndpoint::Security::Tls, m_mailbox)) ||
        !imap.login() || !imap.selectFolder(folder, nullptr, &exists))
        qWarning("imap: %s", qPrintable(imap.errorString()));
    imap.logout();
    return exists;
}

void TestMailIntake::lettersBecomeWaitingAppeals()
{
    const int processedBefore = qMax(0, folderCount(QStringLiteral("Оброблені")));
    const int junkBefore = qMax(0, folderCount(QStringLiteral("Небажані")));
    for (const char *f :
         {"cp1251_qp.eml", "koi8u.eml", "html_only.eml", "rfc2231_filename.eml",
          "malformed_bad_base64.eml", "outlook_ooo.eml", "bounce_dsn.eml", "spam_flag.eml"})
        QVERIFY(deliverFile(QLatin1String(f)));
    int exit = -1;
    const QJsonObject run = runService({QStringLiteral("--no-send")}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(run.value(QStringLiteral("fetched")).toInt(), 8);
    QCOMPARE(run.value(QStringLiteral("stored")).toInt(), 8);
    QCOMPARE(run.value(QStringLiteral("waiting")).toInt(), 5);
    QCOMPARE(run.value(QStringLiteral("review")).toInt(), 1);
    QCOMPARE(run.value(QStringLiteral("junk")).toInt(), 3);

    // what the operators get, decoded
    QCOMPARE(mailStatus(QStringLiteral("cp1251-qp@example.com")), QStringLiteral("new"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT from_name || '|' || from_address || '|' || subject FROM "
                              "kontakt.mail_message WHERE message_key = 'cp1251-qp@example.com'"))
            .toString(),
        QStringLiteral("Ірина Коваль|iryna.koval@example.com|Ремонт ліфта"));
    QVERIFY(scalar(QStringLiteral("SELECT body_text FROM kontakt.mail_message WHERE message_key = "
                                  "'cp1251-qp@example.com'"))
                .toString()
                .contains(QStringLiteral("Прошу відремонтувати ліфт у будинку №12")));
    QCOMPARE(mailStatus(QStringLiteral("koi8u@example.org")), QStringLiteral("new"));
    QVERIFY(scalar(QStringLiteral("SELECT from_name FROM kontakt.mail_message WHERE message_key = "
                                  "'koi8u@example.org'"))
                .toString()
                .contains(QStringLiteral("Олена")));
    QVERIFY(
        scalar(QStringLiteral("SELECT text_from_html AND body_text LIKE '%ремонт «даху»%' FROM "
                              "kontakt.mail_message WHERE message_key = 'html-only@example.com'"))
            .toBool());
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT f.file_name || '|' || f.size_bytes FROM kontakt.attachment f JOIN "
                        "kontakt.mail_message m ON m.id = f.mail_id WHERE m.message_key = "
                        "'rfc2231@example.com'"))
                 .toString(),
             QStringLiteral("Скарга на ремонт дороги біля будинку №5.pdf|1049"));
    QCOMPARE(mailStatus(QStringLiteral("badb64@example.com")), QStringLiteral("review"));
    QVERIFY(
        scalar(QStringLiteral("SELECT cardinality(problems) > 0 FROM kontakt.mail_message WHERE "
                              "message_key = 'badb64@example.com'"))
            .toBool());
    // not for operators
    for (const char *key :
         {"ooo@dept.example.gov.ua", "bounce-1@mx.rada.example.gov.ua", "spam1@lottery.example"})
        QCOMPARE(mailStatus(QLatin1String(key)), QStringLiteral("junk"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM kontakt.mail_message WHERE message_key = "
                                   "'bounce-1@mx.rada.example.gov.ua'"))
                 .toString(),
             QStringLiteral("bounce"));
    // the raw message is kept byte for byte
    QFile original(qEnvironmentVariable("KONTAKT_SOURCE_DIR") +
                   QStringLiteral("/tests/data/mail/koi8u.eml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray stored = scalar(QStringLiteral("SELECT raw FROM kontakt.mail_message WHERE "
                                                    "message_key = 'koi8u@example.org'"))
                                  .toByteArray();
    QVERIFY(stored.endsWith(original.readAll().right(40)));

    // the mailbox: the inbox is empty, letters moved after they were stored
    QCOMPARE(folderCount(QStringLiteral("INBOX")), 0);
    QCOMPARE(folderCount(QStringLiteral("Оброблені")) - processedBefore, 5);
    QCOMPARE(folderCount(QStringLiteral("Небажані")) - junkBefore, 3);

    // nothing new: a second round fetches nothing
    const QJsonObject again = runService({QStringLiteral("--no-send")});
    QCOMPARE(again.value(QStringLiteral("fetched")).toInt(), 0);
}

void TestMailIntake::operatorRegistersAndTheCitizenIsAcknowledged()
{
    QVERIFY(deliverFile(QStringLiteral("cp1251_8bit.eml")));
    runService({QStringLiteral("--no-send")});
    const qint64 mailId = scalar(QStringLiteral("SELECT id FROM kontakt.mail_message WHERE "
                                                "message_key = 'cp1251-8bit@example.net'"))
                              .toLongLong();
    QVERIFY(mailId > 0);
    QCOMPARE(mailStatus(QStringLiteral("cp1251-8bit@example.net")), QStringLiteral("new"));

    // the operator registers it (the intake form's path)
    AppealInput in;
    in.channel = Channel::Email;
    in.receivedAt =
        scalar(QStringLiteral("SELECT received_at FROM kontakt.mail_message WHERE id = ?"),
               {mailId})
            .toDateTime();
    in.author.surname = QStringLiteral("Петренко");
    in.author.firstName = QStringLiteral("Петро");
    in.author.patronymic = QStringLiteral("Іванович");
    in.author.address = QStringLiteral("м. Бровари, вул. Франка, 3");
    in.author.email = QStringLiteral("petro@example.net");
    in.topicCode = QStringLiteral("009");
    in.summary = QStringLiteral("Яма на вулиці Франка");
    in.fullText =
        scalar(QStringLiteral("SELECT body_text FROM kontakt.mail_message WHERE id = ?"), {mailId})
            .toString();
    in.mailId = mailId;
    in.idempotencyKey = QUuid::createUuid();
    const auto r = AppealRepository(m_fx->connectionAs(QStringLiteral("operator")))
                       .registerAppeal(in, QDateTime::currentDateTime());
    QVERIFY2(r.ok(), qPrintable(r.dbError.detail));
    const QString index = r.appeal.regIndex;
    QVERIFY(r.appeal.dueDate);

    // the service sends the acknowledgement
    int exit = -1;
    const QJsonObject run = runService({QStringLiteral("--no-intake")}, &exit);
    QCOMPARE(exit, 0);
    QVERIFY(run.value(QStringLiteral("sent")).toInt() >= 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE appeal_id = ? AND kind = "
                              "'acknowledgement'"),
               {r.appeal.id})
            .toString(),
        QStringLiteral("sent"));
    // ... and the SMTP side received it: to the citizen, with the number and the term
    QDir store(MailTestEnv::value("KONTAKT_MAIL_SMTP_STORE"));
    ParsedMail ack;
    QByteArray ackRaw;
    for (const QString &name :
         store.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile f(store.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        const ParsedMail m = MimeParser::parse(raw);
        if (m.inReplyTo == QLatin1String("cp1251-8bit@example.net")) {
            ack = m;
            ackRaw = raw;
        }
    }
    QVERIFY2(!ackRaw.isEmpty(), "no acknowledgement reached the SMTP receiver");
    QCOMPARE(ack.toAddresses, QStringList{QStringLiteral("petro@example.net")});
    QCOMPARE(ack.fromAddress, QStringLiteral("kontakt@rada.test"));
    QCOMPARE(ack.fromName, QStringLiteral("Контакт-центр Броварської міської ради"));
    QVERIFY2(ack.subject.contains(QStringLiteral("№ ") + index), qPrintable(ack.subject));
    QVERIFY(ack.text.contains(QStringLiteral("зареєстровано за № ") + index));
    QVERIFY(ack.text.contains(r.appeal.dueDate->toString(QStringLiteral("dd.MM.yyyy"))));
    QVERIFY(ackRaw.contains("Auto-Submitted: auto-generated"));
    QCOMPARE(ack.kind, ParsedMail::Kind::AutoReply); // our own mail is an automatic one
    QCOMPARE(ack.messageId,
             scalar(QStringLiteral("SELECT message_id FROM kontakt.outbox WHERE appeal_id = ? AND "
                                   "kind = 'acknowledgement'"),
                    {r.appeal.id})
                 .toString());

    // the citizen answers the acknowledgement: the letter joins the case
    OutgoingMail reply;
    reply.fromAddress = QStringLiteral("petro@example.net");
    reply.fromName = QStringLiteral("Петро Петренко");
    reply.toAddress = QStringLiteral("kontakt@rada.test");
    reply.subject = QStringLiteral("Re: ") + ack.subject;
    reply.text = QStringLiteral("Дякую! Додаю ще одне фото ями.");
    reply.inReplyTo = ack.messageId;
    reply.references = {ack.messageId};
    reply.autoGenerated = false;
    reply.attachments << MailAttachment{QStringLiteral("яма-2.jpg"), QStringLiteral("image/jpeg"),
                                        QByteArrayLiteral("\xff\xd8\xff\xe0 photo"), false};
    QString replyId;
    QString composeError;
    const QByteArray replyRaw = MimeComposer::compose(reply, &replyId, &composeError);
    QVERIFY2(!replyRaw.isEmpty(), qPrintable(composeError));
    QString error;
    QVERIFY2(MailTestEnv::deliver(m_mailbox, replyRaw, &error), qPrintable(error));
    const QJsonObject second = runService({QStringLiteral("--no-send")});
    QCOMPARE(second.value(QStringLiteral("attached")).toInt(), 1);
    QCOMPARE(mailStatus(replyId), QStringLiteral("attached"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT appeal_id FROM kontakt.mail_message WHERE message_key = ?"),
               {replyId})
            .toLongLong(),
        r.appeal.id);
    QVERIFY(
        scalar(QStringLiteral("SELECT text FROM kontakt.case_note WHERE appeal_id = ? ORDER BY id "
                              "DESC LIMIT 1"),
               {r.appeal.id})
            .toString()
            .contains(QStringLiteral("Додаю ще одне фото")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE appeal_id = ? AND "
                              "file_name = 'яма-2.jpg'"),
               {r.appeal.id})
            .toInt(),
        1);
}

void TestMailIntake::sendingRetriesAndFails()
{
    const qint64 temp =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('reminder', "
                "'tempfail-1@example.org', 'Нагадування', 'Строк спливає') RETURNING id"))
            .toLongLong();
    const qint64 perm =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('assignment', "
                "'reject-1@example.org', 'Нове доручення', 'Текст') RETURNING id"))
            .toLongLong();
    const qint64 good =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('assignment', "
                "'org-a@example.org', 'Нове доручення', 'Текст') RETURNING id"))
            .toLongLong();
    const QJsonObject run = runService({QStringLiteral("--no-intake")});
    QVERIFY(run.value(QStringLiteral("retried")).toInt() >= 1);
    QVERIFY(run.value(QStringLiteral("failed")).toInt() >= 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT status || ':' || attempts FROM kontakt.outbox WHERE id = ?"),
               {temp})
            .toString(),
        QStringLiteral("queued:1"));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM kontakt.outbox WHERE id = ?"), {temp})
                .toString()
                .startsWith(QStringLiteral("451")));
    QVERIFY(
        scalar(QStringLiteral("SELECT next_attempt_at > now() FROM kontakt.outbox WHERE id = ?"),
               {temp})
            .toBool());
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {perm}).toString(),
        QStringLiteral("failed"));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM kontakt.outbox WHERE id = ?"), {perm})
                .toString()
                .startsWith(QStringLiteral("550")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {good}).toString(),
        QStringLiteral("sent"));
    // a second round sends nothing again (the retry is not due yet)
    const QJsonObject again = runService({QStringLiteral("--no-intake")});
    QCOMPARE(again.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("retried")).toInt(), 0);

    // the accepted one bounces later: the returned report marks it failed, kept from operators
    const QString sentId =
        scalar(QStringLiteral("SELECT message_id FROM kontakt.outbox WHERE id = ?"), {good})
            .toString();
    QFile dsn(qEnvironmentVariable("KONTAKT_SOURCE_DIR") +
              QStringLiteral("/tests/data/mail/bounce_dsn.eml"));
    QVERIFY(dsn.open(QIODevice::ReadOnly));
    QByteArray report = dsn.readAll();
    report.replace("4f1a2b3c.1762844390000@rada.example.gov.ua", sentId.toUtf8());
    report.replace("<bounce-1@mx.rada.example.gov.ua>", "<bounce-2@mx.rada.example.gov.ua>");
    QString error;
    QVERIFY2(MailTestEnv::deliver(m_mailbox, report, &error), qPrintable(error));
    const QJsonObject bounced = runService({QStringLiteral("--no-send")});
    QCOMPARE(bounced.value(QStringLiteral("junk")).toInt(), 1);
    QCOMPARE(mailStatus(QStringLiteral("bounce-2@mx.rada.example.gov.ua")), QStringLiteral("junk"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {good}).toString(),
        QStringLiteral("failed"));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM kontakt.outbox WHERE id = ?"), {good})
                .toString()
                .contains(QStringLiteral("Undelivered Mail")));
}

void TestMailIntake::killedMidBatchLosesAndDoublesNothing()
{
    const int processedBefore = qMax(0, folderCount(QStringLiteral("Оброблені")));
    const QString batch = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const int n = 30;
    QString error;
    for (int i = 0; i < n; ++i) {
        OutgoingMail m;
        m.fromAddress = QStringLiteral("citizen%1@example.org").arg(i);
        m.toAddress = m_mailbox;
        m.subject = QStringLiteral("Звернення %1 партії %2").arg(i).arg(batch);
        m.text = QStringLiteral("Текст звернення номер %1.").arg(i);
        m.messageId = QStringLiteral("kill-%1-%2@example.org").arg(batch).arg(i);
        m.autoGenerated = false;
        QVERIFY(MailTestEnv::deliver(m_mailbox, MimeComposer::compose(m), &error));
    }
    const QString countSql = QStringLiteral(
        "SELECT count(*) FROM kontakt.mail_message WHERE message_key LIKE 'kill-' || ? || '-%'");
    QProcess *service = startService({QStringLiteral("--once"), QStringLiteral("--no-send"),
                                      QStringLiteral("--pause-ms"), QStringLiteral("150")});
    QTRY_VERIFY_WITH_TIMEOUT(scalar(countSql, {batch}).toInt() >= 5, 60000);
    ::kill(pid_t(service->processId()), SIGKILL);
    QVERIFY(service->waitForFinished(10000));
    const int storedBeforeKill = scalar(countSql, {batch}).toInt();
    QVERIFY2(storedBeforeKill < n, "the service finished before it could be killed");
    qInfo("killed after %d of %d letters", storedBeforeKill, n);

    const QJsonObject run = runService({QStringLiteral("--no-send")});
    QCOMPARE(run.value(QStringLiteral("stored")).toInt(), n - storedBeforeKill);
    QVERIFY(run.value(QStringLiteral("already_stored")).toInt() <= 1); // stored, not yet moved
    QCOMPARE(scalar(countSql, {batch}).toInt(), n);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT message_key) FROM kontakt.mail_message "
                                   "WHERE message_key LIKE 'kill-' || ? || '-%'"),
                    {batch})
                 .toInt(),
             n);
    QCOMPARE(folderCount(QStringLiteral("INBOX")), 0);
    QCOMPARE(folderCount(QStringLiteral("Оброблені")) - processedBefore, n);
}

void TestMailIntake::twentyMegabyteAttachment()
{
    QByteArray data(20 * 1000 * 1000, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 2654435761u) >> 13);
    OutgoingMail m;
    m.fromAddress = QStringLiteral("architect@example.org");
    m.toAddress = m_mailbox;
    m.subject = QStringLiteral("Проєкт благоустрою двору");
    m.text = QStringLiteral("Надсилаю креслення.");
    m.messageId =
        QStringLiteral("big-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    m.autoGenerated = false;
    m.attachments << MailAttachment{QStringLiteral("креслення.pdf"),
                                    QStringLiteral("application/pdf"), data, false};
    const QByteArray raw = MimeComposer::compose(m);
    QVERIFY(raw.size() > 27 * 1000 * 1000);
    QString error;
    QVERIFY2(MailTestEnv::deliver(m_mailbox, raw, &error), qPrintable(error));
    const QJsonObject run = runService({QStringLiteral("--no-send")});
    QCOMPARE(run.value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(mailStatus(m.messageId), QStringLiteral("new"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT f.size_bytes || ':' || f.sha256 FROM kontakt.attachment f JOIN "
                        "kontakt.mail_message m ON m.id = f.mail_id WHERE m.message_key = ?"),
                    {m.messageId})
                 .toString(),
             QStringLiteral("%1:%2")
                 .arg(data.size())
                 .arg(QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())));
    QCOMPARE(
        scalar(QStringLiteral("SELECT raw_size FROM kontakt.mail_message WHERE message_key = ?"),
               {m.messageId})
            .toLongLong(),
        qint64(raw.size()));
}

void TestMailIntake::watchPicksUpWithinThePollingInterval()
{
    QProcess *service = startService({QStringLiteral("--watch"), QStringLiteral("--no-send")});
    QTest::qWait(1500); // the first round has run on the empty inbox
    OutgoingMail m;
    m.fromAddress = QStringLiteral("watch@example.org");
    m.toAddress = m_mailbox;
    m.subject = QStringLiteral("Не працює ліфт");
    m.text = QStringLiteral("Другий день не працює ліфт у під'їзді 2.");
    m.messageId =
        QStringLiteral("watch-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    m.autoGenerated = false;
    QString error;
    QVERIFY(MailTestEnv::deliver(m_mailbox, MimeComposer::compose(m), &error));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(m.messageId), QStringLiteral("new"), 20000);
    qInfo("the letter was in the queue %lld ms after delivery (polling every %d s)",
          clock.elapsed(), m_settings.pollSeconds);
    QVERIFY(clock.elapsed() <= (m_settings.pollSeconds + 5) * 1000);
    // SIGTERM: the service finishes its round and exits cleanly
    service->terminate();
    QVERIFY(service->waitForFinished(20000));
    QCOMPARE(service->exitStatus(), QProcess::NormalExit);
    QCOMPARE(service->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMailIntake)
#include "tst_mailintake.moc"
