#include "callbackdialog.h"
#include "dialogtesthelpers.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

using namespace DialogTest;

namespace {
const QDate Today(2026, 3, 10);
const QDate MaxTerm(2026, 4, 20);
} // namespace

class TestCallbackDialog : public QObject
{
    Q_OBJECT
private slots:
    void numberReadyToDial();
    void notReachedCountsTheAttempt();
    void notDoneGoesBackForReworkWithTheCitizensWords();
    void confirmedWithRatingFive();

private:
    std::unique_ptr<CallbackDialog> newDialog(int previousAttempts)
    {
        return std::make_unique<CallbackDialog>(
            QStringLiteral("К-1234"), QStringLiteral("Олена Коваленко"),
            QStringLiteral("+380671234567"),
            QStringLiteral("Теплопостачання відновлено 09.03.2026 о 14:00."), previousAttempts,
            Today, MaxTerm);
    }
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
};

void TestCallbackDialog::numberReadyToDial()
{
    auto d = newDialog(0);
    QVERIFY(showAndActivate(d.get()));
    QCOMPARE(child<QLabel>(*d, "phoneLabel")->text(), QStringLiteral("+380 67 123 45 67"));
    QVERIFY(
        child<QLabel>(*d, "dialLinkLabel")->text().contains(QStringLiteral("tel:+380671234567")));
    QCOMPARE(child<QLabel>(*d, "attemptLabel")->text(), QStringLiteral("Attempt 1"));
    QGuiApplication::clipboard()->clear();
    key(Qt::Key_C, Qt::AltModifier); // "Copy number"
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+380671234567"));
    QVERIFY(!child<QPushButton>(*d, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("reached")));
}

void TestCallbackDialog::notReachedCountsTheAttempt()
{
    auto d = newDialog(2);
    QVERIFY(showAndActivate(d.get()));
    QCOMPARE(focused(), child<QRadioButton>(*d, "reachedYesRadio"));
    key(Qt::Key_N);
    QVERIFY(child<QRadioButton>(*d, "reachedNoRadio")->isChecked());
    QVERIFY(child<QLabel>(*d, "attemptLabel")->text().contains(QStringLiteral("Attempt 3")));
    // Only a comment is asked for.
    QVERIFY(!child<QGroupBox>(*d, "outcomeGroup")->isVisible());
    QVERIFY(child<QPushButton>(*d, "okButton")->isEnabled());
    key(Qt::Key_Tab);
    QCOMPARE(focused(), child<QPlainTextEdit>(*d, "commentEdit"));
    type(QStringLiteral("Абонент поза зоною"));
    QVERIFY(shot(d.get(), QStringLiteral("callback_not_reached")));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const CallbackDraft r = d->draft();
    QCOMPARE(r.reached, false);
    QCOMPARE(r.outcome, QString());
    QCOMPARE(r.rating, 0);
    QCOMPARE(r.comment, QStringLiteral("Абонент поза зоною"));
    QCOMPARE(r.sendToRework, false);
    QCOMPARE(r.attempt, 3);
}

void TestCallbackDialog::notDoneGoesBackForReworkWithTheCitizensWords()
{
    auto d = newDialog(1);
    QVERIFY(showAndActivate(d.get()));
    auto *ok = child<QPushButton>(*d, "okButton");
    key(Qt::Key_Y);
    QVERIFY(child<QGroupBox>(*d, "outcomeGroup")->isVisible());
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("citizen says")));
    key(Qt::Key_O, Qt::AltModifier); // "Not done"
    QTRY_VERIFY(child<QRadioButton>(*d, "outcomeNotDoneRadio")->isChecked());
    // Rework is proposed at once and then needs the citizen's words.
    auto *rework = child<QCheckBox>(*d, "reworkCheck");
    QVERIFY(rework->isVisible());
    QVERIFY(rework->isChecked());
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(*d, "validationLabel")->text().contains(QStringLiteral("words")));
    QVERIFY(tabTo(QStringLiteral("ratingSpin")));
    type(QStringLiteral("2"));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), rework);
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("citizenWordsEdit"));
    type(QStringLiteral("Батареї ледь теплі, у під'їзді холодно"));
    QVERIFY(ok->isEnabled());
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("newTermCheck"));
    key(Qt::Key_Space);
    key(Qt::Key_Tab);
    auto *term = child<QDateEdit>(*d, "reworkTermEdit");
    QCOMPARE(focused(), term);
    QCOMPARE(term->date(), MaxTerm);
    key(Qt::Key_Up); // never beyond the legal maximum
    QCOMPARE(term->date(), MaxTerm);
    key(Qt::Key_Down);
    QCOMPARE(term->date(), MaxTerm.addDays(-1));
    QVERIFY(shot(d.get(), QStringLiteral("callback_rework")));
    key(Qt::Key_Return);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const CallbackDraft r = d->draft();
    QCOMPARE(r.reached, true);
    QCOMPARE(r.outcome, QStringLiteral("not_done"));
    QCOMPARE(r.rating, 2);
    QCOMPARE(r.sendToRework, true);
    QCOMPARE(r.citizenWords, QStringLiteral("Батареї ледь теплі, у під'їзді холодно"));
    QCOMPARE(r.reworkTerm, MaxTerm.addDays(-1));
    QCOMPARE(r.attempt, 2);
}

void TestCallbackDialog::confirmedWithRatingFive()
{
    auto d = newDialog(0);
    QVERIFY(showAndActivate(d.get()));
    key(Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(*d, "reachedYesRadio")->isChecked());
    // Partly first, words typed, then the citizen corrects: confirmed. The words are kept in
    // the form but not sent.
    key(Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(*d, "outcomePartlyRadio")->isChecked());
    child<QPlainTextEdit>(*d, "citizenWordsEdit")->setPlainText(QStringLiteral("ще ні"));
    key(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(*d, "outcomeConfirmedRadio")->isChecked());
    QVERIFY(!child<QCheckBox>(*d, "reworkCheck")->isVisible());
    QCOMPARE(child<QPlainTextEdit>(*d, "citizenWordsEdit")->toPlainText(), QStringLiteral("ще ні"));
    QVERIFY(tabTo(QStringLiteral("ratingSpin")));
    type(QStringLiteral("7")); // out of range: not taken
    QCOMPARE(child<QSpinBox>(*d, "ratingSpin")->value(), 0);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("5"));
    QCOMPARE(child<QSpinBox>(*d, "ratingSpin")->value(), 5);
    QVERIFY(tabTo(QStringLiteral("commentEdit")));
    type(QStringLiteral("Дякує, все працює"));
    QVERIFY(shot(d.get(), QStringLiteral("callback_confirmed")));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    const CallbackDraft r = d->draft();
    QCOMPARE(r.reached, true);
    QCOMPARE(r.outcome, QStringLiteral("confirmed"));
    QCOMPARE(r.rating, 5);
    QCOMPARE(r.comment, QStringLiteral("Дякує, все працює"));
    QCOMPARE(r.sendToRework, false);
    QCOMPARE(r.citizenWords, QString());
    QVERIFY(!r.reworkTerm.isValid());
    QCOMPARE(r.attempt, 1);
}

QTEST_MAIN(TestCallbackDialog)
#include "tst_callbackdialog.moc"
