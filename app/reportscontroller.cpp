#include "reportscontroller.h"

#include "dailyreportdialog.h"
#include "databasethread.h"
#include "disciplinereportrepository.h"
#include "disciplinewindow.h"
#include "mainwindow.h"
#include "reportaudit.h"
#include "reportperioddialog.h"
#include "reportservice.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

namespace {

QString reportTitle(ReportRequest::Kind kind)
{
    switch (kind) {
    case ReportRequest::Kind::Daily:
        return ReportsController::tr("Daily report for the mayor");
    case ReportRequest::Kind::Discipline:
        return ReportsController::tr("Executive discipline");
    case ReportRequest::Kind::Analytics:
        return ReportsController::tr("Analytics of appeals");
    case ReportRequest::Kind::Quarterly:
        return ReportsController::tr("Quarterly statistics by the classifier");
    }
    return QString();
}

} // namespace

ReportsController::ReportsController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    const auto add = [this, window](const QString &text, const QString &name,
                                    const QString &shortcut, auto slot) {
        auto *action = new QAction(text, window);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(QKeySequence(shortcut));
        connect(action, &QAction::triggered, this, slot);
        window->addReportAction(action);
    };
    add(tr("&Daily report for the mayor…"), QStringLiteral("dailyReportAction"),
        QStringLiteral("Ctrl+Shift+D"), [this]() { openDailyReport(); });
    add(tr("&Executive discipline…"), QStringLiteral("disciplineAction"),
        QStringLiteral("Ctrl+Shift+E"), [this]() { openDiscipline(); });
    add(tr("&Analytics with charts…"), QStringLiteral("analyticsAction"),
        QStringLiteral("Ctrl+Shift+A"),
        [this]() { openPeriodReport(ReportRequest::Kind::Analytics); });
    add(tr("&Quarterly statistics by the classifier…"), QStringLiteral("quarterlyAction"),
        QString(), [this]() { openPeriodReport(ReportRequest::Kind::Quarterly); });
}

ReportsController::~ReportsController() = default;

bool ReportsController::mayRun(const SessionInfo &info)
{
    return info.role != StaffRole::Petitions;
}

QDate ReportsController::yesterday()
{
    return ReportService::kyivNow().date().addDays(-1);
}

DatabaseThread *ReportsController::reportDb()
{
    const std::optional<ConnectParams> reporting = m_session.params.reportingParams();
    if (!reporting)
        return m_session.db.get();
    if (!m_reportDb) {
        // Its own thread and connection: a long report never holds up the desk's session.
        m_reportDb = std::make_shared<DatabaseThread>(QStringLiteral("kontakt-reports"));
        m_reportDb->open(this, *reporting, [this](DbError error) {
            if (error.isError() && m_window)
                m_window->showMessage(
                    tr("The reporting server is not reachable: %1").arg(error.userMessage()));
        });
    }
    return m_reportDb.get();
}

void ReportsController::openDailyReport()
{
    auto *dialog = new DailyReportDialog(yesterday(), m_window);
    dialog->setObjectName(QStringLiteral("dailyReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        makeReport(ReportRequest::daily(dialog->from(), dialog->to()), dialog->output());
    });
    dialog->open();
}

void ReportsController::openPeriodReport(ReportRequest::Kind kind)
{
    auto *dialog = new ReportPeriodDialog(kind, yesterday().addDays(1), m_window);
    dialog->setObjectName(QStringLiteral("reportPeriodDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        makeReport(dialog->request(), dialog->output(), QString(), dialog->saveCharts());
    });
    dialog->open();
}

void ReportsController::makeReport(const ReportRequest &request, ReportOutput output,
                                   const QString &path, bool charts)
{
    struct Loaded {
        bool ok = false;
        ReportService::Result result;
        DbError error;
    };
    const quint64 generation = ++m_generation;
    if (!m_busy) {
        m_busy = new QProgressDialog(tr("Reading the report…"), tr("Cancel"), 0, 0, m_window);
        m_busy->setObjectName(QStringLiteral("reportBusyDialog"));
        m_busy->setAutoClose(false);
        m_busy->setAutoReset(false);
        m_busy->setWindowModality(Qt::WindowModal);
        m_busy->cancel(); // hidden until a read takes long enough to be noticed
        // Cancel: the answer is dropped when it comes (the read is read-only).
        connect(m_busy.data(), &QProgressDialog::canceled, this, [this]() { ++m_generation; });
    }
    m_busy->setWindowTitle(reportTitle(request.kind));
    QTimer::singleShot(300, this, [this, generation]() {
        if (generation == m_generation && m_busy) {
            m_busy->setRange(0, 0);
            m_busy->show();
        }
    });
    reportDb()->run<Loaded>(
        this,
        [request](QSqlDatabase &db) {
            Loaded l;
            l.ok = ReportService(db).build(request, ReportService::kyivNow(), &l.result, &l.error);
            return l;
        },
        [this, generation, request, output, path, charts](Loaded l) {
            if (generation != m_generation)
                return;     // cancelled, or a newer request
            ++m_generation; // the busy indicator is not shown any more
            if (m_busy)
                m_busy->hide();
            if (!l.ok) {
                const QString message = l.error.userMessage();
                emit failed(message);
                if (m_window && path.isEmpty())
                    QMessageBox::warning(m_window, reportTitle(request.kind), message);
                return;
            }
            emit reportReady(l.result.document);
            present(request, l.result.document, output, path, charts);
        });
}

void ReportsController::logAudit(const ReportRequest &request, bool print, const QString &format)
{
    // On the desk's own connection (a standby cannot write); a refused log is only reported.
    m_session.db->run<DbError>(
        this,
        [request, print, format](QSqlDatabase &db) {
            DbError error;
            ReportAudit::log(db, request.name(), request.params(),
                             print ? ReportAudit::Action::Print : ReportAudit::Action::Export,
                             format, &error);
            return error;
        },
        [this](DbError error) {
            if (error.isError() && m_window)
                m_window->showMessage(
                    tr("The report was not written to the audit log: %1").arg(error.userMessage()));
        });
}

void ReportsController::present(const ReportRequest &request, const ReportDocument &document,
                                ReportOutput output, const QString &path, bool charts)
{
    const ReportRenderer renderer(document);
    if (output == ReportOutput::Preview) {
        logAudit(request, true, QStringLiteral("preview"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(ReportRenderer::pageLayout());
        printer.setDocName(request.fileStem());
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setObjectName(QStringLiteral("reportPreview"));
        preview.setWindowTitle(reportTitle(request.kind));
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&renderer](QPrinter *p) { renderer.print(p); });
        preview.exec();
        return;
    }
    ReportRenderer::Format format = ReportRenderer::Format::Pdf;
    QString filter = tr("PDF documents (*.pdf)");
    switch (output) {
    case ReportOutput::Csv:
        format = ReportRenderer::Format::Csv;
        filter = tr("CSV for spreadsheets (*.csv)");
        break;
    case ReportOutput::Html:
        format = ReportRenderer::Format::Html;
        filter = tr("Web pages (*.html)");
        break;
    case ReportOutput::Xlsx:
        format = ReportRenderer::Format::Xlsx;
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    default:
        break;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString name =
            request.fileStem() + QLatin1Char('.') + ReportRenderer::formatName(format);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(m_window, tr("Save the report"),
                                              QDir(dir).filePath(name), filter);
        if (target.isEmpty())
            return;
    }
    QString error;
    bool ok = renderer.save(format, target, &error);
    int chartFiles = 0;
    if (ok && charts) {
        for (bool svg : {false, true}) {
            const int n =
                renderer.saveCharts(QFileInfo(target).absolutePath(),
                                    QFileInfo(target).completeBaseName(), svg, nullptr, &error);
            ok = n >= 0;
            if (!ok)
                break;
            chartFiles += n;
        }
    }
    if (!ok) {
        emit failed(error);
        if (m_window && path.isEmpty())
            QMessageBox::warning(m_window, reportTitle(request.kind), error);
        return;
    }
    logAudit(request, false, ReportRenderer::formatName(format));
    if (m_window)
        m_window->showMessage(
            chartFiles > 0 ? tr("The report was saved to %1 (and %n chart file(s) beside it).",
                                nullptr, chartFiles)
                                 .arg(target)
                           : tr("The report was saved to %1.").arg(target));
    emit saved(target);
}

void ReportsController::openDiscipline()
{
    if (!m_discipline) {
        // The current quarter so far: what a head asks about most.
        const auto [from, to] = ReportPeriodDialog::presetPeriod(
            ReportPeriodDialog::Preset::ThisQuarter, yesterday().addDays(1));
        m_discipline = new DisciplineWindow(from, to, m_window);
        m_discipline->setObjectName(QStringLiteral("disciplineWindow"));
        m_discipline->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_discipline, &DisciplineWindow::periodRequested, this,
                &ReportsController::loadDiscipline);
        connect(m_discipline, &DisciplineWindow::casesRequested, this,
                &ReportsController::loadDisciplineCases);
        connect(m_discipline, &DisciplineWindow::openCaseRequested, this,
                &ReportsController::openRequested);
        connect(m_discipline, &DisciplineWindow::exportRequested, this,
                [this](const QDate &from, const QDate &to) {
                    auto *dialog = new ReportPeriodDialog(ReportRequest::Kind::Discipline,
                                                          yesterday().addDays(1), m_discipline);
                    dialog->setObjectName(QStringLiteral("reportPeriodDialog"));
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->setPeriod(from, to);
                    connect(dialog, &QDialog::accepted, this,
                            [this, dialog]() { makeReport(dialog->request(), dialog->output()); });
                    dialog->open();
                });
    }
    m_discipline->show();
    m_discipline->raise();
    m_discipline->activateWindow();
    loadDiscipline();
}

void ReportsController::loadDiscipline()
{
    if (!m_discipline)
        return;
    struct Loaded {
        bool ok = false;
        DisciplineReportData data;
        DbError error;
    };
    const QDate from = m_discipline->from(), to = m_discipline->to();
    if (to < from) {
        m_discipline->showMessage(tr("The period ends before it starts."), true);
        return;
    }
    m_discipline->setBusy(true);
    const quint64 generation = ++m_casesGeneration;
    reportDb()->run<Loaded>(
        this,
        [from, to](QSqlDatabase &db) {
            Loaded l;
            l.ok = DisciplineReportRepository(db).load(from, to, QDate(), &l.data, &l.error);
            return l;
        },
        [this, generation](Loaded l) {
            if (!m_discipline || generation != m_casesGeneration)
                return;
            m_discipline->setBusy(false);
            if (!l.ok) {
                m_discipline->showMessage(l.error.userMessage(), true);
                return;
            }
            m_discipline->setData(l.data);
        });
}

void ReportsController::loadDisciplineCases(qint64 orgId, const QString &login,
                                            DisciplineCategory category)
{
    if (!m_discipline)
        return;
    struct Loaded {
        bool ok = false;
        QList<DisciplineCase> cases;
        DbError error;
    };
    const QDate from = m_discipline->from(), to = m_discipline->to();
    const quint64 generation = ++m_casesGeneration;
    reportDb()->run<Loaded>(
        this,
        [from, to, orgId, login, category](QSqlDatabase &db) {
            Loaded l;
            l.ok = DisciplineReportRepository(db).cases(from, to, QDate(), orgId, login, category,
                                                        DisciplineWindow::CaseLimit, &l.cases,
                                                        &l.error);
            return l;
        },
        [this, generation](Loaded l) {
            if (!m_discipline || generation != m_casesGeneration)
                return;
            if (!l.ok) {
                m_discipline->showMessage(l.error.userMessage(), true);
                return;
            }
            m_discipline->setCases(l.cases, DisciplineWindow::CaseLimit);
        });
}
