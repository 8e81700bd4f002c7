// ImapClient and SmtpClient against scripted servers: what Dovecot and aiosmtpd never do, a
// hostile or odd server might (no STARTTLS offered, LOGINDISABLED, data injected before the
// TLS handshake, FETCH data split over several responses).
#include "imapclient.h"
#include "scriptedserver.h"
#include "smtpclient.h"

#include <QTest>

using Security = MailEndpoint::Security;
using ErrorKind = MailErrorKind;
using Step = ScriptedServer::Step;

namespace {
MailEndpoint endpoint(quint16 port, Security security)
{
    MailEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.security = security;
    e.login = QStringLiteral("centre@test.kontakt");
    e.password = QStringLiteral("Secret-42");
    e.timeoutMs = 5000;
    return e;
}
} // namespace

class TestMailScripted : public QObject
{
    Q_OBJECT

private slots:
    void imapWithoutStartTls();
    void imapLoginDisabled();
    void imapInjectionBeforeTls();
    void imapSplitFetch();
    void imapByeWhileWaiting();
    void smtpWithoutStartTls();
    void smtpMultilineAndRset();
};

void TestMailScripted::imapWithoutStartTls()
{
    ScriptedServer server(
        QList<Step>{{{}, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no tls here\r\n"}});
    ImapClient client;
    QVERIFY(!client.connectToServer(endpoint(server.port(), Security::StartTls)));
    QCOMPARE(client.errorKind(), ErrorKind::Tls);
    QVERIFY(!client.login());
    QVERIFY(!server.receivedAny("LOGIN"));
    QVERIFY(!server.receivedAny("AUTHENTICATE"));
    QVERIFY(!server.receivedAny("Secret-42"));
}

void TestMailScripted::imapLoginDisabled()
{
    ScriptedServer server(QList<Step>{{{}, "* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] hi\r\n"},
                                      {"LOGOUT", "* BYE bye\r\n", true}});
    ImapClient client;
    QVERIFY(client.connectToServer(endpoint(server.port(), Security::None)));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Auth);
    QVERIFY(client.errorString().contains(QLatin1String("LOGINDISABLED")));
    client.logout();
    QVERIFY(!server.receivedAny("LOGIN "));
}

void TestMailScripted::imapInjectionBeforeTls()
{
    // The OK to STARTTLS and a forged line in one packet: the forged line must not be
    // taken as coming from the encrypted session.
    ScriptedServer server(
        QList<Step>{{{}, "* OK [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n"},
                    {"STARTTLS", "$TAG OK go\r\n* OK [CAPABILITY IMAP4rev1] forged\r\n"}});
    ImapClient client;
    QVERIFY(!client.connectToServer(endpoint(server.port(), Security::StartTls)));
    QCOMPARE(client.errorKind(), ErrorKind::Protocol);
    QVERIFY(!client.isConnected());
    QCOMPARE(server.mismatch(), QByteArray());
}

void TestMailScripted::imapSplitFetch()
{
    const QByteArray body = "Subject: x\r\n\r\n* 9 FETCH (UID 99)\r\nk0009 OK fake\r\n";
    const QByteArray size = QByteArray::number(body.size());
    ScriptedServer server(QList<Step>{
        {{}, "* PREAUTH [CAPABILITY IMAP4rev1] logged in already\r\n"},
        {"SELECT", "* 3 EXISTS\r\n* OK [UIDVALIDITY 77] ok\r\n$TAG OK [READ-WRITE] done\r\n"},
        // Flags first in a separate response, another message's update, then the body with
        // the UID after it.
        {"UID FETCH 12 (BODY.PEEK[])",
         "* 2 FETCH (FLAGS (\\Seen) UID 12)\r\n* 1 FETCH (UID 11 FLAGS (\\Deleted))\r\n"
         "* 4 EXISTS\r\n* 2 FETCH (BODY[] {" +
             size + "}\r\n" + body + " UID 12)\r\n$TAG OK done\r\n"},
        {"UID FETCH 13 (BODY.PEEK[])", "* 3 FETCH (UID 13 BODY[] \"quoted body\")\r\n"
                                       "$TAG OK done\r\n"},
        {"UID FETCH 14 (BODY.PEEK[])", "* 2 FETCH (UID 12 FLAGS ())\r\n$TAG OK done\r\n"},
        {"LOGOUT", "* BYE bye\r\n$TAG OK bye\r\n"}});
    ImapClient client;
    QVERIFY2(client.connectToServer(endpoint(server.port(), Security::None)),
             qPrintable(client.errorString()));
    QVERIFY(client.isAuthenticated());
    QVERIFY(client.login()); // PREAUTH: nothing to send
    quint32 validity = 0;
    int exists = 0;
    QVERIFY2(client.selectFolder(QStringLiteral("INBOX"), &validity, &exists),
             qPrintable(client.errorString()));
    QCOMPARE(validity, 77u);
    QCOMPARE(exists, 3);
    QByteArray raw;
    QVERIFY2(client.fetchRaw(12, &raw), qPrintable(client.errorString()));
    QCOMPARE(raw, body);
    QVERIFY2(client.fetchRaw(13, &raw), qPrintable(client.errorString()));
    QCOMPARE(raw, QByteArray("quoted body"));
    QVERIFY(!client.fetchRaw(14, &raw));
    QCOMPARE(client.errorKind(), ErrorKind::NotFound);
    QVERIFY(client.logout());
    QCOMPARE(server.mismatch(), QByteArray());
    QVERIFY(!server.receivedAny("LOGIN"));
}

void TestMailScripted::imapByeWhileWaiting()
{
    ScriptedServer server(
        QList<Step>{{{}, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi\r\n"},
                    {"AUTHENTICATE", "* BYE Server shutting down for maintenance\r\n", true}});
    ImapClient client;
    QVERIFY(client.connectToServer(endpoint(server.port(), Security::None)));
    QVERIFY(!client.login());
    QCOMPARE(client.errorKind(), ErrorKind::Network);
    QVERIFY2(client.errorString().contains(QLatin1String("maintenance")),
             qPrintable(client.errorString()));
}

void TestMailScripted::smtpWithoutStartTls()
{
    ScriptedServer server(QList<Step>{
        {{}, "220 mx ESMTP\r\n"}, {"EHLO", "250-mx\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n"}});
    SmtpClient client;
    QVERIFY(!client.connectToServer(endpoint(server.port(), Security::StartTls)));
    QCOMPARE(client.errorKind(), ErrorKind::Tls);
    QVERIFY(!client.login());
    QVERIFY(!server.receivedAny("AUTH"));
    QVERIFY(!server.receivedAny("MAIL FROM"));
}

void TestMailScripted::smtpMultilineAndRset()
{
    MailEndpoint e = endpoint(0, Security::None);
    e.login.clear(); // a relay on this computer that needs no login
    ScriptedServer server(
        QList<Step>{{{}, "220-mx ESMTP\r\n220 second greeting line\r\n"},
                    {"EHLO ", "250-mx greets you\r\n250-8BITMIME\r\n250 SIZE\r\n"},
                    {"MAIL FROM:<a@x.org> SIZE=", "250 ok\r\n"},
                    {"RCPT TO:<b@y.org>", "250 ok\r\n"},
                    {"DATA", "354 go\r\n"},
                    {"..x", ""},
                    {".\r\n", "452-4.3.1 Insufficient storage,\r\n452 4.3.1 try later\r\n"},
                    {"RSET", "250 reset\r\n"},
                    {"MAIL FROM:<a@x.org>", "250 ok\r\n"},
                    {"RCPT TO:<b@y.org>", "250 ok\r\n"},
                    {"DATA", "354 go\r\n"},
                    {"y\r\n", ""},
                    {".\r\n", "250 queued\r\n"},
                    {"QUIT", "221 bye\r\n"}});
    e.port = server.port();
    SmtpClient client;
    QVERIFY2(client.connectToServer(e), qPrintable(client.errorString()));
    QVERIFY(client.login());
    QCOMPARE(client.maxMessageSize(), qint64(0)); // SIZE without a number: no limit known
    SmtpClient::SendResult r =
        client.send(QStringLiteral("a@x.org"), {QStringLiteral("b@y.org")}, ".x\r\n");
    QVERIFY(!r.ok);
    QVERIFY(!r.permanent);
    QCOMPARE(r.code, 452);
    QCOMPARE(r.serverText, QStringLiteral("4.3.1 Insufficient storage, 4.3.1 try later"));
    r = client.send(QStringLiteral("a@x.org"), {QStringLiteral("b@y.org")}, "y\r\n");
    QVERIFY2(r.ok, qPrintable(r.serverText));
    QVERIFY(client.quit());
    QCOMPARE(server.mismatch(), QByteArray());
    // EHLO carries a domain or an address literal, never an empty or bare name.
    const QByteArray ehlo = server.received().value(0);
    QVERIFY2(ehlo.startsWith("EHLO ") && (ehlo.contains('.') || ehlo.startsWith("EHLO [")),
             ehlo.constData());
}

QTEST_GUILESS_MAIN(TestMailScripted)
#include "tst_mailscripted.moc"
