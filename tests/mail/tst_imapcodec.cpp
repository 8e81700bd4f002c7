// IMAP pieces that need no server: modified UTF-7 mailbox names (RFC 3501 5.1.3) and the
// response tokenizer (literals, quoted strings, bracketed sections).
#include "imapclient.h"
#include "smtpclient.h"

#include <QTest>

class TestImapCodec : public QObject
{
    Q_OBJECT

private slots:
    void mailboxNameRoundTrip_data();
    void mailboxNameRoundTrip();
    void mailboxNameInvalid_data();
    void mailboxNameInvalid();
    void fetchResponseTokens();
    void brokenResponses_data();
    void brokenResponses();
    void dotStuffing_data();
    void dotStuffing();
};

void TestImapCodec::mailboxNameRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("ascii") << QStringLiteral("INBOX") << QByteArray("INBOX");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QByteArray("a&-b");
    QTest::newRow("only ampersand") << QStringLiteral("&") << QByteArray("&-");
    // RFC 3501 5.1.3's own example.
    QTest::newRow("rfc example") << QStringLiteral("~peter/mail/\u53F0\u5317/\u65E5\u672C\u8A9E")
                                 << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("processed") << QStringLiteral("Оброблені")
                               << QByteArray("&BB4EMQRABD4EMQQ7BDUEPQRW-");
    QTest::newRow("nested") << QStringLiteral("Вхідні/Оброблені")
                            << QByteArray("&BBIERQRWBDQEPQRW-/&BB4EMQRABD4EMQQ7BDUEPQRW-");
    QTest::newRow("mixed") << QStringLiteral("Junk & Спам") << QByteArray("Junk &- &BCEEPwQwBDw-");
    QTest::newRow("short runs") << QStringLiteral("Ґанок є ї")
                                << QByteArray("&BJAEMAQ9BD4EOg- &BFQ- &BFc-");
    QTest::newRow("outside BMP") << QStringLiteral("x\U0001F600") << QByteArray("x&2D3eAA-");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestImapCodec::mailboxNameRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(ImapClient::encodeMailboxName(name), encoded);
    bool ok = false;
    QCOMPARE(ImapClient::decodeMailboxName(encoded, &ok), name);
    QVERIFY(ok);
}

void TestImapCodec::mailboxNameInvalid_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unterminated") << QByteArray("&BB4EMQ");
    QTest::newRow("8-bit byte") << QByteArray("caf\xc3\xa9");
    QTest::newRow("printable ascii encoded") << QByteArray("&AGE-");
    QTest::newRow("slash instead of comma") << QByteArray("&U/BTFw-");
    QTest::newRow("odd byte count") << QByteArray("&BB4E-");
    QTest::newRow("control char") << QByteArray("a\tb");
}

void TestImapCodec::mailboxNameInvalid()
{
    QFETCH(QByteArray, encoded);
    bool ok = true;
    QVERIFY(ImapClient::decodeMailboxName(encoded, &ok).isEmpty());
    QVERIFY(!ok);
}

void TestImapCodec::fetchResponseTokens()
{
    const QByteArray body = "Subject: (x) \"y\"\r\n\r\n{5}\r\n)";
    const QByteArray data = "12 FETCH (UID 7 FLAGS (\\Seen $Junk) BODY[HEADER.FIELDS (SUBJECT)] "
                            "NIL BODY[] {" +
                            QByteArray::number(body.size()) + "}\r\n" + body + " X \"a\\\"b\\\\\")";
    QList<ImapClient::Token> tokens;
    QVERIFY(ImapClient::parseTokens(data, 0, &tokens));
    QCOMPARE(tokens.size(), 3);
    QVERIFY(tokens[0].isAtom("12"));
    QVERIFY(tokens[1].isAtom("fetch"));
    QCOMPARE(tokens[2].type, ImapClient::Token::List);
    const QList<ImapClient::Token> &items = tokens[2].items;
    QCOMPARE(items.size(), 10);
    QVERIFY(items[0].isAtom("UID"));
    QVERIFY(items[1].isAtom("7"));
    QCOMPARE(items[3].type, ImapClient::Token::List);
    QCOMPARE(items[3].items.size(), 2);
    QCOMPARE(items[3].items[0].value, QByteArray("\\Seen"));
    QVERIFY(items[4].isAtom("BODY[HEADER.FIELDS (SUBJECT)]"));
    QCOMPARE(items[5].type, ImapClient::Token::Nil);
    QVERIFY(items[6].isAtom("BODY[]"));
    QCOMPARE(items[7].type, ImapClient::Token::Literal);
    QCOMPARE(items[7].value, body);
    QCOMPARE(items[9].type, ImapClient::Token::String);
    QCOMPARE(items[9].value, QByteArray("a\"b\\"));
}

void TestImapCodec::brokenResponses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("unclosed list") << QByteArray("1 FETCH (UID 1");
    QTest::newRow("stray close") << QByteArray("1 FETCH UID 1)");
    QTest::newRow("unclosed quote") << QByteArray("\"abc");
    QTest::newRow("short literal") << QByteArray("{10}\r\nabc");
    QTest::newRow("literal without CRLF") << QByteArray("{3}abc");
    QTest::newRow("unclosed section") << QByteArray("BODY[HEADER");
}

void TestImapCodec::brokenResponses()
{
    QFETCH(QByteArray, data);
    QList<ImapClient::Token> tokens;
    QVERIFY(!ImapClient::parseTokens(data, 0, &tokens));
}

void TestImapCodec::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("stuffed");
    QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("final CRLF added") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n");
    QTest::newRow("dot lines") << QByteArray("x\r\n.\r\n..\r\n.y\r\n")
                               << QByteArray("x\r\n..\r\n...\r\n..y\r\n");
    QTest::newRow("leading dot") << QByteArray(".\r\n") << QByteArray("..\r\n");
    QTest::newRow("dot after LF") << QByteArray("a\n.\n") << QByteArray("a\r\n..\r\n");
    QTest::newRow("dot mid line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestImapCodec::dotStuffing()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, stuffed);
    QCOMPARE(SmtpClient::dotStuffed(message), stuffed);
}

QTEST_GUILESS_MAIN(TestImapCodec)
#include "tst_imapcodec.moc"
