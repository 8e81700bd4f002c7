#include "outboxcontroller.h"

#include "mainwindow.h"
#include "outboxrepository.h"

#include <QAction>

OutboxController::OutboxController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    auto *action = new QAction(tr("&Outbox (e-mail notifications)…"), window);
    action->setObjectName(QStringLiteral("outboxAction"));
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    connect(action, &QAction::triggered, this, &OutboxController::open);
    window->addViewAction(action);
}

bool OutboxController::mayRead(const SessionInfo &info)
{
    const QStringList &g = info.groups;
    return info.role == StaffRole::Owner || info.role == StaffRole::Head ||
           info.role == StaffRole::Manager || info.role == StaffRole::Admin ||
           g.contains(QStringLiteral("kontakt_head")) ||
           g.contains(QStringLiteral("kontakt_manager")) ||
           g.contains(QStringLiteral("kontakt_admin"));
}

bool OutboxController::mayRetry(const SessionInfo &info)
{
    return info.role == StaffRole::Owner || info.role == StaffRole::Admin ||
           info.groups.contains(QStringLiteral("kontakt_admin"));
}

void OutboxController::open()
{
    if (!m_list) {
        m_list = new OutboxWindow(mayRetry(m_session.info), m_window);
        m_list->setObjectName(QStringLiteral("outboxWindow"));
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_list, &OutboxWindow::refreshRequested, this, &OutboxController::load);
        connect(m_list, &OutboxWindow::filterChanged, this, &OutboxController::load);
        connect(m_list, &OutboxWindow::retryRequested, this, &OutboxController::retry);
        connect(m_list, &OutboxWindow::openCaseRequested, this, &OutboxController::openRequested);
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    load();
}

void OutboxController::load()
{
    if (!m_list)
        return;
    struct Listed {
        QList<OutboxMessage> rows;
        DbError error;
    };
    const OutboxFilter filter = m_list->filter();
    const quint64 generation = ++m_generation;
    m_session.db->run<Listed>(
        this,
        [filter](QSqlDatabase &db) {
            Listed l;
            l.rows = OutboxRepository(db).list(filter, &l.error);
            return l;
        },
        [this, generation](Listed l) {
            if (!m_list || generation != m_generation)
                return;
            if (l.error.isError())
                m_list->showMessage(l.error.userMessage(), true);
            m_list->setMessages(l.rows);
            emit loaded(int(l.rows.size()));
        });
}

void OutboxController::retry(const OutboxMessage &message)
{
    struct Retried {
        bool ok = false;
        DbError error;
    };
    const qint64 id = message.id;
    const int version = message.version;
    m_session.db->run<Retried>(
        this,
        [id, version](QSqlDatabase &db) {
            Retried r;
            r.ok = OutboxRepository(db).retry(id, version, &r.error);
            return r;
        },
        [this, id](Retried r) {
            if (m_list) {
                if (r.error.isError())
                    m_list->showMessage(r.error.userMessage(), true);
                else if (!r.ok)
                    m_list->showMessage(tr("The message was changed meanwhile (perhaps sent); "
                                           "the list is read again."),
                                        true);
                else
                    m_list->showMessage(tr("The message is queued again and will be sent "
                                           "shortly."),
                                        false);
                load();
            }
            emit retryFinished(id, r.ok);
        });
}
