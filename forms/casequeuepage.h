#pragma once

#include "queuefilter.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class DeadlineColorProxy;
class QAbstractItemModel;
class QTableView;
namespace Ui {
class CaseQueuePage;
}

// One tab of queues: search and filters, the deadline-coloured table with its legend, and the
// count. Column order and widths are remembered per queue; Enter or a double-click opens a case.
class CaseQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseQueuePage(const QString &settingsKey, QWidget *parent = nullptr);
    ~CaseQueuePage() override;

    void setModel(QAbstractItemModel *model);
    // Topic codes and names for the topic filter.
    void setTopics(const QList<QPair<QString, QString>> &topics);
    QTableView *view() const;
    DeadlineColorProxy *proxy() const { return m_proxy; }
    QueueFilter filter() const;
    void setCount(int rows, bool exact);
    void showError(const QString &message);
    void saveLayout() const;

signals:
    void filterChanged(const QueueFilter &filter);
    void refreshRequested();
    void openRequested(qint64 appealId);

private:
    void emitFilter();
    void restoreLayout();
    void restoreFilter();
    bool m_restoring = false;

    std::unique_ptr<Ui::CaseQueuePage> ui;
    QString m_settingsKey;
    DeadlineColorProxy *m_proxy = nullptr;
    QTimer m_searchTimer;
    int m_scrollValue = 0;
};
