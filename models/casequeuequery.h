#pragma once

#include "queuefilter.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One queue view: which cases (tab and filters) in which order. Builds SQL from fixed fragments
// with bound values only; the sort key comes from a fixed list, never from user text.
struct CaseQueueQuery {
    enum class Tab { MyWork, AwaitingApproval, InProgress, DueSoon, Overdue, CallbackDue, All };
    enum class Sort { Due, Received, RegIndex, Author, Status };

    Tab tab = Tab::All;
    Sort sort = Sort::Due;
    bool descending = false;
    QString search; // phone, name, index, address or words of the text
    QString topicCode;
    QString channel;
    QString status;
    bool priorityOnly = false;
    bool onlyMine = false;
    QString login; // "mine" and My work
    // An executor's My work: its organisation's approved, accepted and returned assignments
    // (row-level security limits the rest), instead of what the person registered.
    bool executorDesk = false;
    QDate receivedFrom;
    QDate receivedTo;
    QDate dueFrom;
    QDate dueTo;
    qint64 executorOrgId = 0; // cases routed to this organisation
    QString operatorLogin;    // cases registered by this person
    QDate today;              // Overdue / Due soon bounds (the client's calendar decides them)
    QDate dueSoonUntil;

    // WHERE clause (starting with " WHERE ") and its bound values, in order; the search is not
    // part of it (see from()).
    void where(QString *sql, QVariantList *binds) const;
    // "FROM kontakt.appeal a" — or, with a search, the matching ids computed first through the
    // trigram and full-text indexes (a materialized CTE), so that the planner never walks the
    // sort index filtering millions of rows for a rare match.
    QString from(QVariantList *binds) const;
    // The keyset expression and ORDER BY of the current sort.
    QString keyExpression() const;
    // Keys travel as text (microseconds of timestamps survive) and are cast back in SQL.
    QString keyType() const;
    QString orderBy() const;
    // Rows of the view from a key (inclusive) to a key (exclusive); either may be absent.
    QString rowsSql(bool hasFrom, bool hasTo, int limit, QVariantList *binds,
                    const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                    qint64 toId) const;
    // Every `step`-th key of the view and the total count: the sparse index that lets a
    // scrollbar jump anywhere without OFFSET.
    QString anchorsSql(int step, QVariantList *binds) const;
    static QString columns();
    // Takes over what the person chose on the queue page.
    void applyFilter(const QueueFilter &filter);
    // Exact count of the view up to `cap` rows (cap + 1 means "more").
    QString cappedCountSql(int cap, QVariantList *binds) const;
    // An estimate of a large view's size from a 1 % sample of the table's pages (no search:
    // a search is counted exactly by its own hits).
    QString sampledCountSql(QVariantList *binds) const;

    // A search first walks at most this many rows of the view in its order (see
    // searchRowsSql()).
    static constexpr int kWalkRows = 3000;
    // ... and, when the first walk's hit rate promises enough matches, at most this many.
    static constexpr int kLongWalkRows = 100000;

private:
    // The search as one condition on kontakt.appeal's columns; `walking`: written for testing
    // row by row (a cheap substring test before the full-text one) rather than for the indexes.
    QString searchCondition(QVariantList *binds, bool walking) const;
    // " WHERE "/" AND " plus the keyset bounds, or nothing.
    QString keysetCondition(bool first, bool hasFrom, bool hasTo, QVariantList *binds,
                            const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                            qint64 toId) const;
    QString searchRowsSql(bool hasFrom, bool hasTo, int limit, QVariantList *binds,
                          const QVariant &fromKey, qint64 fromId, const QVariant &toKey,
                          qint64 toId) const;
};
