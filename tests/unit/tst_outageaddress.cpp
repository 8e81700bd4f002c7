#include "outageaddress.h"

#include <QtTest>

class TestOutageAddress : public QObject
{
    Q_OBJECT
private slots:
    void houseNumber_data();
    void houseNumber();
    void matches_data();
    void matches();
    void refused_data();
    void refused();
    void address_data();
    void address();
    void streetKeySame_data();
    void streetKeySame();
};

void TestOutageAddress::houseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plain") << "12" << 12 << "";
    QTest::newRow("dash letter") << "12-А" << 12 << "а";
    QTest::newRow("glued letter") << "12А" << 12 << "а";
    QTest::newRow("space letter") << "12 а" << 12 << "а";
    QTest::newRow("latin a") << "12a" << 12 << "а";
    QTest::newRow("latin B is в") << "7B" << 7 << "в";
    QTest::newRow("fraction") << "12/1" << 12 << "/1";
    QTest::newRow("fraction spaced") << "12 / 1" << 12 << "/1";
    QTest::newRow("building") << "12 корп. 2" << 12 << "к2";
    QTest::newRow("building short") << "12, к.2" << 12 << "к2";
    QTest::newRow("not a number") << "А12" << 0 << "";
    QTest::newRow("two letters") << "12 кв" << 0 << "";
    QTest::newRow("empty") << "" << 0 << "";
}

void TestOutageAddress::houseNumber()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QFETCH(QString, suffix);
    const HouseNumber h = HouseNumber::parse(text);
    QCOMPARE(h.number, number);
    QCOMPARE(h.suffix, suffix);
}

void TestOutageAddress::matches_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("house");
    QTest::addColumn<bool>("expected");
    QTest::newRow("whole street (empty)") << ""
                                          << "7" << true;
    QTest::newRow("whole street (words)") << "вся вулиця"
                                          << "120" << true;
    QTest::newRow("odd range: odd in") << "1-15 непарні"
                                       << "7" << true;
    QTest::newRow("odd range: even out") << "1-15 непарні"
                                         << "8" << false;
    QTest::newRow("odd range: bounds") << "1-15 непарні"
                                       << "15" << true;
    QTest::newRow("odd range: past end") << "1-15 непарні"
                                         << "17" << false;
    QTest::newRow("odd range: letter of odd house") << "1-15 непарні"
                                                    << "7-Б" << true;
    QTest::newRow("even side alone") << "парна сторона"
                                     << "44" << true;
    QTest::newRow("even side alone: odd out") << "парна сторона"
                                              << "45" << false;
    QTest::newRow("list: single in") << "2, 4, 6-10"
                                     << "4" << true;
    QTest::newRow("list: gap") << "2, 4, 6-10"
                               << "5" << false;
    QTest::newRow("list: range in") << "2, 4, 6-10"
                                    << "9" << true;
    QTest::newRow("list: past") << "2, 4, 6-10"
                                << "11" << false;
    QTest::newRow("letter building listed") << "12-А"
                                            << "12А" << true;
    QTest::newRow("letter building: plain number differs") << "12-А"
                                                           << "12" << false;
    QTest::newRow("plain number: letter building differs") << "12"
                                                           << "12-А" << false;
    QTest::newRow("range covers letters") << "10-14"
                                          << "12-а" << true;
    QTest::newRow("range covers fractions") << "10-14"
                                            << "12/1" << true;
    QTest::newRow("fraction listed") << "12/1, 14"
                                     << "12/1" << true;
    QTest::newRow("fraction not its neighbour") << "12/1, 14"
                                                << "12/2" << false;
    QTest::newRow("з … по") << "з 1 по 9"
                            << "9" << true;
    QTest::newRow("en dash and №") << "№ 3–11"
                                   << "11" << true;
    QTest::newRow("two sides") << "1-15 непарні; 2-20 парні"
                               << "18" << true;
    QTest::newRow("two sides: even past") << "1-15 непарні; 2-20 парні"
                                          << "22" << false;
    QTest::newRow("та as separator") << "5 та 7"
                                     << "7" << true;
    QTest::newRow("буд. words") << "буд. 3, 5"
                                << "5" << true;
    QTest::newRow("invalid house never matches a list") << "1-9"
                                                        << "кв" << false;
}

void TestOutageAddress::matches()
{
    QFETCH(QString, spec);
    QFETCH(QString, house);
    QFETCH(bool, expected);
    QString error;
    const auto s = HouseRangeSpec::parse(spec, &error);
    QVERIFY2(s.has_value(), qPrintable(error));
    QCOMPARE(s->matches(HouseNumber::parse(house)), expected);
}

void TestOutageAddress::refused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("reversed range") << "15-1";
    QTest::newRow("words") << "біля школи";
    QTest::newRow("zero") << "0";
}

void TestOutageAddress::refused()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!HouseRangeSpec::parse(spec, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestOutageAddress::address_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("house");
    QTest::newRow("full") << "вул. Київська, 12-А, кв. 5"
                          << "вул. Київська"
                          << "12-А";
    QTest::newRow("no commas") << "Київська 12а кв 5"
                               << "Київська"
                               << "12-А";
    QTest::newRow("fraction") << "Гетьмана Мазепи 3/1"
                              << "Гетьмана Мазепи"
                              << "3/1";
    QTest::newRow("буд.") << "бульвар Незалежності, буд. 7"
                          << "бульвар Незалежності"
                          << "7";
    QTest::newRow("no house") << "Шевченка"
                              << "Шевченка"
                              << "";
}

void TestOutageAddress::address()
{
    QFETCH(QString, address);
    QFETCH(QString, street);
    QFETCH(QString, house);
    const auto p = OutageAddress::parse(address);
    QCOMPARE(p.street, street);
    QCOMPARE(p.house.toString(), house);
}

void TestOutageAddress::streetKeySame_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("type word") << "вул. Київська"
                               << "вулиця Київська";
    QTest::newRow("word order and case") << "Київська вулиця"
                                         << "КИЇВСЬКА";
    QTest::newRow("inflected") << "на Київській вулиці"
                               << "Київська";
    QTest::newRow("apostrophe") << "вулиця В’ячеслава Чорновола"
                                << "В'ячеслава Чорновола";
    QTest::newRow("locality") << "м. Бровари, бульвар Незалежності"
                              << "Незалежності";
    QTest::newRow("провулок") << "пров. Староміський"
                              << "провулок Староміський";
}

void TestOutageAddress::streetKeySame()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(OutageAddress::streetKey(a), OutageAddress::streetKey(b));
    QVERIFY(!OutageAddress::streetKey(a).isEmpty());
}

QTEST_APPLESS_MAIN(TestOutageAddress)
#include "tst_outageaddress.moc"
