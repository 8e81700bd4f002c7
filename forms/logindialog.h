#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

// Asks for a personal login and password. It does not connect by itself: the controller that
// owns the database thread answers loginRequested() with setBusy()/showError()/accept(), so the
// dialog stays responsive while the server is being reached.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServerDescription(const QString &text);
    void setLogin(const QString &login);
    void setPassword(const QString &password);
    // The login that needs no password on this computer (embedded cluster, peer authentication).
    void setPasswordlessLogin(const QString &login);
    void setKeychainAvailable(bool available);
    void setRemember(bool remember);

    QString login() const;
    QString password() const;
    bool remember() const;

    void setBusy(bool busy, const QString &status = QString());
    void showError(const QString &message);

signals:
    void loginRequested();
    void settingsRequested();

private:
    void updateState();

    std::unique_ptr<Ui::LoginDialog> ui;
    QString m_passwordlessLogin;
    bool m_busy = false;
};
