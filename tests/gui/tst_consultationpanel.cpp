#include "consultationpanel.h"
#include "deskconsultationservice.h"
#include "deskintakeservice.h"
#include "intakedialog.h"
#include "kbarticlefile.h"
#include "knowledgebaserepository.h"
#include "outagerepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// The consultation side panel in the intake form, against a real database through the desk's
// services: typing what the caller says finds the answer (highlighted), the outage at the
// typed address and the directory; the keyboard moves through answers; F8 closes the call as a
// consultation linked to the article, and the article's use is counted; a search that finds
// nothing is logged for the head.
class TestConsultationPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void typingFindsAnswerOutageAndDirectory();
    void keyboardMovesThroughAnswers();
    void f8ClosesTheCallAsAConsultation();
    void missIsLogged();

private:
    void type(const QString &text);
    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    void shot(const QString &name);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DeskIntakeService> m_intake;
    std::unique_ptr<DeskConsultationService> m_consult;
    IntakeReference m_reference;
    QTemporaryDir m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<IntakeDialog> m_dialog;
    qint64 m_waterId = 0;
};

void TestConsultationPanel::type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *w = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                       : QApplication::focusWidget();
        QVERIFY(w);
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QVariant TestConsultationPanel::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void TestConsultationPanel::shot(const QString &name)
{
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QVERIFY(m_dialog->grab().save(QDir(shots).filePath(name)));
}

void TestConsultationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    // The sample knowledge base and an outage on Київська, odd houses 1-15, now.
    QList<KbArticleFile> files;
    const QDir dir(QString::fromLocal8Bit(qgetenv("KONTAKT_SOURCE_DIR")) +
                   QStringLiteral("/resources/kb"));
    QString error;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto a = KbArticleFile::parse(QString::fromUtf8(f.readAll()), &error);
        QVERIFY2(a, qPrintable(error));
        a->code = name.chopped(3);
        files << *a;
    }
    QSqlDatabase owner = m_db->ownerConnection();
    KnowledgeBaseRepository::ImportReport report;
    DbError dbError;
    QVERIFY2(KnowledgeBaseRepository(owner).importFiles(files, &report, &dbError),
             qPrintable(dbError.detail));
    m_waterId = scalar(QStringLiteral(
                           "SELECT id FROM kontakt.kb_article WHERE code = 'vidkliuchennia-vody'"))
                    .toLongLong();
    QVERIFY(m_waterId > 0);
    QVERIFY(scalar(QStringLiteral(
                       "INSERT INTO kontakt.organisation (code, name, short_name, kind, phones, "
                       "working_hours) VALUES ('BTVE', 'КП «Броваритепловодоенергія»', "
                       "'Броваритепловодоенергія', 'communal_enterprise', '04594-5-33-33', "
                       "'цілодобово') RETURNING id"))
                .toLongLong() > 0);
    QVERIFY(scalar(QStringLiteral("UPDATE kontakt.kb_article SET org_ids = ARRAY[(SELECT id FROM "
                                  "kontakt.organisation WHERE code = 'BTVE')] WHERE id = ? "
                                  "RETURNING id"),
                   {m_waterId})
                .isValid());
    Outage o;
    o.orgCode = QStringLiteral("BTVE");
    o.kind = QStringLiteral("water");
    o.street = QStringLiteral("вулиця Київська");
    o.houses = QStringLiteral("1-15 непарні");
    o.startsAt = QDateTime::currentDateTime().addSecs(-3600);
    o.endsAt = QDateTime::currentDateTime().addSecs(5 * 3600);
    o.description = QStringLiteral("Заміна засувки на водогоні");
    QVERIFY2(OutageRepository(owner).add(o, nullptr, &dbError), qPrintable(dbError.detail));

    m_intake = std::make_unique<DeskIntakeService>(m_db->params());
    m_consult = std::make_unique<DeskConsultationService>(m_db->params());
    int opened = 0;
    m_intake->open([&](DbError e) {
        QVERIFY(!e.isError());
        ++opened;
    });
    m_consult->open([&](DbError e) {
        QVERIFY(!e.isError());
        ++opened;
    });
    QTRY_COMPARE(opened, 2);
    bool loaded = false;
    m_intake->loadReference([&](IntakeReference r, DbError) {
        m_reference = r;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    m_drafts = std::make_unique<DraftStore>(m_draftDir.filePath(QStringLiteral("drafts")));
    m_dialog = std::make_unique<IntakeDialog>(m_intake.get(), m_reference, m_drafts.get());
    m_dialog->setConsultationPanel(new ConsultationPanel(m_consult.get(), m_dialog.get()));
    m_dialog->resize(1500, 760);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
}

void TestConsultationPanel::cleanupTestCase()
{
    m_dialog.reset();
    m_consult.reset();
    m_intake.reset();
    m_db.reset();
}

void TestConsultationPanel::typingFindsAnswerOutageAndDirectory()
{
    QVERIFY(child<ConsultationPanel>("consultationPanel"));
    auto *results = child<QListWidget>("resultsList");
    auto *outages = child<QListWidget>("outagesList");
    auto *directory = child<QListWidget>("directoryList");
    child<QLineEdit>("addressEdit")->setFocus();
    type(QStringLiteral("вул. Київська, 7, кв. 12"));
    child<QLineEdit>("summaryEdit")->setFocus();
    // What the citizen says, with a typo.
    type(QStringLiteral("немає вади коли дадуть"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(results->item(0)->data(Qt::UserRole).toLongLong(), m_waterId, 10000);
    // Matched words are highlighted in the list and in the answer.
    QVERIFY(results->item(0)->data(Qt::UserRole + 1).toString().contains(QLatin1String("<b")));
    auto *answer = child<QTextBrowser>("answerView");
    QVERIFY(answer->toHtml().contains(QLatin1String("font-weight")));
    QVERIFY(answer->toPlainText().contains(QStringLiteral("Броваритепловодоенергія")));
    // The outage at house 7 (odd, within 1-15) and the utility from the directory.
    QTRY_VERIFY(outages->count() == 1 &&
                outages->item(0)->text().contains(QStringLiteral("Заміна засувки")));
    QTRY_VERIFY(directory->count() >= 1);
    QVERIFY(directory->item(0)->text().contains(QStringLiteral("04594-5-33-33")));
    shot(QStringLiteral("consultation_panel.png"));
    // House 8 is on the even side: no outage there.
    auto *address = child<QLineEdit>("addressEdit");
    address->setText(QStringLiteral("вул. Київська, 8"));
    QTRY_VERIFY_WITH_TIMEOUT(outages->count() == 1 &&
                                 !outages->item(0)->text().contains(QStringLiteral("Заміна")),
                             10000);
    address->setText(QStringLiteral("вул. Київська, 7, кв. 12"));
    QTRY_VERIFY_WITH_TIMEOUT(outages->item(0)->text().contains(QStringLiteral("Заміна")), 10000);
}

void TestConsultationPanel::keyboardMovesThroughAnswers()
{
    auto *panel = child<ConsultationPanel>("consultationPanel");
    auto *search = child<QLineEdit>("searchEdit");
    auto *results = child<QListWidget>("resultsList");
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->isActiveWindow());
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY2(search->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
    type(QStringLiteral("довідка"));
    QTRY_VERIFY_WITH_TIMEOUT(results->count() >= 2, 10000);
    const qint64 first = panel->currentHit()->id;
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(results->currentRow(), 1);
    QVERIFY(panel->currentHit()->id != first);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(panel->currentHit()->id, first);
    // Enter in the search line searches; it does not save the form.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(child<QLabel>("resultLabel")->text().isEmpty());
    // Back to the form's own words.
    search->clear();
    QTest::keyClicks(search, QStringLiteral(" "));
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(results->item(0)->data(Qt::UserRole).toLongLong(), m_waterId, 10000);
}

void TestConsultationPanel::f8ClosesTheCallAsAConsultation()
{
    auto *panel = child<ConsultationPanel>("consultationPanel");
    QCOMPARE(panel->currentHit()->id, m_waterId);
    const QString expectedText = ConsultationPanel::answerText(*panel->currentHit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    auto *result = child<QLabel>("resultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Saved")), 15000);
    shot(QStringLiteral("consultation_saved.png"));
    const qint64 appeal = scalar(QStringLiteral("SELECT max(id) FROM kontakt.appeal")).toLongLong();
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {appeal})
                 .toString(),
             QStringLiteral("consultation"));
    QCOMPARE(scalar(QStringLiteral("SELECT full_text FROM kontakt.appeal WHERE id = ?"), {appeal})
                 .toString(),
             expectedText);
    QCOMPARE(scalar(QStringLiteral("SELECT summary FROM kontakt.appeal WHERE id = ?"), {appeal})
                 .toString(),
             QStringLiteral("немає вади коли дадуть"));
    QCOMPARE(scalar(QStringLiteral("SELECT topic_code FROM kontakt.appeal WHERE id = ?"), {appeal})
                 .toString(),
             QStringLiteral("009"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT article_id FROM kontakt.kb_article_use WHERE appeal_id = ?"),
               {appeal})
            .toLongLong(),
        m_waterId);
    QCOMPARE(scalar(QStringLiteral("SELECT usage_count FROM kontakt.kb_article WHERE id = ?"),
                    {m_waterId})
                 .toInt(),
             1);
    // The next call starts with an empty panel.
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QTRY_COMPARE(child<QListWidget>("resultsList")->count(), 0);
    QVERIFY(!panel->currentHit());
}

void TestConsultationPanel::missIsLogged()
{
    auto *search = child<QLineEdit>("searchEdit");
    search->setFocus();
    type(QStringLiteral("квантова хромодинаміка"));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("statusLabel")->text().contains(QLatin1String("Nothing")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.kb_search_miss WHERE query = ?"),
               {QStringLiteral("квантова хромодинаміка")})
            .toInt(),
        1, 15000);
    // Only the settled query, not every keystroke.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.kb_search_miss")).toInt(), 1);
}

QTEST_MAIN(TestConsultationPanel)
#include "tst_consultationpanel.moc"
