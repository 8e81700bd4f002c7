#include "logindialog.h"

#include "loginname.h"
#include "ui_logindialog.h"

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
{
    ui->setupUi(this);
    ui->busyBar->hide();
    ui->messageLabel->hide();
    connect(ui->loginEdit, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(ui->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(ui->loginButton, &QPushButton::clicked, this, [this]() {
        if (ui->loginButton->isEnabled())
            emit loginRequested();
    });
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->settingsButton, &QPushButton::clicked, this, &LoginDialog::settingsRequested);
    updateState();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServerDescription(const QString &text)
{
    ui->serverLabel->setText(text);
}

void LoginDialog::setLogin(const QString &login)
{
    ui->loginEdit->setText(login);
    (login.isEmpty() ? ui->loginEdit : ui->passwordEdit)->setFocus();
}

void LoginDialog::setPassword(const QString &password)
{
    ui->passwordEdit->setText(password);
}

void LoginDialog::setPasswordlessLogin(const QString &login)
{
    m_passwordlessLogin = login;
    updateState();
}

void LoginDialog::setKeychainAvailable(bool available)
{
    ui->rememberCheck->setVisible(available);
    if (!available)
        ui->rememberCheck->setChecked(false);
}

void LoginDialog::setRemember(bool remember)
{
    ui->rememberCheck->setChecked(remember);
}

QString LoginDialog::login() const
{
    return ui->loginEdit->text().trimmed();
}

QString LoginDialog::password() const
{
    return ui->passwordEdit->text();
}

bool LoginDialog::remember() const
{
    return ui->rememberCheck->isChecked();
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    ui->busyBar->setVisible(busy);
    if (busy) {
        ui->messageLabel->setStyleSheet(QString());
        ui->messageLabel->setText(status);
        ui->messageLabel->setVisible(!status.isEmpty());
    }
    updateState();
}

void LoginDialog::showError(const QString &message)
{
    setBusy(false);
    ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->messageLabel->setText(message);
    ui->messageLabel->show();
    ui->passwordEdit->selectAll();
    ui->passwordEdit->setFocus();
}

void LoginDialog::updateState()
{
    const bool passwordless = !m_passwordlessLogin.isEmpty() && login() == m_passwordlessLogin;
    ui->passwordEdit->setEnabled(!m_busy && !passwordless);
    ui->passwordEdit->setPlaceholderText(passwordless ? tr("not needed for this computer's account")
                                                      : QString());
    ui->loginEdit->setEnabled(!m_busy);
    ui->settingsButton->setEnabled(!m_busy);
    ui->rememberCheck->setEnabled(!m_busy && !passwordless);
    const bool valid = LoginName::isValid(login()) && (passwordless || !password().isEmpty());
    ui->loginButton->setEnabled(!m_busy && valid);
    ui->loginButton->setToolTip(
        valid ? QString() : tr("Enter your login (latin letters, digits, _) and password"));
}
