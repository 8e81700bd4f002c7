#pragma once

#include "sessioninfo.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QSystemTrayIcon;
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
    // Features add their windows to the View menu.
    void addViewAction(QAction *action);
    // Reports add theirs to the Reports menu (created with the first one, before Help).
    void addReportAction(QAction *action);
    // Settings of the whole centre (administrator) go to the File menu, after the connection.
    void addSettingsAction(QAction *action);

    // Intake is available only to roles that register appeals.
    void setIntakeEnabled(bool enabled);
    void showMessage(const QString &text);
    // The banner that says the data may be stale (connection lost).
    void setStale(bool stale);
    // The count of "My work" in the window title (the taskbar shows it too).
    void setWorkCount(int count);
    // New work while the person may be looking elsewhere: the taskbar entry asks for attention
    // and, where the desktop has a notification area, a notification says how many.
    void announceNewWork(int added);

signals:
    void newAppealRequested();
    void switchUserRequested();
    void connectionSettingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpStatusBar();
    QString m_baseTitle;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_reportsMenu = nullptr;
    void chooseLanguage(const QString &code);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> ui;
    SessionInfo m_session;
};
