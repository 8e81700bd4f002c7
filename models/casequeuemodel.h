#pragma once

#include "appeal.h"
#include "casequeuequery.h"
#include "databasethread.h"
#include "deadlinestatus.h"
#include "queuecolumns.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QVector>
#include <functional>
#include <memory>

// One row of a queue as the list shows it.
struct QueueRow {
    qint64 id = 0;
    QString regIndex;
    QDateTime receivedAt;
    QString author;
    QString phone;
    QString topicCode;
    QString summary;
    QString executor;
    AppealStatus status = AppealStatus::Registered;
    std::optional<QDate> dueDate;
    bool priority = false;
    QString operatorLogin;
    QString channel;
    QString address;
    QString presence;        // who else has the case open now
    int escalationLevel = 0; // highest escalation of the case's open assignments (0..3)
    QString key;             // the sort key as text (keyset position)
};

// A queue of cases of any size. Rows are fetched by a worker thread with its own connection in
// blocks bounded by keys (`WHERE (key, id) >= anchor_b AND (key, id) < anchor_b+1`), never with
// OFFSET; a sparse index of every 256th key (fetched once per view) lets the scrollbar jump
// anywhere. Only a window of blocks around what is shown stays in memory. The GUI thread never
// waits: rows not yet loaded show a placeholder until their block arrives.
class CaseQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RegIndex,
        Received,
        Author,
        Phone,
        Topic,
        Summary,
        Executor,
        Status,
        Due,
        OpenedBy,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DeadlineStateRole, // DeadlineState as int
        PriorityRole,      // bool
        RawValueRole,      // the value behind the text (dates as QDate, ...)
        LoadedRole,        // false for a placeholder row
        StatusRole         // AppealStatus as int
    };
    static constexpr int kBlockRows = 256;

    explicit CaseQueueModel(const ConnectParams &params, QObject *parent = nullptr);
    ~CaseQueueModel() override;

    void setQuery(const CaseQueueQuery &query);
    const CaseQueueQuery &query() const { return m_query; }
    void setTopicNames(const QHash<QString, QString> &names) { m_topicNames = names; }
    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }
    void setThresholds(const DeadlineThresholds &t) { m_thresholds = t; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Re-reads everything, keeping the query.
    void reload();
    // Cases changed elsewhere (live updates): their rows are re-read, the queue's shape is
    // checked again in the background; blocks that did not move stay as they are.
    void noteChanged(const QList<qint64> &ids);

    bool isComplete() const { return m_anchorsLoaded; } // the total is exact

    // The view's first `limit` rows as the table shows them (display text per column), read
    // on the model's own connection, for printing a queue as a table. `done` runs in the
    // model's thread with the rows, whether more exist, and an error message (empty if none).
    using PrintRows =
        std::function<void(const QList<QStringList> &rows, bool more, const QString &error)>;
    void fetchForPrint(int limit, PrintRows done);
    int cachedBlocks() const { return int(m_cache.size()); }
    static Column columnForSort(CaseQueueQuery::Sort sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void countChanged(int rows, bool exact);
    void loadFailed(const QString &message);
    void firstRowsLoaded();

private:
    struct Anchor {
        QString key;
        qint64 id = 0;
    };
    struct Fetched {
        int generation = 0;
        int block = -1;
        QVector<QueueRow> rows;
        QVector<Anchor> anchors;
        int total = 0;
        DbError error;
    };
    void requestFirstBlock();
    void requestAnchors();
    static Fetched fetchAnchors(QSqlDatabase &db, const CaseQueueQuery &query, int generation);
    static Fetched fetchRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                             int generation, int block);
    static QVector<int> blockStarts(int blocks, int total);
    // False (and the result dropped) when it belongs to an older query or failed.
    bool accept(const Fetched &f);
    void want(int block) const;
    void pump();
    void onBlock(const Fetched &f);
    void onAnchors(const Fetched &f);
    void refreshShape();
    void onShape(const Fetched &f);
    void evict(int around);
    int blockOfRow(int row) const;
    const QueueRow *rowAt(int row) const;
    QVariant valueOf(const QueueRow &row, int column, bool raw) const;
    DeadlineState stateOf(const QueueRow &r) const;
    static bool isClosed(AppealStatus status);

    std::unique_ptr<DatabaseThread> m_db;
    CaseQueueQuery m_query;
    int m_generation = 0;
    bool m_anchorsLoaded = false;
    QVector<Anchor> m_anchors; // first key of every block
    QVector<int> m_starts{0};  // first row of every block; last element = row count
    QHash<int, QVector<QueueRow>> m_cache;
    mutable QList<int> m_wanted; // blocks asked for by the view, most recent last
    bool m_busy = false;         // one request at a time: no backlog when scrolling fast
    int m_lastBlock = 0;
    QTimer *m_changeTimer = nullptr; // coalesces a burst of notifications
    QSet<qint64> m_changed;
    QHash<QString, QString> m_topicNames;
    WorkingCalendar m_calendar;
    DeadlineThresholds m_thresholds;
    std::function<QDateTime()> m_clock;
};
