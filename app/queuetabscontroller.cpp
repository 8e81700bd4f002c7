#include "queuetabscontroller.h"

#include "casequeuepage.h"
#include "referencerepository.h"

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
    m_list = {{T::MyWork, QStringLiteral("mywork"), tr("My work")},
              {T::AwaitingApproval, QStringLiteral("approval"), tr("Awaiting approval")},
              {T::InProgress, QStringLiteral("inprogress"), tr("In progress")},
              {T::DueSoon, QStringLiteral("duesoon"), tr("Due soon")},
              {T::Overdue, QStringLiteral("overdue"), tr("Overdue")},
              {T::CallbackDue, QStringLiteral("callback"), tr("Callback due")},
              {T::All, QStringLiteral("all"), tr("All")}};
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    for (Tab &t : m_list) {
        t.page = new CaseQueuePage(t.key, m_tabs);
        t.page->setObjectName(QStringLiteral("queue_") + t.key);
        m_tabs->addTab(t.page, t.title);
        connect(t.page, &CaseQueuePage::openRequested, this, &QueueTabsController::openRequested);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &QueueTabsController::activate);

    ConnectParams p = session.params;
    p.applicationName = QStringLiteral("kontakt-queues");
    m_db->open(this, p, [](DbError) {});
    struct Loaded {
        IntakeReference reference;
        DbError error;
    };
    m_db->run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            Loaded l;
            ReferenceRepository(db).loadIntakeReference(&l.reference, &l.error);
            return l;
        },
        [this](Loaded l) {
            m_reference = l.reference;
            m_referenceLoaded = true;
            activate(m_tabs->currentIndex());
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
    const QueueFilter f = tab.page->filter();
    q.search = f.search;
    q.status = f.status;
    q.priorityOnly = f.priorityOnly;
    q.topicCode = f.topicCode;
    q.channel = f.channel;
    q.onlyMine = f.onlyMine;
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
    QList<QPair<QString, QString>> topicList;
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic")))
        topicList.append({e.code, e.name});
    t.page->setTopics(topicList);
    t.model->setCalendar(m_reference.calendar);
    t.page->setModel(t.model);
    const int i = index;
    connect(t.model, &CaseQueueModel::countChanged, this,
            [this, i](int rows, bool exact) { updateTitle(m_list[i], rows, exact); });
    connect(t.model, &CaseQueueModel::loadFailed, t.page, &CaseQueuePage::showError);
    connect(t.page, &CaseQueuePage::filterChanged, this,
            [this, i]() { m_list[i].model->setQuery(queryFor(m_list[i])); });
    connect(t.page, &CaseQueuePage::refreshRequested, t.model, &CaseQueueModel::reload);
    t.model->setQuery(queryFor(t));
}

void QueueTabsController::updateTitle(Tab &tab, int rows, bool exact)
{
    tab.page->setCount(rows, exact);
    const int index = m_tabs->indexOf(tab.page);
    if (index >= 0)
        m_tabs->setTabText(index, exact ? QStringLiteral("%1 (%2)").arg(tab.title).arg(rows)
                                        : QStringLiteral("%1 (≈%2)").arg(tab.title).arg(rows));
}

void QueueTabsController::refreshAll()
{
    for (Tab &t : m_list) {
        if (t.model)
            t.model->setQuery(queryFor(t));
    }
}
