#include "incomingmailwindow.h"

#include "incomingmailmodel.h"
#include "tablewindowlayout.h"
#include "ui_incomingmailwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimeZone>

namespace {
const QString kSettingsGroup = QStringLiteral("incomingMail");
constexpr int kFileIdRole = Qt::UserRole + 1;
} // namespace

IncomingMailWindow::IncomingMailWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::IncomingMailWindow>())
    , m_model(new IncomingMailModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    m_model->setObjectName(QStringLiteral("incomingMailModel"));
    ui->showCombo->addItem(tr("Waiting for registration"), int(IncomingMailFilter::Show::Waiting));
    ui->showCombo->addItem(tr("Registered, added to cases, not appeals"),
                           int(IncomingMailFilter::Show::Handled));
    ui->showCombo->addItem(tr("Bounces, auto-replies and spam"),
                           int(IncomingMailFilter::Show::Junk));
    ui->showCombo->addItem(tr("All letters"), int(IncomingMailFilter::Show::All));
    ui->showCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ui->searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IncomingMailModel::RawValueRole);
    QTableView *view = ui->mailView;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    restoreLayout();
    view->setSortingEnabled(true);
    ui->messageLabel->setVisible(false);
    ui->countLabel->setText(tr("%n letter(s)", nullptr, 0));

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this]() { emit filterChanged(filter()); });
    connect(ui->showCombo, &QComboBox::currentIndexChanged, this, [this]() {
        m_searchTimer.stop();
        emit filterChanged(filter());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncomingMailWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncomingMailWindow::selectionChanged);
    connect(view, &QTableView::activated, this, &IncomingMailWindow::activateCurrent);
    connect(ui->registerButton, &QPushButton::clicked, this, [this]() {
        if (const auto m = selected(); m && m->isWaiting())
            emit registerRequested(m->id);
    });
    connect(ui->openCaseButton, &QPushButton::clicked, this, [this]() {
        if (const auto m = selected(); m && m->appealId > 0)
            emit openCaseRequested(m->appealId);
    });
    connect(ui->discardButton, &QPushButton::clicked, this, &IncomingMailWindow::discardCurrent);
    connect(ui->saveOriginalButton, &QPushButton::clicked, this, &IncomingMailWindow::saveOriginal);
    connect(ui->filesList, &QListWidget::itemActivated, this, &IncomingMailWindow::saveFile);
    connect(ui->refreshButton, &QPushButton::clicked, this, &IncomingMailWindow::refreshRequested);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &IncomingMailWindow::refreshRequested);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this]() {
        ui->searchEdit->setFocus();
        ui->searchEdit->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &QWidget::close);
    selectionChanged();
}

IncomingMailWindow::~IncomingMailWindow() = default;

void IncomingMailWindow::setMessages(const QList<IncomingMail> &messages)
{
    const auto before = selected();
    m_model->setMessages(messages);
    ui->countLabel->setText(tr("%n letter(s)", nullptr, int(messages.size())));
    if (before)
        select(before->id);
    else if (!messages.isEmpty())
        select(m_model->messages().constFirst().id);
    selectionChanged();
}

bool IncomingMailWindow::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, IncomingMailModel::Received));
    ui->mailView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    ui->mailView->scrollTo(index);
    return true;
}

void IncomingMailWindow::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setVisible(!text.isEmpty());
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color:#8a1020")
                                          : QStringLiteral("color:#1e5631"));
    ui->messageLabel->setText(text);
}

IncomingMailFilter IncomingMailWindow::filter() const
{
    IncomingMailFilter f;
    f.show = IncomingMailFilter::Show(ui->showCombo->currentData().toInt());
    f.search = ui->searchEdit->text().trimmed();
    return f;
}

std::optional<IncomingMail> IncomingMailWindow::selected() const
{
    const QModelIndex current = ui->mailView->selectionModel()->currentIndex();
    if (!current.isValid() || !ui->mailView->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->message(m_proxy->mapToSource(current).row());
}

void IncomingMailWindow::selectionChanged()
{
    const auto m = selected();
    ui->registerButton->setEnabled(m && m->isWaiting());
    ui->discardButton->setEnabled(m && m->isWaiting());
    ui->openCaseButton->setEnabled(m && m->appealId > 0);
    ui->saveOriginalButton->setEnabled(m.has_value());
    if (!m) {
        m_detailsId = 0;
        ui->textView->clear();
        ui->filesList->clear();
        return;
    }
    if (m->id != m_detailsId) {
        ui->textView->setPlainText(tr("Loading…"));
        ui->filesList->clear();
        emit detailsRequested(m->id);
    }
}

void IncomingMailWindow::setDetails(const IncomingMail &m)
{
    const auto current = selected();
    if (!current || current->id != m.id)
        return; // an answer for a letter no longer selected
    m_detailsId = m.id;
    const QTimeZone kyiv("Europe/Kyiv");
    QStringList head;
    head << tr("From: %1")
                .arg(m.fromName.isEmpty()
                         ? m.fromAddress
                         : QStringLiteral("%1 <%2>").arg(m.fromName, m.fromAddress));
    if (!m.replyTo.isEmpty() && m.replyTo != m.fromAddress)
        head << tr("Reply to: %1").arg(m.replyTo);
    head << tr("Subject: %1").arg(m.subject);
    head << tr("Received: %1")
                .arg(QLocale().toString(m.receivedAt.toTimeZone(kyiv), QLocale::ShortFormat));
    if (m.sentAt.isValid())
        head << tr("Written: %1")
                    .arg(QLocale().toString(m.sentAt.toTimeZone(kyiv), QLocale::ShortFormat));
    if (m.status == QLatin1String("junk"))
        head << tr("Not for operators: %1 (%2)")
                    .arg(IncomingMailNames::kindName(m.kind), m.kindReason);
    else
        head << tr("State: %1").arg(IncomingMailNames::statusName(m.status));
    if (!m.regIndex.isEmpty())
        head << tr("Case: %1").arg(m.regIndex);
    if (!m.handledBy.isEmpty())
        head << tr("Handled by %1 on %2")
                    .arg(m.handledBy,
                         QLocale().toString(m.handledAt.toTimeZone(kyiv), QLocale::ShortFormat));
    if (!m.handledNote.isEmpty())
        head << tr("Reason: %1").arg(m.handledNote);
    if (m.textFromHtml)
        head << tr("The letter had only HTML: its text is shown converted.");
    if (!m.problems.isEmpty()) {
        // The mail service records what was wrong in English (technical, for the administrator).
        head << tr("The letter may be damaged or unusually encoded: compare its text with the "
                   "original (Save original…).");
        head << tr("Technical details: %1").arg(m.problems.join(QStringLiteral("; ")));
    }
    ui->textView->setPlainText(head.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + m.text);
    ui->filesList->clear();
    for (const IncomingMailFile &f : m.files) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(f.fileName, QLocale().formattedDataSize(f.size)),
            ui->filesList);
        item->setData(kFileIdRole, f.id);
        item->setToolTip(f.mimeType);
    }
}

void IncomingMailWindow::activateCurrent()
{
    const auto m = selected();
    if (!m)
        return;
    if (m->isWaiting())
        emit registerRequested(m->id);
    else if (m->appealId > 0)
        emit openCaseRequested(m->appealId);
}

void IncomingMailWindow::discardCurrent()
{
    const auto m = selected();
    if (!m || !m->isWaiting())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Not an appeal"),
        tr("Why is the letter from %1 not an appeal? (kept with the letter)").arg(m->fromAddress),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("Give the reason: the letter stays in the queue."), true);
        return;
    }
    emit discardRequested(m->id, reason.trimmed(), m->version);
}

void IncomingMailWindow::saveOriginal()
{
    const auto m = selected();
    if (!m)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the original letter"),
                                     QDir(dir).filePath(QStringLiteral("letter-%1.eml").arg(m->id)),
                                     tr("E-mail messages (*.eml)"));
    if (!path.isEmpty())
        emit saveOriginalRequested(m->id, path);
}

void IncomingMailWindow::saveFile()
{
    QListWidgetItem *item = ui->filesList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kFileIdRole).toLongLong();
    const QString name = item->text().section(QStringLiteral(" ("), 0, 0);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the file"), QDir(dir).filePath(name));
    if (!path.isEmpty())
        emit saveFileRequested(id, path);
}

void IncomingMailWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QWidget::closeEvent(event);
}

void IncomingMailWindow::saveLayout() const
{
    TableWindowLayout::save(kSettingsGroup, this, ui->mailView->horizontalHeader(), ui->splitter);
}

void IncomingMailWindow::restoreLayout()
{
    QHeaderView *header = ui->mailView->horizontalHeader();
    if (TableWindowLayout::restore(kSettingsGroup, this, header, ui->splitter,
                                   {height() / 2, height() / 2}))
        return;
    const int w = fontMetrics().averageCharWidth();
    header->resizeSection(IncomingMailModel::Received, w * 24);
    header->resizeSection(IncomingMailModel::From, w * 40);
    header->resizeSection(IncomingMailModel::Subject, w * 50);
    header->resizeSection(IncomingMailModel::Files, w * 9);
    header->resizeSection(IncomingMailModel::Status, w * 26);
}
