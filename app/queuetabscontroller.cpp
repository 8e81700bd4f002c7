#include "queuetabscontroller.h"

#include "casequeuepage.h"
#include "queueprint.h"
#include "referencerepository.h"
#include "reportaudit.h"
#include "reportrenderer.h"
#include "reportservice.h"

#include <QApplication>
#include <QLocale>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

QueueTabsController::QueueTabsController(const Session &session, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_db(std::make_unique<DatabaseThread>(QStringLiteral("kontakt-queues-ref")))
    , m_feed(session.params)
{
    connect(&m_feed, &ChangeFeed::changed, this, [this](const QList<qint64> &ids) {
        for (Tab &t : m_list) {
            if (t.model)
                t.model->noteChanged(ids);
        }
    });
    connect(&m_feed, &ChangeFeed::connectionChanged, this,
            [this](bool connected) { emit staleChanged(!connected); });
    m_feed.start();
    using T = CaseQueueQuery::Tab;
    const StaffRole role = session.info.role;
    const bool executor = role == StaffRole::Executor;
    const bool desk = role == StaffRole::Operator || role == StaffRole::Head ||
                      role == StaffRole::Admin || role == StaffRole::Owner;
    // Each role sees the queues of its work: an executor has no approvals or callbacks to make,
    // the mayor's office has nothing of its own to register.
    const QVector<Tab> all = {
        {T::MyWork, QStringLiteral("mywork"), executor ? tr("New and in work") : tr("My work")},
        {T::AwaitingApproval, QStringLiteral("approval"), tr("Awaiting approval")},
        {T::InProgress, QStringLiteral("inprogress"), tr("In progress")},
        {T::DueSoon, QStringLiteral("duesoon"), tr("Due soon")},
        {T::Overdue, QStringLiteral("overdue"), tr("Overdue")},
        {T::CallbackDue, QStringLiteral("callback"), tr("Callback due")},
        {T::All, QStringLiteral("all"), tr("All")}};
    for (const Tab &t : all) {
        const bool shown = desk ||
                           (executor && (t.kind == T::MyWork || t.kind == T::DueSoon ||
                                         t.kind == T::Overdue || t.kind == T::All)) ||
                           (!executor && t.kind != T::MyWork && t.kind != T::CallbackDue);
        if (shown)
            m_list.append(t);
    }
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    for (Tab &t : m_list) {
        t.page = new CaseQueuePage(t.key, m_tabs);
        t.page->setObjectName(QStringLiteral("queue_") + t.key);
        t.page->setViewOwner(session.info.login);
        m_tabs->addTab(t.page, t.title);
        connect(t.page, &CaseQueuePage::openRequested, this, &QueueTabsController::openRequested);
        const int i = int(&t - m_list.data());
        connect(t.page, &CaseQueuePage::filterChanged, this, [this, i]() {
            if (m_list[i].model)
                m_list[i].model->setQuery(queryFor(m_list[i]));
            else
                refreshCounts();
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueueTabsController::activate);

    ConnectParams p = session.params;
    p.applicationName = QStringLiteral("kontakt-queues");
    m_db->open(this, p, [](DbError) {});
    struct Loaded {
        IntakeReference reference;
        ReferenceRepository::QueueChoices choices;
        DbError error;
    };
    m_db->run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            Loaded l;
            ReferenceRepository repo(db);
            if (repo.loadIntakeReference(&l.reference, &l.error))
                l.choices = repo.queueChoices(&l.error);
            return l;
        },
        [this](Loaded l) {
            m_reference = l.reference;
            m_referenceLoaded = true;
            QList<QPair<QString, QString>> topicList;
            for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic")))
                topicList.append({e.code, e.name});
            for (Tab &t : m_list) {
                t.page->setTopics(topicList);
                t.page->setOrganisations(l.choices.organisations);
                t.page->setOperators(l.choices.registrars);
            }
            activate(m_tabs->currentIndex());
            refreshCounts();
        });
    // Unopened tabs keep their counts roughly current without a query per notification.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(10000);
    connect(&m_countTimer, &QTimer::timeout, this, &QueueTabsController::refreshCounts);
    connect(&m_feed, &ChangeFeed::changed, &m_countTimer, [this]() {
        if (!m_countTimer.isActive())
            m_countTimer.start();
    });
}

QueueTabsController::~QueueTabsController()
{
    for (Tab &t : m_list) {
        if (t.page)
            t.page->saveLayout();
    }
}

CaseQueueModel *QueueTabsController::model(CaseQueueQuery::Tab tab) const
{
    for (const Tab &t : m_list) {
        if (t.kind == tab)
            return t.model;
    }
    return nullptr;
}

CaseQueuePage *QueueTabsController::page(CaseQueueQuery::Tab tab) const
{
    for (const Tab &t : m_list) {
        if (t.kind == tab)
            return t.page;
    }
    return nullptr;
}

CaseQueueQuery QueueTabsController::queryFor(const Tab &tab) const
{
    CaseQueueQuery q;
    q.tab = tab.kind;
    q.login = m_session.info.login;
    q.executorDesk = m_session.info.role == StaffRole::Executor;
    q.today = DeadlineCalculator::kyivDate(QDateTime::currentDateTime());
    // "Due soon": within 3 working days by the calendar the administrator keeps.
    QDate until = q.today;
    for (int left = 3; left > 0;) {
        until = until.addDays(1);
        if (m_reference.calendar.isWorkingDay(until))
            --left;
    }
    q.dueSoonUntil = until;
    if (tab.model) {
        q.sort = tab.model->query().sort;
        q.descending = tab.model->query().descending;
    }
    q.applyFilter(tab.page->filter());
    return q;
}

void QueueTabsController::activate(int index)
{
    if (!m_referenceLoaded || index < 0 || index >= m_list.size())
        return;
    Tab &t = m_list[index];
    if (t.model)
        return;
    t.model = new CaseQueueModel(m_session.params, this);
    QHash<QString, QString> topics;
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic")))
        topics.insert(e.code, e.name);
    t.model->setTopicNames(topics);
    t.model->setCalendar(m_reference.calendar);
    t.page->setModel(t.model);
    const int i = index;
    connect(t.model, &CaseQueueModel::countChanged, this,
            [this, i](int rows, bool exact) { updateTitle(m_list[i], rows, exact); });
    connect(t.model, &CaseQueueModel::loadFailed, t.page, &CaseQueuePage::showError);
    connect(t.page, &CaseQueuePage::refreshRequested, t.model, &CaseQueueModel::reload);
    connect(t.page, &CaseQueuePage::printRequested, this, [this, i]() { print(i); });
    t.model->setQuery(queryFor(t));
}

void QueueTabsController::print(int index)
{
    if (index < 0 || index >= m_list.size() || !m_list[index].model)
        return;
    Tab &t = m_list[index];
    QPointer<CaseQueuePage> page = t.page;
    const QString title = t.title;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    t.model->fetchForPrint(
        QueuePrintBuilder::MaxRows,
        [this, page, title](const QList<QStringList> &rows, bool more, const QString &error) {
            QApplication::restoreOverrideCursor();
            if (!page)
                return;
            if (!error.isEmpty()) {
                page->showError(error);
                return;
            }
            const QList<int> columns = page->visibleColumns();
            QStringList header;
            for (int c : columns)
                header << page->view()->model()->headerData(c, Qt::Horizontal).toString();
            QList<QStringList> shown;
            for (const QStringList &r : rows) {
                QStringList cells;
                for (int c : columns)
                    cells << r.value(c);
                shown << cells;
            }
            const ReportRenderer renderer(QueuePrintBuilder::build(
                title, page->filterText(), header, shown, more, ReportService::kyivNow()));
            m_session.db->run<bool>(
                this,
                [title](QSqlDatabase &db) {
                    return ReportAudit::log(db, QStringLiteral("queue"),
                                            {{QStringLiteral("queue"), title}},
                                            ReportAudit::Action::Print, QStringLiteral("preview"));
                },
                [](bool) {});
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageLayout(ReportRenderer::pageLayout());
            printer.setDocName(title);
            QPrintPreviewDialog preview(&printer, page);
            preview.setObjectName(QStringLiteral("queuePrintPreview"));
            preview.setWindowTitle(tr("Print the queue: %1").arg(title));
            connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                    [&renderer](QPrinter *p) { renderer.print(p); });
            emit printPreviewShown(renderer.html());
            preview.exec();
        });
}

void QueueTabsController::updateTitle(Tab &tab, int rows, bool exact)
{
    if (tab.kind == CaseQueueQuery::Tab::MyWork && exact) {
        // New work arriving while the person looks elsewhere deserves a signal (the executor's
        // desk: a newly approved assignment).
        if (m_myWorkCount >= 0 && rows > m_myWorkCount)
            emit newWorkArrived(rows - m_myWorkCount);
        m_myWorkCount = rows;
        emit myWorkCountChanged(rows);
    }
    tab.page->setCount(rows, exact);
    const int index = m_tabs->indexOf(tab.page);
    if (index < 0)
        return;
    const QString n = QLocale().toString(rows);
    m_tabs->setTabText(index, exact ? QStringLiteral("%1 (%2)").arg(tab.title, n)
                                    : QStringLiteral("%1 (≈%2)").arg(tab.title, n));
    m_tabs->setTabToolTip(index, exact ? tr("%n case(s)", nullptr, rows)
                                       : tr("About %1 cases (an estimate from a sample; the "
                                            "exact number appears when the tab is opened)")
                                             .arg(n));
}

void QueueTabsController::refreshCounts()
{
    // Tabs without a model yet: a capped exact count, and above the cap an estimate from a
    // 1 % sample — a large queue is never counted row by row just to show a number.
    constexpr int kCap = 5000;
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list[i].model)
            continue;
        const CaseQueueQuery query = queryFor(m_list[i]);
        struct Counted {
            qint64 rows = -1;
            bool exact = true;
        };
        m_db->run<Counted>(
            this,
            [query](QSqlDatabase &db) {
                Counted c;
                QVariantList binds;
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(query.cappedCountSql(kCap, &binds));
                for (const QVariant &v : std::as_const(binds))
                    q.addBindValue(v);
                if (!q.exec() || !q.next())
                    return c;
                c.rows = q.value(0).toLongLong();
                if (c.rows <= kCap || !query.search.trimmed().isEmpty()) {
                    c.exact = c.rows <= kCap;
                    return c;
                }
                binds.clear();
                q.prepare(query.sampledCountSql(&binds));
                for (const QVariant &v : std::as_const(binds))
                    q.addBindValue(v);
                if (q.exec() && q.next())
                    c.rows = qMax<qint64>(kCap + 1, q.value(0).toLongLong());
                c.exact = false;
                return c;
            },
            [this, i](Counted c) {
                if (c.rows >= 0 && !m_list[i].model)
                    updateTitle(m_list[i], int(qMin<qint64>(c.rows, INT_MAX)), c.exact);
            });
    }
}

void QueueTabsController::refreshAll()
{
    for (Tab &t : m_list) {
        if (t.model)
            t.model->setQuery(queryFor(t));
    }
}
