#include "connectionsettingsdialog.h"

#include "ui_connectionsettingsdialog.h"

#include <QPushButton>

ConnectionSettingsDialog::ConnectionSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectionSettingsDialog>())
{
    ui->setupUi(this);
    ui->sslModeCombo->addItems(ConnectionProfile::sslModes());
    ui->targetSessionCombo->addItems(ConnectionProfile::targetSessionAttrsValues());
    for (QLineEdit *edit : {ui->hostsEdit, ui->portsEdit, ui->databaseEdit, ui->reportHostsEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSettingsDialog::validate);
    connect(ui->embeddedRadio, &QRadioButton::toggled, this, &ConnectionSettingsDialog::validate);
    connect(ui->sslModeCombo, &QComboBox::currentTextChanged, this,
            &ConnectionSettingsDialog::validate);
    connect(ui->timeoutSpin, &QSpinBox::valueChanged, this, &ConnectionSettingsDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setProfile(ConnectionProfile());
}

ConnectionSettingsDialog::~ConnectionSettingsDialog() = default;

void ConnectionSettingsDialog::setProfile(const ConnectionProfile &p)
{
    m_lastLogin = p.lastLogin;
    ui->embeddedRadio->setChecked(p.kind == ConnectionProfile::Kind::Embedded);
    ui->serverRadio->setChecked(p.kind == ConnectionProfile::Kind::Server);
    ui->hostsEdit->setText(p.hosts);
    ui->portsEdit->setText(p.ports);
    ui->databaseEdit->setText(p.database);
    ui->sslModeCombo->setCurrentText(p.sslMode);
    ui->targetSessionCombo->setCurrentText(p.targetSessionAttrs);
    ui->timeoutSpin->setValue(p.connectTimeoutSeconds);
    ui->reportHostsEdit->setText(p.reportHosts);
    validate();
}

ConnectionProfile ConnectionSettingsDialog::profile() const
{
    ConnectionProfile p;
    p.kind = ui->serverRadio->isChecked() ? ConnectionProfile::Kind::Server
                                          : ConnectionProfile::Kind::Embedded;
    p.hosts = ui->hostsEdit->text().trimmed();
    p.ports = ui->portsEdit->text().trimmed();
    p.database = ui->databaseEdit->text().trimmed();
    p.sslMode = ui->sslModeCombo->currentText();
    p.targetSessionAttrs = ui->targetSessionCombo->currentText();
    p.connectTimeoutSeconds = ui->timeoutSpin->value();
    p.reportHosts = ui->reportHostsEdit->text().trimmed();
    p.lastLogin = m_lastLogin;
    return p;
}

void ConnectionSettingsDialog::validate()
{
    ui->serverGroup->setEnabled(ui->serverRadio->isChecked());
    const auto error = profile().validationError();
    ui->messageLabel->setText(error.value_or(QString()));
    ui->messageLabel->setVisible(error.has_value());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!error);
}
