#pragma once

#include "kbeditorwindow.h"
#include "knowledgebase.h"
#include "session.h"

#include <QObject>
#include <QPointer>
class MainWindow;

// View ▸ Knowledge base…: the editor window of the head and the admin, read and written on the
// session's database thread (the GUI thread never waits). The database refuses everybody else.
class KnowledgeBaseController : public QObject
{
    Q_OBJECT
public:
    KnowledgeBaseController(const Session &session, MainWindow *window);

    static bool mayEdit(const SessionInfo &info);
    void open();
    KbEditorWindow *editor() const { return m_editor; }

signals:
    void listLoaded(int count);
    void saved(const KbArticle &article);
    void failed(const QString &message);

private:
    void loadList();
    void loadArticle(qint64 id);
    void save(const KbArticle &article);

    Session m_session;
    QPointer<MainWindow> m_window;
    QPointer<KbEditorWindow> m_editor;
};
