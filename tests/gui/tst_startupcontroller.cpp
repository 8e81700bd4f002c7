#include "logindialog.h"
#include "mainwindow.h"
#include "staffrepository.h"
#include "startupcontroller.h"
#include "testdatabase.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QtTest>

// The whole login path of a desk on a shared server, offscreen: wrong password, then the right
// one, then the main window with the user in the status bar.
namespace {
// The login dialog's widgets, found by objectName as a user would find them by sight.
struct LoginForm {
    explicit LoginForm(LoginDialog *dialog)
        : login(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")))
        , password(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
        , button(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")))
        , settings(dialog->findChild<QPushButton *>(QStringLiteral("settingsButton")))
        , message(dialog->findChild<QLabel *>(QStringLiteral("messageLabel")))
    {}
    void type(const QString &user, const QString &secret)
    {
        login->clear();
        password->clear();
        QTest::keyClicks(login, user);
        QTest::keyClicks(password, secret);
    }
    QLineEdit *login;
    QLineEdit *password;
    QPushButton *button;
    QPushButton *settings;
    QLabel *message;
};
} // namespace

class TestStartupController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordThenLogin();
    void serverDownStaysUsable();
    void newerSchemaIsRefused();
    void unwritableLocalFolder();

private:
    void useServerProfile(int port);
    std::unique_ptr<TestDatabase> m_db;
    QString m_login;
    QTemporaryDir m_config;
};

void TestStartupController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kontakt"));
    QCoreApplication::setApplicationName(QStringLiteral("kontakt"));
    qputenv("KONTAKT_SYSTEM_CONFIG", m_config.filePath(QStringLiteral("none.conf")).toLocal8Bit());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_login = QStringLiteral("gui_") + m_db->name().right(8);
    StaffRepository::NewStaff s;
    s.login = m_login;
    s.password = QStringLiteral("Right-Pass");
    s.role = StaffRole::Operator;
    s.fullName = QStringLiteral("Ткаченко Олена");
    DbError error;
    QVERIFY2(StaffRepository(m_db->ownerConnection()).create(s, &error), qPrintable(error.detail));
    // The throwaway cluster trusts every local login; make this one prove its password.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT setting FROM pg_settings WHERE name = 'hba_file'")) &&
            q.next());
    QFile hba(q.value(0).toString());
    QVERIFY(hba.open(QIODevice::ReadOnly));
    QByteArray text = hba.readAll();
    hba.close();
    if (!text.contains("gui_")) {
        const QByteArray line = "local all " + m_login.toLatin1() + " scram-sha-256\n";
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write(line + text);
        hba.close();
        QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
        QTest::qWait(300);
    }
}

void TestStartupController::cleanupTestCase()
{
    QSqlQuery q(m_db->ownerConnection());
    q.exec(QStringLiteral("SELECT setting FROM pg_settings WHERE name = 'hba_file'"));
    if (q.next()) {
        QFile hba(q.value(0).toString());
        if (hba.open(QIODevice::ReadOnly)) {
            QByteArray text = hba.readAll();
            hba.close();
            const QByteArray line = "local all " + m_login.toLatin1() + " scram-sha-256\n";
            text.replace(line, QByteArray());
            if (hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
                hba.write(text);
            q.exec(QStringLiteral("SELECT pg_reload_conf()"));
        }
    }
    m_db.reset();
}

void TestStartupController::useServerProfile(int port)
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = TestDatabase::host();
    p.ports = QString::number(port);
    p.database = m_db->name();
    p.sslMode = QStringLiteral("disable");
    p.connectTimeoutSeconds = 3;
    ConnectionProfileStore().saveUserChoice(p);
}

void TestStartupController::wrongPasswordThenLogin()
{
    useServerProfile(TestDatabase::port());
    StartupController controller({});
    controller.start();
    LoginDialog *dialog = controller.loginDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    LoginForm form(dialog);
    form.type(m_login, QStringLiteral("wrong"));
    QTest::mouseClick(form.button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form.message->isVisible() && form.button->isEnabled(), 10000);
    const DbError bad{DbError::Kind::BadCredentials, QString()};
    QCOMPARE(form.message->text(), bad.userMessage());
    QVERIFY(!controller.mainWindow());

    form.password->clear();
    QTest::keyClicks(form.password, QStringLiteral("Right-Pass"));
    QTest::keyClick(form.password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
    MainWindow *window = controller.mainWindow();
    QVERIFY(window->isVisible());
    QVERIFY(!dialog->isVisible());
    auto *user = window->findChild<QLabel *>(QStringLiteral("userStatusLabel"));
    QVERIFY(user);
    QVERIFY2(user->text().contains(QStringLiteral("Ткаченко Олена")), qPrintable(user->text()));
    QVERIFY(user->text().contains(m_login));
    auto *server = window->findChild<QLabel *>(QStringLiteral("serverStatusLabel"));
    QVERIFY(server->text().contains(m_db->name()));
    QCOMPARE(controller.session()->info.role, StaffRole::Operator);
    QCOMPARE(ConnectionProfileStore().current().lastLogin, m_login);

    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        window->resize(1100, 700);
        QVERIFY(window->grab().save(shots + QStringLiteral("/mainwindow.png")));
    }
    // The password never reaches the settings file.
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("kontakt"),
                       QStringLiteral("kontakt"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("Right-Pass")));
}

void TestStartupController::serverDownStaysUsable()
{
    useServerProfile(1); // nothing listens there
    StartupController controller({});
    controller.start();
    LoginForm form(controller.loginDialog());
    form.type(m_login, QStringLiteral("Right-Pass"));
    QTest::mouseClick(form.button, Qt::LeftButton);
    // The GUI thread keeps running while the worker waits for the server.
    QVERIFY(!form.button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(form.button->isEnabled(), 15000);
    const DbError down{DbError::Kind::ServerUnreachable, QString()};
    QCOMPARE(form.message->text(), down.userMessage());
    QVERIFY(form.settings->isEnabled());
    QVERIFY(!controller.mainWindow());
}

void TestStartupController::newerSchemaIsRefused()
{
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kontakt.schema_migration(version, name) "
                                  "VALUES (9999, 'from_the_future')")));
    useServerProfile(TestDatabase::port());
    StartupController controller({});
    controller.start();
    LoginForm form(controller.loginDialog());
    form.type(m_login, QStringLiteral("Right-Pass"));
    QTest::keyClick(form.password, Qt::Key_Return);
    const DbError newer{DbError::Kind::NewerSchema, QString()};
    QTRY_COMPARE_WITH_TIMEOUT(form.message->text(), newer.userMessage(), 10000);
    QVERIFY(!controller.mainWindow());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM kontakt.schema_migration WHERE version = 9999")));
}

void TestStartupController::unwritableLocalFolder()
{
    qputenv("KONTAKT_LOCAL_DIR", "/proc/kontakt-gui-test");
    ConnectionProfileStore().saveUserChoice(ConnectionProfile()); // embedded
    StartupController controller({});
    controller.start();
    LoginForm form(controller.loginDialog());
    QTRY_VERIFY_WITH_TIMEOUT(
        form.message->text().contains(QStringLiteral("/proc/kontakt-gui-test")), 15000);
    QVERIFY(form.settings->isEnabled()); // the way out: choose a server
    QVERIFY(!controller.mainWindow());
    qunsetenv("KONTAKT_LOCAL_DIR");
}

QTEST_MAIN(TestStartupController)
#include "tst_startupcontroller.moc"
