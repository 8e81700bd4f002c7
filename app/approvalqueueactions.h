#pragma once

#include <QObject>
#include <QPointer>

class CaseCardController;
class CaseQueuePage;
class MainWindow;

// The head's keys on the "Awaiting approval" queue: A approves the selected proposals (several
// at once with Shift/Ctrl), E opens the proposal to edit and approve, R rejects it back to the
// operator with a reason. Also in the queue's context menu.
class ApprovalQueueActions : public QObject
{
    Q_OBJECT
public:
    ApprovalQueueActions(CaseQueuePage *page, CaseCardController *cards, MainWindow *window);

private:
    QPointer<CaseQueuePage> m_page;
    CaseCardController *m_cards;
    QPointer<MainWindow> m_window;
};
