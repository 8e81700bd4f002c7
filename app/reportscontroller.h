#pragma once

#include "dailyreport.h"
#include "session.h"

#include <QObject>
#include <QPointer>

class MainWindow;
class QProgressDialog;
class QWidget;

// Reports ▸ Daily report for the mayor…: asks for the day (DailyReportDialog), reads the figures
// on the session's database thread (the GUI thread never waits; a busy dialog with Cancel is
// shown meanwhile, and Cancel drops the answer), then shows a print preview or saves PDF, CSV
// or HTML through the same renderer as `kontaktctl report daily`. The database decides what the
// login sees: an executor's report holds only its own organisation's cases.
class ReportsController : public QObject
{
    Q_OBJECT
public:
    ReportsController(const Session &session, MainWindow *window);

    // Who gets the menu entry: everybody who reads appeals (not the e-petitions administrator).
    static bool mayRun(const SessionInfo &info);
    // Yesterday in Kyiv: the default day of the daily report.
    static QDate yesterday();

    void openDailyReport();
    // The read and the output without the dialog (tests, and the dialog's OK). An empty path
    // for a file output asks where to save.
    void makeDailyReport(const QDate &from, const QDate &to, int output, const QString &path = {});

signals:
    // The figures arrived (ok) or the read failed (message); not emitted after Cancel.
    void dailyReportReady(const DailyReportData &data);
    void failed(const QString &message);
    void saved(const QString &path);

private:
    void present(const DailyReportData &data, int output, const QString &path);

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<QProgressDialog> m_busy;
    quint64 m_generation = 0;
};
