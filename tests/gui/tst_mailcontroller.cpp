#include "desksession.h"
#include "draftstore.h"
#include "incomingmailmodel.h"
#include "incomingmailwindow.h"
#include "intakecontroller.h"
#include "intakedialog.h"
#include "mailcontroller.h"
#include "mailrepository.h"
#include "mailsettingsdialog.h"
#include "mainwindow.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// E-mail at the desk against a real database: the operator sees the waiting letters (count in
// the status bar, the Incoming e-mail window), opens one with Enter, finds the intake form
// filled from it and registers it by keyboard; the letter is then registered and the
// acknowledgement queued. The administrator's mail settings refuse what cannot work and the
// connection test reports a refused connection without freezing the window.
class TestMailController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoGetsWhat_data();
    void whoGetsWhat();
    void operatorRegistersALetter();
    void operatorDiscardsAndSavesTheOriginal();
    void adminSettingsAndConnectionTest();

private:
    qint64 storeLetter(const QString &key, const QString &subject);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestMailController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // drafts of an earlier run would be offered in a modal question
    QDir(DraftStore::defaultDirectory()).removeRecursively();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestMailController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

namespace {
// Keys go where a person's would: to an open completer popup, else to the focused widget;
// Cyrillic is sent with its text (QTest::keyClicks takes Latin-1 only).
QWidget *keyTarget()
{
    return QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                             : QApplication::focusWidget();
}

void typeText(const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, keyTarget(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, keyTarget(), Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
    }
}

void pressKey(Qt::Key key)
{
    QTest::keyClick(keyTarget(), key);
}
} // namespace

qint64 TestMailController::storeLetter(const QString &key, const QString &subject)
{
    IncomingMailRecord r;
    r.mailbox = QStringLiteral("centre@test.kontakt");
    r.messageKey = key;
    r.fromAddress = QStringLiteral("olena.koval@example.org");
    r.fromName = QStringLiteral("Олена Коваль");
    r.subject = subject;
    r.text = QStringLiteral("Доброго дня! У під'їзді будинку по вул. Шевченка, 5 не горить світло "
                            "вже тиждень. Прошу вжити заходів.");
    r.raw = QByteArrayLiteral("Subject: x\r\n\r\nx\r\n");
    r.files << IncomingMailFile{0, QStringLiteral("фото.jpg"), QStringLiteral("image/jpeg"), 3,
                                QByteArrayLiteral("abc")};
    DbError error;
    const auto s = MailRepository(m_db->ownerConnection()).store(r, &error);
    if (!s)
        qWarning("store: %s", qPrintable(error.detail));
    return s ? s->mailId : 0;
}

void TestMailController::whoGetsWhat_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("queue");
    QTest::addColumn<bool>("settings");
    QTest::newRow("operator") << "operator" << true << false;
    QTest::newRow("head") << "head" << true << false;
    QTest::newRow("admin") << "admin" << true << true;
    QTest::newRow("manager") << "manager" << false << false;
    QTest::newRow("executor") << "exec_a" << false << false;
}

void TestMailController::whoGetsWhat()
{
    QFETCH(QString, who);
    QFETCH(bool, queue);
    QFETCH(bool, settings);
    const Session s = openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("roles-"), this);
    QCOMPARE(MailController::mayRead(s.info), queue);
    QCOMPARE(MailController::mayConfigure(s.info), settings);
}

void TestMailController::operatorRegistersALetter()
{
    const qint64 mailId = storeLetter(QStringLiteral("gui-1@example.org"),
                                      QStringLiteral("Не горить світло в під'їзді"));
    QVERIFY(mailId > 0);
    const Session s = openDeskSession(m_db.get(), m_fx.get(), QStringLiteral("operator"),
                                      QStringLiteral("mail-"), this);
    MainWindow window(s.info);
    IntakeController intake(s, &window);
    QSignalSpy ready(&intake, &IntakeController::ready);
    QVERIFY(ready.wait(15000));
    MailController mail(s, &window, &intake);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *waiting = window.findChild<QLabel *>(QStringLiteral("waitingMailLabel"));
    QVERIFY(waiting);
    QTRY_VERIFY(waiting->isVisible());
    QVERIFY(waiting->text().contains(QLatin1Char('1')));

    QSignalSpy loaded(&mail, &MailController::loaded);
    QSignalSpy details(&mail, &MailController::detailsLoaded);
    window.findChild<QAction *>(QStringLiteral("incomingMailAction"))->trigger();
    QVERIFY(loaded.wait(10000));
    IncomingMailWindow *list = mail.window();
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QCOMPARE(list->model()->rowCount(), 1);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->data(list->model()->index(0, IncomingMailModel::From)).toString(),
             QStringLiteral("Олена Коваль <olena.koval@example.org>"));
    QCOMPARE(list->model()->data(list->model()->index(0, IncomingMailModel::Files)).toInt(), 1);
    QTRY_VERIFY(details.count() > 0);
    auto *text = list->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("не горить світло")));
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(list->grab().save(shots + QStringLiteral("/incoming_mail.png")));
    }

    // Enter on the letter: the intake form, filled from it
    auto *view = list->findChild<QTableView *>(QStringLiteral("mailView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(intake.dialog() && intake.dialog()->isVisible());
    IntakeDialog *dialog = intake.dialog();
    QCOMPARE(dialog->mailId(), mailId);
    const auto field = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    };
    QCOMPARE(field("emailEdit")->text(), QStringLiteral("olena.koval@example.org"));
    QCOMPARE(field("surnameEdit")->text(), QStringLiteral("Коваль"));
    QCOMPARE(field("firstNameEdit")->text(), QStringLiteral("Олена"));
    QCOMPARE(field("summaryEdit")->text(), QStringLiteral("Не горить світло в під'їзді"));
    QCOMPARE(
        dialog->findChild<QComboBox *>(QStringLiteral("channelCombo"))->currentData().toString(),
        QStringLiteral("email"));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("fullTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("вжити заходів")));
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/intake_from_mail.png")));
    // the operator adds what the letter lacks: patronymic, residence, topic; Enter saves
    field("patronymicEdit")->setFocus();
    typeText(QStringLiteral("Петрівна"));
    field("addressEdit")->setFocus();
    typeText(QStringLiteral("вул. Шевченка, 5, кв. 12"));
    field("topicEdit")->setFocus();
    typeText(QStringLiteral("комунальне"));
    pressKey(Qt::Key_Down); // the completer's first match
    pressKey(Qt::Key_Return);
    QCOMPARE(field("topicEdit")->text(), QStringLiteral("009 Комунальне господарство"));
    field("summaryEdit")->setFocus();
    pressKey(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->stored().id > 0, 15000);
    const Appeal a = dialog->stored();

    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.mail_message WHERE id = ?"),
                          {mailId})
                 .toString(),
             QStringLiteral("registered"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT appeal_id FROM kontakt.mail_message WHERE id = ?"),
                          {mailId})
                 .toLongLong(),
             a.id);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT channel FROM kontakt.appeal WHERE id = ?"), {a.id})
                 .toString(),
             QStringLiteral("email"));
    QVERIFY(m_fx->scalar(QStringLiteral("SELECT body FROM kontakt.outbox WHERE appeal_id = ? AND "
                                        "kind = 'acknowledgement'"),
                         {a.id})
                .toString()
                .contains(a.regIndex));
    // the queue empties and the status bar follows
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
    QTRY_VERIFY(!waiting->isVisible());
    dialog->close();
    list->close();
}

void TestMailController::operatorDiscardsAndSavesTheOriginal()
{
    const qint64 mailId =
        storeLetter(QStringLiteral("gui-2@example.org"), QStringLiteral("Реклама"));
    QVERIFY(mailId > 0);
    const Session s = openDeskSession(m_db.get(), m_fx.get(), QStringLiteral("operator"),
                                      QStringLiteral("mail2-"), this);
    MainWindow window(s.info);
    MailController mail(s, &window, nullptr);
    QSignalSpy loaded(&mail, &MailController::loaded);
    mail.open();
    QVERIFY(loaded.wait(10000));
    IncomingMailWindow *list = mail.window();
    QVERIFY(list->select(mailId));
    const IncomingMail letter = *list->selected();

    // the original, byte for byte, where the operator chose to save it
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.eml"));
    emit list->saveOriginalRequested(mailId, path);
    auto *message = list->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QTRY_VERIFY(message->text().contains(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArrayLiteral("Subject: x\r\n\r\nx\r\n"));

    // not an appeal: out of the queue with the reason; a stale second attempt changes nothing
    QSignalSpy discarded(&mail, &MailController::discarded);
    emit list->discardRequested(mailId, QStringLiteral("Реклама, не звернення"), letter.version);
    QVERIFY(discarded.wait(10000));
    QCOMPARE(discarded.first().at(1).toBool(), true);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status || '|' || handled_note FROM "
                                         "kontakt.mail_message WHERE id = ?"),
                          {mailId})
                 .toString(),
             QStringLiteral("discarded|Реклама, не звернення"));
    QTRY_VERIFY(list->model()->rowOf(mailId) < 0);
    emit list->discardRequested(mailId, QStringLiteral("ще раз"), letter.version);
    QVERIFY(discarded.wait(10000));
    QCOMPARE(discarded.last().at(1).toBool(), false);
    QTRY_VERIFY(message->text().contains(QStringLiteral("meanwhile")) ||
                message->text().contains(QStringLiteral("Тим часом")));
    list->close();
}

void TestMailController::adminSettingsAndConnectionTest()
{
    // a notice that could not be delivered waits for the administrator
    m_fx->scalar(
        QStringLiteral("INSERT INTO kontakt.outbox (kind, recipient, subject, body, status, "
                       "last_error) VALUES ('reminder', 'gone@example.org', 'Нагадування', "
                       "'Текст', 'failed', '550 no such user') RETURNING id"));
    const Session s = openDeskSession(m_db.get(), m_fx.get(), QStringLiteral("admin"),
                                      QStringLiteral("mail-"), this);
    MainWindow window(s.info);
    MailController mail(s, &window, nullptr);
    window.show();
    auto *failed = window.findChild<QLabel *>(QStringLiteral("failedMailLabel"));
    QVERIFY(failed);
    QTRY_VERIFY(failed->isVisible());
    QVERIFY(failed->text().contains(QLatin1Char('1')));
    window.findChild<QAction *>(QStringLiteral("mailSettingsAction"))->trigger();
    MailSettingsDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window.findChild<MailSettingsDialog *>(QStringLiteral("mailSettingsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings().inboxFolder, QStringLiteral("INBOX"));
    QCOMPARE(dialog->settings().processedFolder, QStringLiteral("Оброблені"));
    auto *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Save);
    auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("imapHostEdit"));
    auto *security = dialog->findChild<QComboBox *>(QStringLiteral("imapSecurityCombo"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    host->setText(QStringLiteral("imap.example.org"));
    QVERIFY(!save->isEnabled()); // no login yet
    dialog->findChild<QLineEdit *>(QStringLiteral("imapLoginEdit"))
        ->setText(QStringLiteral("kontakt"));
    QVERIFY(save->isEnabled());
    security->setCurrentIndex(security->findData(QStringLiteral("none")));
    dialog->findChild<QLineEdit *>(QStringLiteral("inboxFolderEdit"))
        ->setText(QStringLiteral("INBOX"));
    QVERIFY(!save->isEnabled()); // no encryption to another computer
    QVERIFY(message->text().contains(QStringLiteral("STARTTLS")));

    // a port nobody answers on: the test says so, the window stays responsive
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    host->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("imapPortSpin"))->setValue(closedPort);
    QVERIFY(save->isEnabled());
    QSignalSpy tested(&mail, &MailController::testFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY2(message->text().startsWith(QStringLiteral("Mailbox:")) ||
                 message->text().startsWith(QStringLiteral("Поштова")),
             qPrintable(message->text()));
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/mail_settings.png")));

    QSignalSpy saved(&mail, &MailController::settingsSaved);
    save->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(m_fx->scalar(QStringLiteral(
                              "SELECT value FROM kontakt.setting WHERE key = 'mail_imap_host'"))
                 .toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(m_fx->scalar(QStringLiteral(
                              "SELECT value FROM kontakt.setting WHERE key = 'mail_imap_port'"))
                 .toInt(),
             int(closedPort));
}

QTEST_MAIN(TestMailController)
#include "tst_mailcontroller.moc"
