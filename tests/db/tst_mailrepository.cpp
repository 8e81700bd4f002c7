#include "appealrepository.h"
#include "databaseconnector.h"
#include "mailrepository.h"
#include "mailsettingsrepository.h"
#include "outboxrepository.h"
#include "workflowfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

// Incoming e-mail in the database (0018_mail.sql), without mail servers: what the mail service
// stores and how (idempotent, replies attached to their cases, junk apart, bounces failing the
// outbox message), registration by an operator through the intake path (the letter tied to the
// case, its files moved, the acknowledgement queued, a second registration refused), sending
// the outbox (claim, backoff, permanent failure, interrupted sends), the settings, and who may
// do what — decided by the database.
class TestMailRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void storesALetterWithItsFiles();
    void storingIsIdempotent();
    void brokenMimeIsForReview();
    void nulCharactersAreReplaced();
    void junkIsNotForOperators_data();
    void junkIsNotForOperators();
    void registrationTiesTheLetterAndAcknowledges();
    void aSecondRegistrationIsRefused();
    void replyInTheThreadIsAttachedToItsCase();
    void replyBySubjectOnlyFromTheAuthor();
    void replyAboutAClosedCaseWaitsAsNew();
    void bounceFailsTheOutboxMessage();
    void discardNeedsReasonAndVersion();
    void sendingClaimsRetriesAndFails();
    void interruptedSendingIsNotRepeated();
    void settingsRoundTrip();
    void refusals_data();
    void refusals();

private:
    IncomingMailRecord letter(const QString &key,
                              const QString &from = QStringLiteral("olena@example.org"));
    std::optional<MailRepository::StoreResult> store(const IncomingMailRecord &r);
    qint64 registerFrom(qint64 mailId, const QString &surname,
                        AppealRepository::RegisterResult *out = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        return m_fx->scalar(sql, binds);
    }
    QSqlDatabase service();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestMailRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    QVERIFY(service().isOpen());
}

void TestMailRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

QSqlDatabase TestMailRepository::service()
{
    return m_fx->connectionAs(QStringLiteral("mail"));
}

IncomingMailRecord TestMailRepository::letter(const QString &key, const QString &from)
{
    IncomingMailRecord r;
    r.mailbox = QStringLiteral("centre@test.kontakt");
    r.messageKey = key;
    r.uidValidity = 7;
    r.uid = 1;
    r.fromAddress = from;
    r.fromName = QStringLiteral("Олена Коваль");
    r.subject = QStringLiteral("Яма на дорозі біля школи");
    r.sentAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    r.text = QStringLiteral("Доброго дня! На вул. Шевченка, 5 велика яма.");
    r.raw = QByteArrayLiteral("From: olena@example.org\r\nSubject: test\r\n\r\nbody\r\n");
    r.files << IncomingMailFile{0, QStringLiteral("фото ями.jpg"), QStringLiteral("image/jpeg"), 5,
                                QByteArrayLiteral("\xff\xd8\xff\xe0\x00")};
    r.files << IncomingMailFile{0, QStringLiteral("заява.pdf"), QStringLiteral("application/pdf"),
                                8, QByteArrayLiteral("%PDF-1.4")};
    return r;
}

std::optional<MailRepository::StoreResult> TestMailRepository::store(const IncomingMailRecord &r)
{
    DbError error;
    auto result = MailRepository(service()).store(r, &error);
    if (!result)
        qWarning("store: %s", qPrintable(error.detail));
    return result;
}

qint64 TestMailRepository::registerFrom(qint64 mailId, const QString &surname,
                                        AppealRepository::RegisterResult *out)
{
    AppealInput in;
    in.channel = Channel::Email;
    in.receivedAt = QDateTime::currentDateTime().addSecs(-60);
    in.author.surname = surname;
    in.author.firstName = QStringLiteral("Олена");
    in.author.patronymic = QStringLiteral("Петрівна");
    in.author.address = QStringLiteral("м. Бровари, вул. Шевченка, 7");
    in.author.email = QStringLiteral("olena@example.org");
    in.topicCode = QStringLiteral("009");
    in.summary = QStringLiteral("Яма на дорозі");
    in.mailId = mailId;
    in.idempotencyKey = QUuid::createUuid();
    const auto r = AppealRepository(m_fx->connectionAs(QStringLiteral("operator")))
                       .registerAppeal(in, QDateTime::currentDateTime());
    if (out)
        *out = r;
    return r.outcome == AppealRepository::RegisterResult::Outcome::Stored ? r.appeal.id : 0;
}

void TestMailRepository::storesALetterWithItsFiles()
{
    const auto r = store(letter(QStringLiteral("first@example.org")));
    QVERIFY(r);
    QVERIFY(r->created);
    QCOMPARE(r->status, QStringLiteral("new"));
    DbError error;
    MailRepository desk(m_fx->connectionAs(QStringLiteral("operator")));
    const auto m = desk.find(r->mailId, &error);
    QVERIFY2(m, qPrintable(error.detail));
    QCOMPARE(m->fromAddress, QStringLiteral("olena@example.org"));
    QCOMPARE(m->fromName, QStringLiteral("Олена Коваль"));
    QCOMPARE(m->subject, QStringLiteral("Яма на дорозі біля школи"));
    QCOMPARE(m->text, QStringLiteral("Доброго дня! На вул. Шевченка, 5 велика яма."));
    QCOMPARE(m->files.size(), 2);
    QCOMPARE(m->files.at(0).fileName, QStringLiteral("фото ями.jpg"));
    QCOMPARE(m->files.at(0).size, 5);
    QCOMPARE(desk.fileData(m->files.at(1).id, &error), QByteArrayLiteral("%PDF-1.4"));
    QCOMPARE(desk.rawMessage(m->id, &error), letter(QString()).raw);
    QVERIFY(desk.waitingCount(&error) >= 1);
    const auto waiting = desk.list(IncomingMailFilter(), &error);
    QVERIFY(std::any_of(waiting.begin(), waiting.end(), [&](const IncomingMail &w) {
        return w.id == r->mailId && w.fileCount == 2;
    }));
}

void TestMailRepository::storingIsIdempotent()
{
    const auto first = store(letter(QStringLiteral("twice@example.org")));
    const auto second = store(letter(QStringLiteral("twice@example.org")));
    QVERIFY(first && second);
    QVERIFY(first->created);
    QVERIFY(!second->created);
    QCOMPARE(second->mailId, first->mailId);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.mail_message WHERE message_key = ?"),
               {QStringLiteral("twice@example.org")})
            .toInt(),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE mail_id = ?"),
                    {first->mailId})
                 .toInt(),
             2);
    // the same Message-ID in another mailbox is another message
    IncomingMailRecord other = letter(QStringLiteral("twice@example.org"));
    other.mailbox = QStringLiteral("other@test.kontakt");
    const auto third = store(other);
    QVERIFY(third && third->created);
}

void TestMailRepository::brokenMimeIsForReview()
{
    IncomingMailRecord r = letter(QStringLiteral("broken@example.org"));
    r.problems << QStringLiteral("Invalid base64 in part 2");
    const auto s = store(r);
    QVERIFY(s);
    QCOMPARE(s->status, QStringLiteral("review"));
    DbError error;
    const auto m =
        MailRepository(m_fx->connectionAs(QStringLiteral("head"))).find(s->mailId, &error);
    QVERIFY(m);
    QCOMPARE(m->problems, QStringList{QStringLiteral("Invalid base64 in part 2")});
    QVERIFY(m->isWaiting());
}

void TestMailRepository::nulCharactersAreReplaced()
{
    // A letter may carry NUL (PostgreSQL text cannot): it must not block the inbox.
    IncomingMailRecord r = letter(QStringLiteral("nul@example.org"));
    r.subject = QStringLiteral("Тема") + QChar(0) + QStringLiteral("x");
    r.text = QStringLiteral("Текст") + QChar(0);
    r.fromName = QString(QChar(0));
    r.files.first().fileName = QStringLiteral("a") + QChar(0) + QStringLiteral(".jpg");
    const auto s = store(r);
    QVERIFY(s);
    DbError error;
    const auto m =
        MailRepository(m_fx->connectionAs(QStringLiteral("operator"))).find(s->mailId, &error);
    QVERIFY(m);
    QCOMPARE(m->subject, QStringLiteral("Тема\uFFFDx"));
    QCOMPARE(m->text, QStringLiteral("Текст\uFFFD"));
    QCOMPARE(m->files.first().fileName, QStringLiteral("a\uFFFD.jpg"));
}

void TestMailRepository::junkIsNotForOperators_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("auto-reply") << "auto_reply";
    QTest::newRow("spam") << "spam";
    QTest::newRow("bounce") << "bounce";
}

void TestMailRepository::junkIsNotForOperators()
{
    QFETCH(QString, kind);
    IncomingMailRecord r = letter(QStringLiteral("junk-%1@example.org").arg(kind));
    r.kind = kind;
    r.kindReason = QStringLiteral("Auto-Submitted: auto-replied");
    const auto s = store(r);
    QVERIFY(s);
    QCOMPARE(s->status, QStringLiteral("junk"));
    DbError error;
    MailRepository desk(m_fx->connectionAs(QStringLiteral("operator")));
    const auto waiting = desk.list(IncomingMailFilter(), &error);
    QVERIFY(std::none_of(waiting.begin(), waiting.end(),
                         [&](const IncomingMail &w) { return w.id == s->mailId; }));
    IncomingMailFilter junk;
    junk.show = IncomingMailFilter::Show::Junk;
    const auto listed = desk.list(junk, &error);
    QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const IncomingMail &w) {
        return w.id == s->mailId && w.kind == kind;
    }));
}

void TestMailRepository::registrationTiesTheLetterAndAcknowledges()
{
    const auto s = store(letter(QStringLiteral("register@example.org")));
    QVERIFY(s);
    AppealRepository::RegisterResult result;
    const qint64 appeal = registerFrom(s->mailId, QStringLiteral("Коваль"), &result);
    QVERIFY2(appeal > 0, qPrintable(result.dbError.detail));
    const QString index = result.appeal.regIndex;
    QVERIFY(index.startsWith(QStringLiteral("К-")));
    DbError error;
    const auto m =
        MailRepository(m_fx->connectionAs(QStringLiteral("operator"))).find(s->mailId, &error);
    QVERIFY(m);
    QCOMPARE(m->status, QStringLiteral("registered"));
    QCOMPARE(m->appealId, appeal);
    QCOMPARE(m->regIndex, index);
    QCOMPARE(m->handledBy, m_fx->login(QStringLiteral("operator")));
    // the files now belong to the case
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE appeal_id = ?"),
                    {appeal})
                 .toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE mail_id = ?"),
                    {s->mailId})
                 .toInt(),
             0);
    // the acknowledgement: to the author, with the number and the term, in the letter's thread
    OutboxFilter f;
    f.appealId = appeal;
    f.kind = QStringLiteral("acknowledgement");
    const auto acks = OutboxRepository(m_fx->connectionAs(QStringLiteral("head"))).list(f, &error);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.first().recipient, QStringLiteral("olena@example.org"));
    QVERIFY(acks.first().subject.contains(QStringLiteral("№ ") + index));
    QVERIFY(acks.first().body.contains(QStringLiteral("зареєстровано за № ") + index));
    QVERIFY(result.appeal.dueDate.has_value());
    QVERIFY2(
        acks.first().body.contains(result.appeal.dueDate->toString(QStringLiteral("dd.MM.yyyy"))),
        qPrintable(acks.first().body));
    QCOMPARE(scalar(QStringLiteral("SELECT in_reply_to FROM kontakt.outbox WHERE id = ?"),
                    {acks.first().id})
                 .toString(),
             QStringLiteral("register@example.org"));
}

void TestMailRepository::aSecondRegistrationIsRefused()
{
    const auto s = store(letter(QStringLiteral("race@example.org")));
    QVERIFY(s);
    QVERIFY(registerFrom(s->mailId, QStringLiteral("Бондар")) > 0);
    const int appeals = scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal")).toInt();
    AppealRepository::RegisterResult second;
    QCOMPARE(registerFrom(s->mailId, QStringLiteral("Бондар"), &second), 0);
    QCOMPARE(second.outcome, AppealRepository::RegisterResult::Outcome::Refused);
    QCOMPARE(second.errors.size(), 1);
    QCOMPARE(second.errors.first().field, QStringLiteral("mail"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal")).toInt(), appeals);
}

void TestMailRepository::replyInTheThreadIsAttachedToItsCase()
{
    const auto s = store(letter(QStringLiteral("thread@example.org")));
    QVERIFY(s);
    const qint64 appeal = registerFrom(s->mailId, QStringLiteral("Мельник"));
    QVERIFY(appeal > 0);
    DbError error;
    const auto claimed =
        OutboxRepository(service()).claim(500, QStringLiteral("rada.test"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QString ackId;
    for (const auto &c : claimed) {
        if (c.appealId == appeal && c.kind == QLatin1String("acknowledgement"))
            ackId = c.messageId;
        OutboxRepository(service()).markSent(c.id, &error);
    }
    QVERIFY(ackId.endsWith(QStringLiteral("@rada.test")));

    IncomingMailRecord reply = letter(QStringLiteral("reply-thread@example.org"),
                                      QStringLiteral("someone.else@example.org"));
    reply.subject = QStringLiteral("Re: дякую");
    reply.text = QStringLiteral("Яма ще більша, додаю фото.");
    reply.inReplyTo = ackId;
    const auto r = store(reply);
    QVERIFY(r);
    QCOMPARE(r->status, QStringLiteral("attached"));
    QCOMPARE(r->appealId, appeal);
    QVERIFY(scalar(QStringLiteral("SELECT text FROM kontakt.case_note WHERE appeal_id = ? "
                                  "ORDER BY id DESC LIMIT 1"),
                   {appeal})
                .toString()
                .contains(QStringLiteral("Яма ще більша")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.attachment WHERE appeal_id = ?"),
                    {appeal})
                 .toInt(),
             4);
}

void TestMailRepository::replyBySubjectOnlyFromTheAuthor()
{
    const auto s = store(letter(QStringLiteral("subject@example.org")));
    QVERIFY(s);
    AppealRepository::RegisterResult result;
    const qint64 appeal = registerFrom(s->mailId, QStringLiteral("Ткаченко"), &result);
    QVERIFY(appeal > 0);
    const QString subject =
        QStringLiteral("Re: Ваше звернення № %1 отримано").arg(result.appeal.regIndex);
    IncomingMailRecord stranger = letter(QStringLiteral("subject-stranger@example.org"),
                                         QStringLiteral("stranger@example.org"));
    stranger.subject = subject;
    const auto a = store(stranger);
    QVERIFY(a);
    QCOMPARE(a->status, QStringLiteral("new")); // not someone else's case
    IncomingMailRecord author =
        letter(QStringLiteral("subject-author@example.org"), QStringLiteral("OLENA@example.org"));
    author.subject = subject;
    const auto b = store(author);
    QVERIFY(b);
    QCOMPARE(b->status, QStringLiteral("attached"));
    QCOMPARE(b->appealId, appeal);
}

void TestMailRepository::replyAboutAClosedCaseWaitsAsNew()
{
    const auto s = store(letter(QStringLiteral("closed@example.org")));
    QVERIFY(s);
    AppealRepository::RegisterResult result;
    const qint64 appeal = registerFrom(s->mailId, QStringLiteral("Гончар"), &result);
    QVERIFY(appeal > 0);
    // the signature is the sender name of the settings
    QVERIFY(scalar(QStringLiteral("SELECT body FROM kontakt.outbox WHERE appeal_id = ? AND kind = "
                                  "'acknowledgement'"),
                   {appeal})
                .toString()
                .contains(QStringLiteral("\n\nКонтакт-центр\n")));
    scalar(QStringLiteral("UPDATE kontakt.appeal SET status = 'closed', result_code = '9.1', "
                          "closed_at = now(), closed_by = 'test' WHERE id = ? RETURNING id"),
           {appeal});
    IncomingMailRecord later = letter(QStringLiteral("closed-reply@example.org"));
    later.subject = QStringLiteral("Re: Ваше звернення № %1 отримано").arg(result.appeal.regIndex);
    later.text = QStringLiteral("Нічого не зроблено, скаржуся.");
    const auto r = store(later);
    QVERIFY(r);
    QCOMPARE(r->status, QStringLiteral("new"));
    QCOMPARE(r->appealId, 0);
}

void TestMailRepository::bounceFailsTheOutboxMessage()
{
    const qint64 id =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('reminder', "
                "'gone@example.org', 'Нагадування', 'Текст') RETURNING id"))
            .toLongLong();
    DbError error;
    const auto claimed =
        OutboxRepository(service()).claim(500, QStringLiteral("rada.test"), &error);
    QString messageId;
    for (const auto &c : claimed) {
        if (c.id == id)
            messageId = c.messageId;
        OutboxRepository(service()).markSent(c.id, &error);
    }
    QVERIFY(!messageId.isEmpty());
    IncomingMailRecord bounce = letter(QStringLiteral("bounce-1@mx.example.org"),
                                       QStringLiteral("mailer-daemon@mx.example.org"));
    bounce.kind = QStringLiteral("bounce");
    bounce.subject = QStringLiteral("Undelivered Mail Returned to Sender");
    bounce.bouncedMessageId = messageId;
    const auto s = store(bounce);
    QVERIFY(s);
    QCOMPARE(s->status, QStringLiteral("junk"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {id}).toString(),
        QStringLiteral("failed"));
    QVERIFY(scalar(QStringLiteral("SELECT last_error FROM kontakt.outbox WHERE id = ?"), {id})
                .toString()
                .contains(QStringLiteral("Undelivered")));
}

void TestMailRepository::discardNeedsReasonAndVersion()
{
    const auto s = store(letter(QStringLiteral("discard@example.org")));
    QVERIFY(s);
    MailRepository desk(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    const auto m = desk.find(s->mailId, &error);
    QVERIFY(m);
    QVERIFY(!desk.discard(s->mailId, QStringLiteral("   "), m->version, &error));
    QVERIFY(error.isError()); // a reason is required
    QVERIFY(!desk.discard(s->mailId, QStringLiteral("Реклама"), m->version + 1, &error));
    QVERIFY(!error.isError()); // stale version: nothing changed
    QVERIFY(desk.discard(s->mailId, QStringLiteral("Реклама"), m->version, &error));
    const auto after = desk.find(s->mailId, &error);
    QCOMPARE(after->status, QStringLiteral("discarded"));
    QCOMPARE(after->handledNote, QStringLiteral("Реклама"));
    QVERIFY(!desk.discard(s->mailId, QStringLiteral("Реклама"), after->version, &error));
}

void TestMailRepository::sendingClaimsRetriesAndFails()
{
    // nothing else due
    scalar(QStringLiteral(
        "WITH u AS (UPDATE kontakt.outbox SET status = 'sent' "
        "WHERE status IN ('queued', 'sending') RETURNING 1) SELECT count(*) FROM u"));
    const qint64 id =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('assignment', "
                "'org@example.org', 'Нове доручення', 'Текст') RETURNING id"))
            .toLongLong();
    OutboxRepository svc(service());
    DbError error;
    auto claimed = svc.claim(10, QStringLiteral("rada.test"), &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().id, id);
    QCOMPARE(claimed.first().attempts, 1);
    const QString messageId = claimed.first().messageId;
    QVERIFY(messageId.endsWith(QStringLiteral("@rada.test")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {id}).toString(),
        QStringLiteral("sending"));
    // claimed once: a second service gets nothing
    QVERIFY(svc.claim(10, QStringLiteral("rada.test"), &error).isEmpty());
    QCOMPARE(svc.markFailed(id, QStringLiteral("451 try later"), false, &error),
             QStringLiteral("queued"));
    QVERIFY(scalar(QStringLiteral("SELECT next_attempt_at > now() + interval '50 seconds' "
                                  "FROM kontakt.outbox WHERE id = ?"),
                   {id})
                .toBool());
    QVERIFY(svc.claim(10, QStringLiteral("rada.test"), &error).isEmpty()); // not due yet
    scalar(QStringLiteral(
               "UPDATE kontakt.outbox SET next_attempt_at = now() WHERE id = ? RETURNING 1"),
           {id});
    claimed = svc.claim(10, QStringLiteral("other.test"), &error);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().attempts, 2);
    QCOMPARE(claimed.first().messageId, messageId); // a retry goes out with the same Message-ID
    QCOMPARE(svc.markFailed(id, QStringLiteral("550 no such user"), true, &error),
             QStringLiteral("failed"));
    QCOMPARE(scalar(QStringLiteral("SELECT last_error FROM kontakt.outbox WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("550 no such user"));

    const qint64 ok =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('reminder', "
                "'org@example.org', 'Нагадування', 'Текст') RETURNING id"))
            .toLongLong();
    claimed = svc.claim(10, QStringLiteral("rada.test"), &error);
    QCOMPARE(claimed.size(), 1);
    QVERIFY(svc.markSent(ok, &error));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT status || (sent_at IS NOT NULL) FROM kontakt.outbox WHERE id = ?"),
                    {ok})
                 .toString(),
             QStringLiteral("senttrue"));
}

void TestMailRepository::interruptedSendingIsNotRepeated()
{
    const qint64 id =
        scalar(
            QStringLiteral(
                "INSERT INTO kontakt.outbox (kind, recipient, subject, body) VALUES ('reminder', "
                "'org@example.org', 'Перерване', 'Текст') RETURNING id"))
            .toLongLong();
    OutboxRepository svc(service());
    DbError error;
    QVERIFY(!svc.claim(100, QStringLiteral("rada.test"), &error).isEmpty());
    // the service died here; the next one starts
    QVERIFY(svc.recoverInterrupted(&error) >= 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.outbox WHERE id = ?"), {id}).toString(),
        QStringLiteral("failed"));
    QVERIFY(svc.claim(100, QStringLiteral("rada.test"), &error).isEmpty());
}

void TestMailRepository::settingsRoundTrip()
{
    MailSettings s;
    s.imapHost = QStringLiteral("imap.rada.test");
    s.imapPort = 143;
    s.imapSecurity = QStringLiteral("starttls");
    s.imapLogin = QStringLiteral("kontakt");
    s.processedFolder = QStringLiteral("Архів/Оброблені");
    s.pollSeconds = 120;
    s.smtpHost = QStringLiteral("smtp.rada.test");
    s.fromAddress = QStringLiteral("kontakt@rada.test");
    DbError error;
    QVERIFY2(MailSettingsRepository(m_fx->connectionAs(QStringLiteral("admin"))).save(s, &error),
             qPrintable(error.detail));
    MailSettings back;
    QVERIFY(MailSettingsRepository(service()).load(&back, &error));
    QCOMPARE(back.imapHost, s.imapHost);
    QCOMPARE(back.imapPort, 143);
    QCOMPARE(back.imapSecurity, s.imapSecurity);
    QCOMPARE(back.processedFolder, s.processedFolder);
    QCOMPARE(back.pollSeconds, 120);
    QCOMPARE(back.fromAddress, s.fromAddress);
    QCOMPARE(back.mailboxName(), QStringLiteral("kontakt@imap.rada.test"));
    QVERIFY(
        !MailSettingsRepository(m_fx->connectionAs(QStringLiteral("operator"))).save(s, &error));
    QVERIFY(error.isError());
    MailSettings bad = s;
    bad.smtpPort = 70000;
    QVERIFY(!MailSettingsRepository(m_fx->connectionAs(QStringLiteral("admin"))).save(bad, &error));
    bad = s;
    bad.imapSecurity = QStringLiteral("ssl3");
    QVERIFY(!MailSettingsRepository(m_fx->connectionAs(QStringLiteral("admin"))).save(bad, &error));
    bad = s;
    bad.fromName = QStringLiteral("Контакт\r\nBcc: all@example.org"); // header injection
    QVERIFY(!MailSettingsRepository(m_fx->connectionAs(QStringLiteral("admin"))).save(bad, &error));
}

void TestMailRepository::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    QTest::newRow("operator stores mail")
        << "operator"
        << "SELECT kontakt.mail_store('x', 'y', '{}'::jsonb, '\\x00'::bytea)";
    QTest::newRow("operator claims the outbox") << "operator"
                                                << "SELECT * FROM kontakt.outbox_claim(1, 'x')";
    QTest::newRow("executor reads mail") << "exec_a"
                                         << "SELECT count(*) FROM kontakt.mail_message";
    QTest::newRow("manager reads mail") << "manager"
                                        << "SELECT count(*) FROM kontakt.mail_message";
    QTest::newRow("operator edits mail") << "operator"
                                         << "UPDATE kontakt.mail_message SET status = 'junk'";
    QTest::newRow("operator deletes mail") << "operator"
                                           << "DELETE FROM kontakt.mail_message";
    QTest::newRow("service reads appeals") << "service"
                                           << "SELECT count(*) FROM kontakt.appeal";
    QTest::newRow("service registers") << "service"
                                       << "SELECT kontakt.mail_register(1, 1)";
    QTest::newRow("service edits mail") << "service"
                                        << "UPDATE kontakt.mail_message SET status = 'new'";
    QTest::newRow("service edits outbox") << "service"
                                          << "UPDATE kontakt.outbox SET status = 'sent'";
    QTest::newRow("service changes settings")
        << "service"
        << "UPDATE kontakt.setting SET value = 'evil.example' WHERE key = 'mail_smtp_host'";
}

void TestMailRepository::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QSqlDatabase db = who == QLatin1String("service") ? service() : m_fx->connectionAs(who);
    QSqlQuery q(db);
    QVERIFY2(!q.exec(sql), qPrintable(who + QStringLiteral(": ") + sql));
    const QString text = q.lastError().databaseText();
    QVERIFY2(text.contains(QStringLiteral("permission denied")) ||
                 text.contains(QStringLiteral("not_allowed")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMailRepository)
#include "tst_mailrepository.moc"
