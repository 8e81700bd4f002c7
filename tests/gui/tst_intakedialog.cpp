#include "appealrepository.h"
#include "deskintakeservice.h"
#include "intakedialog.h"
#include "registrationcardbuilder.h"
#include "registrationcardprinter.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The operator's flow, keyboard only, against a real database through the desk's service.
class TestIntakeDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void registersACallByKeyboardOnly();
    void knownCallerIsFoundWithHistory();
    void refusedSaveKeepsEverything();
    void draftFollowsEveryChange();

private:
    // Types any text (Cyrillic too) as key presses into the focused widget; counts keystrokes.
    void type(const QString &text);
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier);
    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    QVariant scalar(const QString &sql, const QVariant &bind);
    void newDialog();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DeskIntakeService> m_service;
    IntakeReference m_reference;
    QTemporaryDir m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<IntakeDialog> m_dialog;
    int m_keystrokes = 0;
};

void TestIntakeDialog::type(const QString &text)
{
    for (const QChar c : text) {
        // An open completer popup takes the keys, as it does on a real screen.
        QWidget *w = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                       : QApplication::focusWidget();
        QVERIFY(w);
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        ++m_keystrokes;
    }
}

void TestIntakeDialog::key(Qt::Key k, Qt::KeyboardModifiers m)
{
    QWidget *w = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                   : QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, k, m);
    ++m_keystrokes;
}

QVariant TestIntakeDialog::scalar(const QString &sql, const QVariant &bind)
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void TestIntakeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_service = std::make_unique<DeskIntakeService>(m_db->params());
    bool opened = false;
    DbError openError;
    m_service->open([&](DbError e) {
        openError = e;
        opened = true;
    });
    QTRY_VERIFY(opened);
    QVERIFY2(!openError.isError(), qPrintable(openError.detail));
    bool loaded = false;
    m_service->loadReference([&](IntakeReference r, DbError e) {
        QVERIFY(!e.isError());
        m_reference = r;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QVERIFY(m_reference.classifier.size() >= 91);
    m_drafts = std::make_unique<DraftStore>(m_draftDir.filePath(QStringLiteral("drafts")));
}

void TestIntakeDialog::cleanupTestCase()
{
    m_dialog.reset();
    m_service.reset();
    m_db.reset();
}

void TestIntakeDialog::newDialog()
{
    m_dialog = std::make_unique<IntakeDialog>(m_service.get(), m_reference, m_drafts.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    m_keystrokes = 0;
}

void TestIntakeDialog::registersACallByKeyboardOnly()
{
    newDialog();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("phoneEdit"));
    type(QStringLiteral("067-555-44-33"));
    QTRY_VERIFY(
        child<QLabel>("phoneStatusLabel")->text().contains(QStringLiteral("+380 67 555 44 33")));
    key(Qt::Key_Tab);
    type(QStringLiteral("Коваленко"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Марія"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Іванівна"));
    key(Qt::Key_Tab);
    type(QStringLiteral("вул. Київська, 12, кв. 5"));
    key(Qt::Key_Tab);
    type(QStringLiteral("комунальне")); // words of the topic, not its code
    key(Qt::Key_Down);                  // the completer's first match
    key(Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("topicEdit")->text(), QStringLiteral("009 Комунальне господарство"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("summaryEdit"));
    type(QStringLiteral("Немає гарячої води в будинку третій день"));
    QVERIFY(child<QLabel>("termLabel")->text().contains(QStringLiteral("15")));
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->stored().id > 0, 10000);
    const qint64 elapsed = clock.elapsed();
    const Appeal &a = m_dialog->stored();
    QVERIFY(a.regIndex.startsWith(QStringLiteral("К-")));
    QCOMPARE(scalar(QStringLiteral("SELECT author_surname FROM kontakt.appeal WHERE id = ?"), a.id)
                 .toString(),
             QStringLiteral("Коваленко"));
    QCOMPARE(scalar(QStringLiteral("SELECT author_phone FROM kontakt.appeal WHERE id = ?"), a.id)
                 .toString(),
             QStringLiteral("+380675554433"));
    QCOMPARE(scalar(QStringLiteral("SELECT topic_code FROM kontakt.appeal WHERE id = ?"), a.id)
                 .toString(),
             QStringLiteral("009"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), a.id).toString(),
        QStringLiteral("registered"));
    QVERIFY(
        scalar(QStringLiteral("SELECT due_date IS NOT NULL FROM kontakt.appeal WHERE id = ?"), a.id)
            .toBool());
    QVERIFY(child<QLabel>("resultLabel")->text().contains(a.regIndex));
    // Stored: no draft left behind.
    QVERIFY(m_drafts->list().isEmpty());
    qInfo("keyboard-only registration: %d keystrokes, %lld ms of test time", m_keystrokes, elapsed);

    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(m_dialog->grab().save(shots + QStringLiteral("/intake_registered.png")));
    }
    // The card of the stored appeal prints on A4 with its index and term.
    QTemporaryDir pdfDir;
    const QString pdf = pdfDir.filePath(QStringLiteral("card.pdf"));
    QString printError;
    QVERIFY2(RegistrationCardPrinter(RegistrationCardBuilder::fromAppeal(a, m_reference))
                 .printToPdf(pdf, &printError),
             qPrintable(printError));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (text.waitForStarted() && text.waitForFinished()) {
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(a.regIndex), qPrintable(content.left(400)));
        QVERIFY(content.contains(QStringLiteral("Коваленко")));
        QVERIFY(content.contains(a.dueDate->toString(QStringLiteral("dd.MM.yyyy"))));
        QVERIFY(content.contains(QStringLiteral("009")));
    }

    // Enter again starts the next call.
    key(Qt::Key_Return);
    QTRY_COMPARE(child<QLineEdit>("phoneEdit")->text(), QString());
    QVERIFY(child<QLineEdit>("phoneEdit")->isEnabled());
}

void TestIntakeDialog::knownCallerIsFoundWithHistory()
{
    AppealInput earlier;
    earlier.receivedAt = QDateTime::currentDateTime().addDays(-3);
    earlier.author.surname = QStringLiteral("Бондаренко");
    earlier.author.firstName = QStringLiteral("Петро");
    earlier.author.address = QStringLiteral("вул. Лісова, 3");
    earlier.author.phone = QStringLiteral("(04594) 6-22-33");
    earlier.topicCode = QStringLiteral("003");
    earlier.summary = QStringLiteral("Яма на дорозі біля школи");
    const auto stored = AppealRepository(m_db->ownerConnection())
                            .registerAppeal(earlier, QDateTime::currentDateTime());
    QVERIFY(stored.ok());

    newDialog();
    type(QStringLiteral("6-22-33")); // a short local number: the city's area code is added
    QTRY_COMPARE(child<QLineEdit>("surnameEdit")->text(), QStringLiteral("Бондаренко"));
    QCOMPARE(child<QLineEdit>("addressEdit")->text(), QStringLiteral("вул. Лісова, 3"));
    QTRY_VERIFY(child<QListWidget>("historyList")->count() >= 1);
    QVERIFY(child<QListWidget>("historyList")->item(0)->text().contains(stored.appeal.regIndex));
    QVERIFY(child<QListWidget>("historyList")->item(0)->font().bold()); // open first, marked
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty())
        QVERIFY(m_dialog->grab().save(shots + QStringLiteral("/intake_known_caller.png")));
}

void TestIntakeDialog::refusedSaveKeepsEverything()
{
    newDialog();
    const int before =
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE ? = ?"), 1).toInt();
    type(QStringLiteral("067 12x"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Гнатюк"));
    child<QLineEdit>("summaryEdit")->setFocus();
    type(QStringLiteral("Скарга на шум"));
    key(Qt::Key_Return);
    QVERIFY(child<QLabel>("errorsLabel")->isVisible());
    QVERIFY(!child<QLabel>("errorsLabel")->text().isEmpty());
    // Everything typed is still there; the first bad field has the focus.
    QCOMPARE(child<QLineEdit>("surnameEdit")->text(), QStringLiteral("Гнатюк"));
    QCOMPARE(child<QLineEdit>("summaryEdit")->text(), QStringLiteral("Скарга на шум"));
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QStringLiteral("067 12x"));
    QVERIFY(child<QLineEdit>("phoneEdit")->hasFocus() || child<QLineEdit>("topicEdit")->hasFocus());
    QTest::qWait(200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE ? = ?"), 1).toInt(),
             before);
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty())
        QVERIFY(m_dialog->grab().save(shots + QStringLiteral("/intake_refused.png")));
}

void TestIntakeDialog::draftFollowsEveryChange()
{
    for (const auto &d : m_drafts->list())
        m_drafts->remove(d.id);
    newDialog();
    type(QStringLiteral("0501234567"));
    child<QLineEdit>("summaryEdit")->setFocus();
    type(QStringLiteral("Незавершена розмова"));
    const auto drafts = m_drafts->list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, m_dialog->draftId());
    QCOMPARE(drafts.first().state.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Незавершена розмова"));

    // A fresh form restores it.
    IntakeDialog restored(m_service.get(), m_reference, m_drafts.get());
    restored.restoreDraft(drafts.first());
    QCOMPARE(restored.findChild<QLineEdit *>(QStringLiteral("summaryEdit"))->text(),
             QStringLiteral("Незавершена розмова"));
    QCOMPARE(restored.findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text(),
             QStringLiteral("0501234567"));
    QCOMPARE(restored.input().idempotencyKey, m_dialog->input().idempotencyKey);
}

QTEST_MAIN(TestIntakeDialog)
#include "tst_intakedialog.moc"
