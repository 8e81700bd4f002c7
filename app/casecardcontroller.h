#pragma once

#include "caseactions.h"
#include "intakedata.h"
#include "routingtypes.h"
#include "session.h"
#include "workflowrepository.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class CaseCardWindow;
class QWidget;

// Opens case cards (one window per case), keeps them current, tells the database who has a
// case open (presence heartbeats) and carries out the workflow actions: the dialog in the GUI
// thread, the transition in the cards' database thread, the card reloaded afterwards. A refusal
// (not allowed, wrong state, somebody else changed the case) comes back as a clear message and
// what the person typed is kept for the next try.
class CaseCardController : public QObject
{
    Q_OBJECT
public:
    CaseCardController(const Session &session, QWidget *window, QObject *parent = nullptr);
    ~CaseCardController() override;

    void open(qint64 appealId);
    CaseCardWindow *window(qint64 appealId) const;
    // Approves each case's proposal as it stands (the head's bulk approve from the queue).
    void approveMany(const QList<qint64> &appealIds);
    // The head's one-key actions from the approval queue open the card's dialogs.
    void runAction(qint64 appealId, CaseAction action);
    void setPrintAvailable(bool available) { m_printAvailable = available; }
    // Writes due reminders and escalations of overdue assignments (also on a timer).
    void escalateOverdue();

signals:
    void printRequested(qint64 appealId);
    // A transition went through (queues refresh by NOTIFY anyway; tests and the status bar
    // listen here).
    void actionDone(qint64 appealId, CaseAction action);
    void actionFailed(qint64 appealId, CaseAction action, const QString &message);
    void bulkApproved(int approved, const QStringList &refusals);
    void loaded(qint64 appealId);
    void escalated(int steps);

private:
    struct Loaded {
        CaseDetails details;
        QList<HistoryEvent> history;
        QString presence;
        QList<QPair<qint64, QString>> files;
        WorkflowError error;
    };
    void load(qint64 appealId);
    void show(qint64 appealId, const Loaded &loaded);
    void heartbeat();
    void leave(qint64 appealId);
    void ask(CaseCardWindow *card, CaseAction action);
    void perform(CaseCardWindow *card, CaseAction action,
                 std::function<WorkflowRepository::Result(QSqlDatabase &)> job);
    void withOrganisations(std::function<void()> then);
    QList<OrgChoice> orgChoices() const;
    CaseActor actor(const CaseDetails &details) const;
    QString topicName(const QString &code) const;

    Session m_session;
    QPointer<QWidget> m_parentWindow;
    std::unique_ptr<DatabaseThread> m_db;
    QHash<qint64, QPointer<CaseCardWindow>> m_cards;
    QTimer m_heartbeat;
    QTimer m_escalation;
    IntakeReference m_reference;
    QHash<QString, QString> m_names;
    QList<WorkflowRepository::Organisation> m_orgs;
    bool m_orgsLoaded = false;
    bool m_printAvailable = false;
    // What the person typed in a dialog whose save was refused: offered again on the next try.
    QHash<qint64, QVariant> m_lastDraft;
};
