#include "xlsxreadback.h"
#include "xlsxreportwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The XLSX export opens back (unzip + XML, independent of libxlsxwriter) with the same values:
// figures of numeric columns as numbers, everything else as text, Ukrainian intact, formula-like
// text neutralised as in CSV, one valid and unique worksheet per section; a failed write leaves
// no file behind.
class TestXlsxReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void parseNumber_data();
    void parseNumber();
    void sheetName_data();
    void sheetName();
    void unwritablePath();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReportWriter::roundTrip()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Звіт «тест»");
    doc.parameters = QStringLiteral("за 05.12.2026");
    ReportSection s1;
    s1.title = QStringLiteral("1. Загальні показники: [усі]");
    ReportTable t;
    t.header = {QStringLiteral("Показник"), QStringLiteral("К-сть"), QStringLiteral("%")};
    t.numericColumns = {1, 2};
    t.rows = {
        {{QStringLiteral("Звернень"), QStringLiteral("1 234"), QStringLiteral("12,5")}},
        {{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("—"), QStringLiteral("")}},
        {{QStringLiteral("+380441234567"), QStringLiteral("-7"), QStringLiteral("@SUM(A1)")}}};
    t.totals = {QStringLiteral("Усього"), QStringLiteral("1227"), QStringLiteral("100")};
    s1.tables.append(t);
    ReportSection s2;
    s2.title = QStringLiteral("1. Загальні показники: [усі]"); // the same title: a unique name
    ReportTable empty;
    empty.header = {QStringLiteral("A")};
    empty.emptyText = QStringLiteral("Немає.");
    s2.tables.append(empty);
    doc.sections = {s1, s2};

    const QString path = m_dir.filePath(QStringLiteral("r.xlsx"));
    QString error;
    QVERIFY2(XlsxReportWriter::write(doc, path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const XlsxReadBack book(path);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QCOMPARE(book.sheetNames().size(), 2);
    QCOMPARE(book.sheetNames().at(0), QStringLiteral("1. Загальні показники усі"));
    QVERIFY(book.sheetNames().at(1) != book.sheetNames().at(0));
    for (const QString &n : book.sheetNames())
        QVERIFY(n.size() <= 31);

    const auto rows = book.sheet(0);
    QCOMPARE(rows.value(0).value(0), QStringLiteral("Звіт «тест»"));
    QCOMPARE(rows.value(1).value(0), QStringLiteral("за 05.12.2026"));
    const auto find = [&rows](const QString &first) {
        for (const QStringList &r : rows) {
            if (r.value(0) == first)
                return r;
        }
        return QStringList();
    };
    // Figures came back as numbers.
    QCOMPARE(
        find(QStringLiteral("Звернень")),
        (QStringList{QStringLiteral("Звернень"), QStringLiteral("1234"), QStringLiteral("12.5")}));
    QCOMPARE(find(QStringLiteral("Усього")).value(1), QStringLiteral("1227"));
    // Formula-like text is neutralised; a dash stays text.
    const QStringList formula = find(QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(formula.value(1), QStringLiteral("—"));
    const QStringList phone = find(QStringLiteral("'+380441234567"));
    QCOMPARE(phone.value(1), QStringLiteral("-7")); // a number in a numeric column
    QCOMPARE(phone.value(2), QStringLiteral("'@SUM(A1)"));
    // No formula element anywhere in the sheet.
    QVERIFY(!book.entry(QStringLiteral("xl/worksheets/sheet1.xml")).contains("<f>"));
    bool emptyText = false;
    for (const QStringList &r : book.sheet(1))
        emptyText |= r.value(0) == QStringLiteral("Немає.");
    QVERIFY(emptyText);
}

void TestXlsxReportWriter::parseNumber_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("int") << "12" << true << 12.0;
    QTest::newRow("grouped") << "1 234" << true << 1234.0;
    QTest::newRow("nbsp") << QStringLiteral("1\u00a0234") << true << 1234.0;
    QTest::newRow("decimal comma") << "12,5" << true << 12.5;
    QTest::newRow("percent") << "7,5 %" << true << 7.5;
    QTest::newRow("negative") << "-3" << true << -3.0;
    QTest::newRow("dash") << QStringLiteral("—") << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("text") << "12 днів" << false << 0.0;
    QTest::newRow("formula") << "=1+1" << false << 0.0;
    QTest::newRow("date") << "05.12.2026" << false << 0.0;
}

void TestXlsxReportWriter::parseNumber()
{
    QFETCH(QString, cell);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double v = 0;
    QCOMPARE(XlsxReportWriter::parseNumber(cell, &v), ok);
    if (ok)
        QCOMPARE(v, value);
}

void TestXlsxReportWriter::sheetName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Канали" << QStringList() << "Канали";
    QTest::newRow("forbidden") << "A/B:C*D?[E]\\F" << QStringList() << "A B C D E F";
    QTest::newRow("long") << QString(40, QLatin1Char('x')) << QStringList()
                          << QString(31, QLatin1Char('x'));
    QTest::newRow("taken") << "Канали" << QStringList{"канали"} << "Канали (2)";
    QTest::newRow("apostrophe") << "'Звіт'" << QStringList() << "Звіт";
    QTest::newRow("empty") << "" << QStringList() << "Аркуш";
}

void TestXlsxReportWriter::sheetName()
{
    QFETCH(QString, title);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(XlsxReportWriter::sheetName(title, taken), expected);
}

void TestXlsxReportWriter::unwritablePath()
{
    ReportDocument doc;
    doc.title = QStringLiteral("x");
    QString error;
    QVERIFY(!XlsxReportWriter::write(doc, QStringLiteral("/nonexistent-dir/r.xlsx"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/r.xlsx")));
}

QTEST_GUILESS_MAIN(TestXlsxReportWriter)
#include "tst_xlsxreportwriter.moc"
