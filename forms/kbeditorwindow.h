#pragma once

#include "knowledgebase.h"

#include <QWidget>
#include <memory>

namespace Ui {
class KbEditorWindow;
}

// The knowledge-base editor of the head and the admin: the articles (those past their review
// date flagged), one article's fields and answer text, its history. The window asks for data
// by signals and is given it by slots: its controller reads and writes on a database thread.
class KbEditorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit KbEditorWindow(QWidget *parent = nullptr);
    ~KbEditorWindow() override;

    void setArticles(const QList<KbArticle> &articles);
    void setArticle(const KbArticle &article);
    void setHistory(qint64 articleId, const QList<KbVersion> &versions);
    // The save's answer: the stored article, or a message (conflict, refusal).
    void saveFinished(bool ok, const QString &message, const KbArticle &stored);
    KbArticle editedArticle() const;
    qint64 currentId() const { return m_article.id; }

signals:
    void refreshRequested();
    void articleRequested(qint64 id);
    void saveRequested(const KbArticle &article);

private:
    void newArticle();
    void applyFilter();
    void markDirty();
    void showVersion(int row);

    std::unique_ptr<Ui::KbEditorWindow> ui;
    QList<KbArticle> m_articles;
    QList<KbVersion> m_versions;
    KbArticle m_article;
    bool m_loading = false;
};
