#pragma once

#include "sessioninfo.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTabWidget;
namespace Ui {
class MainWindow;
}

// The desk's shell: menus, toolbar, queue tabs and a status bar that always says who is logged
// in, in which role, and where. Features plug in their own widgets; this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const SessionInfo &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    const SessionInfo &session() const { return m_session; }
    QTabWidget *queueTabs() const;

    // Intake is available only to roles that register appeals.
    void setIntakeEnabled(bool enabled);
    void showMessage(const QString &text);
    // The banner that says the data may be stale (connection lost).
    void setStale(bool stale);

signals:
    void newAppealRequested();
    void switchUserRequested();
    void connectionSettingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpStatusBar();
    void chooseLanguage(const QString &code);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    SessionInfo m_session;
};
