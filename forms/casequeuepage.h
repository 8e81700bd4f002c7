#pragma once

#include "queuefilter.h"

#include <QMap>
#include <QTimer>
#include <QWidget>
#include <memory>

class DeadlineColorProxy;
class QAbstractItemModel;
class QMenu;
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
    // Organisations (id, name) for the executor filter; people (login, name) for the operator one.
    void setOrganisations(const QList<QPair<qint64, QString>> &organisations);
    void setOperators(const QList<QPair<QString, QString>> &people);
    // Saved views are kept per login.
    void setViewOwner(const QString &login);
    void setFilter(const QueueFilter &filter);
    QMap<QString, QueueFilter> savedViews() const;
    void saveView(const QString &name);
    void deleteView(const QString &name);
    QTableView *view() const;
    // The columns as shown (visible ones, in their on-screen order): model column numbers.
    QList<int> visibleColumns() const;
    // The filter in words, for a printed list ("Пошук: …"), empty without one.
    QString filterText() const;
    // Several rows at once (the head's bulk approval); the ids of the selected rows.
    void setMultiSelect(bool multi);
    QList<qint64> selectedIds() const;
    DeadlineColorProxy *proxy() const { return m_proxy; }
    QueueFilter filter() const;
    void setCount(int rows, bool exact);
    void showError(const QString &message);
    void saveLayout() const;

signals:
    void filterChanged(const QueueFilter &filter);
    void refreshRequested();
    void openRequested(qint64 appealId);
    void printRequested();

private:
    void emitFilter();
    void restoreLayout();
    void restoreFilter();
    void showFilter(const QueueFilter &filter);
    void fillViewsMenu(QMenu *menu);
    QString viewsKey() const;
    static QDate noDate();
    bool m_restoring = false;
    QueueFilter m_wanted; // what the combos should show once their items arrive
    QString m_viewOwner;

    std::unique_ptr<Ui::CaseQueuePage> ui;
    QString m_settingsKey;
    DeadlineColorProxy *m_proxy = nullptr;
    QTimer m_searchTimer;
    int m_scrollValue = 0;
};
