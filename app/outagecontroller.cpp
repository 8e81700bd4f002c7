#include "outagecontroller.h"

#include "mainwindow.h"
#include "outagedialog.h"
#include "outagerepository.h"

#include <QAction>
#include <QSqlQuery>

OutageController::OutageController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    auto *action = new QAction(tr("Add an &outage…"), window);
    action->setObjectName(QStringLiteral("addOutageAction"));
    connect(action, &QAction::triggered, this, &OutageController::openDialog);
    window->addViewAction(action);
    m_session.db->run<QStringList>(
        this,
        [](QSqlDatabase &db) {
            QStringList streets;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(
                    QStringLiteral("SELECT name FROM kontakt.street WHERE active ORDER BY name")))
                while (q.next())
                    streets << q.value(0).toString();
            return streets;
        },
        [this](QStringList streets) { m_streets = streets; });
}

bool OutageController::mayAdd(const SessionInfo &info)
{
    return info.mayRegisterAppeals() || info.groups.contains(QStringLiteral("kontakt_admin"));
}

void OutageController::openDialog()
{
    OutageDialog dialog(m_streets, m_window);
    dialog.setObjectName(QStringLiteral("outageDialog"));
    if (dialog.exec() == QDialog::Accepted)
        add(dialog.outage());
}

void OutageController::add(const Outage &outage)
{
    struct Added {
        qint64 id = 0;
        DbError error;
    };
    m_session.db->run<Added>(
        this,
        [outage](QSqlDatabase &db) {
            Added a;
            OutageRepository(db).add(outage, &a.id, &a.error);
            return a;
        },
        [this](Added a) {
            if (a.id == 0) {
                const QString message = a.error.userMessage();
                if (m_window)
                    m_window->showMessage(message);
                emit failed(message);
                return;
            }
            if (m_window)
                m_window->showMessage(
                    tr("Outage saved: operators see it for the addresses it covers."));
            emit added(a.id);
        });
}
