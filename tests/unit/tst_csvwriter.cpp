#include "csvwriter.h"

#include <QtTest>

// CSV for spreadsheets: BOM, quoting, and cells a spreadsheet would run as formulas neutralised.
class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void neutralise_data();
    void neutralise();
    void bomAndLineEnds();
    void roundTrip_data();
    void roundTrip();
    void report();
};

void TestCsvWriter::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=1+2"
                            << "'=1+2";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")"
                               << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("plus") << "+380441234567"
                          << "'+380441234567";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("carriage return") << "\r=1"
                                     << "\"'\r=1\"";
    QTest::newRow("dde with comma") << "=cmd|' /C calc'!A0,x"
                                    << "\"'=cmd|' /C calc'!A0,x\"";
    QTest::newRow("plain") << "Київська, 5"
                           << "\"Київська, 5\"";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
    QTest::newRow("number") << "42"
                            << "42";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("quotes") << "«Сяйво» \"Ок\""
                            << "\"«Сяйво» \"\"Ок\"\"\"";
    QTest::newRow("line break") << "два\nрядки"
                                << "\"два\nрядки\"";
}

void TestCsvWriter::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::encodeCell(cell), written);
    // What a spreadsheet reads back never starts a formula.
    const QList<QStringList> back =
        CsvWriter::parse((CsvWriter::encodeCell(cell) + "\r\n").toUtf8());
    const QString read = back.value(0).value(0);
    if (!read.isEmpty()) {
        const QChar first = read.front();
        QVERIFY(!QStringLiteral("=+-@\t\r").contains(first));
    }
    QCOMPARE(read, CsvWriter::neutralise(cell));
}

void TestCsvWriter::bomAndLineEnds()
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("Канал"), QStringLiteral("Кількість")});
    csv.addRow({QStringLiteral("Телефон"), QStringLiteral("12")});
    const QByteArray data = csv.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.mid(3), QStringLiteral("Канал,Кількість\r\nТелефон,12\r\n").toUtf8());
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::newRow("simple") << QStringList{"a", "b", "c"};
    QTest::newRow("commas and quotes") << QStringList{"x, y", "\"q\"", ""};
    QTest::newRow("cyrillic and breaks") << QStringList{"вул. Героїв України, 15", "а\r\nб"};
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QStringList, row);
    CsvWriter csv;
    csv.addRow(row);
    csv.addRow({QStringLiteral("end")});
    const QList<QStringList> back = CsvWriter::parse(csv.data());
    QCOMPARE(int(back.size()), 2);
    QCOMPARE(back.at(0), row);
    QCOMPARE(back.at(1), QStringList{QStringLiteral("end")});
}

void TestCsvWriter::report()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Звіт");
    doc.parameters = QStringLiteral("за 05.12.2026");
    ReportSection s;
    s.title = QStringLiteral("1. Розділ");
    ReportTable t;
    t.header = {QStringLiteral("Назва"), QStringLiteral("Кількість")};
    t.rows.append(ReportRow{{QStringLiteral("=evil()"), QStringLiteral("3")}});
    t.totals = {QStringLiteral("Усього"), QStringLiteral("3")};
    s.tables.append(t);
    doc.sections.append(s);
    doc.signatures.append(ReportSignature{QStringLiteral("Начальник"), QString()});
    const QList<QStringList> rows = CsvWriter::parse(CsvWriter::fromReport(doc));
    QVERIFY(rows.contains(QStringList{QStringLiteral("'=evil()"), QStringLiteral("3")}));
    QVERIFY(rows.contains(QStringList{QStringLiteral("Усього"), QStringLiteral("3")}));
    QCOMPARE(rows.first(), QStringList{QStringLiteral("Звіт")});
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
