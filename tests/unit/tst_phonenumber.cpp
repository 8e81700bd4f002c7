#include "phonenumber.h"

#include <QRandomGenerator>
#include <QtTest>

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void errorMessages_data();
    void errorMessages();
    void format_data();
    void format();
    void randomInputIsSafe();
};

void TestPhoneNumber::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("expected"); // empty: not a phone number

    const QString brovary = QStringLiteral("4594");
    const QString mobile = QStringLiteral("+380671234567");
    const QString centre = QStringLiteral("+380459461111");

    // --- accepted spellings ---
    QTest::newRow("international with spaces") << "+380 67 123 45 67" << brovary << mobile;
    QTest::newRow("dashes") << "067-123-45-67" << brovary << mobile;
    QTest::newRow("plain national") << "0671234567" << brovary << mobile;
    QTest::newRow("380 without plus") << "380671234567" << brovary << mobile;
    QTest::newRow("old 8-0xx trunk prefix") << "80671234567" << brovary << mobile;
    QTest::newRow("8 (0xx) with brackets") << "8 (067) 123-45-67" << brovary << mobile;
    QTest::newRow("+38 (0xx)") << "+38 (067) 123-45-67" << brovary << mobile;
    QTest::newRow("dots") << "067.123.45.67" << brovary << mobile;
    QTest::newRow("surrounding spaces") << "  067 123 45 67  " << brovary << mobile;
    QTest::newRow("no-break spaces")
        << QStringLiteral("067\u00a0123\u00a045\u00a067") << brovary << mobile;
    QTest::newRow("landline with city code") << "(04594) 6-11-11" << brovary << centre;
    QTest::newRow("short local number") << "6-11-11" << brovary << centre;
    QTest::newRow("area code given with its 0") << "6-11-11"
                                                << "04594" << centre;
    QTest::newRow("Kyiv local, 7 digits") << "123-45-67"
                                          << "44"
                                          << "+380441234567";
    QTest::newRow("Vinnytsia local, 6 digits") << "12-34-56"
                                               << "432"
                                               << "+380432123456";
    QTest::newRow("Kyiv landline") << "(044) 123-45-67" << brovary << "+380441234567";
    QTest::newRow("Polish") << "+48 123 456 789" << brovary << "+48123456789";
    QTest::newRow("US") << "+1 (212) 555-0100" << brovary << "+12125550100";
    QTest::newRow("shortest foreign, 7 digits") << "+123 4567" << brovary << "+1234567";
    QTest::newRow("longest foreign, 15 digits")
        << "+123456789012345" << brovary << "+123456789012345";
    QTest::newRow("exactly 40 characters")
        << QStringLiteral("067 123 45 67").leftJustified(40, QLatin1Char(' ')) << brovary << mobile;

    // --- garbage ---
    QTest::newRow("empty") << "" << brovary << "";
    QTest::newRow("only spaces") << "   " << brovary << "";
    QTest::newRow("letters") << "abc" << brovary << "";
    QTest::newRow("plus alone") << "+" << brovary << "";
    QTest::newRow("6 digits") << "067123" << brovary << "";
    QTest::newRow("13 digits") << "0671234567890" << brovary << "";
    QTest::newRow("letter at the end") << "067 123 45 6x" << brovary << "";
    QTest::newRow("41 characters")
        << QStringLiteral("067 123 45 67").leftJustified(41, QLatin1Char(' ')) << brovary << "";
    QTest::newRow("41 digits") << QString(41, QLatin1Char('1')) << brovary << "";
    QTest::newRow("+380 with 8 digits") << "+380 67 123 45 6" << brovary << "";
    QTest::newRow("+380 with trunk 0") << "+380 067 123 45 67" << brovary << "";
    QTest::newRow("+380 then 0, 9 digits") << "+380 012 345 678" << brovary << "";
    QTest::newRow("380 then 0") << "380012345678" << brovary << "";
    QTest::newRow("plus in the middle") << "067+1234567" << brovary << "";
    QTest::newRow("two pluses") << "++380671234567" << brovary << "";
    QTest::newRow("country code 0") << "+0 123 4567" << brovary << "";
    QTest::newRow("foreign, 6 digits") << "+123456" << brovary << "";
    QTest::newRow("foreign, 16 digits") << "+1234567890123456" << brovary << "";
    QTest::newRow("tab") << "067\t1234567" << brovary << "";
    QTest::newRow("newline") << "0671234567\n" << brovary << "";
    QTest::newRow("NUL") << QStringLiteral("067123") + QChar(0) + QStringLiteral("4567") << brovary
                         << "";
    QTest::newRow("slash") << "067/123/45/67" << brovary << "";
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0660\u0666\u0667\u0661\u0662\u0663\u0664\u0665\u0666\u0667") << brovary
        << "";
    QTest::newRow("fullwidth digits")
        << QStringLiteral("\uff10\uff16\uff17\uff11\uff12\uff13\uff14\uff15\uff16\uff17") << brovary
        << "";
    QTest::newRow("9 digits without 0") << "671234567" << brovary << "";
    QTest::newRow("4 digits") << "1111" << brovary << "";
    QTest::newRow("local, wrong length for the area") << "6-11-11"
                                                      << "44"
                                                      << "";
    QTest::newRow("local starting with 0") << "06111" << brovary << "";
    QTest::newRow("local, no area code") << "6-11-11"
                                         << ""
                                         << "";
    QTest::newRow("local, area code not digits") << "6-11-11"
                                                 << "45a4"
                                                 << "";
    QTest::newRow("11 digits not 80") << "70671234567" << brovary << "";
}

void TestPhoneNumber::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, areaCode);
    QFETCH(QString, expected);

    QString error = QStringLiteral("stale");
    const std::optional<QString> got = PhoneNumber::normalize(input, areaCode, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QLatin1String("stale"));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    } else {
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(*got, expected);
        QVERIFY(error.isEmpty());
        // The readable form reads back to the same number.
        QCOMPARE(PhoneNumber::normalize(PhoneNumber::format(*got), areaCode).value_or(QString()),
                 expected);
    }
    // Without an error pointer the answer is the same.
    QCOMPARE(PhoneNumber::normalize(input, areaCode).value_or(QString()), expected);
}

void TestPhoneNumber::errorMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("letters")
        << "abc"
        << "A phone number may contain only digits, spaces, '-', '.', '(', ')' and a leading '+'.";
    QTest::newRow("too long") << QString(41, QLatin1Char('1'))
                              << "The phone number is longer than 40 characters.";
    QTest::newRow("no digits") << "+"
                               << "The phone number has no digits.";
    QTest::newRow("second plus") << "+38+0671234567"
                                 << "A '+' may appear only once, at the start.";
    QTest::newRow("Ukrainian too short")
        << "+380 67 123 45 6"
        << "A Ukrainian number must have 9 digits after +380, for example +380 67 123 45 67.";
    QTest::newRow("foreign too short") << "+48 1234"
                                       << "An international number must have 7 to 15 digits "
                                          "after '+'.";
    QTest::newRow("local wrong length") << "61-11-11"
                                        << "A local number here must have 5 digits; enter other "
                                           "numbers with their code.";
    QTest::newRow("wrong digit count") << "067123"
                                       << "Not a phone number: enter 10 digits starting with 0, "
                                          "for example 067 123 45 67.";
}

void TestPhoneNumber::errorMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!PhoneNumber::normalize(input, QStringLiteral("4594"), &got));
    QCOMPARE(got, error);
}

void TestPhoneNumber::format_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("readable");
    QTest::newRow("Kyivstar") << "+380671234567"
                              << "+380 67 123 45 67";
    QTest::newRow("Vodafone") << "+380501234567"
                              << "+380 50 123 45 67";
    QTest::newRow("lifecell 073") << "+380731234567"
                                  << "+380 73 123 45 67";
    QTest::newRow("lifecell 093") << "+380931234567"
                                  << "+380 93 123 45 67";
    QTest::newRow("Brovary contact centre") << "+380459461111"
                                            << "+380 4594 6-11-11";
    QTest::newRow("Kyiv") << "+380441234567"
                          << "+380 44 123-45-67";
    QTest::newRow("Lviv") << "+380322123456"
                          << "+380 32 212-34-56";
    QTest::newRow("Vinnytsia") << "+380432123456"
                               << "+380 432 12-34-56";
    QTest::newRow("freephone 0800") << "+380800123456"
                                    << "+380 800 123 456";
    QTest::newRow("Poland") << "+48123456789"
                            << "+48 123456789";
    QTest::newRow("USA") << "+12125550100"
                         << "+1 2125550100";
    QTest::newRow("Czechia") << "+420123456789"
                             << "+420 123456789";
    QTest::newRow("Moldova") << "+37322123456"
                             << "+373 22123456";
    QTest::newRow("not E.164 stays") << "0671234567"
                                     << "0671234567";
    QTest::newRow("empty stays") << ""
                                 << "";
}

void TestPhoneNumber::format()
{
    QFETCH(QString, e164);
    QFETCH(QString, readable);
    QCOMPARE(PhoneNumber::format(e164), readable);
}

void TestPhoneNumber::randomInputIsSafe()
{
    // Deterministic: the same 10 000 strings on every run, biased towards phone-like text so
    // that both answers occur often.
    QRandomGenerator rng(20260427);
    static const QString phoneish = QStringLiteral("0123456789 -.()+");
    static const QList<QChar> odd = {QChar(0),      QChar(0x7f),   QChar('\t'),   QChar('\n'),
                                     QChar('a'),    QChar(0x0436), QChar(0x0661), QChar(0xff11),
                                     QChar(0x00a0), QChar(0x200b), QChar(0xd800), QChar(0xdc00),
                                     QChar('/'),    QChar('#'),    QChar('*'),    QChar(0xfffd)};
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    int accepted = 0;
    for (int i = 0; i < 10000; ++i) {
        const int length = int(rng.bounded(46));
        QString s;
        for (int k = 0; k < length; ++k) {
            const quint32 pick = rng.bounded(100);
            if (pick < 90)
                s += phoneish.at(int(rng.bounded(phoneish.size())));
            else if (pick < 97)
                s += odd.at(int(rng.bounded(odd.size())));
            else
                s += QChar(char16_t(rng.bounded(0x10000)));
        }
        QString error;
        const std::optional<QString> got =
            PhoneNumber::normalize(s, QStringLiteral("4594"), &error);
        if (got) {
            QVERIFY2(e164.match(*got).hasMatch(), qPrintable(s + QStringLiteral(" -> ") + *got));
            if (got->startsWith(QLatin1String("+380")))
                QCOMPARE(got->size(), 13);
            QVERIFY(!PhoneNumber::format(*got).isEmpty());
            ++accepted;
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
