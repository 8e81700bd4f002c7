#pragma once

#include "outboxwindow.h"
#include "session.h"

#include <QObject>
#include <QPointer>
class MainWindow;

// View ▸ Outbox (Ctrl+Shift+O): the e-mail notifications the workflow wrote, for the head, the
// mayor's office (manager) and the administrator; the administrator retries failed ones. Every
// read and write runs on the session's database thread: the GUI thread never waits.
class OutboxController : public QObject
{
    Q_OBJECT
public:
    OutboxController(const Session &session, MainWindow *window);

    // Who gets the menu entry (the database grants SELECT to exactly these groups).
    static bool mayRead(const SessionInfo &info);
    // Who may put a failed message back in the queue (UPDATE: admin, and the owner).
    static bool mayRetry(const SessionInfo &info);

    void open();
    OutboxWindow *window() const { return m_list; }

signals:
    void loaded(int rows);
    // A retry was answered: ok when the message is queued again.
    void retryFinished(qint64 id, bool ok);
    // "Open case" in the list: the same path as a queue's open.
    void openRequested(qint64 appealId);

private:
    void load();
    void retry(const OutboxMessage &message);

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<OutboxWindow> m_list;
    quint64 m_generation = 0; // only the newest answer is shown when filters change fast
};
