#pragma once

#include "kbarticlefile.h"
#include "knowledgebase.h"
#include "sqlerror.h"
#include "ukrainiantext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

// The knowledge base of answers (issue 8): articles with their history, the ranked search the
// intake panel, the editor and `kontaktctl kb search` share, usage and missed searches.
class KnowledgeBaseRepository
{
public:
    using Article = KbArticle;
    using Version = KbVersion;
    using Hit = KbHit;
    using DirectoryEntry = ::DirectoryEntry;

    struct SearchResult {
        QList<Hit> hits;
        QStringList queryStems;
        QStringList matchedStems; // the query's stems and the lexemes they were expanded to
    };

    struct ImportReport {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList warnings; // unknown organisation codes (the article is stored without them)
    };

    // Regulation 3.12, for the head: which answers were used and which searches found nothing.
    struct UsageReport {
        struct Used {
            qint64 id = 0;
            QString title;
            int uses = 0;
            bool reviewOverdue = false;
        };
        struct Missed {
            QString query;
            int times = 0;
            QDateTime last;
        };
        QList<Used> used;     // most used first
        QList<Missed> missed; // most frequent first (queries compared case-insensitively)
        int unusedArticles = 0;
    };

    explicit KnowledgeBaseRepository(QSqlDatabase db);
    UsageReport usageReport(const QDate &from, const QDate &to, int limit, DbError *error);

    // Ranked by how many of the query's words an article holds (title first), the full-text
    // rank, title similarity, the topic (when given) and how recently it was reviewed; typos are
    // forgiven by expanding every word to similar stems of the base (trigrams), the last word
    // also as a prefix (the operator is still typing it).
    SearchResult search(const QString &text, int limit, const QString &topicCode, DbError *error);
    QList<DirectoryEntry> directory(const QString &text, const QList<qint64> &orgIds, int limit,
                                    DbError *error);

    QList<Article> list(DbError *error);
    std::optional<Article> find(qint64 id, DbError *error);
    std::optional<Article> findByCode(const QString &code, DbError *error);
    QList<Version> history(qint64 id, DbError *error);
    // Insert (id 0) or update with the version read; false on a stale version (another editor
    // saved first: *conflict true) or a refusal. The stems are computed here.
    bool save(Article *article, bool *conflict, DbError *error);

    // All files in one transaction: one bad article refuses the whole import.
    bool importFiles(const QList<KbArticleFile> &files, ImportReport *report, DbError *error);
    QList<KbArticleFile> exportAll(DbError *error);
    // The sample articles compiled in from resources/kb (demo data).
    static QList<KbArticleFile> bundledArticles();

    bool recordUse(qint64 articleId, qint64 appealId, DbError *error);
    bool logMiss(const QString &query, DbError *error);

private:
    bool store(Article *article, bool *conflict, QStringList *warnings, DbError *error);
    QSqlDatabase m_db;
};
