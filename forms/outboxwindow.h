#pragma once

#include "outboxmessage.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class OutboxModel;
class QSortFilterProxyModel;
namespace Ui {
class OutboxWindow;
}

// The e-mail notifications the workflow wrote: a status filter and a search over recipient and
// subject, the list (newest first), the selected message below. The administrator puts a failed
// message back in the queue; anybody who reads the list opens the case a message is about.
// Knows no database: the controller loads the rows and carries out the requests.
class OutboxWindow : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxWindow(bool mayRetry, QWidget *parent = nullptr);
    ~OutboxWindow() override;

    // Keeps the selected message selected when it is still listed.
    void setMessages(const QList<OutboxMessage> &messages);
    void showMessage(const QString &text, bool error);
    // Status and search as shown (the limit is the default one).
    OutboxFilter filter() const;
    std::optional<OutboxMessage> selected() const;
    // Selects the message with this id; false when it is not listed.
    bool select(qint64 id);
    OutboxModel *model() const { return m_model; }

signals:
    void filterChanged(const OutboxFilter &filter);
    void refreshRequested();
    void retryRequested(const OutboxMessage &message);
    void openCaseRequested(qint64 appealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void selectionChanged();
    void openCurrent();
    void saveLayout() const;
    void restoreLayout();

    std::unique_ptr<Ui::OutboxWindow> ui;
    OutboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_searchTimer;
    bool m_mayRetry;
};
