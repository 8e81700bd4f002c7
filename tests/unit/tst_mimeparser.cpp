#include "mimeparser.h"

#include <QtTest>
#include <atomic>
#include <thread>

// Sample messages live in tests/data/mail (made by hand and with Python's email tools); each
// expected value below is what a person reading the message would write down.
class TestMimeParser : public QObject
{
    Q_OBJECT
private slots:
    void headers_data();
    void headers();
    void text_data();
    void text();
    void problems_data();
    void problems();
    void attachments_data();
    void attachments();
    void kind_data();
    void kind();
    void references();
    void internationalDomains_data();
    void internationalDomains();
    void nestedMessageAttachmentIsWholeMessage();
    void decodeText_data();
    void decodeText();
    void htmlToText_data();
    void htmlToText();
    void tooManyParts();
    void textCapped();
    void textCapNeverSplitsACharacter();
    void hugeAttachmentDropped();
    void emptyInput();
    void parallelParsing();
    void pathologicalHtmlIsLinear_data();
    void pathologicalHtmlIsLinear();
    void truncatedSamplesStayBounded();
};

Q_DECLARE_METATYPE(ParsedMail::Kind)

namespace {

QByteArray sample(const QString &name)
{
    const QString dir =
        qEnvironmentVariable("KONTAKT_SOURCE_DIR") + QStringLiteral("/tests/data/mail/");
    QFile file(dir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

} // namespace

void TestMimeParser::headers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("replyTo");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("date");

    const QStringList centre{QStringLiteral("zvernennia@rada.example.gov.ua")};
    QTest::newRow("windows-1251 B subject, Q name") << "cp1251_qp.eml"
                                                    << "cp1251-qp@example.com"
                                                    << "iryna.koval@example.com"
                                                    << "Ірина Коваль"
                                                    << "" << centre << "Ремонт ліфта"
                                                    << "2026-11-02T09:15:00+02:00";
    QTest::newRow("UTF-8 Q subject, B name") << "cp1251_8bit.eml"
                                             << "cp1251-8bit@example.net"
                                             << "petro@example.net"
                                             << "Петро Іваненко"
                                             << "" << centre << "Яма на дорозі"
                                             << "2026-11-03T10:00:00Z";
    QTest::newRow("koi8-u encoded words") << "koi8u.eml"
                                          << "koi8u@example.org"
                                          << "olena@example.org"
                                          << "Олена Ґудзь"
                                          << "" << centre << "Вивіз сміття"
                                          << "2026-11-04T12:30:00+02:00";
    QTest::newRow("reply-to and two recipients")
        << "utf8_base64.eml"
        << "utf8-b64@example.com"
        << "maryana@example.com"
        << "Мар’яна Шевчук"
        << "maryana.home@example.com"
        << QStringList{QStringLiteral("zvernennia@rada.example.gov.ua"),
                       QStringLiteral("copy@rada.example.gov.ua")}
        << "Освітлення в під’їзді, будинок 7"
        << "2026-11-05T08:00:00+02:00";
    QTest::newRow("quoted ASCII name") << "alternative.eml"
                                       << "alt@example.com"
                                       << "taras@example.com"
                                       << "Taras Bulba"
                                       << "" << centre << "Alternative"
                                       << "2026-11-08T11:00:00+02:00";
    QTest::newRow("8-bit windows-1251 headers") << "header_8bit_cp1251.eml"
                                                << "h8bit@example.com"
                                                << "vasyl@example.com"
                                                << "Василь Стус"
                                                << "" << centre << "Тепло в квартирі"
                                                << "2026-11-12T09:00:00+02:00";
    QTest::newRow("encoded word next to plain text") << "rfc2231_filename.eml"
                                                     << "rfc2231@example.com"
                                                     << "citizen@example.com"
                                                     << ""
                                                     << "" << centre << "Скарга with attachment"
                                                     << "2026-11-07T11:00:00+02:00";
    QTest::newRow("runs of padded base64 words") << "padded_encoded_words.eml"
                                                 << "padded@example.com"
                                                 << "oleks@example.com"
                                                 << "Олександр Гончаренко"
                                                 << "" << centre << "Прохання про ремонт"
                                                 << "2026-11-12T09:00:00+02:00";
    QTest::newRow("no headers") << "no_headers.eml"
                                << ""
                                << ""
                                << ""
                                << "" << QStringList() << ""
                                << "";
}

void TestMimeParser::headers()
{
    QFETCH(QString, file);
    QFETCH(QString, messageId);
    QFETCH(QString, fromAddress);
    QFETCH(QString, fromName);
    QFETCH(QString, replyTo);
    QFETCH(QStringList, to);
    QFETCH(QString, subject);
    QFETCH(QString, date);
    const ParsedMail mail = MimeParser::parse(sample(file));
    QCOMPARE(mail.messageId, messageId);
    QCOMPARE(mail.fromAddress, fromAddress);
    QCOMPARE(mail.fromName, fromName);
    QCOMPARE(mail.replyToAddress, replyTo);
    QCOMPARE(mail.toAddresses, to);
    QCOMPARE(mail.subject, subject);
    QCOMPARE(mail.date.toString(Qt::ISODate), date);
}

void TestMimeParser::text_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fromHtml");

    QTest::newRow("windows-1251 quoted-printable")
        << "cp1251_qp.eml"
        << "Добрий день!\nПрошу відремонтувати ліфт у будинку №12 на вулиці Шевченка.\n"
           "З повагою, Ірина Коваль"
        << false;
    QTest::newRow("windows-1251 8bit") << "cp1251_8bit.eml"
                                       << "На вулиці Франка велика яма, її не видно вночі.\n"
                                          "Їжак, ґанок, єнот."
                                       << false;
    QTest::newRow("koi8-u")
        << "koi8u.eml"
        << "Сміття не вивозять вже тиждень. Їдальня поруч, ґрати зламані, є щури." << false;
    QTest::newRow("UTF-8 base64") << "utf8_base64.eml"
                                  << "Вітаю!\nУ під'їзді не працює освітлення — третій тиждень."
                                  << false;
    QTest::newRow("UTF-16") << "utf16.eml"
                            << "Київ, вулиця Хрещатик" << false;
    const QString pressure = QStringLiteral(
        "Прошу перевірити тиск води у будинку на вулиці Січових Стрільців, він дуже низький.");
    QTest::newRow("no charset, windows-1251") << "nocharset_cp1251.eml" << pressure << false;
    QTest::newRow("no charset, koi8-u") << "nocharset_koi8u.eml" << pressure << false;
    QTest::newRow("unknown charset label") << "unknown_charset.eml"
                                           << "Прошу прибрати сніг з тротуару біля школи." << false;
    QTest::newRow("format=flowed")
        << "flowed.eml"
        << "Цей абзац розбито на кілька рядків, бо поштова програма переносить довгі рядки.\n"
           "From the start, space-stuffed.\n\n> Цитата, яка теж перенесена.\n-- \nТарас"
        << false;
    QTest::newRow("alternative prefers plain") << "alternative.eml"
                                               << "Простий текст." << false;
    QTest::newRow("alternative with an empty plain part") << "alternative_empty_plain.eml"
                                                          << "Лише HTML" << true;
    QTest::newRow("HTML only")
        << "html_only.eml"
        << "Звернення\n\nШановні депутати & посадовці,\nпрошу розглянути:\n\n"
           "- ремонт «даху»\n- заміну вікон — 5 шт.\n\n"
           "Адреса\tКвартира\nвул. Лесі Українки, 3\t14\n\n"
           "Фото: тут (https://photos.example.com/a?b=1&c=2), пошта: ira@example.com"
        << true;
    QTest::newRow("related HTML") << "related_inline.eml"
                                  << "Ось фото:\n\nКінець" << true;
    QTest::newRow("forwarded message flattened")
        << "forwarded.eml"
        << "Пересилаю лист сусідки.\n\n---------- Forwarded message ----------\n"
           "From: Ганна Мельник <hanna@example.com>\nDate: 09 Nov 2026 20:00:00 +0200\n"
           "Subject: Протікає дах\n\nДах протікає над третім поверхом."
        << false;
    QTest::newRow("missing closing boundary") << "malformed_no_closing_boundary.eml"
                                              << "Text before the cut." << false;
    QTest::newRow("damaged base64 decodes what it can") << "malformed_bad_base64.eml"
                                                        << "Привіт" << false;
    QTest::newRow("deep nesting keeps the top") << "deep_nesting.eml"
                                                << "Top text." << false;
    QTest::newRow("no headers: raw shown")
        << "no_headers.eml"
        << "Просто текст без заголовків.\nДругий рядок." << false;
}

void TestMimeParser::text()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, fromHtml);
    const ParsedMail mail = MimeParser::parse(sample(file));
    QCOMPARE(mail.text, text);
    QCOMPARE(mail.textFromHtml, fromHtml);
}

void TestMimeParser::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("clean windows-1251") << "cp1251_qp.eml" << QStringList();
    QTest::newRow("clean koi8-u") << "koi8u.eml" << QStringList();
    QTest::newRow("clean forwarded") << "forwarded.eml" << QStringList();
    QTest::newRow("clean bounce") << "bounce_dsn.eml" << QStringList();
    QTest::newRow("guessed windows-1251")
        << "nocharset_cp1251.eml"
        << QStringList{"The text/plain body: No charset declared; decoded as windows-1251 "
                       "(guessed)"};
    QTest::newRow("guessed koi8-u")
        << "nocharset_koi8u.eml"
        << QStringList{"The text/plain body: No charset declared; decoded as koi8-u (guessed)"};
    QTest::newRow("unknown charset")
        << "unknown_charset.eml"
        << QStringList{"The text/plain body: Unknown charset \"x-ukr-custom\"; decoded as "
                       "windows-1251 (guessed)"};
    QTest::newRow("8-bit headers")
        << "header_8bit_cp1251.eml"
        << QStringList{"A header contains unencoded 8-bit characters (decoded as UTF-8 or "
                       "windows-1251)"};
    QTest::newRow("missing closing boundary")
        << "malformed_no_closing_boundary.eml"
        << QStringList{"The message is truncated (a closing MIME boundary is missing)"};
    QTest::newRow("bad base64")
        << "malformed_bad_base64.eml"
        << QStringList{"The base64 content of the text/plain body contains characters that are "
                       "not base64",
                       "The base64 content of \"cut.bin\" is truncated"};
    QTest::newRow("deep nesting") << "deep_nesting.eml"
                                  << QStringList{
                                         "MIME parts nested deeper than 10 levels were ignored"};
    QTest::newRow("no headers") << "no_headers.eml"
                                << QStringList{
                                       "Invalid header line; parts of the message may be missing",
                                       "No message headers found; the raw data is shown as text"};
    QTest::newRow("binary garbage")
        << "garbage.eml"
        << QStringList{"Invalid header line; parts of the message may be missing",
                       "No message headers found; the raw data is shown as text",
                       "No charset declared; decoded as windows-1251 (guessed)"};
}

void TestMimeParser::problems()
{
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    QCOMPARE(MimeParser::parse(sample(file)).problems, problems);
}

void TestMimeParser::attachments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<QList<bool>>("inlineParts");

    QTest::newRow("RFC 2231 continued Ukrainian name")
        << "rfc2231_filename.eml"
        << QStringList{QStringLiteral("Скарга на ремонт дороги біля будинку №5.pdf")}
        << QStringList{"application/pdf"} << QList<int>{1049} << QList<bool>{false};
    QTest::newRow("related inline image")
        << "related_inline.eml" << QStringList{"pothole.png"} << QStringList{"image/png"}
        << QList<int>{70} << QList<bool>{true};
    QTest::newRow("forwarded message and its attachment")
        << "forwarded.eml" << QStringList{"forwarded.eml", "notes.txt"}
        << QStringList{"message/rfc822", "text/plain"} << QList<int>{528, 8}
        << QList<bool>{false, false};
    QTest::newRow("DSN parts") << "bounce_dsn.eml" << QStringList{"part-1.txt", "forwarded.eml"}
                               << QStringList{"message/delivery-status", "message/rfc822"}
                               << QList<int>{216, 386} << QList<bool>{false, false};
    QTest::newRow("RFC 2047 name in padded words")
        << "padded_encoded_words.eml" << QStringList{QStringLiteral("Фото ями.jpg")}
        << QStringList{"image/jpeg"} << QList<int>{6} << QList<bool>{false};
    QTest::newRow("alternative has none")
        << "alternative.eml" << QStringList() << QStringList() << QList<int>() << QList<bool>();
    QTest::newRow("truncated multipart keeps its part")
        << "malformed_no_closing_boundary.eml" << QStringList{"data.bin"}
        << QStringList{"application/octet-stream"} << QList<int>{6} << QList<bool>{false};
    QTest::newRow("truncated base64 decoded as far as it goes")
        << "malformed_bad_base64.eml" << QStringList{"cut.bin"}
        << QStringList{"application/octet-stream"} << QList<int>{12} << QList<bool>{false};
}

void TestMimeParser::attachments()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, types);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<bool>, inlineParts);
    const ParsedMail mail = MimeParser::parse(sample(file));
    QStringList gotNames, gotTypes;
    QList<int> gotSizes;
    QList<bool> gotInline;
    for (const MailAttachment &a : mail.attachments) {
        gotNames << a.fileName;
        gotTypes << a.mimeType;
        gotSizes << int(a.data.size());
        gotInline << a.inlinePart;
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotTypes, types);
    QCOMPARE(gotSizes, sizes);
    QCOMPARE(gotInline, inlineParts);
}

void TestMimeParser::kind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ParsedMail::Kind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("bouncedMessageId");
    QTest::addColumn<QString>("bouncedOutbox");

    using K = ParsedMail::Kind;
    QTest::newRow("DSN bounce") << "bounce_dsn.eml" << K::Bounce
                                << "multipart/report; report-type=delivery-status"
                                << "4f1a2b3c.1762844390000@rada.example.gov.ua"
                                << "4711";
    QTest::newRow("qmail bounce with quoted headers")
        << "bounce_qmail.eml" << K::Bounce << "delivery failure from mailer-daemon@mail.example.net"
        << "77aa.1762844390001@rada.example.gov.ua"
        << "4712";
    QTest::newRow("text/rfc822-headers with a folded Message-ID")
        << "bounce_rfc822_headers.eml" << K::Bounce << "delivery failure from postmaster@x.ua"
        << "folded@id"
        << "99";
    QTest::newRow("Return-Path <> and a delivery status")
        << "bounce_returnpath_dsn.eml" << K::Bounce << "Return-Path <> with a delivery status"
        << "notify-9.1762900000@rada.example.gov.ua"
        << "4713";
    QTest::newRow("Precedence: bulk")
        << "autoreply_precedence.eml" << K::AutoReply << "Precedence: bulk"
        << ""
        << "";
    QTest::newRow("X-Autoreply") << "autoreply_x_autoreply.eml" << K::AutoReply << "X-Autoreply"
                                 << ""
                                 << "";
    QTest::newRow("Outlook out of office")
        << "outlook_ooo.eml" << K::AutoReply
        << "X-Auto-Response-Suppress with an automatic-reply subject"
        << ""
        << "";
    QTest::newRow("Auto-Submitted")
        << "autoreply_autosubmitted.eml" << K::AutoReply << "Auto-Submitted: auto-replied"
        << ""
        << "";
    QTest::newRow("Russian subject and empty Return-Path")
        << "autoreply_returnpath.eml" << K::AutoReply
        << "automatic-reply subject with an empty Return-Path"
        << ""
        << "";
    QTest::newRow("spam flag") << "spam_flag.eml" << K::Spam << "X-Spam-Flag: YES"
                               << ""
                               << "";
    QTest::newRow("spam status") << "spam_status.eml" << K::Spam << "X-Spam-Status: Yes"
                                 << ""
                                 << "";
    // Negative cases: citizens' ordinary mail stays Normal.
    QTest::newRow("citizen: Re: Автовідповідь") << "citizen_re_autoreply.eml" << K::Normal << ""
                                                << ""
                                                << "";
    QTest::newRow("citizen: Відсутній тиск води, empty Return-Path, Auto-Submitted: no")
        << "citizen_no_pressure.eml" << K::Normal << ""
        << ""
        << "";
    QTest::newRow("spam filter said no") << "not_spam.eml" << K::Normal << ""
                                         << ""
                                         << "";
    QTest::newRow("forwarded mail is no bounce") << "forwarded.eml" << K::Normal << ""
                                                 << ""
                                                 << "";
    QTest::newRow("plain citizen") << "cp1251_qp.eml" << K::Normal << ""
                                   << ""
                                   << "";
}

void TestMimeParser::kind()
{
    QFETCH(QString, file);
    QFETCH(ParsedMail::Kind, kind);
    QFETCH(QString, reason);
    QFETCH(QString, bouncedMessageId);
    QFETCH(QString, bouncedOutbox);
    const ParsedMail mail = MimeParser::parse(sample(file));
    QCOMPARE(mail.kind, kind);
    QCOMPARE(mail.kindReason, reason);
    QCOMPARE(mail.bouncedMessageId, bouncedMessageId);
    QCOMPARE(mail.bouncedOutbox, bouncedOutbox);
}

void TestMimeParser::references()
{
    const ParsedMail mail = MimeParser::parse(sample(QStringLiteral("cp1251_8bit.eml")));
    QCOMPARE(mail.inReplyTo, QStringLiteral("ack-1.1700000000@rada.example.gov.ua"));
    QCOMPARE(mail.references,
             (QStringList{QStringLiteral("first@example.net"),
                          QStringLiteral("ack-1.1700000000@rada.example.gov.ua")}));
    const ParsedMail ooo = MimeParser::parse(sample(QStringLiteral("outlook_ooo.eml")));
    QCOMPARE(ooo.inReplyTo, QStringLiteral("notify-5.1762900000@rada.example.gov.ua"));
    QVERIFY(ooo.references.isEmpty());
}

void TestMimeParser::internationalDomains_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QString>("address");
    QTest::newRow("Cyrillic domain in punycode")
        << QByteArray("Іра <ira@приклад.укр>") << "ira@xn--80aikifvh.xn--j1amh";
    QTest::newRow("punycode as written")
        << QByteArray("<IRA@XN--80AIKIFVH.xn--j1amh>") << "ira@xn--80aikifvh.xn--j1amh";
    // "xn--rample" is no punycode: GMime reads it differently once lower-cased.
    QTest::newRow("broken punycode") << QByteArray("ia@Xn--rample.com") << "";
}

void TestMimeParser::internationalDomains()
{
    QFETCH(QByteArray, from);
    QFETCH(QString, address);
    const ParsedMail mail = MimeParser::parse("From: " + from + "\r\nSubject: idn\r\n\r\nText\r\n");
    QCOMPARE(mail.fromAddress, address);
    QCOMPARE(mail.problems.contains(QStringLiteral("No valid sender address")), address.isEmpty());
}

void TestMimeParser::nestedMessageAttachmentIsWholeMessage()
{
    const ParsedMail mail = MimeParser::parse(sample(QStringLiteral("forwarded.eml")));
    QCOMPARE(mail.attachments.size(), 2);
    // The kept .eml is a message of its own: parsing it gives the neighbour's letter.
    const ParsedMail inner = MimeParser::parse(mail.attachments.first().data);
    QCOMPARE(inner.messageId, QStringLiteral("inner@example.com"));
    QCOMPARE(inner.fromName, QStringLiteral("Ганна Мельник"));
    QCOMPARE(inner.subject, QStringLiteral("Протікає дах"));
    QCOMPARE(inner.text, QStringLiteral("Дах протікає над третім поверхом."));
    QCOMPARE(inner.attachments.size(), 1);
    QCOMPARE(inner.attachments.first().data, QByteArray("line one"));
}

void TestMimeParser::decodeText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("note");

    const QString word = QStringLiteral("Ґанок їжака");
    QTest::newRow("windows-1251") << QByteArray("\xA5\xE0\xED\xEE\xEA \xBF\xE6\xE0\xEA\xE0")
                                  << QByteArray("windows-1251") << word << "";
    QTest::newRow("cp1251 alias") << QByteArray("\xA5\xE0\xED\xEE\xEA \xBF\xE6\xE0\xEA\xE0")
                                  << QByteArray("CP1251") << word << "";
    QTest::newRow("koi8-u") << QByteArray("\xBD\xC1\xCE\xCF\xCB \xA7\xD6\xC1\xCB\xC1")
                            << QByteArray("koi8-u") << word << "";
    QTest::newRow("koi8-r") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray("koi8-r")
                            << QStringLiteral("Привет") << "";
    QTest::newRow("iso-8859-5") << QByteArray("\xBF\xE0\xD8\xD2\xD5\xE2")
                                << QByteArray("iso-8859-5") << QStringLiteral("Привет") << "";
    QTest::newRow("cp866") << QByteArray("\x8F\xE0\xA8\xA2\xA5\xE2") << QByteArray("cp866")
                           << QStringLiteral("Привет") << "";
    QTest::newRow("quoted label") << QByteArray("\xCA\xE8\xBF\xE2")
                                  << QByteArray("\"Windows-1251\"") << QStringLiteral("Київ") << "";
    QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE\x1A\x04\x38\x04\x57\x04\x32\x04", 10)
                                       << QByteArray("utf-16") << QStringLiteral("Київ") << "";
    QTest::newRow("ascii without label") << QByteArray("plain") << QByteArray() << "plain"
                                         << "";
    QTest::newRow("UTF-8 without label") << QByteArray("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2")
                                         << QByteArray() << QStringLiteral("Київ") << "";
    QTest::newRow("invalid UTF-8 declared UTF-8")
        << QByteArray("\xCA\xE8\xBF\xE2 \xEC\xB3\xF1\xF2\xEE") << QByteArray("utf-8")
        << QStringLiteral("Київ місто") << "Invalid UTF-8 text; decoded as windows-1251 (guessed)";
    QTest::newRow("8-bit declared us-ascii")
        << QByteArray("\xCA\xE8\xBF\xE2") << QByteArray("us-ascii") << QStringLiteral("Київ")
        << "8-bit text declared as us-ascii; decoded as windows-1251 (guessed)";
    QTest::newRow("bytes invalid in the charset")
        << QByteArray("ok\x98") << QByteArray("windows-1251") << QStringLiteral("ok\uFFFD")
        << "Some bytes are not valid windows-1251 and were replaced";
}

void TestMimeParser::decodeText()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QFETCH(QString, note);
    QString gotNote;
    QCOMPARE(MimeParser::decodeText(data, charset, &gotNote), text);
    QCOMPARE(gotNote, note);
}

void TestMimeParser::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("whitespace collapsed") << "<p>a   b\n\n c</p>"
                                          << "a b c";
    QTest::newRow("br and paragraphs") << "one<br>two<br/><br>three<p>four</p>five"
                                       << "one\ntwo\n\nthree\n\nfour\n\nfive";
    QTest::newRow("entities") << "&lt;&gt;&amp;&quot;&apos;&#1028;&#x491;&hellip;&nbsp;x &amp"
                              << "<>&\"'Єґ… x &";
    QTest::newRow("unknown entity kept") << "&foo; &#xZZ; &"
                                         << "&foo; &#xZZ; &";
    QTest::newRow("invalid code point") << "a&#0;b&#xD800;c&#99999999;"
                                        << "a\uFFFDb\uFFFDc\uFFFD";
    QTest::newRow("script, style, comment, head title")
        << "<html><head><title>T</title><style>b{}</style></head><body><script>var a='<p>';"
           "</script>x<!-- y -->z</body></html>"
        << "xz";
    QTest::newRow("unclosed script drops the rest") << "a<script>b c"
                                                    << "a";
    QTest::newRow("unclosed comment") << "a<!-- b"
                                      << "a";
    QTest::newRow("list") << "<ul><li>one<li>two</ul>after"
                          << "- one\n- two\n\nafter";
    QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c<td>d</table>"
                           << "a\tb\nc\td";
    QTest::newRow("link with different text") << "<a href=\"http://x.ua/?a=1&amp;b=2\">here</a>"
                                              << "here (http://x.ua/?a=1&b=2)";
    QTest::newRow("link equal to text") << "<a href='http://x.ua'>http://x.ua</a>"
                                        << "http://x.ua";
    QTest::newRow("mailto equal to text") << "<a href=mailto:a@b.ua>a@b.ua</a>"
                                          << "a@b.ua";
    QTest::newRow("anchor link") << "<a href=\"#top\">up</a>"
                                 << "up";
    QTest::newRow("empty link text") << "<a href=\"http://x.ua\"></a>"
                                     << "http://x.ua";
    QTest::newRow("pre keeps spaces") << "<pre>a  b\n c</pre>"
                                      << "a  b\n c";
    QTest::newRow("lone angle bracket") << "1 < 2 and 3 > 2"
                                        << "1 < 2 and 3 > 2";
    QTest::newRow("quoted '>' in attribute") << "<img alt=\"a>b\">text"
                                             << "text";
    QTest::newRow("uppercase tags") << "<P>A<BR>B</P>"
                                    << "A\nB";
    QTest::newRow("div lines") << "<div>a</div><div>b</div>"
                               << "a\nb";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMimeParser::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(MimeParser::htmlToText(html), text);
}

void TestMimeParser::tooManyParts()
{
    QByteArray raw = "From: a@example.com\nSubject: many\nMIME-Version: 1.0\n"
                     "Content-Type: multipart/mixed; boundary=\"m\"\n\n";
    for (int i = 0; i < 300; ++i)
        raw += "--m\nContent-Type: application/octet-stream; name=\"f" + QByteArray::number(i) +
               ".bin\"\n\nx\n";
    raw += "--m--\n";
    const ParsedMail mail = MimeParser::parse(crlf(raw));
    // The multipart itself counts as one of the 200 parts.
    QCOMPARE(mail.attachments.size(), MimeParser::kMaxParts - 1);
    QCOMPARE(mail.attachments.last().fileName, QStringLiteral("f198.bin"));
    QCOMPARE(mail.problems, QStringList{"More than 200 MIME parts; the rest were ignored"});
}

void TestMimeParser::textCapped()
{
    const QByteArray line = "Рядок тексту звернення.\n"; // 24 characters
    QByteArray raw =
        "From: a@example.com\nSubject: long\nContent-Type: text/plain; charset=utf-8\n\n";
    for (int i = 0; i < 5000; ++i)
        raw += line;
    const ParsedMail mail = MimeParser::parse(crlf(raw));
    QCOMPARE(mail.text.size(), MimeParser::kMaxTextChars);
    QVERIFY(mail.text.startsWith(QStringLiteral("Рядок тексту звернення.\nРядок")));
    QCOMPARE(mail.problems, QStringList{"The text is longer than 100000 characters and was cut"});
}

void TestMimeParser::textCapNeverSplitsACharacter()
{
    // The cap falls between the two UTF-16 halves of the emoji: the emoji goes whole.
    QByteArray raw = "From: a@example.com\nContent-Type: text/plain; charset=utf-8\n\n";
    raw += QByteArray(MimeParser::kMaxTextChars - 1, 'a') + "\xF0\x9F\x98\x80 tail\n";
    const ParsedMail mail = MimeParser::parse(crlf(raw));
    QCOMPARE(mail.text, QString(MimeParser::kMaxTextChars - 1, u'a'));
}

void TestMimeParser::hugeAttachmentDropped()
{
    QByteArray raw = "From: a@example.com\nSubject: big\nMIME-Version: 1.0\n"
                     "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\n"
                     "Content-Type: text/plain\n\nSee the scan.\n--m\n"
                     "Content-Type: image/tiff; name=\"scan.tif\"\n"
                     "Content-Transfer-Encoding: base64\n\n";
    const QByteArray data(MimeParser::kMaxAttachmentBytes + 1024, 'z');
    const QByteArray encoded = data.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        raw += encoded.mid(i, 76) + '\n';
    raw += "--m\nContent-Type: image/png; name=\"small.png\"\nContent-Transfer-Encoding: "
           "base64\n\nAAAA\n--m--\n";
    const ParsedMail mail = MimeParser::parse(crlf(raw));
    QCOMPARE(mail.text, QStringLiteral("See the scan."));
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().fileName, QStringLiteral("small.png"));
    QCOMPARE(mail.problems,
             QStringList{"Attachment \"scan.tif\" is larger than 25 MiB and was dropped"});
}

void TestMimeParser::emptyInput()
{
    const ParsedMail mail = MimeParser::parse(QByteArray());
    QVERIFY(mail.text.isEmpty());
    QVERIFY(mail.attachments.isEmpty());
    QCOMPARE(mail.kind, ParsedMail::Kind::Normal);
    QVERIFY(!mail.problems.isEmpty());
}

void TestMimeParser::parallelParsing()
{
    // The importer may parse on several threads: GMime is set up once, state is per call.
    const QList<QByteArray> inputs = {
        sample(QStringLiteral("forwarded.eml")), sample(QStringLiteral("cp1251_qp.eml")),
        sample(QStringLiteral("html_only.eml")), sample(QStringLiteral("bounce_dsn.eml"))};
    QStringList expected;
    for (const QByteArray &raw : inputs)
        expected << MimeParser::parse(raw).text;
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round) {
                const int i = (t + round) % int(inputs.size());
                if (MimeParser::parse(inputs.at(i)).text != expected.at(i))
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestMimeParser::pathologicalHtmlIsLinear_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("expectedLength");
    const int n = 100000;
    // Each quote closes in the next tag, so a tag spans three units and keeps one "y"; the
    // last unit's quote never closes and its tag ends at its own '>'.
    QTest::newRow("unclosed quotes")
        << QString(QStringLiteral("<a href='x\">y")).repeated(n) << n / 3 + 1;
    QTest::newRow("nested links") << QStringLiteral("<a href=u>x").repeated(n) +
                                         QStringLiteral("</a>").repeated(n)
                                  << n + 4 * 1000; // 1000 links tracked: " (u)" each
    QTest::newRow("lone brackets") << QStringLiteral("<<<<").repeated(n) << 4 * n;
    QTest::newRow("entities") << QStringLiteral("&#x41&amp;&bogus;").repeated(n) << 9 * n;
}

void TestMimeParser::pathologicalHtmlIsLinear()
{
    QFETCH(QString, html);
    QFETCH(int, expectedLength);
    QElapsedTimer timer;
    timer.start();
    const QString text = MimeParser::htmlToText(html);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(text.size(), expectedLength);
}

void TestMimeParser::truncatedSamplesStayBounded()
{
    // Every sample cut at many points parses without crashing and within the limits.
    const QDir dir(qEnvironmentVariable("KONTAKT_SOURCE_DIR") + QStringLiteral("/tests/data/mail"));
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files);
    QVERIFY(files.size() >= 25);
    for (const QString &file : files) {
        const QByteArray raw = sample(file);
        for (qsizetype cut = 0; cut < raw.size(); cut += std::max<qsizetype>(1, raw.size() / 97)) {
            const ParsedMail mail = MimeParser::parse(raw.left(cut));
            QVERIFY(mail.text.size() <= MimeParser::kMaxTextChars);
            QVERIFY(mail.attachments.size() <= MimeParser::kMaxParts);
        }
    }
}

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"
