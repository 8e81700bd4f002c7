#include "reportscontroller.h"

#include "dailyreportdialog.h"
#include "dailyreportrepository.h"
#include "mainwindow.h"
#include "reportrenderer.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

ReportsController::ReportsController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    auto *action = new QAction(tr("&Daily report for the mayor…"), window);
    action->setObjectName(QStringLiteral("dailyReportAction"));
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    connect(action, &QAction::triggered, this, &ReportsController::openDailyReport);
    window->addReportAction(action);
}

bool ReportsController::mayRun(const SessionInfo &info)
{
    return info.role != StaffRole::Petitions;
}

QDate ReportsController::yesterday()
{
    return QDateTime::currentDateTime()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
        .date()
        .addDays(-1);
}

void ReportsController::openDailyReport()
{
    auto *dialog = new DailyReportDialog(yesterday(), m_window);
    dialog->setObjectName(QStringLiteral("dailyReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        makeDailyReport(dialog->from(), dialog->to(), int(dialog->output()));
    });
    dialog->open();
}

void ReportsController::makeDailyReport(const QDate &from, const QDate &to, int output,
                                        const QString &path)
{
    struct Loaded {
        bool ok = false;
        DailyReportData data;
        DbError error;
    };
    const quint64 generation = ++m_generation;
    if (!m_busy) {
        m_busy = new QProgressDialog(tr("Reading the daily report…"), tr("Cancel"), 0, 0, m_window);
        m_busy->setObjectName(QStringLiteral("reportBusyDialog"));
        m_busy->setWindowTitle(tr("Daily report for the mayor"));
        m_busy->setAutoClose(false);
        m_busy->setAutoReset(false);
        m_busy->setWindowModality(Qt::WindowModal);
        m_busy->cancel(); // hidden until a read takes long enough to be noticed
        // Cancel: the answer is dropped when it comes (the query itself is short and read-only).
        connect(m_busy.data(), &QProgressDialog::canceled, this, [this]() { ++m_generation; });
    }
    // A busy indicator only when the read takes longer than a blink.
    QTimer::singleShot(300, this, [this, generation]() {
        if (generation == m_generation && m_busy) {
            m_busy->setRange(0, 0);
            m_busy->show();
        }
    });
    m_session.db->run<Loaded>(
        this,
        [from, to](QSqlDatabase &db) {
            Loaded l;
            l.ok = DailyReportRepository(db).load(from, to, &l.data, &l.error);
            return l;
        },
        [this, generation, output, path](Loaded l) {
            if (generation != m_generation)
                return;     // cancelled, or a newer request
            ++m_generation; // the busy indicator is not shown any more
            if (m_busy)
                m_busy->hide();
            if (!l.ok) {
                const QString message = l.error.userMessage();
                emit failed(message);
                if (m_window && path.isEmpty())
                    QMessageBox::warning(m_window, tr("Daily report for the mayor"), message);
                return;
            }
            emit dailyReportReady(l.data);
            present(l.data, output, path);
        });
}

void ReportsController::present(const DailyReportData &data, int output, const QString &path)
{
    const ReportRenderer renderer(DailyReportBuilder::build(
        data,
        QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))));
    const auto outputKind = DailyReportDialog::Output(output);
    if (outputKind == DailyReportDialog::Output::Preview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(ReportRenderer::pageLayout());
        printer.setDocName(tr("Daily report %1").arg(data.from.toString(Qt::ISODate)));
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setObjectName(QStringLiteral("dailyReportPreview"));
        preview.setWindowTitle(tr("Daily report for the mayor"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&renderer](QPrinter *p) { renderer.print(p); });
        preview.exec();
        return;
    }
    ReportRenderer::Format format = ReportRenderer::Format::Pdf;
    QString filter = tr("PDF documents (*.pdf)");
    QString suffix = QStringLiteral("pdf");
    if (outputKind == DailyReportDialog::Output::Csv) {
        format = ReportRenderer::Format::Csv;
        filter = tr("CSV for spreadsheets (*.csv)");
        suffix = QStringLiteral("csv");
    } else if (outputKind == DailyReportDialog::Output::Html) {
        format = ReportRenderer::Format::Html;
        filter = tr("Web pages (*.html)");
        suffix = QStringLiteral("html");
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString name =
            data.from == data.to
                ? QStringLiteral("daily-report-%1.%2").arg(data.from.toString(Qt::ISODate), suffix)
                : QStringLiteral("daily-report-%1-%2.%3")
                      .arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate), suffix);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(m_window, tr("Save the daily report"),
                                              QDir(dir).filePath(name), filter);
        if (target.isEmpty())
            return;
    }
    QString error;
    if (!renderer.save(format, target, &error)) {
        emit failed(error);
        if (m_window && path.isEmpty())
            QMessageBox::warning(m_window, tr("Daily report for the mayor"), error);
        return;
    }
    if (m_window)
        m_window->showMessage(tr("The daily report was saved to %1.").arg(target));
    emit saved(target);
}
