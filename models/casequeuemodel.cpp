#include "casequeuemodel.h"

#include "preparedqueries.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <algorithm>
#include <utility>

namespace {
constexpr int kMaxCachedBlocks = 48;

QueueRow readRow(const QSqlQuery &q)
{
    QueueRow r;
    r.id = q.value(0).toLongLong();
    r.regIndex = q.value(1).toString();
    r.receivedAt = q.value(2).toDateTime();
    r.author = q.value(3).toString();
    r.phone = q.value(4).toString();
    r.topicCode = q.value(5).toString();
    r.summary = q.value(6).toString();
    r.executor = q.value(7).toString();
    r.status = AppealKeys::statusFromKey(q.value(8).toString()).value_or(AppealStatus::Registered);
    if (!q.value(9).isNull())
        r.dueDate = q.value(9).toDate();
    r.priority = q.value(10).toBool();
    r.operatorLogin = q.value(11).toString();
    r.channel = q.value(12).toString();
    r.address = q.value(13).toString();
    r.presence = q.value(14).toString();
    r.escalationLevel = q.value(15).toInt();
    r.key = q.value(16).toString();
    return r;
}
} // namespace

CaseQueueModel::CaseQueueModel(const ConnectParams &params, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::make_unique<DatabaseThread>(
          QStringLiteral("kontakt-queue-%1").arg(reinterpret_cast<quintptr>(this))))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(150);
    connect(m_changeTimer, &QTimer::timeout, this, &CaseQueueModel::refreshShape);
    ConnectParams p = params;
    p.applicationName = QStringLiteral("kontakt-queue");
    m_db->open(this, p, [this](DbError e) {
        if (e.isError())
            emit loadFailed(e.userMessage());
    });
}

CaseQueueModel::~CaseQueueModel() = default;

bool CaseQueueModel::isClosed(AppealStatus s)
{
    return s == AppealStatus::Closed || s == AppealStatus::Consultation ||
           s == AppealStatus::Forwarded || s == AppealStatus::Returned ||
           s == AppealStatus::NotConsidered;
}

CaseQueueModel::Column CaseQueueModel::columnForSort(CaseQueueQuery::Sort sort)
{
    switch (sort) {
    case CaseQueueQuery::Sort::Due:
        return Due;
    case CaseQueueQuery::Sort::Received:
        return Received;
    case CaseQueueQuery::Sort::RegIndex:
        return RegIndex;
    case CaseQueueQuery::Sort::Author:
        return Author;
    case CaseQueueQuery::Sort::Status:
        return Status;
    }
    return Due;
}

void CaseQueueModel::setQuery(const CaseQueueQuery &query)
{
    m_query = query;
    reload();
}

void CaseQueueModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_anchorsLoaded = false;
    m_anchors.clear();
    m_starts = {0};
    m_cache.clear();
    m_wanted.clear();
    m_busy = false;
    endResetModel();
    emit countChanged(0, false);
    requestFirstBlock();
}

CaseQueueModel::Fetched CaseQueueModel::fetchRows(QSqlDatabase &db, const QString &sql,
                                                  const QVariantList &binds, int generation,
                                                  int block)
{
    Fetched f;
    f.generation = generation;
    f.block = block;
    // A block is LIMITed: its whole result arrives in one piece (no row-by-row streaming), and
    // the statement is prepared once per connection (one round trip per block).
    QSqlError error;
    QSqlQuery *q = PreparedQueries::exec(db, sql, binds, false, &error);
    if (!q) {
        f.error = DbError::fromQuery(error);
        return f;
    }
    f.rows.reserve(qMax(0, q->size()));
    while (q->next())
        f.rows.append(readRow(*q));
    q->finish();
    return f;
}

bool CaseQueueModel::accept(const Fetched &f)
{
    if (f.generation != m_generation)
        return false; // the query changed meanwhile
    m_busy = false;
    if (f.error.isError()) {
        emit loadFailed(f.error.userMessage());
        return false;
    }
    return true;
}

QVector<int> CaseQueueModel::blockStarts(int blocks, int total)
{
    // Every block starts kBlockRows after the previous; the last entry is the row count.
    QVector<int> starts(blocks + 1);
    for (int b = 0; b < blocks; ++b)
        starts[b] = b * kBlockRows;
    starts[blocks] = total;
    return starts;
}

void CaseQueueModel::requestFirstBlock()
{
    const int generation = m_generation;
    const CaseQueueQuery query = m_query;
    m_busy = true;
    m_db->run<Fetched>(
        this,
        [generation, query](QSqlDatabase &db) {
            QVariantList binds;
            const QString sql = query.rowsSql(false, false, kBlockRows, &binds, {}, 0, {}, 0);
            return fetchRows(db, sql, binds, generation, 0);
        },
        [this](Fetched f) {
            if (!accept(f))
                return;
            // Provisional: the first rows show at once; the exact count follows.
            if (!f.rows.isEmpty()) {
                beginInsertRows({}, 0, int(f.rows.size()) - 1);
                m_anchors = {Anchor{f.rows.first().key, f.rows.first().id}};
                m_starts = {0, int(f.rows.size())};
                m_cache.insert(0, f.rows);
                endInsertRows();
            }
            emit countChanged(int(f.rows.size()), f.rows.size() < kBlockRows);
            emit firstRowsLoaded();
            if (f.rows.size() < kBlockRows) {
                m_anchorsLoaded = true; // everything fits in one block
                pump();
            } else {
                requestAnchors();
            }
        });
}

CaseQueueModel::Fetched CaseQueueModel::fetchAnchors(QSqlDatabase &db, const CaseQueueQuery &query,
                                                     int generation)
{
    Fetched f;
    f.generation = generation;
    QVariantList binds;
    const QString sql = query.anchorsSql(kBlockRows, &binds);
    QSqlError error;
    QSqlQuery *q = PreparedQueries::exec(db, sql, binds, true, &error);
    if (!q) {
        f.error = DbError::fromQuery(error);
        return f;
    }
    while (q->next()) {
        f.anchors.append({q->value(0).toString(), q->value(1).toLongLong()});
        f.total = q->value(2).toInt();
    }
    q->finish();
    return f;
}

void CaseQueueModel::requestAnchors()
{
    const int generation = m_generation;
    const CaseQueueQuery query = m_query;
    m_busy = true;
    m_db->run<Fetched>(
        this, [generation, query](QSqlDatabase &db) { return fetchAnchors(db, query, generation); },
        [this](Fetched f) { onAnchors(f); });
}

void CaseQueueModel::onAnchors(const Fetched &f)
{
    if (!accept(f))
        return;
    const int before = rowCount();
    const QVector<int> starts = blockStarts(int(f.anchors.size()), f.total);
    // Block 0 was loaded provisionally from the same first key: keep it if it still matches.
    const bool keepFirst = !m_anchors.isEmpty() && !f.anchors.isEmpty() &&
                           m_anchors.first().id == f.anchors.first().id &&
                           m_cache.value(0).size() == starts.value(1) - starts.value(0);
    QVector<QueueRow> first = keepFirst ? m_cache.value(0) : QVector<QueueRow>();
    if (f.total > before) {
        beginInsertRows({}, before, f.total - 1);
        m_anchors = f.anchors;
        m_starts = starts;
        m_cache.clear();
        if (keepFirst)
            m_cache.insert(0, first);
        m_anchorsLoaded = true;
        endInsertRows();
    } else {
        if (f.total < before) {
            beginRemoveRows({}, f.total, before - 1);
            m_anchors = f.anchors;
            m_starts = starts;
            m_cache.clear();
            endRemoveRows();
        } else {
            m_anchors = f.anchors;
            m_starts = starts;
            m_cache.clear();
        }
        if (keepFirst)
            m_cache.insert(0, first);
        m_anchorsLoaded = true;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit countChanged(f.total, true);
    pump();
}

void CaseQueueModel::noteChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_changed.insert(id);
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void CaseQueueModel::refreshShape()
{
    if (!m_anchorsLoaded || m_busy) {
        // Busy with a block: try again right after it.
        m_changeTimer->start();
        return;
    }
    const int generation = m_generation;
    const CaseQueueQuery query = m_query;
    m_busy = true;
    m_db->run<Fetched>(
        this, [generation, query](QSqlDatabase &db) { return fetchAnchors(db, query, generation); },
        [this](Fetched f) { onShape(f); });
}

void CaseQueueModel::onShape(const Fetched &f)
{
    if (!accept(f))
        return;
    const QSet<qint64> changed = std::exchange(m_changed, {});
    // Blocks whose bounds stayed and that hold none of the changed cases are kept.
    QHash<int, QVector<QueueRow>> kept;
    const auto sameBounds = [&](int b) {
        const auto eq = [](const Anchor &x, const Anchor &y) {
            return x.id == y.id && x.key == y.key;
        };
        if (b >= f.anchors.size() || b >= m_anchors.size() || !eq(f.anchors[b], m_anchors[b]))
            return false;
        const bool lastOld = b + 1 >= m_anchors.size();
        const bool lastNew = b + 1 >= f.anchors.size();
        if (lastOld != lastNew)
            return false;
        return lastNew || eq(f.anchors[b + 1], m_anchors[b + 1]);
    };
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        bool touched = false;
        for (const QueueRow &r : it.value())
            touched = touched || changed.contains(r.id);
        if (!touched && sameBounds(it.key()) && it.value().size() == kBlockRows)
            kept.insert(it.key(), it.value());
    }
    const QVector<int> starts = blockStarts(int(f.anchors.size()), f.total);
    if (f.total == rowCount() && kept.size() == m_cache.size()) {
        // Same shape, nothing on screen changed: nothing to do.
        m_anchors = f.anchors;
        m_starts = starts;
        pump();
        return;
    }
    if (f.total == rowCount() && f.anchors.size() == m_anchors.size()) {
        // Same rows count: drop the touched blocks and tell the view their rows changed.
        QList<int> dropped;
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
            if (!kept.contains(it.key()))
                dropped << it.key();
        }
        m_anchors = f.anchors;
        m_starts = starts;
        m_cache = kept;
        for (int b : std::as_const(dropped)) {
            if (b + 1 < m_starts.size() && m_starts[b + 1] > m_starts[b])
                emit dataChanged(index(m_starts[b], 0),
                                 index(m_starts[b + 1] - 1, ColumnCount - 1));
        }
        pump();
        return;
    }
    // The queue grew or shrank: a reset with the unchanged blocks kept (views restore their
    // scroll position themselves).
    beginResetModel();
    m_anchors = f.anchors;
    m_starts = starts;
    m_cache = kept;
    endResetModel();
    emit countChanged(f.total, true);
    pump();
}

int CaseQueueModel::blockOfRow(int row) const
{
    // m_starts is ascending; the block is the last start <= row.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend() - 1, row);
    return int(it - m_starts.cbegin()) - 1;
}

const QueueRow *CaseQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int b = blockOfRow(row);
    const auto it = m_cache.constFind(b);
    if (it == m_cache.constEnd()) {
        want(b);
        return nullptr;
    }
    const int offset = row - m_starts[b];
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void CaseQueueModel::want(int block) const
{
    if (!m_anchorsLoaded)
        return;
    auto *self = const_cast<CaseQueueModel *>(this);
    self->m_wanted.removeAll(block);
    self->m_wanted.append(block);
    if (self->m_wanted.size() > 64)
        self->m_wanted.removeFirst();
    // data() must not start work directly: queue it.
    QMetaObject::invokeMethod(
        self, [self]() { self->pump(); }, Qt::QueuedConnection);
}

void CaseQueueModel::pump()
{
    if (m_busy || !m_anchorsLoaded)
        return;
    int block = -1;
    while (!m_wanted.isEmpty()) {
        const int b = m_wanted.takeLast(); // the most recently shown first
        if (!m_cache.contains(b) && b >= 0 && b < m_anchors.size()) {
            block = b;
            break;
        }
    }
    if (block < 0)
        return;
    const int generation = m_generation;
    const CaseQueueQuery query = m_query;
    const Anchor from = m_anchors[block];
    const bool hasTo = block + 1 < m_anchors.size();
    const Anchor to = hasTo ? m_anchors[block + 1] : Anchor{};
    m_busy = true;
    m_lastBlock = block;
    m_db->run<Fetched>(
        this,
        [generation, query, block, from, to, hasTo](QSqlDatabase &db) {
            QVariantList binds;
            // A block between two anchors; the first has no lower bound and the last no upper
            // one, so that rows added before the first or after the last key are not lost.
            const QString sql = query.rowsSql(block > 0, hasTo, kBlockRows * 4, &binds, from.key,
                                              from.id, to.key, to.id);
            return fetchRows(db, sql, binds, generation, block);
        },
        [this](Fetched f) { onBlock(f); });
}

void CaseQueueModel::onBlock(const Fetched &f)
{
    if (!accept(f))
        return;
    const int b = f.block;
    const int start = m_starts[b];
    const int expected = m_starts[b + 1] - start;
    const int got = int(f.rows.size());
    // Rows added or removed inside this block since the anchors were read: shift what follows
    // so that every row of the queue stays reachable exactly once.
    // Views see every step: first the rows they already count, then the added ones; removed
    // rows go before the block's data arrives.
    if (got > expected) {
        m_cache.insert(b, f.rows.mid(0, expected));
        if (expected > 0)
            emit dataChanged(index(start, 0), index(start + expected - 1, ColumnCount - 1));
        beginInsertRows({}, start + expected, start + got - 1);
        for (int i = b + 1; i < m_starts.size(); ++i)
            m_starts[i] += got - expected;
        m_cache.insert(b, f.rows);
        endInsertRows();
    } else if (got < expected) {
        beginRemoveRows({}, start + got, start + expected - 1);
        for (int i = b + 1; i < m_starts.size(); ++i)
            m_starts[i] -= expected - got;
        endRemoveRows();
        m_cache.insert(b, f.rows);
    } else {
        m_cache.insert(b, f.rows);
    }
    if (got > 0)
        emit dataChanged(index(start, 0), index(start + got - 1, ColumnCount - 1));
    if (got != expected)
        emit countChanged(rowCount(), true);
    evict(b);
    pump();
}

void CaseQueueModel::evict(int around)
{
    while (m_cache.size() > kMaxCachedBlocks) {
        int farthest = -1;
        int distance = -1;
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
            const int d = qAbs(it.key() - around);
            if (d > distance) {
                distance = d;
                farthest = it.key();
            }
        }
        m_cache.remove(farthest);
    }
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_starts.last();
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DeadlineState CaseQueueModel::stateOf(const QueueRow &r) const
{
    return DeadlineStatus::classify(r.dueDate, isClosed(r.status), m_clock(), m_calendar,
                                    m_thresholds);
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r)
        return role == Qt::DisplayRole && index.column() == RegIndex ? QVariant(QStringLiteral("…"))
                                                                     : QVariant();
    switch (role) {
    case IdRole:
        return r->id;
    case DeadlineStateRole:
        return int(stateOf(*r));
    case PriorityRole:
        return r->priority;
    case StatusRole:
        return int(r->status);
    case Qt::ToolTipRole:
        if (index.column() == Summary || index.column() == Author)
            return r->summary;
        if (index.column() == Due)
            return DeadlineStatus::stateName(stateOf(*r));
        if (index.column() == Executor && r->escalationLevel > 0)
            return tr("Overdue: escalated to level %1 (1: the executor's head, 2: the head of "
                      "the contact centre department, 3: the responsible deputy mayor)")
                .arg(r->escalationLevel);
        if ((index.column() == OpenedBy || index.column() == RegIndex) && !r->presence.isEmpty())
            return tr("Open now for editing by %1").arg(r->presence);
        return {};
    case RawValueRole:
    case Qt::DisplayRole:
        return valueOf(*r, index.column(), role == RawValueRole);
    default:
        return {};
    }
}

void CaseQueueModel::fetchForPrint(int limit, PrintRows done)
{
    const CaseQueueQuery query = m_query;
    m_db->run<Fetched>(
        this,
        [query, limit](QSqlDatabase &db) {
            QVariantList binds;
            const QString sql = query.rowsSql(false, false, limit + 1, &binds, {}, 0, {}, 0);
            return fetchRows(db, sql, binds, 0, 0);
        },
        [this, limit, done](Fetched f) {
            if (f.error.isError()) {
                done({}, false, f.error.userMessage());
                return;
            }
            QList<QStringList> rows;
            for (int i = 0; i < qMin(limit, int(f.rows.size())); ++i) {
                QStringList cells;
                for (int c = 0; c < ColumnCount; ++c)
                    cells << valueOf(f.rows.at(i), c, false).toString();
                rows << cells;
            }
            done(rows, f.rows.size() > limit, QString());
        });
}

QVariant CaseQueueModel::valueOf(const QueueRow &row, int column, bool raw) const
{
    const QueueRow *r = &row;
    {
        switch (Column(column)) {
        case RegIndex:
            return r->regIndex;
        case Received:
            return raw ? QVariant(r->receivedAt)
                       : QVariant(r->receivedAt.toLocalTime().toString(
                             QStringLiteral("dd.MM.yyyy HH:mm")));
        case Author:
            return r->author;
        case Phone:
            return r->phone;
        case Topic:
            if (raw)
                return r->topicCode;
            return m_topicNames.contains(r->topicCode)
                       ? QStringLiteral("%1 %2").arg(r->topicCode, m_topicNames.value(r->topicCode))
                       : r->topicCode;
        case Summary:
            return r->summary;
        case Executor:
            // An overdue assignment escalated up the chain says so beside its executor.
            return r->escalationLevel > 0 && !raw
                       ? QStringLiteral("%1 ⇧%2").arg(r->executor).arg(r->escalationLevel)
                       : r->executor;
        case Status:
            return raw ? QVariant(AppealKeys::statusKey(r->status))
                       : QVariant(AppealKeys::statusName(r->status));
        case Due: {
            if (raw)
                return r->dueDate ? QVariant(*r->dueDate) : QVariant();
            if (!r->dueDate)
                return QString();
            const QString left =
                DeadlineStatus::countdown(r->dueDate, isClosed(r->status), m_clock());
            const QString date = r->dueDate->toString(QStringLiteral("dd.MM.yyyy"));
            return left.isEmpty() ? date : QStringLiteral("%1 (%2)").arg(date, left);
        }
        case OpenedBy:
            return r->presence.isEmpty() ? QString() : QStringLiteral("✎ ") + r->presence;
        case ColumnCount:
            break;
        }
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RegIndex:
        return tr("Index");
    case Received:
        return tr("Received");
    case Author:
        return tr("Author");
    case Phone:
        return tr("Phone");
    case Topic:
        return tr("Topic");
    case Summary:
        return tr("Summary");
    case Executor:
        return tr("Executor");
    case Status:
        return tr("Status");
    case Due:
        return tr("Term");
    case OpenedBy:
        return tr("Opened by");
    case ColumnCount:
        break;
    }
    return {};
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    CaseQueueQuery q = m_query;
    switch (Column(column)) {
    case RegIndex:
        q.sort = CaseQueueQuery::Sort::RegIndex;
        break;
    case Received:
        q.sort = CaseQueueQuery::Sort::Received;
        break;
    case Author:
        q.sort = CaseQueueQuery::Sort::Author;
        break;
    case Status:
        q.sort = CaseQueueQuery::Sort::Status;
        break;
    case Due:
        q.sort = CaseQueueQuery::Sort::Due;
        break;
    default:
        return; // sorting needs an index: only these columns
    }
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending)
        return;
    setQuery(q);
}
