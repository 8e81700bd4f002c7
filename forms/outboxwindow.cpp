#include "outboxwindow.h"

#include "outboxmodel.h"
#include "tablewindowlayout.h"
#include "ui_outboxwindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace {
const QString kSettingsGroup = QStringLiteral("outbox");
}

OutboxWindow::OutboxWindow(bool mayRetry, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::OutboxWindow>())
    , m_model(new OutboxModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_mayRetry(mayRetry)
{
    ui->setupUi(this);
    m_model->setObjectName(QStringLiteral("outboxModel"));
    m_proxy->setObjectName(QStringLiteral("outboxProxy"));
    ui->statusCombo->addItem(tr("All messages"), QString());
    ui->statusCombo->addItem(OutboxModel::statusName(QStringLiteral("queued")),
                             QStringLiteral("queued"));
    ui->statusCombo->addItem(OutboxModel::statusName(QStringLiteral("sent")),
                             QStringLiteral("sent"));
    ui->statusCombo->addItem(OutboxModel::statusName(QStringLiteral("failed")),
                             QStringLiteral("failed"));
    ui->statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ui->searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OutboxModel::RawValueRole);
    QTableView *view = ui->outboxView;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    restoreLayout();
    view->setSortingEnabled(true);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 1);

    ui->messageLabel->setVisible(false);
    ui->retryButton->setToolTip(m_mayRetry
                                    ? tr("Put the selected failed message back in the queue: it "
                                         "is sent again at once")
                                    : tr("Only the administrator may send a message again"));
    ui->countLabel->setText(tr("%n message(s)", nullptr, 0));

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300); // search as one types, not on every key
    connect(ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this]() { emit filterChanged(filter()); });
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, [this]() {
        m_searchTimer.stop();
        emit filterChanged(filter());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OutboxWindow::selectionChanged);
    connect(view, &QTableView::activated, this, &OutboxWindow::openCurrent); // Enter, double-click
    connect(ui->openCaseButton, &QPushButton::clicked, this, &OutboxWindow::openCurrent);
    connect(ui->retryButton, &QPushButton::clicked, this, [this]() {
        if (const auto m = selected(); m && m->isFailed() && m_mayRetry)
            emit retryRequested(*m);
    });
    connect(ui->refreshButton, &QPushButton::clicked, this, &OutboxWindow::refreshRequested);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &OutboxWindow::refreshRequested);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this]() {
        ui->searchEdit->setFocus();
        ui->searchEdit->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &QWidget::close);
    selectionChanged();
}

OutboxWindow::~OutboxWindow() = default;

void OutboxWindow::setMessages(const QList<OutboxMessage> &messages)
{
    const auto before = selected();
    m_model->setMessages(messages);
    ui->countLabel->setText(tr("%n message(s)", nullptr, int(messages.size())));
    if (before)
        select(before->id);
    selectionChanged();
}

bool OutboxWindow::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, OutboxModel::Created));
    ui->outboxView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    ui->outboxView->scrollTo(index);
    return true;
}

void OutboxWindow::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setVisible(!text.isEmpty());
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color:#8a1020")
                                          : QStringLiteral("color:#1e5631"));
    ui->messageLabel->setText(text);
}

OutboxFilter OutboxWindow::filter() const
{
    OutboxFilter f;
    f.status = ui->statusCombo->currentData().toString();
    f.search = ui->searchEdit->text().trimmed();
    return f;
}

std::optional<OutboxMessage> OutboxWindow::selected() const
{
    const QModelIndex current = ui->outboxView->selectionModel()->currentIndex();
    if (!current.isValid() || !ui->outboxView->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->message(m_proxy->mapToSource(current).row());
}

void OutboxWindow::selectionChanged()
{
    const auto m = selected();
    ui->openCaseButton->setEnabled(m && m->appealId > 0);
    ui->retryButton->setEnabled(m_mayRetry && m && m->isFailed());
    if (!m) {
        ui->bodyView->clear();
        return;
    }
    // The message as it goes out, with what the list cannot show in full.
    QStringList head;
    head << tr("To: %1").arg(m->recipient) << tr("Subject: %1").arg(m->subject);
    if (!m->regIndex.isEmpty())
        head << tr("Case: %1").arg(m->regIndex);
    QString state = OutboxModel::statusName(m->status);
    if (m->attempts > 0)
        state += QStringLiteral(", ") + tr("%n attempt(s)", nullptr, m->attempts);
    if (m->sentAt.isValid())
        state +=
            QStringLiteral(", ") +
            tr("sent %1").arg(m->sentAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    head << tr("State: %1").arg(state);
    if (!m->lastError.isEmpty())
        head << tr("Last error: %1").arg(m->lastError);
    ui->bodyView->setPlainText(head.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + m->body);
}

void OutboxWindow::openCurrent()
{
    if (const auto m = selected(); m && m->appealId > 0)
        emit openCaseRequested(m->appealId);
}

void OutboxWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QWidget::closeEvent(event);
}

void OutboxWindow::saveLayout() const
{
    TableWindowLayout::save(kSettingsGroup, this, ui->outboxView->horizontalHeader(), ui->splitter);
}

void OutboxWindow::restoreLayout()
{
    QHeaderView *header = ui->outboxView->horizontalHeader();
    if (TableWindowLayout::restore(kSettingsGroup, this, header, ui->splitter,
                                   {3 * height() / 4, height() / 4}))
        return;
    // First widths fit the Ukrainian words (longer than the English source strings).
    const int w = fontMetrics().averageCharWidth();
    const auto fit = [this](const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = qMax(width, fontMetrics().horizontalAdvance(sample));
        return width + 24;
    };
    const auto headerText = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    QStringList kinds;
    for (const QString &k : OutboxKeys::kinds())
        kinds << OutboxModel::kindName(k);
    header->resizeSection(OutboxModel::Created, fit({QStringLiteral("00.00.0000 00:00"),
                                                     headerText(OutboxModel::Created)}));
    header->resizeSection(OutboxModel::Kind, fit(kinds << QStringLiteral("Ескалація, рівень 1")
                                                       << QStringLiteral("Не за компетенцією")));
    header->resizeSection(OutboxModel::Recipient, 22 * w);
    header->resizeSection(OutboxModel::Subject, 30 * w);
    header->resizeSection(OutboxModel::CaseIndex,
                          fit({QStringLiteral("КО-00000/00"), headerText(OutboxModel::CaseIndex),
                               QStringLiteral("Індекс справи")}));
    QStringList statuses{headerText(OutboxModel::Status), QStringLiteral("Надіслано")};
    for (const QString &k : OutboxKeys::statuses())
        statuses << OutboxModel::statusName(k);
    header->resizeSection(OutboxModel::Status, fit(statuses));
    header->resizeSection(OutboxModel::Attempts,
                          fit({headerText(OutboxModel::Attempts), QStringLiteral("Спроби")}));
    header->resizeSection(OutboxModel::SentAt,
                          fit({QStringLiteral("00.00.0000 00:00"), headerText(OutboxModel::SentAt),
                               QStringLiteral("Надіслано о")}));
    header->resizeSection(OutboxModel::LastError, 20 * w); // and the rest of the width
    header->setSortIndicator(OutboxModel::Created, Qt::DescendingOrder);
}
