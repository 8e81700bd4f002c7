#include "dialogtesthelpers.h"
#include "extensiondecisiondialog.h"
#include "extensionrequestdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace DialogTest;

namespace {
const QDate Today(2026, 3, 10);
const QDate CurrentDue(2026, 4, 9);
const QDate MaxTerm(2026, 4, 20);
} // namespace

class TestExtensionDialogs : public QObject
{
    Q_OBJECT
private slots:
    void requestLimitedToTheLegalMaximum();
    void requestNeedsAReason_data();
    void requestNeedsAReason();
    void requestImpossibleAtTheMaximum();
    void grantNotifiesTheAuthorByDefault();
    void refusalNeedsANote();

private:
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static ExtensionRequestDraft request()
    {
        return {QDate(2026, 4, 25), QStringLiteral("Потрібна заміна ділянки тепломережі")};
    }
};

void TestExtensionDialogs::requestLimitedToTheLegalMaximum()
{
    ExtensionRequestDialog d(QStringLiteral("К-1234"), CurrentDue, MaxTerm, Today);
    QVERIFY(showAndActivate(&d));
    QCOMPARE(child<QLabel>(d, "currentDueValue")->text(), QStringLiteral("09.04.2026"));
    QVERIFY(child<QLabel>(d, "maxTermValue")->text().contains(QStringLiteral("20.04.2026")));
    auto *ok = child<QPushButton>(d, "okButton");
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("new term")));
    QVERIFY(!d.draft().requestedDue.isValid());
    auto *date = child<QDateEdit>(d, "requestedDueEdit");
    QCOMPARE(focused(), date);
    key(Qt::Key_Up); // the first lawful day: the day after the current term
    QCOMPARE(d.draft().requestedDue, CurrentDue.addDays(1));
    for (int i = 0; i < 30; ++i)
        key(Qt::Key_Up);
    QCOMPARE(date->date(), MaxTerm);
    QCOMPARE(d.draft().requestedDue, MaxTerm);
    // Nothing before the current term either.
    date->setDate(CurrentDue.addDays(-5));
    QVERIFY(!d.draft().requestedDue.isValid());
    QVERIFY(!ok->isEnabled());
}

void TestExtensionDialogs::requestNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("            ") << false;
    QTest::newRow("too short") << QStringLiteral("треба") << false;
    QTest::newRow("enough") << QStringLiteral("Чекаємо на матеріали") << true;
    QTest::newRow("too long") << QString(2001, QLatin1Char('x')) << false;
}

void TestExtensionDialogs::requestNeedsAReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, valid);
    ExtensionRequestDialog d(QStringLiteral("К-1234"), CurrentDue, MaxTerm, Today);
    QVERIFY(showAndActivate(&d));
    key(Qt::Key_Up);
    QVERIFY(tabTo(QStringLiteral("reasonEdit"))); // Tab walks the date's sections first
    if (reason.size() < 100)
        type(reason);
    else
        child<QPlainTextEdit>(d, "reasonEdit")->setPlainText(reason);
    QCOMPARE(child<QPushButton>(d, "okButton")->isEnabled(), valid);
    QCOMPARE(child<QLabel>(d, "validationLabel")->text().isEmpty(), valid);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(valid ? QDialog::Accepted : QDialog::Rejected));
    if (valid) {
        QCOMPARE(d.draft().reason, reason.trimmed());
        QCOMPARE(d.draft().requestedDue, CurrentDue.addDays(1));
    }
}

void TestExtensionDialogs::requestImpossibleAtTheMaximum()
{
    ExtensionRequestDialog d(QStringLiteral("К-1234"), MaxTerm, MaxTerm, Today);
    QVERIFY(showAndActivate(&d));
    QVERIFY(!child<QDateEdit>(d, "requestedDueEdit")->isEnabled());
    child<QPlainTextEdit>(d, "reasonEdit")->setPlainText(QStringLiteral("Чекаємо на матеріали"));
    QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("legal maximum")));
    QVERIFY(!d.draft().requestedDue.isValid());
    QVERIFY(shot(&d, QStringLiteral("extension_request_at_maximum")));
}

void TestExtensionDialogs::grantNotifiesTheAuthorByDefault()
{
    ExtensionDecisionDialog d(QStringLiteral("К-1234"),
                              QStringLiteral("КП «Броваритепловодоенергія»"), request(), CurrentDue,
                              MaxTerm);
    QVERIFY(showAndActivate(&d));
    const QString shown = child<QLabel>(d, "requestLabel")->text();
    QVERIFY(shown.contains(QStringLiteral("Броваритепловодоенергія")));
    QVERIFY(shown.contains(QStringLiteral("25.04.2026")));
    QVERIFY(shown.contains(QStringLiteral("beyond the legal maximum")));
    QCOMPARE(child<QPlainTextEdit>(d, "requestReasonView")->toPlainText(), request().reason);
    auto *ok = child<QPushButton>(d, "okButton");
    auto *notified = child<QCheckBox>(d, "authorNotifiedCheck");
    QVERIFY(notified->toolTip().contains(QStringLiteral("art. 20")));
    QVERIFY(notified->toolTip().contains(QStringLiteral("informed")));
    QVERIFY(!ok->isEnabled()); // grant or refuse: the head decides explicitly

    key(Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(d, "grantRadio")->isChecked());
    QVERIFY(notified->isChecked());
    QVERIFY(notified->isEnabled());
    auto *due = child<QDateEdit>(d, "dueEdit");
    QCOMPARE(due->date(), MaxTerm); // the request, cut to the law
    due->setFocus();
    key(Qt::Key_Up);
    QCOMPARE(due->date(), MaxTerm);
    QVERIFY(ok->isEnabled());
    QVERIFY(shot(&d, QStringLiteral("extension_decision_grant")));
    ExtensionDecisionDraft r = d.draft();
    QCOMPARE(r.granted, true);
    QCOMPARE(r.due, MaxTerm);
    QCOMPARE(r.authorNotified, true);
    // Unticked: allowed, with a reminder.
    notified->setChecked(false);
    QVERIFY(ok->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("inform")));
    QCOMPARE(d.draft().authorNotified, false);
    key(Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestExtensionDialogs::refusalNeedsANote()
{
    ExtensionDecisionDialog d(QStringLiteral("К-1234"), QStringLiteral("Виконавець"), request(),
                              CurrentDue, MaxTerm);
    QVERIFY(showAndActivate(&d));
    key(Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(d, "refuseRadio")->isChecked());
    QVERIFY(!child<QCheckBox>(d, "authorNotifiedCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(d, "authorNotifiedCheck")->isEnabled());
    QVERIFY(!child<QDateEdit>(d, "dueEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("refused")));
    QVERIFY(tabTo(QStringLiteral("noteEdit")));
    type(QStringLiteral("Строк достатній, роботи на 2 дні"));
    QVERIFY(child<QPushButton>(d, "okButton")->isEnabled());
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const ExtensionDecisionDraft r = d.draft();
    QCOMPARE(r.granted, false);
    QVERIFY(!r.due.isValid());
    QCOMPARE(r.authorNotified, false);
    QCOMPARE(r.note, QStringLiteral("Строк достатній, роботи на 2 дні"));
}

QTEST_MAIN(TestExtensionDialogs)
#include "tst_extensiondialogs.moc"
