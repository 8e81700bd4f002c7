#include "registrationcardprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

// The card is checked the way a person would check the printout: the PDF is read back with
// poppler-utils (text, fonts, page count and size) and its pages are rasterised for a look.
class TestRegistrationCardPrinter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void escapeKeepsTextLiteral();
    void placeholdersInValuesStayLiteral();
    void documentIsTwoA4Pages();
    void fullCardPdf();
    void htmlInjectionPrintsLiterally();
    void longSummaryFlowsOntoMorePages();
    void emptyCardPrintsBothSides();
    void movementsHaveBlankRowsToFillIn();
    void longWordsStayWithinThePage();
    void unwritablePathReportsError();

private:
    static RegistrationCard fullCard();
    bool printPdf(const RegistrationCard &card, const QString &name, QString *path);
    static QString run(const QString &program, const QStringList &arguments);
    static QString pdfText(const QString &pdf);
    static int pdfPages(const QString &pdf);
    static void saveShot(const QString &pdf, int page, const QString &name);

    QTemporaryDir m_dir;
    bool m_poppler = false;
};

void TestRegistrationCardPrinter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_poppler = true;
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm"})
        m_poppler = m_poppler && !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
    if (!m_poppler)
        qWarning("poppler-utils not installed: the PDF is printed but not read back");
}

RegistrationCard TestRegistrationCardPrinter::fullCard()
{
    RegistrationCard c;
    c.controlMark = QStringLiteral("К");
    c.regIndex = QStringLiteral("К-1234");
    c.registeredOn = QStringLiteral("03.02.2026");
    c.receivedOn = QStringLiteral("03.02.2026");
    c.signedOn = QStringLiteral("02.02.2026");
    c.authorName = QStringLiteral("Коваленко Марія Іванівна");
    c.authorAddress = QStringLiteral("07400, Київська обл., м. Бровари, вул. Київська, 12, кв. 5");
    c.authorPhone = QStringLiteral("+380 67 123 45 67");
    c.authorEmail = QStringLiteral("m.kovalenko@example.com.ua");
    c.authorCategory = QStringLiteral("Особа з інвалідністю внаслідок війни");
    c.socialStatus = QStringLiteral("Пенсіонер");
    c.sex = QStringLiteral("Жіноча");
    c.kind = QStringLiteral("Заява (клопотання)");
    c.subject = QStringLiteral("Індивідуальне");
    c.arrival = QStringLiteral("Первинне");
    c.form = QStringLiteral("Засобами телефонного зв'язку (контакт-центр, гаряча лінія)");
    c.type = QStringLiteral("Усне");
    c.sourceOrg =
        QStringLiteral("Київська обласна військова адміністрація, 30.01.2026 № 01-15/882");
    c.earlierAppeals = QStringLiteral("К-0981 від 12.11.2025");
    c.topics = QStringLiteral("009 Комунальне господарство; 010 Житлова політика");
    c.summary = QStringLiteral(
        "Прошу вжити заходів щодо відновлення гарячого водопостачання в будинку № 12 по вулиці "
        "Київській у місті Бровари. Гаряча вода відсутня з 15 січня 2026 року, звернення до "
        "управителя будинку результату не дали. У квартирі проживають дитина та особа похилого "
        "віку. Також прошу перевірити стан трубопроводу в підвалі будинку, де постійно стоїть "
        "вода, через що в під'їзді вогко і з'явилася пліснява. Прошу повідомити мене письмово "
        "про вжиті заходи та терміни їх виконання. Відповідь прошу надіслати на електронну пошту "
        "або поштою за адресою проживання. Раніше з цього питання зверталася у листопаді 2025 "
        "року, проте роботи так і не виконано.");
    c.problemAddress = QStringLiteral("м. Бровари, вул. Київська, 12 (підвал, стояк гарячої води)");
    c.resolution = QStringLiteral("Управлінню житлово-комунального господарства: розглянути, "
                                  "вжити заходів, відповісти заявниці. Міський голова "
                                  "І. В. Сапожко, 04.02.2026");
    c.termOfExecution = QStringLiteral("05.03.2026");
    c.termReason = QStringLiteral("1 місяць з дня надходження (ст. 20 Закону «Про звернення "
                                  "громадян»), потребує додаткового вивчення");
    c.priority = true;
    c.movements = {{QStringLiteral("Управління ЖКГ, Петренко О. М."), QStringLiteral("04.02.2026"),
                    QStringLiteral("05.03.2026"), QStringLiteral("на контролі")},
                   {QStringLiteral("КП «Броваритепловодоенергія»"), QStringLiteral("05.02.2026"),
                    QStringLiteral("25.02.2026"), QString()}};
    c.progressNotes = {QStringLiteral("10.02.2026 — проведено обстеження, замовлено запірну "
                                      "арматуру")};
    c.controlMarks = {QStringLiteral("Продовжено до 19.03.2026 (заступник міського голови)")};
    c.checkedOnSite = QStringLiteral("20.02.2026, Шевчук А. П.");
    c.answer = QStringLiteral("27.02.2026 № К-1234/02, Коваленко М. І.");
    c.result = QStringLiteral("Вирішено позитивно");
    c.takenOffControl = QStringLiteral("Петренко О. М., 02.03.2026");
    c.caseFile = QStringLiteral("справа 04-12, том 2, арк. 57–59");
    return c;
}

bool TestRegistrationCardPrinter::printPdf(const RegistrationCard &card, const QString &name,
                                           QString *path)
{
    *path = m_dir.filePath(name);
    QString error;
    const bool ok = RegistrationCardPrinter(card).printToPdf(*path, &error);
    if (!ok)
        qWarning("printToPdf: %s", qPrintable(error));
    return ok && QFile::exists(*path) && QFileInfo(*path).size() > 0;
}

QString TestRegistrationCardPrinter::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestRegistrationCardPrinter::pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

int TestRegistrationCardPrinter::pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral(R"(^Pages:\s+(\d+))"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Screenshots for people reviewing the layout; only when the environment asks for them.
void TestRegistrationCardPrinter::saveShot(const QString &pdf, int page, const QString &name)
{
    const QString shots = qEnvironmentVariable("KONTAKT_SHOTS");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    const QString base = QDir(shots).filePath(name);
    QFile::remove(base + QStringLiteral(".png"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page),
         QStringLiteral("-singlefile"), pdf, base});
    QVERIFY2(QFile::exists(base + QStringLiteral(".png")), qPrintable(base));
}

void TestRegistrationCardPrinter::escapeKeepsTextLiteral()
{
    QCOMPARE(RegistrationCardPrinter::escape(QStringLiteral("<b>x</b> & \"q\"\r\nрядок")),
             QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;<br/>рядок"));
}

void TestRegistrationCardPrinter::placeholdersInValuesStayLiteral()
{
    RegistrationCard card = fullCard();
    card.summary = QStringLiteral("{{regIndex}} {{#priority}}так{{/priority}}");
    card.progressNotes = {QStringLiteral("{{n}}")};
    const QString text = RegistrationCardPrinter(card).document()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("{{regIndex}} {{#priority}}так{{/priority}}")));
    QVERIFY(text.contains(QStringLiteral("{{n}}")));
}

void TestRegistrationCardPrinter::documentIsTwoA4Pages()
{
    const std::unique_ptr<QTextDocument> doc = RegistrationCardPrinter(fullCard()).document();
    // An ordinary card, summary included, keeps each side on one sheet.
    QVERIFY(fullCard().summary.size() >= 600);
    QCOMPARE(doc->pageCount(), 2);
    // 180 x 267 mm of printable area, in the 96-per-inch pixels the layout uses.
    QCOMPARE(qRound(doc->pageSize().width()), qRound(180 / 25.4 * 96));
    QCOMPARE(qRound(doc->pageSize().height()), qRound(267 / 25.4 * 96));
    QCOMPARE(doc->defaultFont().family(), QStringLiteral("DejaVu Sans"));
}

void TestRegistrationCardPrinter::fullCardPdf()
{
    const RegistrationCard card = fullCard();
    QString pdf;
    QVERIFY(printPdf(card, QStringLiteral("full.pdf"), &pdf));
    if (!m_poppler)
        QSKIP("poppler-utils not installed");

    // Without an embedded font the Cyrillic text would be missing from the paper.
    bool embedded = false;
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : fonts) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type… encoding emb sub uni object-id generation
        if (line.contains(QLatin1String("DejaVu")) && columns.size() >= 7)
            embedded = embedded || columns.at(columns.size() - 5) == QLatin1String("yes");
    }
    QVERIFY2(embedded, qPrintable(fonts.join(QLatin1Char('\n'))));

    const QString text = pdfText(pdf);
    for (const QString &expected :
         {card.regIndex, card.authorName, card.termOfExecution, QStringLiteral("Зворотний бік"),
          QStringLiteral("РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА"),
          QStringLiteral("ПІЛЬГОВА КАТЕГОРІЯ — розглядається першочергово"),
          QStringLiteral("009 Комунальне господарство"), card.movements.at(1).executor,
          card.caseFile})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // The summary wraps inside its cell, so it is compared word by word.
    for (const QString &word : card.summary.split(QLatin1Char(' ')))
        QVERIFY2(text.contains(word), qPrintable(word));

    QCOMPARE(pdfPages(pdf), 2);
    static const QRegularExpression size(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"));
    const QRegularExpressionMatch m = size.match(run(QStringLiteral("pdfinfo"), {pdf}));
    QVERIFY(m.hasMatch());
    QVERIFY(qAbs(m.captured(1).toDouble() - 595.28) < 1.0);
    QVERIFY(qAbs(m.captured(2).toDouble() - 841.89) < 1.0);

    saveShot(pdf, 1, QStringLiteral("card_front"));
    saveShot(pdf, 2, QStringLiteral("card_back"));
}

void TestRegistrationCardPrinter::htmlInjectionPrintsLiterally()
{
    RegistrationCard card = fullCard();
    card.summary = QStringLiteral("<b>x</b> & \"q\"");
    QString pdf;
    QVERIFY(printPdf(card, QStringLiteral("injection.pdf"), &pdf));
    QVERIFY(RegistrationCardPrinter(card).document()->toPlainText().contains(card.summary));
    if (!m_poppler)
        QSKIP("poppler-utils not installed");
    QVERIFY(pdfText(pdf).contains(card.summary));
}

void TestRegistrationCardPrinter::longSummaryFlowsOntoMorePages()
{
    RegistrationCard card = fullCard();
    const QString sentence = QStringLiteral("Мешканці будинку скаржаться на відсутність опалення "
                                            "та гарячої води протягом тривалого часу. ");
    const QString last = QStringLiteral("Насамкінець прошу невідкладно призначити комісійне "
                                        "обстеження.");
    QString summary;
    while (summary.size() + last.size() < 5000)
        summary += sentence;
    card.summary = summary + last;
    QVERIFY(card.summary.size() >= 5000);

    QString pdf;
    QVERIFY(printPdf(card, QStringLiteral("long.pdf"), &pdf));
    QVERIFY(RegistrationCardPrinter(card).document()->pageCount() >= 3);
    if (!m_poppler)
        QSKIP("poppler-utils not installed");
    QVERIFY(pdfPages(pdf) >= 3);
    const QString text = pdfText(pdf);
    for (const QString &word :
         {QStringLiteral("Насамкінець"), QStringLiteral("невідкладно"),
          QStringLiteral("призначити"), QStringLiteral("комісійне"), QStringLiteral("обстеження.")})
        QVERIFY2(text.contains(word), qPrintable(word));
    // Everything after the summary still follows it.
    QVERIFY(text.indexOf(QStringLiteral("обстеження.")) < text.indexOf(QStringLiteral("Термін")));
    QVERIFY(text.contains(QStringLiteral("Зворотний бік")));
    saveShot(pdf, 2, QStringLiteral("card_long_page2"));
}

void TestRegistrationCardPrinter::emptyCardPrintsBothSides()
{
    QString pdf;
    QVERIFY(printPdf(RegistrationCard(), QStringLiteral("empty.pdf"), &pdf));
    if (!m_poppler)
        QSKIP("poppler-utils not installed");
    QCOMPARE(pdfPages(pdf), 2);
    const QString text = pdfText(pdf);
    for (const char *label :
         {"РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА", "Реєстраційний індекс", "Кореспондент",
          "Короткий зміст", "Термін виконання", "Зворотний бік", "Передача на виконання",
          "Хід виконання", "Знято з контролю", "Справа №"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
    QVERIFY(!text.contains(QStringLiteral("ПІЛЬГОВА КАТЕГОРІЯ")));
    saveShot(pdf, 1, QStringLiteral("card_empty_front"));
}

void TestRegistrationCardPrinter::movementsHaveBlankRowsToFillIn()
{
    const auto movementRows = [](const RegistrationCard &card) {
        const std::unique_ptr<QTextDocument> doc = RegistrationCardPrinter(card).document();
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (table && table->columns() > 1 &&
                table->cellAt(0, 1).firstCursorPosition().block().text().startsWith(
                    QStringLiteral("Виконавець")))
                return table->rows() - 1; // without the header
        }
        return -1;
    };
    QVERIFY(movementRows(RegistrationCard()) >= 4);
    RegistrationCard card = fullCard();
    QVERIFY(movementRows(card) >= 4);
    for (int i = 0; i < 9; ++i)
        card.movements.append({QStringLiteral("Виконавець %1").arg(i), {}, {}, {}});
    QCOMPARE(movementRows(card), card.movements.size());
}

void TestRegistrationCardPrinter::longWordsStayWithinThePage()
{
    // A pasted link or a mistyped e-mail has no spaces; it must wrap, not push the table off
    // the paper.
    RegistrationCard card = fullCard();
    card.authorEmail = QString(150, QLatin1Char('m')) + QStringLiteral("@example.com");
    card.summary = QStringLiteral("https://example.com/") + QString(400, QLatin1Char('x'));
    card.movements[0].executor = QString(120, QLatin1Char('e'));
    const std::unique_ptr<QTextDocument> doc = RegistrationCardPrinter(card).document();
    QVERIFY2(doc->documentLayout()->documentSize().width() <= doc->pageSize().width() + 0.5,
             qPrintable(QString::number(doc->documentLayout()->documentSize().width())));
}

void TestRegistrationCardPrinter::unwritablePathReportsError()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/card.pdf"));
    QVERIFY(!RegistrationCardPrinter(fullCard()).printToPdf(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestRegistrationCardPrinter)
#include "tst_registrationcardprinter.moc"
