#include "connectionprofile.h"

#include <QtTest>

class TestConnInfo : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void roundTrip_data();
    void roundTrip();
};

void TestConnInfo::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // key=value pairs, sorted by key

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("simple") << "host=/tmp port=5432 dbname=kontakt"
                            << QStringList{"dbname=kontakt", "host=/tmp", "port=5432"};
    QTest::newRow("spaces around =")
        << "host = db1  dbname= k" << QStringList{"dbname=k", "host=db1"};
    QTest::newRow("quoted with space")
        << "password='a b' user=x" << QStringList{"password=a b", "user=x"};
    QTest::newRow("escaped quote") << R"(password='it\'s' )" << QStringList{"password=it's"};
    QTest::newRow("multi-host") << "host=db1,db2 port=5432,5433 target_session_attrs=read-write"
                                << QStringList{"host=db1,db2", "port=5432,5433",
                                               "target_session_attrs=read-write"};
    QTest::newRow("cyrillic value")
        << "application_name='Контакт десk'" << QStringList{"application_name=Контакт десk"};
    QTest::newRow("empty quoted") << "password=''" << QStringList{"password="};
}

void TestConnInfo::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QString error;
    const auto map = ConnInfo::parse(text, &error);
    QVERIFY2(map.has_value(), qPrintable(error));
    QStringList got;
    for (auto it = map->cbegin(); it != map->cend(); ++it)
        got << it.key() + QLatin1Char('=') + it.value();
    QCOMPARE(got, expected);
}

void TestConnInfo::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no equals") << "host";
    QTest::newRow("unterminated quote") << "password='abc";
    QTest::newRow("missing key") << "=value";
    QTest::newRow("dangling key after pair") << "host=a port";
}

void TestConnInfo::malformed()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ConnInfo::parse(text, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestConnInfo::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "kontakt";
    QTest::newRow("space") << "a b";
    QTest::newRow("quote") << "it's";
    QTest::newRow("backslash") << R"(c:\x)";
    QTest::newRow("semicolon") << "a;b";
    QTest::newRow("empty") << "";
}

void TestConnInfo::roundTrip()
{
    QFETCH(QString, value);
    ConnInfo::Map map{{QStringLiteral("password"), value},
                      {QStringLiteral("host"), QStringLiteral("h")}};
    const auto parsed = ConnInfo::parse(ConnInfo::toString(map));
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, map);
}

QTEST_GUILESS_MAIN(TestConnInfo)
#include "tst_conninfo.moc"
