#include "casequeuepage.h"

#include "appeal.h"
#include "deadlinecolorproxy.h"
#include "queuecolumns.h"
#include "ui_casequeuepage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>

CaseQueuePage::CaseQueuePage(const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CaseQueuePage>())
    , m_settingsKey(settingsKey)
    , m_proxy(new DeadlineColorProxy(this))
{
    ui->setupUi(this);
    ui->statusCombo->addItem(tr("Any status"), QString());
    for (AppealStatus s :
         {AppealStatus::Registered, AppealStatus::RoutingProposed, AppealStatus::Approved,
          AppealStatus::InProgress, AppealStatus::Replied, AppealStatus::Callback,
          AppealStatus::Rework, AppealStatus::Closed, AppealStatus::Consultation,
          AppealStatus::Forwarded, AppealStatus::Returned, AppealStatus::NotConsidered})
        ui->statusCombo->addItem(AppealKeys::statusName(s), AppealKeys::statusKey(s));
    ui->channelCombo->addItem(tr("Any channel"), QString());
    for (Channel c : {Channel::Phone, Channel::Email, Channel::Web, Channel::Visit, Channel::Post})
        ui->channelCombo->addItem(AppealKeys::channelName(c), AppealKeys::channelKey(c));
    ui->topicCombo->addItem(tr("Any topic"), QString());
    ui->legendLabel->setText(m_proxy->legendHtml());
    ui->queueView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui->queueView->verticalHeader()->hide();
    ui->queueView->horizontalHeader()->setSectionsMovable(true);
    ui->queueView->horizontalHeader()->setStretchLastSection(false);
    // Before a model arrives, so that attaching one does not first sort by the index column.
    ui->queueView->horizontalHeader()->setSortIndicator(QueueColumns::Due, Qt::AscendingOrder);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300); // search as the operator types, not on every key
    connect(ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &CaseQueuePage::emitFilter);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, &CaseQueuePage::emitFilter);
    connect(ui->topicCombo, &QComboBox::currentIndexChanged, this, &CaseQueuePage::emitFilter);
    connect(ui->channelCombo, &QComboBox::currentIndexChanged, this, &CaseQueuePage::emitFilter);
    connect(ui->priorityCheck, &QCheckBox::toggled, this, &CaseQueuePage::emitFilter);
    connect(ui->onlyMineCheck, &QCheckBox::toggled, this, &CaseQueuePage::emitFilter);
    connect(ui->refreshButton, &QPushButton::clicked, this, &CaseQueuePage::refreshRequested);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &CaseQueuePage::refreshRequested);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this]() {
        ui->searchEdit->setFocus();
        ui->searchEdit->selectAll();
    });
    auto open = [this](const QModelIndex &index) {
        const qint64 id = index.data(QueueRoles::Id).toLongLong();
        if (id > 0)
            emit openRequested(id);
    };
    connect(ui->queueView, &QTableView::activated, this, open); // Enter and double-click
    restoreFilter();
}

void CaseQueuePage::setTopics(const QList<QPair<QString, QString>> &topics)
{
    const QString current =
        QSettings().value(QStringLiteral("queues/%1/topic").arg(m_settingsKey)).toString();
    m_restoring = true;
    for (const auto &[code, name] : topics)
        ui->topicCombo->addItem(code + QLatin1Char(' ') + name, code);
    ui->topicCombo->setCurrentIndex(qMax(0, ui->topicCombo->findData(current)));
    m_restoring = false;
}

void CaseQueuePage::restoreFilter()
{
    // The person's last view of this queue comes back with the window.
    QSettings s;
    s.beginGroup(QStringLiteral("queues/%1").arg(m_settingsKey));
    m_restoring = true;
    ui->searchEdit->setText(s.value(QStringLiteral("search")).toString());
    ui->statusCombo->setCurrentIndex(
        qMax(0, ui->statusCombo->findData(s.value(QStringLiteral("status")).toString())));
    ui->channelCombo->setCurrentIndex(
        qMax(0, ui->channelCombo->findData(s.value(QStringLiteral("channel")).toString())));
    ui->priorityCheck->setChecked(s.value(QStringLiteral("priority")).toBool());
    ui->onlyMineCheck->setChecked(s.value(QStringLiteral("mine")).toBool());
    m_restoring = false;
    m_searchTimer.stop();
}

CaseQueuePage::~CaseQueuePage()
{
    saveLayout();
}

QTableView *CaseQueuePage::view() const
{
    return ui->queueView;
}

void CaseQueuePage::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    ui->queueView->setModel(m_proxy);
    restoreLayout();
    // A live update that changes the queue's size resets the model: keep the operator's place.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_scrollValue = ui->queueView->verticalScrollBar()->value(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        QTimer::singleShot(
            0, this, [this]() { ui->queueView->verticalScrollBar()->setValue(m_scrollValue); });
    });
}

QueueFilter CaseQueuePage::filter() const
{
    QueueFilter f;
    f.search = ui->searchEdit->text().trimmed();
    f.status = ui->statusCombo->currentData().toString();
    f.topicCode = ui->topicCombo->currentData().toString();
    f.channel = ui->channelCombo->currentData().toString();
    f.priorityOnly = ui->priorityCheck->isChecked();
    f.onlyMine = ui->onlyMineCheck->isChecked();
    return f;
}

void CaseQueuePage::emitFilter()
{
    if (m_restoring)
        return;
    const QueueFilter f = filter();
    QSettings s;
    s.beginGroup(QStringLiteral("queues/%1").arg(m_settingsKey));
    s.setValue(QStringLiteral("search"), f.search);
    s.setValue(QStringLiteral("status"), f.status);
    s.setValue(QStringLiteral("topic"), f.topicCode);
    s.setValue(QStringLiteral("channel"), f.channel);
    s.setValue(QStringLiteral("priority"), f.priorityOnly);
    s.setValue(QStringLiteral("mine"), f.onlyMine);
    emit filterChanged(f);
}

void CaseQueuePage::setCount(int rows, bool exact)
{
    ui->countLabel->setText(exact ? tr("%n case(s)", nullptr, rows)
                                  : tr("≈ %1+ cases, counting…").arg(rows));
}

void CaseQueuePage::showError(const QString &message)
{
    ui->countLabel->setText(
        QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
}

void CaseQueuePage::saveLayout() const
{
    if (!ui->queueView->model())
        return;
    QSettings().setValue(QStringLiteral("queues/%1/header").arg(m_settingsKey),
                         ui->queueView->horizontalHeader()->saveState());
}

void CaseQueuePage::restoreLayout()
{
    QHeaderView *header = ui->queueView->horizontalHeader();
    const QByteArray state =
        QSettings().value(QStringLiteral("queues/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    // Sensible first widths: the summary gets the room.
    const int w = fontMetrics().averageCharWidth();
    const auto fit = [this](const char *sample) {
        return fontMetrics().horizontalAdvance(QString::fromUtf8(sample)) + 20;
    };
    header->resizeSection(QueueColumns::RegIndex, fit("★ КО-00000"));
    header->resizeSection(QueueColumns::Received, fit("00.00.0000 00:00"));
    header->resizeSection(QueueColumns::Author, 26 * w);
    header->resizeSection(QueueColumns::Phone, fit("+380000000000"));
    header->resizeSection(QueueColumns::Topic, 22 * w);
    header->resizeSection(QueueColumns::Summary, 40 * w);
    header->resizeSection(QueueColumns::Executor, 18 * w);
    header->resizeSection(QueueColumns::Status, 14 * w);
    header->resizeSection(QueueColumns::Due, fit("✖ 00.00.0000 (прострочено 00 д)"));
    header->setSortIndicator(QueueColumns::Due, Qt::AscendingOrder);
}
