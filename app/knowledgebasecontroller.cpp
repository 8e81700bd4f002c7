#include "knowledgebasecontroller.h"

#include "kbeditorwindow.h"
#include "knowledgebaserepository.h"
#include "mainwindow.h"

#include <QAction>

KnowledgeBaseController::KnowledgeBaseController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    auto *action = new QAction(tr("&Knowledge base…"), window);
    action->setObjectName(QStringLiteral("kbEditorAction"));
    connect(action, &QAction::triggered, this, &KnowledgeBaseController::open);
    window->addViewAction(action);
}

bool KnowledgeBaseController::mayEdit(const SessionInfo &info)
{
    return info.role == StaffRole::Owner || info.groups.contains(QStringLiteral("kontakt_head")) ||
           info.groups.contains(QStringLiteral("kontakt_admin"));
}

void KnowledgeBaseController::open()
{
    if (!m_editor) {
        m_editor = new KbEditorWindow(m_window);
        m_editor->setObjectName(QStringLiteral("kbEditorWindow"));
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_editor, &KbEditorWindow::refreshRequested, this,
                &KnowledgeBaseController::loadList);
        connect(m_editor, &KbEditorWindow::articleRequested, this,
                &KnowledgeBaseController::loadArticle);
        connect(m_editor, &KbEditorWindow::saveRequested, this, &KnowledgeBaseController::save);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    loadList();
}

void KnowledgeBaseController::loadList()
{
    struct Loaded {
        QList<KbArticle> list;
        DbError error;
    };
    m_session.db->run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            Loaded l;
            l.list = KnowledgeBaseRepository(db).list(&l.error);
            return l;
        },
        [this](Loaded l) {
            if (l.error.isError()) {
                emit failed(l.error.userMessage());
                return;
            }
            if (m_editor)
                m_editor->setArticles(l.list);
            emit listLoaded(int(l.list.size()));
        });
}

void KnowledgeBaseController::loadArticle(qint64 id)
{
    struct Loaded {
        std::optional<KbArticle> article;
        QList<KbVersion> history;
        DbError error;
    };
    m_session.db->run<Loaded>(
        this,
        [id](QSqlDatabase &db) {
            Loaded l;
            KnowledgeBaseRepository repo(db);
            l.article = repo.find(id, &l.error);
            if (l.article)
                l.history = repo.history(id, &l.error);
            return l;
        },
        [this](Loaded l) {
            if (!l.article) {
                emit failed(l.error.isError() ? l.error.userMessage()
                                              : tr("The article was not found."));
                return;
            }
            if (m_editor) {
                m_editor->setArticle(*l.article);
                m_editor->setHistory(l.article->id, l.history);
            }
        });
}

void KnowledgeBaseController::save(const KbArticle &article)
{
    struct Saved {
        KbArticle article;
        bool ok = false;
        bool conflict = false;
        DbError error;
        QList<KbVersion> history;
    };
    m_session.db->run<Saved>(
        this,
        [article](QSqlDatabase &db) {
            Saved s;
            s.article = article;
            KnowledgeBaseRepository repo(db);
            s.ok = repo.save(&s.article, &s.conflict, &s.error);
            if (s.ok) {
                if (auto stored = repo.find(s.article.id, &s.error))
                    s.article = *stored;
                s.history = repo.history(s.article.id, &s.error);
            }
            return s;
        },
        [this](Saved s) {
            if (!m_editor)
                return;
            if (!s.ok) {
                const QString message =
                    s.conflict ? tr("Somebody saved this article meanwhile: reopen it and "
                                    "repeat your change.")
                               : s.error.userMessage();
                m_editor->saveFinished(false, message, s.article);
                emit failed(message);
                return;
            }
            m_editor->saveFinished(true, QString(), s.article);
            m_editor->setHistory(s.article.id, s.history);
            emit saved(s.article);
        });
}
