#include "disciplinewindow.h"

#include "disciplinetablemodel.h"
#include "ui_disciplinewindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace {

// Enter on a table means the same as a double-click.
class EnterActivates : public QObject
{
public:
    using QObject::QObject;
    std::function<void(const QModelIndex &)> activated;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                auto *view = qobject_cast<QAbstractItemView *>(watched);
                if (view && view->currentIndex().isValid()) {
                    activated(view->currentIndex());
                    return true;
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

DisciplineWindow::DisciplineWindow(const QDate &from, const QDate &to, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::DisciplineWindow>())
    , m_organisations(new DisciplineTableModel(false, this))
    , m_executors(new DisciplineTableModel(true, this))
    , m_cases(new DisciplineCasesModel(this))
    , m_organisationsProxy(new QSortFilterProxyModel(this))
    , m_executorsProxy(new QSortFilterProxyModel(this))
    , m_casesProxy(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    ui->fromEdit->setDate(from);
    ui->toEdit->setDate(to);
    m_organisationsProxy->setSourceModel(m_organisations);
    m_executorsProxy->setSourceModel(m_executors);
    setUpTable(ui->organisationsView, m_organisationsProxy, false);
    setUpTable(ui->executorsView, m_executorsProxy, true);
    ui->organisationsView->setColumnHidden(DisciplineTableModel::Organisation, true);
    m_casesProxy->setSourceModel(m_cases);
    m_casesProxy->setSortRole(DisciplineCasesModel::RawValueRole);
    ui->casesView->setModel(m_casesProxy);
    ui->casesView->horizontalHeader()->setSectionResizeMode(DisciplineCasesModel::Summary,
                                                            QHeaderView::Stretch);
    ui->casesView->verticalHeader()->hide();
    ui->casesView->sortByColumn(-1, Qt::AscendingOrder); // latest routed first, as read

    for (DisciplineCategory c :
         {DisciplineCategory::All, DisciplineCategory::OnTime, DisciplineCategory::Late,
          DisciplineCategory::OverdueNow, DisciplineCategory::Rework})
        ui->categoryCombo->addItem(categoryName(c), int(c));
    connect(ui->categoryCombo, &QComboBox::activated, this, &DisciplineWindow::requestCases);

    connect(ui->showButton, &QPushButton::clicked, this,
            [this]() { emit periodRequested(this->from(), this->to()); });
    connect(ui->exportButton, &QPushButton::clicked, this,
            [this]() { emit exportRequested(this->from(), this->to()); });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, ui->showButton, &QPushButton::click);
    auto *print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, ui->exportButton, &QPushButton::click);

    const auto openCase = [this](const QModelIndex &index) {
        const qint64 id = index.data(DisciplineCasesModel::AppealIdRole).toLongLong();
        if (id > 0)
            emit openCaseRequested(id);
    };
    connect(ui->casesView, &QTableView::doubleClicked, this, openCase);
    auto *enter = new EnterActivates(this);
    enter->activated = openCase;
    ui->casesView->installEventFilter(enter);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("discipline/geometry")).toByteArray());
    ui->splitter->restoreState(settings.value(QStringLiteral("discipline/splitter")).toByteArray());
    ui->fromEdit->setFocus();
}

DisciplineWindow::~DisciplineWindow() = default;

void DisciplineWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("discipline/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("discipline/splitter"), ui->splitter->saveState());
    QWidget::closeEvent(event);
}

void DisciplineWindow::setUpTable(QTableView *view, QSortFilterProxyModel *proxy, bool executors)
{
    proxy->setSortRole(DisciplineTableModel::RawValueRole);
    view->setModel(proxy);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(DisciplineTableModel::Name,
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setSortIndicatorShown(true);
    // Worst first is the model's own order; a header click sorts by that column.
    view->sortByColumn(-1, Qt::AscendingOrder);
    const auto drill = [this, proxy, executors](const QModelIndex &index) {
        const QModelIndex source = proxy->mapToSource(index);
        drillDown(executors, source.row(),
                  DisciplineCategory(source.data(DisciplineTableModel::CategoryRole).toInt()));
    };
    connect(view, &QTableView::doubleClicked, this, drill);
    auto *enter = new EnterActivates(view);
    enter->activated = drill;
    view->installEventFilter(enter);
}

QString DisciplineWindow::categoryName(DisciplineCategory category) const
{
    switch (category) {
    case DisciplineCategory::All:
        return tr("All received");
    case DisciplineCategory::OnTime:
        return tr("Answered on time");
    case DisciplineCategory::Late:
        return tr("Answered late");
    case DisciplineCategory::OverdueNow:
        return tr("Overdue now");
    case DisciplineCategory::Rework:
        return tr("Sent to rework");
    }
    return QString();
}

QDate DisciplineWindow::from() const
{
    return ui->fromEdit->date();
}

QDate DisciplineWindow::to() const
{
    return ui->toEdit->date();
}

void DisciplineWindow::setData(const DisciplineReportData &data)
{
    m_organisations->setRows(data.organisations);
    m_executors->setRows(data.executors);
    m_cases->setCases({});
    m_drillRow = -1;
    ui->casesLabel->setText(tr("Double-click a figure above to see its cases."));
    const DisciplineReportData::Row total = data.total();
    showMessage(tr("%n assignment(s) routed in the period; answered on time %1, late %2; overdue "
                   "now %3 (as of %4).",
                   nullptr, int(total.received))
                    .arg(total.onTime)
                    .arg(total.late)
                    .arg(total.overdueNow)
                    .arg(data.asOf.toString(QStringLiteral("dd.MM.yyyy"))),
                false);
    for (QTableView *view : {ui->organisationsView, ui->executorsView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setSectionResizeMode(DisciplineTableModel::Name,
                                                       QHeaderView::Stretch);
    }
}

void DisciplineWindow::drillDown(bool executors, int row, DisciplineCategory category)
{
    const DisciplineTableModel *model = executors ? m_executors : m_organisations;
    if (row < 0 || row >= model->rowCount())
        return;
    m_drillExecutors = executors;
    m_drillRow = row;
    ui->categoryCombo->setCurrentIndex(ui->categoryCombo->findData(int(category)));
    requestCases();
}

void DisciplineWindow::requestCases()
{
    const DisciplineTableModel *model = m_drillExecutors ? m_executors : m_organisations;
    if (m_drillRow < 0 || m_drillRow >= model->rowCount())
        return;
    const DisciplineReportData::Row &r = model->rows().at(m_drillRow);
    const auto category = DisciplineCategory(ui->categoryCombo->currentData().toInt());
    ui->casesLabel->setText(tr("%1 — %2: reading…").arg(r.name, categoryName(category)));
    emit casesRequested(m_drillExecutors ? 0 : r.id, m_drillExecutors ? r.login : QString(),
                        category);
}

void DisciplineWindow::setCases(const QList<DisciplineCase> &cases, int limit)
{
    m_cases->setCases(cases);
    ui->casesView->resizeColumnsToContents();
    ui->casesView->horizontalHeader()->setSectionResizeMode(DisciplineCasesModel::Summary,
                                                            QHeaderView::Stretch);
    const DisciplineTableModel *model = m_drillExecutors ? m_executors : m_organisations;
    const QString who = m_drillRow >= 0 && m_drillRow < model->rowCount()
                            ? model->rows().at(m_drillRow).name
                            : QString();
    const QString what = categoryName(DisciplineCategory(ui->categoryCombo->currentData().toInt()));
    ui->casesLabel->setText(
        cases.size() >= limit
            ? tr("%1 — %2: the latest %3 cases").arg(who, what).arg(limit)
            : tr("%1 — %2: %n case(s)", nullptr, int(cases.size())).arg(who, what));
    if (!cases.isEmpty())
        ui->casesView->selectRow(0);
}

void DisciplineWindow::setBusy(bool busy)
{
    ui->showButton->setEnabled(!busy);
    if (busy)
        showMessage(tr("Reading the figures…"), false);
}

void DisciplineWindow::showMessage(const QString &text, bool error)
{
    ui->statusLabel->setText(text);
    ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #a50021;") : QString());
}
