// ImapClient against the fixture's real Dovecot (tests/mail/mailservers.sh). Messages are put
// in with Dovecot's own doveadm, so what we fetch is checked against an independent path.
// The mailbox is other@test.kontakt's; each test finds its messages by a unique Message-ID.
#include "imapclient.h"
#include "mailtestenv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Security = MailEndpoint::Security;
using ErrorKind = ImapClient::ErrorKind;

namespace {
const QString User = QStringLiteral("other@test.kontakt");

QByteArray message(const QByteArray &messageId, const QByteArray &body,
                   const QByteArray &subject = "Test")
{
    return "From: Citizen <citizen@example.org>\r\nTo: centre@test.kontakt\r\nSubject: " + subject +
           "\r\nMessage-ID: " + messageId +
           "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" +
           body;
}

QByteArray searchById(const QByteArray &messageId)
{
    return "HEADER Message-ID \"" + messageId + '"';
}
} // namespace

class TestImapClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginSecure_data();
    void loginSecure();
    void wrongPassword();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void wrongHostName();
    void plainOnLoopbackOnly();
    void loginFallbacks_data();
    void loginFallbacks();
    void fetchByteExact();
    void fetchLarge();
    void fetchMissing();
    void selectMissingFolder();
    void cyrillicFolder();
    void moveMessage_data();
    void moveMessage();
    void appendMessage_data();
    void appendMessage();
    void timeout();
    void refusedConnection();
    void testConnection();

private:
    bool openInbox(ImapClient *client, Security security = Security::Tls);
    quint32 deliverAndFind(ImapClient *client, const QByteArray &raw, const QByteArray &id);
    QString doveadm(const QStringList &args);
};

void TestImapClient::initTestCase()
{
    if (!MailTestEnv::available())
        QSKIP("Run through ctest: the mail servers come from the `mail` fixture.");
}

bool TestImapClient::openInbox(ImapClient *client, Security security)
{
    if (!client->connectToServer(MailTestEnv::imap(security, User)) || !client->login() ||
        !client->selectFolder(QStringLiteral("INBOX"))) {
        qWarning() << "IMAP:" << client->errorString();
        return false;
    }
    return true;
}

quint32 TestImapClient::deliverAndFind(ImapClient *client, const QByteArray &raw,
                                       const QByteArray &id)
{
    QString error;
    if (!MailTestEnv::deliver(User, raw, &error)) {
        qWarning() << "deliver.sh:" << error;
        return 0;
    }
    // A NOOP-free way to see the new message: select again.
    if (!client->selectFolder(QStringLiteral("INBOX")))
        return 0;
    const QList<quint32> uids = client->uidSearch(searchById(id));
    return uids.size() == 1 ? uids.first() : 0;
}

QString TestImapClient::doveadm(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/doveadm"),
            QStringList{QStringLiteral("-c"), MailTestEnv::value("KONTAKT_MAIL_DOVECOT_CONF")} +
                args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestImapClient::loginSecure_data()
{
    QTest::addColumn<int>("security");
    QTest::newRow("imaps") << int(Security::Tls);
    QTest::newRow("starttls") << int(Security::StartTls);
}

void TestImapClient::loginSecure()
{
    QFETCH(int, security);
    ImapClient client;
    QVERIFY2(client.connectToServer(MailTestEnv::imap(Security(security), User)),
             qPrintable(client.errorString()));
    QVERIFY(client.isEncrypted());
    QVERIFY(!client.isAuthenticated());
    // Before login Dovecot offers no MOVE; after it, it does (capabilities are re-read).
    QVERIFY(!client.hasCapability("MOVE"));
    QVERIFY2(client.login(), qPrintable(client.errorString()));
    QVERIFY(client.isAuthenticated());
    QVERIFY(client.hasCapability("MOVE"));
    QVERIFY(client.hasCapability("UIDPLUS"));
    quint32 validity = 0;
    int exists = -1;
    QVERIFY2(client.selectFolder(QStringLiteral("INBOX"), &validity, &exists),
             qPrintable(client.errorString()));
    QVERIFY(validity > 0);
    QVERIFY(exists >= 0);
    QVERIFY(client.logout());
    QVERIFY(!client.isConnected());
}

void TestImapClient::wrongPassword()
{
    MailEndpoint e = MailTestEnv::imap(Security::Tls, User);
    e.password = QStringLiteral("wrong");
    ImapClient client;
    QVERIFY(client.connectToServer(e));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
    QVERIFY(client.lastErrorWasAuth());
    // Dovecot's own words are passed on.
    QVERIFY2(client.errorString().contains(QLatin1String("AUTHENTICATIONFAILED")),
             qPrintable(client.errorString()));
    QVERIFY(!client.isAuthenticated());
    QVERIFY(!client.selectFolder(QStringLiteral("INBOX")));
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
}

void TestImapClient::untrustedCertificate_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("caFile");
    const QString other = MailTestEnv::value("KONTAKT_MAIL_OTHER_CA");
    QTest::newRow("imaps, system CAs only") << int(Security::Tls) << QString();
    QTest::newRow("imaps, another CA") << int(Security::Tls) << other;
    QTest::newRow("starttls, system CAs only") << int(Security::StartTls) << QString();
    QTest::newRow("starttls, another CA") << int(Security::StartTls) << other;
}

void TestImapClient::untrustedCertificate()
{
    QFETCH(int, security);
    QFETCH(QString, caFile);
    MailEndpoint e = MailTestEnv::imap(Security(security), User);
    e.caFile = caFile;
    ImapClient client;
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorKind(), ErrorKind::Tls);
    QVERIFY(client.isTlsError());
    QVERIFY(!client.isConnected());
    // Nothing can follow: in particular no password goes out.
    QVERIFY(!client.login());
}

void TestImapClient::wrongHostName()
{
    // A TLS server whose certificate our CA signed, but for wrong.test.kontakt.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString cert = MailTestEnv::value("KONTAKT_MAIL_WRONG_NAME_CERT");
    QProcess server;
    server.start(QStringLiteral("openssl"),
                 {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-accept"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                  cert + QLatin1String(".pem"), QStringLiteral("-key"),
                  cert + QLatin1String(".key")});
    QVERIFY(server.waitForStarted());
    QTcpSocket poll;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        poll.connectToHost(QHostAddress::LocalHost, port);
        if (poll.waitForConnected(200))
            break;
        poll.abort();
        QVERIFY2(waited.elapsed() < 10000, "openssl s_server did not start");
        QTest::qWait(20);
    }
    poll.abort(); // s_server serves one client at a time; the probe is gone before ours

    MailEndpoint e = MailTestEnv::imap(Security::Tls, User);
    e.port = port;
    ImapClient client;
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorKind(), ErrorKind::Tls);
    // Qt's verdict: the certificate is fine except for the name.
    QVERIFY2(client.errorString().contains(QLatin1String("host name"), Qt::CaseInsensitive),
             qPrintable(client.errorString()));
    server.kill();
    server.waitForFinished();
}

void TestImapClient::plainOnLoopbackOnly()
{
    MailEndpoint e = MailTestEnv::imap(Security::None, User);
    e.host = QStringLiteral("127.0.0.1");
    ImapClient client;
    QVERIFY2(client.connectToServer(e), qPrintable(client.errorString()));
    QVERIFY(!client.isEncrypted());
    QVERIFY2(client.login(), qPrintable(client.errorString()));
    QVERIFY(client.selectFolder(QStringLiteral("INBOX")));
    client.logout();

    e.host = QStringLiteral("mail.example.org");
    QVERIFY(!e.validate().isEmpty());
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorString(), e.validate());
    QVERIFY(!client.isConnected());
}

void TestImapClient::loginFallbacks_data()
{
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("AUTHENTICATE PLAIN without SASL-IR") << QStringList{"SASL-IR"};
    QTest::newRow("LOGIN, synchronising literals") << QStringList{"AUTH=PLAIN", "LITERAL+"};
}

void TestImapClient::loginFallbacks()
{
    QFETCH(QStringList, ignored);
    QSet<QByteArray> set;
    for (const QString &s : ignored)
        set.insert(s.toLatin1());
    for (const QString &password : {QStringLiteral("wrong\"pass\\"), QStringLiteral("Secret-42")}) {
        MailEndpoint e = MailTestEnv::imap(Security::Tls, User);
        e.password = password;
        ImapClient client;
        client.setIgnoredCapabilities(set);
        QVERIFY2(client.connectToServer(e), qPrintable(client.errorString()));
        const bool right = password == QLatin1String("Secret-42");
        QCOMPARE(client.login(), right);
        if (right) {
            QVERIFY(client.selectFolder(QStringLiteral("INBOX")));
        } else {
            QCOMPARE(client.errorKind(), ErrorKind::Auth);
        }
    }
    // A non-ASCII password goes as a literal; it is wrong but must be answered, not break.
    MailEndpoint e = MailTestEnv::imap(Security::Tls, User);
    e.password = QStringLiteral("Пароль-42");
    ImapClient client;
    client.setIgnoredCapabilities(set);
    QVERIFY(client.connectToServer(e));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
}

void TestImapClient::fetchByteExact()
{
    ImapClient client;
    QVERIFY(openInbox(&client, Security::StartTls));
    const QList<QByteArray> bodies = {
        "Hello.\r\n",
        "Рядок українською: ґ є ї і.\r\n.\r\n..\r\nA line with a trailing space \r\n",
        "{5}\r\n) FLAGS (\\Seen)\r\n* 1 FETCH (UID 1)\r\nk0001 OK fake\r\n",
        QByteArray("no final line break"),
    };
    QList<QPair<quint32, QByteArray>> delivered;
    for (const QByteArray &body : bodies) {
        const QByteArray id = MailTestEnv::uniqueMessageId();
        const QByteArray raw = message(id, body);
        const quint32 uid = deliverAndFind(&client, raw, id);
        QVERIFY2(uid > 0, qPrintable(client.errorString()));
        delivered.append({uid, raw});
    }
    const QList<quint32> all = client.uidSearchAll();
    QCOMPARE(client.errorKind(), ErrorKind::None);
    for (const auto &d : delivered) {
        QVERIFY(all.contains(d.first));
        QByteArray fetched;
        QVERIFY2(client.fetchRaw(d.first, &fetched), qPrintable(client.errorString()));
        QCOMPARE(fetched, d.second);
        qint64 size = 0;
        QVERIFY(client.fetchSize(d.first, &size));
        QCOMPARE(size, qint64(d.second.size()));
    }
    // BODY.PEEK leaves messages unseen, so a crash before the commit loses nothing.
    const QList<quint32> unseen = client.uidSearch("UNSEEN");
    for (const auto &d : delivered)
        QVERIFY(unseen.contains(d.first));
    // Search criteria that match nothing give an empty list, not an error.
    QVERIFY(client.uidSearch(searchById("<nobody@nowhere>")).isEmpty());
    QCOMPARE(client.errorKind(), ErrorKind::None);
    QVERIFY(client.uidSearch("NONSENSE-KEY").isEmpty());
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
}

void TestImapClient::fetchLarge()
{
    ImapClient client;
    QVERIFY(openInbox(&client));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    // 19.5 MiB of random data is 26 MB of base64 (over 25 MB, as mailboxes allow).
    const QByteArray raw = "From: a@example.org\r\nSubject: big\r\nMessage-ID: " + id +
                           "\r\nMIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n" +
                           MailTestEnv::randomBase64(39 * 512 * 1024);
    QVERIFY(raw.size() > 26 * 1000 * 1000);
    const quint32 uid = deliverAndFind(&client, raw, id);
    QVERIFY(uid > 0);

    QElapsedTimer timer;
    timer.start();
    QByteArray fetched;
    QVERIFY2(client.fetchRaw(uid, &fetched), qPrintable(client.errorString()));
    qInfo("fetched %lld bytes in %lld ms", qint64(fetched.size()), timer.elapsed());
    QVERIFY(fetched == raw); // not QCOMPARE: its message would print 20 MB

    // Over the limit: a clear error, and the connection stays in step for the next command.
    QVERIFY(!client.fetchRaw(uid, &fetched, 1024 * 1024));
    QCOMPARE(client.errorKind(), ErrorKind::TooLarge);
    QVERIFY2(client.errorString().contains(QString::number(raw.size())),
             qPrintable(client.errorString()));
    qint64 size = 0;
    QVERIFY2(client.fetchSize(uid, &size), qPrintable(client.errorString()));
    QCOMPARE(size, qint64(raw.size()));
    QVERIFY(client.fetchRaw(uid, &fetched, raw.size()));
    QVERIFY(fetched == raw);
}

void TestImapClient::fetchMissing()
{
    ImapClient client;
    QVERIFY(openInbox(&client));
    QByteArray raw = "untouched";
    QVERIFY(!client.fetchRaw(4000000000u, &raw));
    QCOMPARE(client.errorKind(), ErrorKind::NotFound);
    QCOMPARE(raw, QByteArray("untouched"));
    qint64 size = -1;
    QVERIFY(!client.fetchSize(4000000000u, &size));
    QCOMPARE(client.errorKind(), ErrorKind::NotFound);
}

void TestImapClient::selectMissingFolder()
{
    ImapClient client;
    QVERIFY(openInbox(&client));
    QVERIFY(!client.selectFolder(QStringLiteral("Немає такої теки")));
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
    // Dovecot says the mailbox does not exist; the text includes that.
    QVERIFY2(client.errorString().contains(QLatin1String("exist"), Qt::CaseInsensitive),
             qPrintable(client.errorString()));
    // Nothing is selected any more: folder commands say so instead of acting elsewhere.
    QVERIFY(client.uidSearchAll().isEmpty());
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
}

void TestImapClient::cyrillicFolder()
{
    ImapClient client;
    QVERIFY(openInbox(&client));
    const QString name = QStringLiteral("Оброблені");
    QVERIFY2(client.ensureFolder(name), qPrintable(client.errorString()));
    QVERIFY2(client.ensureFolder(name), qPrintable(client.errorString())); // exists: no error
    const QString nested = QStringLiteral("Архів & «Спам»/2026");
    QVERIFY2(client.ensureFolder(nested), qPrintable(client.errorString()));
    // Dovecot's own listing shows the names decoded: our encoding matches the server's.
    const QStringList listed =
        doveadm({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("-u"), User})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(listed.contains(name), qPrintable(listed.join(QLatin1Char('|'))));
    QVERIFY2(listed.contains(nested), qPrintable(listed.join(QLatin1Char('|'))));
    QVERIFY(client.selectFolder(nested));
    QVERIFY(client.ensureFolder(QStringLiteral("INBOX")));
}

void TestImapClient::moveMessage_data()
{
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("MOVE") << QStringList();
    QTest::newRow("COPY, UID EXPUNGE") << QStringList{"MOVE"};
    QTest::newRow("COPY, EXPUNGE") << QStringList{"MOVE", "UIDPLUS"};
}

void TestImapClient::moveMessage()
{
    QFETCH(QStringList, ignored);
    QSet<QByteArray> set;
    for (const QString &s : ignored)
        set.insert(s.toLatin1());
    ImapClient client;
    client.setIgnoredCapabilities(set);
    QVERIFY(openInbox(&client));
    const QString folder = QStringLiteral("Оброблені");
    QVERIFY(client.ensureFolder(folder));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const QByteArray raw = message(id, "Move me.\r\n");
    const QByteArray keepId = MailTestEnv::uniqueMessageId();
    const quint32 uid = deliverAndFind(&client, raw, id);
    QVERIFY(uid > 0);
    const quint32 keep = deliverAndFind(&client, message(keepId, "Stay.\r\n"), keepId);
    QVERIFY(keep > 0);
    QVERIFY2(client.moveMessage(uid, folder), qPrintable(client.errorString()));
    QVERIFY(client.uidSearch(searchById(id)).isEmpty());
    QCOMPARE(client.uidSearch(searchById(keepId)), QList<quint32>{keep});

    QVERIFY(client.selectFolder(folder));
    const QList<quint32> moved = client.uidSearch(searchById(id));
    QCOMPARE(moved.size(), 1);
    QByteArray fetched;
    QVERIFY(client.fetchRaw(moved.first(), &fetched));
    QCOMPARE(fetched, raw);
    // The copy in the target must not carry the \Deleted flag of the fallback.
    QVERIFY(client.uidSearch("DELETED").isEmpty() ||
            !client.uidSearch("DELETED").contains(moved.first()));

    // Into a folder that does not exist: the server's refusal, nothing lost.
    QVERIFY(client.selectFolder(QStringLiteral("INBOX")));
    QVERIFY(!client.moveMessage(keep, QStringLiteral("Немає")));
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
    QCOMPARE(client.uidSearch(searchById(keepId)), QList<quint32>{keep});
}

void TestImapClient::appendMessage_data()
{
    QTest::addColumn<QStringList>("ignored");
    QTest::newRow("LITERAL+") << QStringList();
    QTest::newRow("synchronising literal") << QStringList{"LITERAL+"};
}

void TestImapClient::appendMessage()
{
    QFETCH(QStringList, ignored);
    QSet<QByteArray> set;
    for (const QString &s : ignored)
        set.insert(s.toLatin1());
    ImapClient client;
    client.setIgnoredCapabilities(set);
    QVERIFY(openInbox(&client));
    const QString folder = QStringLiteral("Надіслані");
    QVERIFY(client.ensureFolder(folder));
    const QByteArray id = MailTestEnv::uniqueMessageId();
    const QByteArray raw =
        message(id, "Відповідь.\r\n" + MailTestEnv::randomBase64(300 * 1024), "Відповідь");
    quint32 uid = 0;
    QVERIFY2(client.appendMessage(folder, raw, {QStringLiteral("\\Seen")}, &uid),
             qPrintable(client.errorString()));
    QVERIFY(uid > 0);
    QVERIFY(client.selectFolder(folder));
    QCOMPARE(client.uidSearch(searchById(id)), QList<quint32>{uid});
    QVERIFY(client.uidSearch("SEEN").contains(uid));
    QByteArray fetched;
    QVERIFY(client.fetchRaw(uid, &fetched));
    QVERIFY(fetched == raw);

    QVERIFY(!client.appendMessage(QStringLiteral("Немає"), raw));
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
    QVERIFY(client.appendMessage(folder, message(MailTestEnv::uniqueMessageId(), "x\r\n")));
}

void TestImapClient::timeout()
{
    // Accepts connections (the kernel's backlog) but never greets.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    MailEndpoint e = MailTestEnv::imap(Security::None, User);
    e.host = QStringLiteral("127.0.0.1");
    e.port = silent.serverPort();
    e.timeoutMs = 1000;
    ImapClient client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorKind(), ErrorKind::Timeout);
    QVERIFY(timer.elapsed() < 10000);
}

void TestImapClient::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    MailEndpoint e = MailTestEnv::imap(Security::Tls, User);
    e.port = port;
    ImapClient client;
    QVERIFY(!client.connectToServer(e));
    QCOMPARE(client.errorKind(), ErrorKind::Network);
    QVERIFY(!client.errorString().isEmpty());
}

void TestImapClient::testConnection()
{
    const MailEndpoint good = MailTestEnv::imap(Security::StartTls, User);
    QCOMPARE(ImapClient::testConnection(good, QStringLiteral("INBOX")), QString());
    QCOMPARE(ImapClient::testConnection(good), QString());
    MailEndpoint bad = good;
    bad.password = QStringLiteral("nope");
    QVERIFY(!ImapClient::testConnection(bad).isEmpty());
    QVERIFY(!ImapClient::testConnection(good, QStringLiteral("Немає такої теки")).isEmpty());
    bad = good;
    bad.caFile.clear();
    QVERIFY(!ImapClient::testConnection(bad).isEmpty());
}

QTEST_GUILESS_MAIN(TestImapClient)
#include "tst_imapclient.moc"
