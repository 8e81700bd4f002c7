#pragma once

#include "connectionprofile.h"
#include "localclusterlayout.h"
#include "localdesk.h"
#include "logindialog.h"
#include "passwordstore.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>
class CaseCardController;
class IntakeController;
class QueueTabsController;
class MainWindow;

// The composition root of a desk: chooses the connection, starts the embedded database when
// that is the profile, logs in through a worker thread (migrating when this login may), and
// shows the main window. Every database step runs off the GUI thread.
class StartupController : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool forceLoginDialog = false; // never log in automatically as this computer's account
    };

    explicit StartupController(Options options, QObject *parent = nullptr);
    ~StartupController() override;

    void start();

    LoginDialog *loginDialog() const { return m_dialog; }
    MainWindow *mainWindow() const { return m_window.get(); }
    IntakeController *intake() const { return m_intake.get(); }
    QueueTabsController *queues() const { return m_queues.get(); }
    CaseCardController *cards() const { return m_cards.get(); }
    const Session *session() const { return m_session.get(); }

signals:
    void loggedIn();
    void quitRequested();

private:
    struct LoginResult {
        DbError error;
        bool notStaff = false;
        bool needsUpgrade = false;
        int schemaVersion = 0;
        SessionInfo info;
    };

    void showLoginDialog();
    void prepareLocalDatabase();
    void attemptLogin();
    static QString localFailureMessage(const LocalDesk::Result &result);
    void finishLogin(const LoginResult &result, const ConnectParams &params, bool remember,
                     const QString &password);
    void editConnectionSettings();
    void switchUser();
    QString keychainKey(const QString &login) const;

    Options m_options;
    ConnectionProfileStore m_store;
    ConnectionProfile m_profile;
    LocalClusterLayout m_layout;
    PasswordStore m_passwords;
    QPointer<LoginDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IntakeController> m_intake;
    std::unique_ptr<QueueTabsController> m_queues;
    std::unique_ptr<CaseCardController> m_cards;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<DatabaseThread> m_pendingDb;
    QString m_deskLogin;
    bool m_localReady = false;
    int m_attempt = 0;
};
