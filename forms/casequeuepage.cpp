#include "casequeuepage.h"

#include "appeal.h"
#include "deadlinecolorproxy.h"
#include "queuecolumns.h"
#include "ui_casequeuepage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
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
    // The search box keeps its room however many filters there are; the combos give way.
    ui->searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    for (QComboBox *combo : {ui->statusCombo, ui->topicCombo, ui->channelCombo, ui->executorCombo,
                             ui->operatorCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
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
    connect(ui->executorCombo, &QComboBox::currentIndexChanged, this, &CaseQueuePage::emitFilter);
    connect(ui->operatorCombo, &QComboBox::currentIndexChanged, this, &CaseQueuePage::emitFilter);
    ui->executorCombo->addItem(tr("Any executor"), QString());
    ui->operatorCombo->addItem(tr("Anybody"), QString());
    // A day at the minimum shows "—": no limit on that side of the range.
    for (QDateEdit *edit :
         {ui->receivedFromEdit, ui->receivedToEdit, ui->dueFromEdit, ui->dueToEdit}) {
        edit->setMinimumDate(noDate());
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDate(noDate());
        connect(edit, &QDateEdit::dateChanged, this, &CaseQueuePage::emitFilter);
    }
    ui->moreFiltersPanel->setVisible(false);
    connect(ui->moreFiltersButton, &QToolButton::toggled, this, [this](bool on) {
        ui->moreFiltersPanel->setVisible(on);
        ui->moreFiltersButton->setArrowType(on ? Qt::UpArrow : Qt::DownArrow);
        QSettings().setValue(QStringLiteral("queues/%1/more").arg(m_settingsKey), on);
    });
    connect(ui->resetFiltersButton, &QPushButton::clicked, this, [this]() { setFilter({}); });
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")), this),
            &QShortcut::activated, this, [this]() { setFilter({}); });
    auto *views = new QMenu(this);
    views->setObjectName(QStringLiteral("viewsMenu"));
    ui->viewsButton->setMenu(views);
    connect(views, &QMenu::aboutToShow, this, [this, views]() { fillViewsMenu(views); });
    connect(ui->refreshButton, &QPushButton::clicked, this, &CaseQueuePage::refreshRequested);
    connect(ui->printButton, &QPushButton::clicked, this, &CaseQueuePage::printRequested);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &CaseQueuePage::printRequested);
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

QDate CaseQueuePage::noDate()
{
    return QDate(2000, 1, 1);
}

void CaseQueuePage::setTopics(const QList<QPair<QString, QString>> &topics)
{
    m_restoring = true;
    for (const auto &[code, name] : topics)
        ui->topicCombo->addItem(code + QLatin1Char(' ') + name, code);
    ui->topicCombo->setCurrentIndex(qMax(0, ui->topicCombo->findData(m_wanted.topicCode)));
    m_restoring = false;
}

void CaseQueuePage::setOrganisations(const QList<QPair<qint64, QString>> &organisations)
{
    m_restoring = true;
    for (const auto &[id, name] : organisations)
        ui->executorCombo->addItem(name, QString::number(id));
    ui->executorCombo->setCurrentIndex(
        qMax(0, ui->executorCombo->findData(QString::number(m_wanted.executorOrgId))));
    m_restoring = false;
}

void CaseQueuePage::setOperators(const QList<QPair<QString, QString>> &people)
{
    m_restoring = true;
    for (const auto &[login, name] : people)
        ui->operatorCombo->addItem(QStringLiteral("%1 (%2)").arg(name, login), login);
    ui->operatorCombo->setCurrentIndex(
        qMax(0, ui->operatorCombo->findData(m_wanted.operatorLogin)));
    m_restoring = false;
}

void CaseQueuePage::setViewOwner(const QString &login)
{
    m_viewOwner = login;
}

void CaseQueuePage::restoreFilter()
{
    // The person's last view of this queue comes back with the window.
    QSettings s;
    s.beginGroup(QStringLiteral("queues/%1").arg(m_settingsKey));
    const QueueFilter f = QueueFilter::fromJson(
        QJsonDocument::fromJson(s.value(QStringLiteral("filter")).toByteArray()).object());
    showFilter(f);
    ui->moreFiltersButton->setChecked(s.value(QStringLiteral("more")).toBool() ||
                                      f.executorOrgId > 0 || !f.operatorLogin.isEmpty() ||
                                      f.receivedFrom.isValid() || f.receivedTo.isValid() ||
                                      f.dueFrom.isValid() || f.dueTo.isValid());
}

void CaseQueuePage::showFilter(const QueueFilter &f)
{
    m_restoring = true;
    m_wanted = f; // combos filled later pick their value from here
    ui->searchEdit->setText(f.search);
    const auto pick = [](QComboBox *combo, const QString &data) {
        combo->setCurrentIndex(qMax(0, combo->findData(data)));
    };
    pick(ui->statusCombo, f.status);
    pick(ui->channelCombo, f.channel);
    pick(ui->topicCombo, f.topicCode);
    pick(ui->executorCombo, f.executorOrgId > 0 ? QString::number(f.executorOrgId) : QString());
    pick(ui->operatorCombo, f.operatorLogin);
    ui->priorityCheck->setChecked(f.priorityOnly);
    ui->onlyMineCheck->setChecked(f.onlyMine);
    const auto day = [](const QDate &d) {
        return d.isValid() ? d : noDate();
    };
    ui->receivedFromEdit->setDate(day(f.receivedFrom));
    ui->receivedToEdit->setDate(day(f.receivedTo));
    ui->dueFromEdit->setDate(day(f.dueFrom));
    ui->dueToEdit->setDate(day(f.dueTo));
    m_restoring = false;
    m_searchTimer.stop();
}

void CaseQueuePage::setFilter(const QueueFilter &filter)
{
    showFilter(filter);
    emitFilter();
}

QString CaseQueuePage::viewsKey() const
{
    // Views belong to the person (their login), not to the computer's account.
    return QStringLiteral("views/%1")
        .arg(m_viewOwner.isEmpty() ? QStringLiteral("_") : m_viewOwner);
}

QMap<QString, QueueFilter> CaseQueuePage::savedViews() const
{
    QMap<QString, QueueFilter> views;
    const QJsonObject all =
        QJsonDocument::fromJson(QSettings().value(viewsKey()).toByteArray()).object();
    for (auto it = all.begin(); it != all.end(); ++it)
        views.insert(it.key(), QueueFilter::fromJson(it.value().toObject()));
    return views;
}

void CaseQueuePage::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonObject all = QJsonDocument::fromJson(QSettings().value(viewsKey()).toByteArray()).object();
    all.insert(trimmed, filter().toJson());
    QSettings().setValue(viewsKey(), QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void CaseQueuePage::deleteView(const QString &name)
{
    QJsonObject all = QJsonDocument::fromJson(QSettings().value(viewsKey()).toByteArray()).object();
    all.remove(name);
    QSettings().setValue(viewsKey(), QJsonDocument(all).toJson(QJsonDocument::Compact));
}

void CaseQueuePage::fillViewsMenu(QMenu *menu)
{
    menu->clear();
    const QMap<QString, QueueFilter> views = savedViews();
    const QueueFilter current = filter();
    for (auto it = views.begin(); it != views.end(); ++it) {
        QAction *a = menu->addAction(it.key());
        a->setCheckable(true);
        a->setChecked(it.value() == current);
        const QueueFilter f = it.value();
        connect(a, &QAction::triggered, this, [this, f]() { setFilter(f); });
    }
    if (views.isEmpty())
        menu->addAction(tr("No saved views yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Save current view…"), this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveView(name);
    });
    QMenu *remove = menu->addMenu(tr("&Delete a view"));
    remove->setEnabled(!views.isEmpty());
    for (auto it = views.begin(); it != views.end(); ++it) {
        const QString name = it.key();
        remove->addAction(name, this, [this, name]() {
            if (QMessageBox::question(this, tr("Delete view"),
                                      tr("Delete the saved view \"%1\"?").arg(name)) ==
                QMessageBox::Yes)
                deleteView(name);
        });
    }
}

CaseQueuePage::~CaseQueuePage()
{
    saveLayout();
}

QTableView *CaseQueuePage::view() const
{
    return ui->queueView;
}

QList<int> CaseQueuePage::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = ui->queueView->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString CaseQueuePage::filterText() const
{
    // Part of a printed Ukrainian document: the labels are not translated.
    const QueueFilter f = filter();
    QStringList parts;
    if (!f.search.isEmpty())
        parts << QStringLiteral("пошук «%1»").arg(f.search);
    for (const QComboBox *combo : {ui->statusCombo, ui->topicCombo, ui->channelCombo,
                                   ui->executorCombo, ui->operatorCombo}) {
        if (combo->currentIndex() > 0)
            parts << combo->currentText();
    }
    if (f.priorityOnly)
        parts << QStringLiteral("лише пільгові категорії");
    if (f.onlyMine)
        parts << QStringLiteral("лише мої");
    const auto range = [](const QDate &from, const QDate &to) {
        return QStringLiteral("%1 – %2").arg(
            from.isValid() ? from.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("…"),
            to.isValid() ? to.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("…"));
    };
    if (f.receivedFrom.isValid() || f.receivedTo.isValid())
        parts << QStringLiteral("надійшли %1").arg(range(f.receivedFrom, f.receivedTo));
    if (f.dueFrom.isValid() || f.dueTo.isValid())
        parts << QStringLiteral("термін %1").arg(range(f.dueFrom, f.dueTo));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("Фільтр: ") + parts.join(QStringLiteral("; "));
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
    f.executorOrgId = ui->executorCombo->currentData().toString().toLongLong();
    f.operatorLogin = ui->operatorCombo->currentData().toString();
    const auto day = [](const QDateEdit *e) {
        return e->date() > noDate() ? e->date() : QDate();
    };
    f.receivedFrom = day(ui->receivedFromEdit);
    f.receivedTo = day(ui->receivedToEdit);
    f.dueFrom = day(ui->dueFromEdit);
    f.dueTo = day(ui->dueToEdit);
    return f;
}

void CaseQueuePage::emitFilter()
{
    if (m_restoring)
        return;
    const QueueFilter f = filter();
    m_wanted = f;
    QSettings().setValue(QStringLiteral("queues/%1/filter").arg(m_settingsKey),
                         QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
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
    header->resizeSection(QueueColumns::OpenedBy, 18 * w);
    header->setSortIndicator(QueueColumns::Due, Qt::AscendingOrder);
}

void CaseQueuePage::setMultiSelect(bool multi)
{
    ui->queueView->setSelectionMode(multi ? QAbstractItemView::ExtendedSelection
                                          : QAbstractItemView::SingleSelection);
}

QList<qint64> CaseQueuePage::selectedIds() const
{
    QList<qint64> ids;
    if (!ui->queueView->selectionModel())
        return ids;
    for (const QModelIndex &i : ui->queueView->selectionModel()->selectedRows()) {
        const qint64 id = i.data(QueueRoles::Id).toLongLong();
        if (id > 0)
            ids << id;
    }
    if (ids.isEmpty() && ui->queueView->currentIndex().isValid()) {
        const qint64 id = ui->queueView->currentIndex().data(QueueRoles::Id).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}
