#pragma once

#include "knowledgebase.h"
#include "session.h"

#include <QObject>
#include <QPointer>

class MainWindow;

// View ▸ Add an outage…: an outage phoned in by a utility, stored on the session's database
// thread. Operators, the head and the admin may (the database refuses everybody else).
class OutageController : public QObject
{
    Q_OBJECT
public:
    OutageController(const Session &session, MainWindow *window);

    static bool mayAdd(const SessionInfo &info);
    void openDialog();
    void add(const Outage &outage);

signals:
    void added(qint64 id);
    void failed(const QString &message);

private:
    Session m_session;
    QPointer<MainWindow> m_window;
    QStringList m_streets;
};
