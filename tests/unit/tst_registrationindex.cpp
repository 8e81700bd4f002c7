#include "registrationindex.h"

#include <QtTest>

using RegistrationIndex::Kind;

Q_DECLARE_METATYPE(RegistrationIndex::Kind)

class TestRegistrationIndex : public QObject
{
    Q_OBJECT
private slots:
    void prefix_data();
    void prefix();
    void isValidPattern_data();
    void isValidPattern();
    void format_data();
    void format();
    void endToEnd();
};

void TestRegistrationIndex::prefix_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("Коваленко") << "Коваленко" << Kind::Individual << "К";
    QTest::newRow("lower case") << "коваленко" << Kind::Individual << "К";
    QTest::newRow("Ї") << "Їжакевич" << Kind::Individual << "Ї";
    QTest::newRow("ї lower") << "їжакевич" << Kind::Individual << "Ї";
    QTest::newRow("Ґ lower") << "ґудзь" << Kind::Individual << "Ґ";
    QTest::newRow("і lower") << "іваненко" << Kind::Individual << "І";
    QTest::newRow("ASCII apostrophe") << "'Єрмак" << Kind::Individual << "Є";
    QTest::newRow("typographic apostrophe") << "’Єрмак" << Kind::Individual << "Є";
    QTest::newRow("modifier apostrophe U+02BC") << "ʼєрмак" << Kind::Individual << "Є";
    QTest::newRow("spaces and guillemets") << "  «Шевченко»" << Kind::Individual << "Ш";
    QTest::newRow("double quotes") << "\"Бойко\"" << Kind::Individual << "Б";
    QTest::newRow("decomposed Й") << QStringLiteral("\u0418\u0306осипенко") << Kind::Individual
                                  << "Й";
    QTest::newRow("Latin") << "smith" << Kind::Individual << "S";
    QTest::newRow("Latin accented") << "élodie" << Kind::Individual << "É";
    QTest::newRow("empty") << "" << Kind::Individual << "БП";
    QTest::newRow("no letter") << "' 123 -" << Kind::Individual << "БП";
    QTest::newRow("collective") << "Коваленко" << Kind::Collective << "КО";
    QTest::newRow("collective, no name") << "" << Kind::Collective << "КО";
    QTest::newRow("anonymous") << "Коваленко" << Kind::Anonymous << "БП";
}

void TestRegistrationIndex::prefix()
{
    QFETCH(QString, surname);
    QFETCH(Kind, kind);
    QFETCH(QString, prefix);
    QCOMPARE(RegistrationIndex::prefix(surname, kind), prefix);
}

void TestRegistrationIndex::isValidPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default") << RegistrationIndex::defaultPattern() << true;
    QTest::newRow("with yy") << "{prefix}-{number}/{yy}" << true;
    QTest::newRow("year first") << "{year}/{prefix}-{number}" << true;
    QTest::newRow("no separator") << "{prefix}{number}" << true;
    QTest::newRow("text around") << "№ {prefix}-{number}" << true;
    QTest::newRow("40 chars") << QStringLiteral("{prefix}-{number}").leftJustified(40, '_') << true;
    QTest::newRow("41 chars") << QStringLiteral("{prefix}-{number}").leftJustified(41, '_')
                              << false;
    QTest::newRow("no number") << "{prefix}-{year}" << false;
    QTest::newRow("no prefix") << "{number}/{yy}" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("unknown placeholder") << "{prefix}-{number}/{yyyy}" << false;
    QTest::newRow("wrong case") << "{Prefix}-{number}" << false;
    QTest::newRow("control character") << "{prefix}-{number}\n" << false;
}

void TestRegistrationIndex::isValidPattern()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QCOMPARE(RegistrationIndex::isValidPattern(pattern), valid);
}

void TestRegistrationIndex::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("index");

    const QString def = RegistrationIndex::defaultPattern();
    QTest::newRow("default") << def << "К" << 1234 << 2026 << "К-1234";
    QTest::newRow("collective") << def << "КО" << 7 << 2026 << "КО-7";
    QTest::newRow("anonymous") << def << "БП" << 3 << 2026 << "БП-3";
    QTest::newRow("yy") << "{prefix}-{number}/{yy}"
                        << "К" << 1234 << 2026 << "К-1234/26";
    QTest::newRow("yy padded") << "{prefix}-{number}/{yy}"
                               << "К" << 1 << 2005 << "К-1/05";
    QTest::newRow("year") << "{year}/{prefix}-{number}"
                          << "Ї" << 12 << 2026 << "2026/Ї-12";
    QTest::newRow("text kept") << "№ {prefix}-{number}"
                               << "К" << 12 << 2026 << "№ К-12";
    QTest::newRow("twice") << "{prefix}{prefix}-{number}"
                           << "К" << 1 << 2026 << "КК-1";
    QTest::newRow("invalid pattern falls back") << "{number}"
                                                << "К" << 1234 << 2026 << "К-1234";
    QTest::newRow("placeholder text in prefix is literal")
        << def << "{number}" << 5 << 2026 << "{number}-5";
}

void TestRegistrationIndex::format()
{
    QFETCH(QString, pattern);
    QFETCH(QString, prefix);
    QFETCH(int, number);
    QFETCH(int, year);
    QFETCH(QString, index);
    QCOMPARE(RegistrationIndex::format(pattern, prefix, number, year), index);
}

void TestRegistrationIndex::endToEnd()
{
    const QString individual =
        RegistrationIndex::prefix(QStringLiteral("Коваленко"), Kind::Individual);
    QCOMPARE(RegistrationIndex::format(RegistrationIndex::defaultPattern(), individual, 1234, 2026),
             QStringLiteral("К-1234"));
    const QString anonymous = RegistrationIndex::prefix(QString(), Kind::Anonymous);
    QCOMPARE(
        RegistrationIndex::format(QStringLiteral("{prefix}-{number}/{yy}"), anonymous, 3, 2026),
        QStringLiteral("БП-3/26"));
}

QTEST_GUILESS_MAIN(TestRegistrationIndex)
#include "tst_registrationindex.moc"
