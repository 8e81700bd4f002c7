#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionSettingsDialog;
}

// Chooses the embedded database or a shared server. OK is enabled only for a valid profile;
// the reason is shown under the fields.
class ConnectionSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionSettingsDialog(QWidget *parent = nullptr);
    ~ConnectionSettingsDialog() override;

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;

private:
    void validate();

    std::unique_ptr<Ui::ConnectionSettingsDialog> ui;
    QString m_lastLogin;
};
