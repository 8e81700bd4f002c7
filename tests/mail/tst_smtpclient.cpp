// SmtpClient against the fixture's aiosmtpd receiver (tests/mail/smtp_sink.py), which stores
// every accepted message byte for byte with its envelope in KONTAKT_MAIL_SMTP_STORE.
#include "mailtestenv.h"
#include "smtpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Security = MailEndpoint::Security;
using ErrorKind = SmtpClient::ErrorKind;

namespace {
const QString From = QStringLiteral("centre@test.kontakt");

QByteArray message(const QByteArray &messageId, const QByteArray &body)
{
    return "From: Kontakt <centre@test.kontakt>\r\nTo: citizen@example.org\r\n"
           "Subject: =?UTF-8?B?0JLRltC00L/QvtCy0ZbQtNGM?=\r\nMessage-ID: " +
           messageId +
           "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" +
           body;
}

struct Stored {
    QByteArray raw;
    QJsonObject envelope;
};

// The receiver's copy of the message with this Message-ID (the header is unique per test).
QList<Stored> storedWith(const QByteArray &messageId)
{
    QList<Stored> found;
    const QDir dir(MailTestEnv::value("KONTAKT_MAIL_SMTP_STORE"));
    const QByteArray header = "Message-ID: " + messageId + "\r\n";
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = f.readAll();
        if (!raw.contains(header))
            continue;
        QFile j(dir.filePath(name.chopped(4) + QLatin1String(".json")));
        j.open(QIODevice::ReadOnly);
        found.append({raw, QJsonDocument::fromJson(j.readAll()).object()});
    }
    return found;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendOverStartTls_data();
    void sendOverStartTls();
    void dotLinesAndLineEnds();
    void permanentRecipientFailure();
    void temporaryRecipientFailure();
    void allOrNothing();
    void wrongPassword();
    void sendLogsInFirst();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void passwordNeedsTls();
    void largeMessage();
    void overSizeLimit();
    void testConnection();

private:
    bool open(SmtpClient *client, const MailEndpoint &e = MailTestEnv::smtp());
};

void TestSmtpClient::initTestCase()
{
    if (!MailTestEnv::available())
        QSKIP("Run through ctest: the mail servers come from the `mail` fixture.");
}

bool TestSmtpClient::open(SmtpClient *client, const MailEndpoint &e)
{
    if (!client->connectToServer(e) || !client->login()) {
        qWarning() << "SMTP:" << client->errorString();
        return false;
    }
    return true;
}

void TestSmtpClient::sendOverStartTls_data()
{
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("AUTH PLAIN") << QStringList();
    QTest::newRow("AUTH LOGIN") << QStringList{"PLAIN"};
}

void TestSmtpClient::sendOverStartTls()
{
    QFETCH(QStringList, ignored);
    SmtpClient client;
    QSet<QByteArray> set;
    for (const QString &s : ignored)
        set.insert(s.toLatin1());
    client.setIgnoredExtensions(set);
    QVERIFY2(client.connectToServer(MailTestEnv::smtp()), qPrintable(client.errorString()));
    QVERIFY(client.isEncrypted());
    // After STARTTLS the second EHLO shows AUTH (the receiver hides it before TLS).
    QVERIFY(client.hasExtension("AUTH"));
    QVERIFY(!client.hasExtension("STARTTLS"));
    QCOMPARE(client.maxMessageSize(), qint64(10 * 1024 * 1024));
    QVERIFY2(client.login(), qPrintable(client.errorString()));

    // Two messages over one connection.
    for (int i = 0; i < 2; ++i) {
        const QByteArray id = MailTestEnv::uniqueMessageId();
        const QByteArray raw = message(id, "Шановний заявнику!\r\nВідповідь.\r\n");
        const QStringList rcpts{QStringLiteral("citizen@example.org"),
                                QStringLiteral("copy@example.org")};
        const SmtpClient::SendResult r = client.send(From, rcpts, raw);
        QVERIFY2(r.ok, qPrintable(r.serverText));
        QCOMPARE(r.code, 250);
        QVERIFY(!r.permanent);
        QVERIFY(r.rejectedRecipients.isEmpty());
        const QList<Stored> stored = storedWith(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].raw, raw);
        QCOMPARE(stored[0].envelope.value(QLatin1String("mail_from")).toString(), From);
        QCOMPARE(strings(stored[0].envelope.value(QLatin1String("rcpt_tos"))), rcpts);
        QCOMPARE(stored[0].envelope.value(QLatin1String("login")).toString(),
                 QStringLiteral("sender@test.kontakt"));
        QVERIFY(strings(stored[0].envelope.value(QLatin1String("mail_options")))
                    .contains(QStringLiteral("BODY=8BITMIME")));
    }
    QVERIFY(client.quit());
    QVERIFY(!client.isConnected());
}

void TestSmtpClient::dotLinesAndLineEnds()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const QByteArray body = ".\r\n..\r\n.leading dot\r\nmiddle . dot\r\n.";
    const SmtpClient::SendResult r =
        client.send(From, {QStringLiteral("a@example.org")}, message(id, body));
    QVERIFY2(r.ok, qPrintable(r.serverText));
    QList<Stored> stored = storedWith(id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].raw, message(id, body) + "\r\n");

    // Bare LF line ends arrive as CRLF.
    const QByteArray id2 = MailTestEnv::uniqueMessageId();
    QByteArray lf = message(id2, "one\r\n.\r\ntwo\r\n");
    lf.replace("\r\n", "\n");
    QVERIFY(client.send(From, {QStringLiteral("a@example.org")}, lf).ok);
    stored = storedWith(id2);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].raw, message(id2, "one\r\n.\r\ntwo\r\n"));
}

void TestSmtpClient::permanentRecipientFailure()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const SmtpClient::SendResult r =
        client.send(From, {QStringLiteral("reject-me@example.org")}, message(id, "x\r\n"));
    QVERIFY(!r.ok);
    QVERIFY(r.permanent);
    QCOMPARE(r.code, 550);
    QCOMPARE(r.rejectedRecipients, QStringList{QStringLiteral("reject-me@example.org")});
    QVERIFY(r.serverText.contains(QLatin1String("unavailable")));
    QVERIFY(storedWith(id).isEmpty());
    // RSET left the connection ready for the next message.
    QVERIFY(client.isConnected());
    const QByteArray id2 = MailTestEnv::uniqueMessageId();
    QVERIFY(client.send(From, {QStringLiteral("ok@example.org")}, message(id2, "y\r\n")).ok);
    QCOMPARE(storedWith(id2).size(), 1);
}

void TestSmtpClient::temporaryRecipientFailure()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const SmtpClient::SendResult r =
        client.send(From, {QStringLiteral("tempfail@example.org")}, message(id, "x\r\n"));
    QVERIFY(!r.ok);
    QVERIFY(!r.permanent);
    QCOMPARE(r.code, 451);
    QCOMPARE(r.deferredRecipients, QStringList{QStringLiteral("tempfail@example.org")});
    QVERIFY(r.rejectedRecipients.isEmpty());
    QVERIFY(storedWith(id).isEmpty());
    const QByteArray id2 = MailTestEnv::uniqueMessageId();
    QVERIFY(client.send(From, {QStringLiteral("ok@example.org")}, message(id2, "y\r\n")).ok);
}

void TestSmtpClient::allOrNothing()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const SmtpClient::SendResult r =
        client.send(From,
                    {QStringLiteral("ok@example.org"), QStringLiteral("tempfail2@example.org"),
                     QStringLiteral("reject2@example.org")},
                    message(id, "x\r\n"));
    QVERIFY(!r.ok);
    // A 5xx recipient makes the whole attempt permanent... unless another may still succeed;
    // here one recipient is only deferred, so the caller retries after dropping the 5xx one.
    QVERIFY(!r.permanent);
    QCOMPARE(r.code, 550);
    QCOMPARE(r.rejectedRecipients, QStringList{QStringLiteral("reject2@example.org")});
    QCOMPARE(r.deferredRecipients, QStringList{QStringLiteral("tempfail2@example.org")});
    QVERIFY(storedWith(id).isEmpty()); // not even to ok@
}

void TestSmtpClient::wrongPassword()
{
    MailEndpoint e = MailTestEnv::smtp();
    e.password = QStringLiteral("wrong");
    SmtpClient client;
    QVERIFY(client.connectToServer(e));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
    QVERIFY(client.lastErrorWasAuth());
    QVERIFY2(client.errorString().contains(QLatin1String("535")), qPrintable(client.errorString()));
    e.login = QStringLiteral("centre@test.kontakt");
    e.password = MailTestEnv::value("KONTAKT_MAIL_PASSWORD");
    QVERIFY(client.connectToServer(e));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
}

void TestSmtpClient::sendLogsInFirst()
{
    SmtpClient client;
    QVERIFY(client.connectToServer(MailTestEnv::smtp()));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    QVERIFY(client.send(From, {QStringLiteral("a@example.org")}, message(id, "x\r\n")).ok);
    QCOMPARE(storedWith(id).size(), 1);

    // A wrong password is not the message's fault: not permanent, and says Auth.
    MailEndpoint e = MailTestEnv::smtp();
    e.password = QStringLiteral("wrong");
    QVERIFY(client.connectToServer(e));
    const SmtpClient::SendResult r =
        client.send(From, {QStringLiteral("a@example.org")}, message(id, "x\r\n"));
    QVERIFY(!r.ok);
    QVERIFY(!r.permanent);
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
}

void TestSmtpClient::untrustedCertificate_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::newRow("system CAs only") << QString();
    QTest::newRow("another CA") << MailTestEnv::value("KONTAKT_MAIL_OTHER_CA");
}

void TestSmtpClient::untrustedCertificate()
{
    QFETCH(QString, caFile);
    MailEndpoint e = MailTestEnv::smtp();
    e.caFile = caFile;
    SmtpClient client;
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorKind(), ErrorKind::Tls);
    QVERIFY(client.isTlsError());
    QVERIFY(!client.login());
}

// A server without STARTTLS: the receiver always offers it, so tst_mailscripted covers that.

void TestSmtpClient::passwordNeedsTls()
{
    // Security::None on loopback is allowed by us; the receiver still demands STARTTLS
    // before AUTH, and that refusal reaches the caller as an authentication error.
    MailEndpoint e = MailTestEnv::smtp();
    e.security = Security::None;
    e.host = QStringLiteral("127.0.0.1");
    SmtpClient client;
    QVERIFY2(client.connectToServer(e), qPrintable(client.errorString()));
    QVERIFY(!client.isEncrypted());
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
}

void TestSmtpClient::largeMessage()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const QByteArray raw = message(id, MailTestEnv::randomBase64(6 * 1024 * 1024));
    QVERIFY(raw.size() > 8 * 1000 * 1000);
    QElapsedTimer timer;
    timer.start();
    const SmtpClient::SendResult r = client.send(From, {QStringLiteral("big@example.org")}, raw);
    QVERIFY2(r.ok, qPrintable(r.serverText));
    qInfo("sent %lld bytes in %lld ms", qint64(raw.size()), timer.elapsed());
    const QList<Stored> stored = storedWith(id);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored[0].raw == raw);
}

void TestSmtpClient::overSizeLimit()
{
    SmtpClient client;
    QVERIFY(open(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const QByteArray raw = message(id, MailTestEnv::randomBase64(9 * 1024 * 1024));
    QVERIFY(raw.size() > client.maxMessageSize());
    const SmtpClient::SendResult r = client.send(From, {QStringLiteral("big@example.org")}, raw);
    QVERIFY(!r.ok);
    QVERIFY(r.permanent);
    QCOMPARE(client.errorKind(), ErrorKind::TooLarge);
    QVERIFY(storedWith(id).isEmpty());
    QVERIFY(client
                .send(From, {QStringLiteral("ok@example.org")},
                      message(MailTestEnv::uniqueMessageId(), "small\r\n"))
                .ok);
}

void TestSmtpClient::testConnection()
{
    const MailEndpoint good = MailTestEnv::smtp();
    QCOMPARE(SmtpClient::testConnection(good), QString());
    MailEndpoint bad = good;
    bad.password = QStringLiteral("nope");
    QVERIFY(SmtpClient::testConnection(bad).contains(QLatin1String("535")));
    bad = good;
    bad.caFile = MailTestEnv::value("KONTAKT_MAIL_OTHER_CA");
    QVERIFY(!SmtpClient::testConnection(bad).isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
