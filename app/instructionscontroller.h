#pragma once

#include "instructionlistwindow.h"
#include "session.h"

#include <QObject>
#include <QPointer>
class MainWindow;

// "Instructions" (Ctrl+I): the list of the mayor's and deputies' instructions for everybody who
// reads cases; the mayor's office (manager) records them and marks them executed.
class InstructionsController : public QObject
{
    Q_OBJECT
public:
    InstructionsController(const Session &session, MainWindow *window);
    void open();
    InstructionListWindow *window() const { return m_list; }

signals:
    void loaded(int rows);
    void saved();

private:
    void load();
    void create();
    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<InstructionListWindow> m_list;
    bool m_mayEdit = false;
};
