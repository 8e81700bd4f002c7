#include "mailsettingsdialog.h"

#include "ui_mailsettingsdialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>

namespace {
void fillSecurity(QComboBox *combo)
{
    combo->addItem(MailSettingsDialog::tr("TLS"), QStringLiteral("tls"));
    combo->addItem(MailSettingsDialog::tr("STARTTLS"), QStringLiteral("starttls"));
    combo->addItem(MailSettingsDialog::tr("None (this computer only)"), QStringLiteral("none"));
}

bool isLoopback(const QString &host)
{
    const QString h = host.trimmed().toLower();
    return h == QLatin1String("localhost") || h.startsWith(QLatin1String("127.")) ||
           h == QLatin1String("::1");
}
} // namespace

MailSettingsDialog::MailSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::MailSettingsDialog>())
{
    ui->setupUi(this);
    fillSecurity(ui->imapSecurityCombo);
    fillSecurity(ui->smtpSecurityCombo);
    ui->testProgress->hide();
    ui->messageLabel->clear();
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &MailSettingsDialog::validate);
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &MailSettingsDialog::validate);
    for (QComboBox *c : {ui->imapSecurityCombo, ui->smtpSecurityCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &MailSettingsDialog::validate);
    connect(ui->imapSecurityCombo, &QComboBox::activated, this,
            [this]() { securityChanged(true); });
    connect(ui->smtpSecurityCombo, &QComboBox::activated, this,
            [this]() { securityChanged(false); });
    connect(ui->caFileButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Trusted CA certificates"), ui->caFileEdit->text(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            ui->caFileEdit->setText(path);
    });
    connect(ui->testButton, &QPushButton::clicked, this, [this]() {
        ui->testButton->setEnabled(false);
        ui->testProgress->show();
        ui->messageLabel->setStyleSheet(QString());
        ui->messageLabel->setText(tr("Connecting…"));
        emit testRequested();
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSettings(MailSettings());
}

MailSettingsDialog::~MailSettingsDialog() = default;

void MailSettingsDialog::setSettings(const MailSettings &s)
{
    ui->imapHostEdit->setText(s.imapHost);
    ui->imapPortSpin->setValue(s.imapPort);
    ui->imapSecurityCombo->setCurrentIndex(
        qMax(0, ui->imapSecurityCombo->findData(s.imapSecurity)));
    ui->imapLoginEdit->setText(s.imapLogin);
    ui->inboxFolderEdit->setText(s.inboxFolder);
    ui->processedFolderEdit->setText(s.processedFolder);
    ui->junkFolderEdit->setText(s.junkFolder);
    ui->pollSpin->setValue(s.pollSeconds);
    ui->smtpHostEdit->setText(s.smtpHost);
    ui->smtpPortSpin->setValue(s.smtpPort);
    ui->smtpSecurityCombo->setCurrentIndex(
        qMax(0, ui->smtpSecurityCombo->findData(s.smtpSecurity)));
    ui->smtpLoginEdit->setText(s.smtpLogin);
    ui->fromAddressEdit->setText(s.fromAddress);
    ui->fromNameEdit->setText(s.fromName);
    ui->caFileEdit->setText(s.caFile);
    validate();
}

MailSettings MailSettingsDialog::settings() const
{
    MailSettings s;
    s.imapHost = ui->imapHostEdit->text().trimmed();
    s.imapPort = ui->imapPortSpin->value();
    s.imapSecurity = ui->imapSecurityCombo->currentData().toString();
    s.imapLogin = ui->imapLoginEdit->text().trimmed();
    s.inboxFolder = ui->inboxFolderEdit->text().trimmed();
    s.processedFolder = ui->processedFolderEdit->text().trimmed();
    s.junkFolder = ui->junkFolderEdit->text().trimmed();
    s.pollSeconds = ui->pollSpin->value();
    s.smtpHost = ui->smtpHostEdit->text().trimmed();
    s.smtpPort = ui->smtpPortSpin->value();
    s.smtpSecurity = ui->smtpSecurityCombo->currentData().toString();
    s.smtpLogin = ui->smtpLoginEdit->text().trimmed();
    s.fromAddress = ui->fromAddressEdit->text().trimmed();
    s.fromName = ui->fromNameEdit->text().trimmed();
    s.caFile = ui->caFileEdit->text().trimmed();
    return s;
}

void MailSettingsDialog::setPasswords(const QString &imap, const QString &smtp)
{
    ui->imapPasswordEdit->setText(imap);
    ui->smtpPasswordEdit->setText(smtp);
}

QString MailSettingsDialog::imapPassword() const
{
    return ui->imapPasswordEdit->text();
}

QString MailSettingsDialog::smtpPassword() const
{
    return ui->smtpPasswordEdit->text();
}

QString MailSettingsDialog::problem() const
{
    const MailSettings s = settings();
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (s.intakeConfigured()) {
        if (s.imapLogin.isEmpty())
            return tr("Give the login of the mailbox.");
        if (s.inboxFolder.isEmpty() || s.processedFolder.isEmpty() || s.junkFolder.isEmpty())
            return tr("Name all three folders.");
        if (s.inboxFolder == s.processedFolder || s.inboxFolder == s.junkFolder)
            return tr("The processed and junk folders must differ from the inbox.");
        if (s.imapSecurity == QLatin1String("none") && !isLoopback(s.imapHost))
            return tr("Mail without encryption is allowed only on this computer: choose TLS or "
                      "STARTTLS for the mailbox.");
    }
    if (!s.smtpHost.isEmpty()) {
        if (!address.match(s.fromAddress).hasMatch())
            return tr("Give the sender address (name@domain).");
        if (s.smtpSecurity == QLatin1String("none") && !isLoopback(s.smtpHost))
            return tr("Mail without encryption is allowed only on this computer: choose TLS or "
                      "STARTTLS for sending.");
    }
    for (const QString &v : {s.imapHost, s.imapLogin, s.inboxFolder, s.processedFolder,
                             s.junkFolder, s.smtpHost, s.smtpLogin, s.fromName, s.caFile}) {
        if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v.size() > 300)
            return tr("A field is too long or holds a line break.");
    }
    return {};
}

void MailSettingsDialog::validate()
{
    const QString p = problem();
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
    ui->testButton->setEnabled(p.isEmpty() && ui->testProgress->isHidden() &&
                               (settings().intakeConfigured() || !settings().smtpHost.isEmpty()));
    if (ui->testProgress->isHidden()) {
        ui->messageLabel->setStyleSheet(p.isEmpty() ? QString() : QStringLiteral("color:#8a1020"));
        ui->messageLabel->setText(p);
    }
}

void MailSettingsDialog::securityChanged(bool imap)
{
    // The usual port of the chosen security, unless the administrator typed another one.
    QSpinBox *port = imap ? ui->imapPortSpin : ui->smtpPortSpin;
    const QString key =
        (imap ? ui->imapSecurityCombo : ui->smtpSecurityCombo)->currentData().toString();
    const QList<int> usual = imap ? QList<int>{993, 143} : QList<int>{465, 587, 25};
    if (!usual.contains(port->value()))
        return;
    if (imap)
        port->setValue(key == QLatin1String("tls") ? 993 : 143);
    else
        port->setValue(key == QLatin1String("tls")        ? 465
                       : key == QLatin1String("starttls") ? 587
                                                          : 25);
}

void MailSettingsDialog::showTestResult(const QString &text, bool ok)
{
    ui->testProgress->hide();
    validate(); // enables the button again
    ui->messageLabel->setStyleSheet(ok ? QStringLiteral("color:#1e5631")
                                       : QStringLiteral("color:#8a1020"));
    ui->messageLabel->setText(text);
}
