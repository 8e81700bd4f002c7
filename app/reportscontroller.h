#pragma once

#include "disciplinereport.h"
#include "disciplinewindow.h"
#include "reportdocument.h"
#include "reportrenderer.h"
#include "reportrequest.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>

class DatabaseThread;
class MainWindow;
class QProgressDialog;
class QWidget;

// The Reports menu: the daily report for the mayor, executive discipline (a window with the
// drill-down to cases), analytics with charts and the quarterly statistics. A report is read on
// a database thread (the GUI thread never waits; a busy dialog with Cancel shows when it takes
// long, and Cancel drops the answer), then shown in a print preview or saved as PDF, XLSX, CSV
// or HTML through the same ReportService and renderer as `kontaktctl report`. Reports read from
// the reporting server (a standby) when the connection profile names one. Every preview,
// print and export is written to the audit log. The database decides what the login sees: an
// executor's reports hold only its own organisation's cases.
class ReportsController : public QObject
{
    Q_OBJECT
public:
    ReportsController(const Session &session, MainWindow *window);
    ~ReportsController() override;

    // Who gets the menu: everybody who reads appeals (not the e-petitions administrator).
    static bool mayRun(const SessionInfo &info);
    // Yesterday in Kyiv: the default day of the daily report.
    static QDate yesterday();

    void openDailyReport();
    void openPeriodReport(ReportRequest::Kind kind);
    void openDiscipline();
    DisciplineWindow *disciplineWindow() const { return m_discipline; }

    // The read and the output without a dialog (tests, and the dialogs' OK). An empty path for
    // a file output asks where to save; `charts` also saves the charts as PNG and SVG beside it.
    void makeReport(const ReportRequest &request, ReportOutput output, const QString &path = {},
                    bool charts = false);
    void makeDailyReport(const QDate &from, const QDate &to, int output, const QString &path = {})
    {
        makeReport(ReportRequest::daily(from, to), ReportOutput(output), path);
    }

signals:
    // The document arrived (ok) or the read failed (message); not emitted after Cancel.
    void reportReady(const ReportDocument &document);
    void failed(const QString &message);
    void saved(const QString &path);
    void openRequested(qint64 appealId);

private:
    void present(const ReportRequest &request, const ReportDocument &document, ReportOutput output,
                 const QString &path, bool charts);
    void logAudit(const ReportRequest &request, bool print, const QString &format);
    void loadDiscipline();
    void loadDisciplineCases(qint64 orgId, const QString &login, DisciplineCategory category);
    // Where reports read: the reporting server when one is configured, else the session's
    // own connection.
    DatabaseThread *reportDb();

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<QProgressDialog> m_busy;
    QPointer<DisciplineWindow> m_discipline;
    std::shared_ptr<DatabaseThread> m_reportDb;
    quint64 m_generation = 0;
    quint64 m_casesGeneration = 0;
};
