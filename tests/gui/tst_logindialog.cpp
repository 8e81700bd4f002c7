#include "logindialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void loginEnabledOnlyWhenValid_data();
    void loginEnabledOnlyWhenValid();
    void passwordlessDeskAccount();
    void enterRequestsLogin();
    void busyAndError();

private:
    template <typename T> static T *find(QWidget &w, const char *name)
    {
        auto *child = w.findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(child);
        return child;
    }
};

void TestLoginDialog::loginEnabledOnlyWhenValid_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("both") << "ivanenko"
                          << "pw" << true;
    QTest::newRow("no password") << "ivanenko"
                                 << "" << false;
    QTest::newRow("no login") << ""
                              << "pw" << false;
    QTest::newRow("invalid login") << "Іван"
                                   << "pw" << false;
}

void TestLoginDialog::loginEnabledOnlyWhenValid()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(bool, enabled);
    LoginDialog dialog;
    dialog.show();
    // QTest::keyClicks takes Latin-1 only; setText emits the same textChanged signal.
    find<QLineEdit>(dialog, "loginEdit")->setText(login);
    find<QLineEdit>(dialog, "passwordEdit")->setText(password);
    QCOMPARE(find<QPushButton>(dialog, "loginButton")->isEnabled(), enabled);
}

void TestLoginDialog::passwordlessDeskAccount()
{
    LoginDialog dialog;
    dialog.setPasswordlessLogin(QStringLiteral("root"));
    dialog.setLogin(QStringLiteral("root"));
    QVERIFY(!find<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(find<QPushButton>(dialog, "loginButton")->isEnabled());
    dialog.setLogin(QStringLiteral("olena"));
    QVERIFY(find<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(!find<QPushButton>(dialog, "loginButton")->isEnabled());
}

void TestLoginDialog::enterRequestsLogin()
{
    LoginDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &LoginDialog::loginRequested);
    QTest::keyClicks(find<QLineEdit>(dialog, "loginEdit"), QStringLiteral("ivanenko"));
    QTest::keyClick(find<QLineEdit>(dialog, "loginEdit"), Qt::Key_Tab);
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("secret"));
    QTest::keyClick(find<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dialog.login(), QStringLiteral("ivanenko"));
    QCOMPARE(dialog.password(), QStringLiteral("secret"));
    QVERIFY(dialog.isVisible()); // the controller decides when it closes
}

void TestLoginDialog::busyAndError()
{
    LoginDialog dialog;
    dialog.show();
    dialog.setLogin(QStringLiteral("ivanenko"));
    dialog.setPassword(QStringLiteral("x"));
    dialog.setBusy(true, QStringLiteral("Connecting"));
    QVERIFY(!find<QPushButton>(dialog, "loginButton")->isEnabled());
    QVERIFY(!find<QLineEdit>(dialog, "loginEdit")->isEnabled());
    dialog.showError(QStringLiteral("Wrong login or password."));
    QVERIFY(find<QPushButton>(dialog, "loginButton")->isEnabled());
    QCOMPARE(find<QLabel>(dialog, "messageLabel")->text(),
             QStringLiteral("Wrong login or password."));
    QVERIFY(find<QLabel>(dialog, "messageLabel")->isVisible());
    // Nothing typed is lost.
    QCOMPARE(dialog.login(), QStringLiteral("ivanenko"));
    QCOMPARE(dialog.password(), QStringLiteral("x"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
