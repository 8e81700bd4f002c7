#include "casecardwindow.h"

#include "appeal.h"
#include "ui_casecardwindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString statusText(const QString &key)
{
    const auto s = AppealKeys::statusFromKey(key);
    return s ? AppealKeys::statusName(*s) : key;
}

QString assignmentStatusText(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("proposed"), QT_TRANSLATE_NOOP("CaseCardWindow", "proposed")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("CaseCardWindow", "approved, not accepted")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("CaseCardWindow", "rejected")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("CaseCardWindow", "accepted, in work")},
        {QStringLiteral("replied"), QT_TRANSLATE_NOOP("CaseCardWindow", "replied")},
        {QStringLiteral("not_competent"),
         QT_TRANSLATE_NOOP("CaseCardWindow", "not in its competence")},
        {QStringLiteral("rework"), QT_TRANSLATE_NOOP("CaseCardWindow", "sent back to rework")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("CaseCardWindow", "done")}};
    const char *n = names.value(key);
    return n ? QCoreApplication::translate("CaseCardWindow", n) : key;
}

QString resultText(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("CaseCardWindow", "done")},
        {QStringLiteral("explained"), QT_TRANSLATE_NOOP("CaseCardWindow", "explained")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("CaseCardWindow", "refused")},
        {QStringLiteral("impossible_now"),
         QT_TRANSLATE_NOOP("CaseCardWindow", "impossible in this period")},
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("CaseCardWindow", "confirmed done")},
        {QStringLiteral("partly"), QT_TRANSLATE_NOOP("CaseCardWindow", "done partly")},
        {QStringLiteral("not_done"), QT_TRANSLATE_NOOP("CaseCardWindow", "not done")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("CaseCardWindow", "waiting for a decision")},
        {QStringLiteral("granted"), QT_TRANSLATE_NOOP("CaseCardWindow", "granted")}};
    const char *n = names.value(key);
    return n ? QCoreApplication::translate("CaseCardWindow", n) : key;
}
} // namespace

CaseCardWindow::CaseCardWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::CaseCardWindow>())
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    ui->presenceLabel->setVisible(false);
    setAttachments({});
    ui->messageLabel->setVisible(false);
    ui->executorsTable->setColumnCount(6);
    ui->executorsTable->setHorizontalHeaderLabels({tr("Organisation"), tr("Role"), tr("Status"),
                                                   tr("Term"), tr("Escalation"),
                                                   tr("Instruction and remarks")});
    ui->executorsTable->horizontalHeader()->setStretchLastSection(true);
    ui->executorsTable->verticalHeader()->hide();
    ui->historyTable->setColumnCount(4);
    ui->historyTable->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    ui->historyTable->verticalHeader()->hide();
    connect(ui->attachmentsList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit attachmentRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(ui->printButton, &QPushButton::clicked, this, &CaseCardWindow::printRequested);
    connect(ui->reloadButton, &QPushButton::clicked, this, &CaseCardWindow::reloadRequested);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &CaseCardWindow::printRequested);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &CaseCardWindow::reloadRequested);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &QWidget::close);
    restoreGeometry(QSettings().value(QStringLiteral("caseCard/geometry")).toByteArray());
}

CaseCardWindow::~CaseCardWindow() = default;

QString CaseCardWindow::name(const QString &code) const
{
    if (code.isEmpty())
        return QStringLiteral("—");
    const QString n = m_names.value(code);
    return n.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, n);
}

void CaseCardWindow::showCase(const CaseDetails &details, const QList<HistoryEvent> &history,
                              const QList<CaseAction> &actions)
{
    m_details = details;
    setWindowTitle(tr("Case %1 — Kontakt").arg(details.regIndex));
    const bool closedCase = details.status == QLatin1String("closed");
    const std::optional<QDate> due =
        details.dueDate.isValid() ? std::optional<QDate>(details.dueDate) : std::nullopt;
    const DeadlineState state = DeadlineStatus::classify(due, closedCase, m_clock(), m_calendar);
    ui->titleLabel->setText(QStringLiteral("<span style=\"font-size:14pt; font-weight:600\">%1"
                                           "</span>&nbsp;&nbsp;%2")
                                .arg(esc(details.regIndex), esc(details.summary.left(120))));
    ui->statusLabel->setText(tr("Status: <b>%1</b>").arg(esc(statusText(details.status))));
    const QString left = DeadlineStatus::countdown(due, closedCase, m_clock());
    ui->termLabel->setText(
        due ? tr("Term: <b>%1 %2</b> %3")
                  .arg(DeadlineStatus::stateSymbol(state), day(details.dueDate),
                       left.isEmpty() ? QString() : QStringLiteral("(%1)").arg(esc(left)))
            : tr("Term: —"));
    ui->termLabel->setToolTip(DeadlineStatus::stateName(state));
    fillDetails();
    fillExecutors();
    fillReplies();
    fillHistory(history);
    fillActions(actions);
}

void CaseCardWindow::fillDetails()
{
    const CaseDetails &d = m_details;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"color:#555\" valign=\"top\">%1</td>"
                               "<td valign=\"top\">%2</td></tr>")
                    .arg(esc(label), value);
    };
    row(tr("Index"), esc(d.regIndex));
    row(tr("Received"), esc(when(d.receivedAt)));
    row(tr("Author"), esc(d.authorName));
    row(tr("Phone"), esc(d.authorPhone));
    row(tr("Topic"), esc(name(d.topicCode)));
    row(tr("Summary"), esc(d.summary));
    // The reason belongs to a case sent back (rejected routing, rework, returned); a closed
    // case keeps the last one in the database but it no longer describes the case.
    const bool reasonApplies =
        d.status == QLatin1String("registered") || d.status == QLatin1String("rework") ||
        d.status == QLatin1String("returned") || d.status == QLatin1String("not_considered");
    row(tr("Status"), esc(statusText(d.status)) +
                          (d.statusReason.isEmpty() || !reasonApplies
                               ? QString()
                               : QStringLiteral("<br><i>%1</i>").arg(esc(d.statusReason))));
    row(tr("Term"), esc(day(d.dueDate)));
    row(tr("Legal maximum"),
        tr("%1 (45 days from receipt, Law 393/96 art. 20)").arg(day(d.maxDueDate)));
    if (!d.resultCode.isEmpty())
        row(tr("Result"), esc(name(d.resultCode)));
    if (d.closedAt.isValid())
        row(tr("Closed"), esc(QStringLiteral("%1, %2").arg(when(d.closedAt), d.closedBy)));
    row(tr("Last change"), esc(QStringLiteral("%1, %2").arg(when(d.updatedAt), d.updatedBy)));
    if (!d.instructions.isEmpty()) {
        QStringList lines;
        for (const CaseInstruction &i : d.instructions) {
            const QString state =
                i.status == QLatin1String("done")
                    ? tr("executed")
                    : (i.status == QLatin1String("cancelled") ? tr("cancelled") : tr("open"));
            const QString head =
                tr("No. %1, %2, term %3, %4")
                    .arg(i.number.isEmpty() ? QStringLiteral("—") : i.number, i.authorName,
                         i.dueDate.isValid() ? day(i.dueDate) : QStringLiteral("—"), state);
            // An open instruction is what the mayor's office will ask about: it stands out.
            lines << QStringLiteral("%1<br>%2")
                         .arg(i.status == QLatin1String("open")
                                  ? QStringLiteral("<b>%1</b>").arg(esc(head))
                                  : esc(head),
                              esc(i.text));
        }
        row(tr("Instructions"), lines.join(QStringLiteral("<br><br>")));
    }
    html += QStringLiteral("</table>");
    ui->detailsBrowser->setHtml(html);
}

void CaseCardWindow::fillExecutors()
{
    QTableWidget *t = ui->executorsTable;
    t->setRowCount(0);
    for (const CaseAssignment &s : m_details.assignments) {
        const int r = t->rowCount();
        t->insertRow(r);
        QString remarks = s.instruction;
        if (!s.executorNote.isEmpty())
            remarks += QLatin1Char('\n') + tr("Executor: %1").arg(s.executorNote);
        if (s.reworkCount > 0)
            remarks +=
                QLatin1Char('\n') + tr("Sent back to rework %n time(s)", nullptr, s.reworkCount);
        const QStringList cells = {s.orgName,
                                   s.isMain ? tr("main executor") : tr("co-executor"),
                                   assignmentStatusText(s.status),
                                   day(s.term),
                                   s.escalationLevel > 0 ? tr("level %1").arg(s.escalationLevel)
                                                         : QString(),
                                   remarks.trimmed()};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    t->resizeColumnsToContents();
    t->resizeRowsToContents();
}

void CaseCardWindow::fillReplies()
{
    QString html;
    QHash<qint64, QString> orgOf;
    for (const CaseAssignment &s : m_details.assignments)
        orgOf.insert(s.id, s.orgName);
    for (const CaseReply &r : m_details.replies) {
        html += QStringLiteral("<p><b>%1</b> — %2, %3<br>%4</p>")
                    .arg(esc(tr("Reply: %1").arg(resultText(r.result))),
                         esc(orgOf.value(r.assignmentId)), esc(when(r.createdAt)), esc(r.text));
    }
    for (const CaseExtension &e : m_details.extensions) {
        html += QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                    .arg(esc(tr("Extension to %1 asked by %2: %3")
                                 .arg(day(e.requestedDue), e.requestedBy, resultText(e.decision))),
                         esc(e.grantedDue.isValid() ? tr("granted until %1").arg(day(e.grantedDue))
                                                    : QString()),
                         esc(e.reason));
    }
    for (const CaseFeedback &f : m_details.feedback) {
        const QString outcome =
            f.reached ? tr("reached: %1").arg(resultText(f.outcome)) : tr("not reached");
        html += QStringLiteral("<p><b>%1</b> — %2, %3%4<br>%5</p>")
                    .arg(esc(tr("Call back, attempt %1").arg(f.attemptNo)), esc(outcome),
                         esc(when(f.attemptedAt)),
                         f.rating > 0 ? esc(tr(", rating %1 of 5").arg(f.rating)) : QString(),
                         esc(f.comment));
    }
    if (html.isEmpty())
        html = tr("<i>No replies or calls yet.</i>");
    ui->repliesBrowser->setHtml(html);
}

void CaseCardWindow::fillHistory(const QList<HistoryEvent> &history)
{
    QTableWidget *t = ui->historyTable;
    t->setRowCount(0);
    for (const HistoryEvent &e : history) {
        const int r = t->rowCount();
        t->insertRow(r);
        const QStringList cells = {when(e.at), e.who, e.what, e.detail};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    t->resizeColumnsToContents();
    t->setColumnWidth(3, qMax(t->columnWidth(3), 200));
    t->resizeRowsToContents();
    t->scrollToBottom();
}

void CaseCardWindow::fillActions(const QList<CaseAction> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto *layout = ui->actionLayout;
    while (QLayoutItem *item = layout->takeAt(0))
        delete item;
    for (CaseAction a : actions) {
        auto *b = new QPushButton(CaseActions::label(a), ui->actionBar);
        b->setObjectName(QStringLiteral("action_%1").arg(int(a)));
        const QString keys = CaseActions::shortcut(a);
        if (!keys.isEmpty()) {
            b->setShortcut(QKeySequence(keys));
            b->setToolTip(QKeySequence(keys).toString(QKeySequence::NativeText));
        }
        connect(b, &QPushButton::clicked, this, [this, a]() { emit actionRequested(a); });
        layout->addWidget(b);
        b->show(); // at once, so that its shortcut works before the next event loop turn
        m_buttons.insert(int(a), b);
    }
    layout->addStretch(1);
    ui->actionBar->setVisible(!actions.isEmpty());
}

QPushButton *CaseCardWindow::actionButton(CaseAction action) const
{
    return m_buttons.value(int(action));
}

void CaseCardWindow::setPresence(const QString &others)
{
    ui->presenceLabel->setVisible(!others.isEmpty());
    ui->presenceLabel->setText(
        tr("✎ Also open now by %1. Agree who answers before you change the case.").arg(others));
}

void CaseCardWindow::setBusy(bool busy)
{
    ui->actionBar->setEnabled(!busy);
    ui->reloadButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CaseCardWindow::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setVisible(!text.isEmpty());
    ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { background:#fde7e9; color:#8a1020; padding:6px; }")
              : QStringLiteral("QLabel { background:#e6f4ea; color:#1e5631; padding:6px; }"));
    ui->messageLabel->setText(esc(text));
}

void CaseCardWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("caseCard/geometry"), saveGeometry());
    emit closed(m_details.id);
    event->accept();
}

void CaseCardWindow::setPrintAvailable(bool available)
{
    ui->printButton->setVisible(available);
}

void CaseCardWindow::setAttachments(const QList<QPair<qint64, QString>> &files)
{
    ui->attachmentsList->clear();
    for (const auto &[id, text] : files) {
        auto *item = new QListWidgetItem(text, ui->attachmentsList);
        item->setData(Qt::UserRole, id);
    }
    ui->attachmentsLabel->setVisible(!files.isEmpty());
    ui->attachmentsList->setVisible(!files.isEmpty());
}

void CaseCardWindow::openFile(const QString &fileName, const QByteArray &data)
{
    // Only the file's own base name is used: a stored name never chooses the folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/kontakt-files");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + QFileInfo(fileName).fileName();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        showMessage(tr("The file could not be saved for opening: %1").arg(f.errorString()), true);
        return;
    }
    f.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showMessage(tr("No program opens this kind of file; it is saved as %1").arg(path), true);
}
