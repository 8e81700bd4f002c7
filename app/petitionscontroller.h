#pragma once

#include "petitionqueuemodel.h"
#include "petitionregistrywindow.h"
#include "session.h"
#include "workflowerror.h"

#include <QObject>
#include <QPointer>
class MainWindow;

// View ▸ Petitions… : the e-petition registry for the petitions group (moderation, signatures,
// passing to the mayor), the head and the mayor's office (consideration, answer) and the
// administrator (expiry). Every read and write runs on the session's database thread; the
// database checks each transition (0015_petitions.sql).
class PetitionsController : public QObject
{
    Q_OBJECT
public:
    PetitionsController(const Session &session, MainWindow *window);

    // Who gets the menu entry: petitions, head, manager, admin (and the owner).
    static bool mayOpen(const SessionInfo &info);
    static PetitionRegistryWindow::Rights rightsOf(const SessionInfo &info);

    void open();
    PetitionRegistryWindow *window() const { return m_list; }
    PetitionQueueModel *model() const { return m_model; }

signals:
    void loaded(int rows);
    void actionFinished(bool ok);

private:
    void load();
    void showCurrent(qint64 id);
    void finish(const WorkflowError &error, const QString &done, qint64 id);

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<PetitionRegistryWindow> m_list;
    PetitionQueueModel *m_model;
    quint64 m_generation = 0;
};
