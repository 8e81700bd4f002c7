#pragma once

#include "casequeuemodel.h"
#include "changefeed.h"
#include "intakedata.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <memory>

class CaseQueuePage;
class QTabWidget;
class QWidget;

// The queue tabs of the main window (My work, Awaiting approval, In progress, Due soon,
// Overdue, Callback due, All). Each tab gets its model when first shown; every model has its
// own worker connection, so one slow tab never blocks another or the window.
class QueueTabsController : public QObject
{
    Q_OBJECT
public:
    QueueTabsController(const Session &session, QTabWidget *tabs, QObject *parent = nullptr);
    ~QueueTabsController() override;

    void refreshAll();
    // Counts of the tabs not opened yet (estimates for large ones, marked ≈).
    void refreshCounts();
    CaseQueueModel *model(CaseQueueQuery::Tab tab) const;
    CaseQueuePage *page(CaseQueueQuery::Tab tab) const;

signals:
    void openRequested(qint64 appealId);
    void staleChanged(bool stale);
    // The count of "My work" (a badge) and how many cases just arrived in it.
    void myWorkCountChanged(int count);
    void newWorkArrived(int added);
    // A queue's print preview opens with this document (tests look at it).
    void printPreviewShown(const QString &html);

private:
    struct Tab {
        CaseQueueQuery::Tab kind;
        QString key;
        QString title;
        CaseQueuePage *page = nullptr;
        CaseQueueModel *model = nullptr;
    };
    void activate(int index);
    CaseQueueQuery queryFor(const Tab &tab) const;
    void updateTitle(Tab &tab, int rows, bool exact);
    // Ctrl+P on a queue: its first rows (QueuePrintBuilder::MaxRows) as a table in a print
    // preview, with the columns as shown; the print is written to the audit log.
    void print(int index);

    Session m_session;
    QPointer<QTabWidget> m_tabs;
    QVector<Tab> m_list;
    IntakeReference m_reference;
    std::unique_ptr<DatabaseThread> m_db;
    ChangeFeed m_feed;
    bool m_referenceLoaded = false;
    QTimer m_countTimer;
    int m_myWorkCount = -1;
};
