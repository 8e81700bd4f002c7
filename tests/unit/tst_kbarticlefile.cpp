#include "csvreader.h"
#include "kbarticlefile.h"

#include <QtTest>

class TestKbArticleFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void refused_data();
    void refused();
    void codeFromTitle();
    void csv_data();
    void csv();
    void csvUnterminated();
};

void TestKbArticleFile::roundTrip()
{
    const QString text = QStringLiteral("---\ntitle: Довідка про склад сім'ї\ntopics: 014.1, 001\n"
                                        "organisations: cnap\ntags: довідка, ЦНАП\n"
                                        "review_due: 2027-01-31\n---\n\nТекст **відповіді**.\n");
    QString error;
    const auto f = KbArticleFile::parse(text, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->title, QStringLiteral("Довідка про склад сім'ї"));
    QCOMPARE(f->topics, (QStringList{QStringLiteral("014.1"), QStringLiteral("001")}));
    QCOMPARE(f->organisations, QStringList{QStringLiteral("cnap")});
    QCOMPARE(f->tags, (QStringList{QStringLiteral("довідка"), QStringLiteral("ЦНАП")}));
    QCOMPARE(f->reviewDue, QDate(2027, 1, 31));
    QCOMPARE(f->body, QStringLiteral("Текст **відповіді**."));
    const auto again = KbArticleFile::parse(f->toMarkdown(), &error);
    QVERIFY(again);
    QCOMPARE(again->title, f->title);
    QCOMPARE(again->topics, f->topics);
    QCOMPARE(again->tags, f->tags);
    QCOMPARE(again->reviewDue, f->reviewDue);
    QCOMPARE(again->body, f->body);
}

void TestKbArticleFile::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no header") << "title: x\nbody";
    QTest::newRow("unclosed header") << "---\ntitle: x\nbody";
    QTest::newRow("no title") << "---\ntopics: 001\n---\nbody";
    QTest::newRow("bad topic") << "---\ntitle: x\ntopics: вода\n---\nbody";
    QTest::newRow("bad date") << "---\ntitle: x\nvalid_to: 31.12.2026\n---\nbody";
    QTest::newRow("unknown key") << "---\ntitle: x\nauthor: me\n---\nbody";
    QTest::newRow("empty body") << "---\ntitle: x\n---\n\n";
    QTest::newRow("reversed validity")
        << "---\ntitle: x\nvalid_from: 2026-02-01\nvalid_to: 2026-01-01\n---\nbody";
}

void TestKbArticleFile::refused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!KbArticleFile::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestKbArticleFile::codeFromTitle()
{
    QCOMPARE(KbArticleFile::codeFromTitle(QStringLiteral("Довідка про склад сім'ї!")),
             QStringLiteral("dovidka-pro-sklad-simi"));
    QVERIFY(
        KbArticleFile::isValidCode(KbArticleFile::codeFromTitle(QStringLiteral("Вода: графік"))));
    QVERIFY(!KbArticleFile::isValidCode(QStringLiteral("../x")));
}

void TestKbArticleFile::csv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<QString>("lastField");
    QTest::newRow("comma") << "a,b\n1,2\n" << 2 << 2 << "2";
    QTest::newRow("semicolon, CRLF") << "a;b\r\n1;\"x;y\"\r\n" << 2 << 2 << "x;y";
    QTest::newRow("quoted newline shifts lines") << "a,b\n1,\"x\ny\"\n2,z\n" << 3 << 4 << "z";
    QTest::newRow("doubled quote") << "a\n\"say \"\"hi\"\"\"\n" << 2 << 2 << "say \"hi\"";
    QTest::newRow("blank lines skipped") << "a\n\n1\n" << 2 << 3 << "1";
    QTest::newRow("BOM") << "\ufeffa,b\n1,2" << 2 << 2 << "2";
}

void TestKbArticleFile::csv()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(int, lastLine);
    QFETCH(QString, lastField);
    QList<CsvReader::Row> out;
    QString error;
    QVERIFY2(CsvReader::parse(text, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), rows);
    QCOMPARE(out.last().line, lastLine);
    QCOMPARE(out.last().fields.last(), lastField);
    QCOMPARE(out.first().fields.first(), QStringLiteral("a"));
}

void TestKbArticleFile::csvUnterminated()
{
    QList<CsvReader::Row> out;
    QString error;
    QVERIFY(!CsvReader::parse(QStringLiteral("a\n1\n\"open\n"), &out, &error));
    QVERIFY(error.contains(QLatin1String("3")));
}

QTEST_APPLESS_MAIN(TestKbArticleFile)
#include "tst_kbarticlefile.moc"
