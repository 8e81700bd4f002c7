#include "ukrainiantext.h"

#include <QtTest>

using namespace UkrainianText;

class TestUkrainianText : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void sameStem_data();
    void sameStem();
    void differentStem_data();
    void differentStem();
    void stopWordsDropped();
    void matchRanges();
    void highlightEscapes();
};

void TestUkrainianText::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and punctuation") << "Вода, ГАРЯЧА!"
                                          << "вода гаряча";
    QTest::newRow("apostrophes of all kinds") << "сім'я сім’я сімʼя"
                                              << "сімя сімя сімя";
    QTest::newRow("ґ folded") << "Ґанок ґудзик"
                              << "ганок гудзик";
    QTest::newRow("russian letters") << "ёлка мы это"
                                     << "елка ми ето";
    QTest::newRow("digits kept") << "буд. 12-А"
                                 << "буд 12 а";
    QTest::newRow("empty") << "  ,,  "
                           << "";
}

void TestUkrainianText::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UkrainianText::normalize(input), expected);
}

void TestUkrainianText::sameStem_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("вода/води") << "вода"
                               << "води";
    QTest::newRow("вода/водою") << "вода"
                                << "водою";
    QTest::newRow("воду/воді") << "воду"
                               << "воді";
    QTest::newRow("водопостачання/водопостачанням") << "водопостачання"
                                                    << "водопостачанням";
    QTest::newRow("опалення/опаленні") << "опалення"
                                       << "опаленні";
    QTest::newRow("довідка/довідку") << "довідка"
                                     << "довідку";
    QTest::newRow("довідки/довідкою") << "довідки"
                                      << "довідкою";
    QTest::newRow("пенсія/пенсії") << "пенсія"
                                   << "пенсії";
    QTest::newRow("пенсію/пенсією") << "пенсію"
                                    << "пенсією";
    QTest::newRow("двір/двору (і/о)") << "двір"
                                      << "двору";
    QTest::newRow("двір/дворі") << "двір"
                                << "дворі";
    QTest::newRow("вивіз/вивозу") << "вивіз"
                                  << "вивозу";
    QTest::newRow("ліхтар/ліхтарів") << "ліхтар"
                                     << "ліхтарів";
    QTest::newRow("сміття/сміттям") << "сміття"
                                    << "сміттям";
    QTest::newRow("субсидія/субсидію") << "субсидія"
                                       << "субсидію";
    QTest::newRow("київська/київській") << "київська"
                                        << "київській";
    QTest::newRow("оформити/оформила") << "оформити"
                                       << "оформила";
    QTest::newRow("реєструється/реєструвати (reflexive)") << "реєструватися"
                                                          << "реєструвати";
    QTest::newRow("будинок/будинку") << "будинок"
                                     << "будинку";
}

void TestUkrainianText::sameStem()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(stem(UkrainianText::normalize(a)), stem(UkrainianText::normalize(b)));
}

void TestUkrainianText::differentStem_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("вода/вивіз") << "вода"
                                << "вивіз";
    QTest::newRow("газ/гас (short words kept)") << "газ"
                                                << "гас";
    QTest::newRow("світло/свято") << "світло"
                                  << "свято";
    QTest::newRow("пенсія/пенсне") << "пенсія"
                                   << "пенсне";
}

void TestUkrainianText::differentStem()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(stem(UkrainianText::normalize(a)) != stem(UkrainianText::normalize(b)));
}

void TestUkrainianText::stopWordsDropped()
{
    QCOMPARE(stems(QStringLiteral("Підкажіть, будь ласка, де мені взяти довідку?")),
             (QStringList{stem(QStringLiteral("взяти")), stem(QStringLiteral("довідку"))}));
    QVERIFY(stems(QStringLiteral("і та на з")).isEmpty());
    QCOMPARE(stemText(QStringLiteral("Немає гарячої води")),
             stem(QStringLiteral("гарячої")) + QStringLiteral(" ") + stem(QStringLiteral("води")));
}

void TestUkrainianText::matchRanges()
{
    const QString text =
        QStringLiteral("Відключення води: Київська, 12. Гарячу воду дадуть о 18:00.");
    const QSet<QString> s{stem(QStringLiteral("вода"))};
    const QList<Range> r = UkrainianText::matchRanges(text, s);
    QCOMPARE(r.size(), 2);
    QCOMPARE(text.mid(r.at(0).start, r.at(0).length), QStringLiteral("води"));
    QCOMPARE(text.mid(r.at(1).start, r.at(1).length), QStringLiteral("воду"));
    // a prefix being typed
    const QList<Range> p = UkrainianText::matchRanges(text, {}, {QStringLiteral("київ")});
    QCOMPARE(p.size(), 1);
    QCOMPARE(text.mid(p.at(0).start, p.at(0).length), QStringLiteral("Київська"));
    // the apostrophe belongs to the word
    const QString family = QStringLiteral("склад сім’ї");
    const QList<Range> f = UkrainianText::matchRanges(
        family, QSet<QString>{stem(UkrainianText::normalize(QStringLiteral("сім'я")))});
    QCOMPARE(f.size(), 1);
    QCOMPARE(family.mid(f.at(0).start, f.at(0).length), QStringLiteral("сім’ї"));
}

void TestUkrainianText::highlightEscapes()
{
    const QString text = QStringLiteral("<вода> & вода");
    const QString html =
        highlightHtml(text, UkrainianText::matchRanges(text, QSet<QString>{QStringLiteral("вод")}));
    QCOMPARE(html, QStringLiteral("&lt;<b>вода</b>&gt; &amp; <b>вода</b>"));
}

QTEST_APPLESS_MAIN(TestUkrainianText)
#include "tst_ukrainiantext.moc"
