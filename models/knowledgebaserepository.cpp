#include "knowledgebaserepository.h"

#include "transactionguard.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace {

const QChar kSep(0x1f); // joins list values for coalesce(string_to_array(?, chr(31)), '{}')

QString joinList(const QStringList &l)
{
    return l.join(kSep);
}

QStringList splitList(const QVariant &v)
{
    return v.toString().split(kSep, Qt::SkipEmptyParts);
}

// QPSQL binds a null QString as NULL: text that is only empty must be sent as ''.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType(QMetaType::QDate));
}

bool execOrFail(QSqlQuery &q, DbError *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = DbError::fromQuery(q.lastError());
    return false;
}

const char *kArticleColumns =
    "a.id, coalesce(a.code, ''), a.title, a.body, array_to_string(a.topic_codes, chr(31)), "
    "coalesce((SELECT string_agg(o.code, chr(31) ORDER BY o.code) FROM kontakt.organisation o "
    "          WHERE o.id = ANY (a.org_ids)), ''), "
    "array_to_string(a.tags, chr(31)), a.valid_from, a.valid_to, a.last_reviewed, a.review_due, "
    "coalesce(a.author, ''), a.usage_count, a.active, a.updated_at, a.updated_by, a.version ";

KnowledgeBaseRepository::Article readArticle(const QSqlQuery &q)
{
    KnowledgeBaseRepository::Article a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.title = q.value(2).toString();
    a.body = q.value(3).toString();
    a.topicCodes = splitList(q.value(4));
    a.orgCodes = splitList(q.value(5));
    a.tags = splitList(q.value(6));
    a.validFrom = q.value(7).toDate();
    a.validTo = q.value(8).toDate();
    a.lastReviewed = q.value(9).toDate();
    a.reviewDue = q.value(10).toDate();
    a.author = q.value(11).toString();
    a.usageCount = q.value(12).toInt();
    a.active = q.value(13).toBool();
    a.updatedAt = q.value(14).toDateTime();
    a.updatedBy = q.value(15).toString();
    a.version = q.value(16).toInt();
    return a;
}

} // namespace

KnowledgeBaseRepository::KnowledgeBaseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

KnowledgeBaseRepository::SearchResult KnowledgeBaseRepository::search(const QString &text,
                                                                      int limit,
                                                                      const QString &topicCode,
                                                                      DbError *error)
{
    SearchResult result;
    QStringList stems = UkrainianText::stems(text);
    // Keep the words in order, without repeats, at most 12.
    QStringList unique;
    for (const QString &s : std::as_const(stems)) {
        if (!unique.contains(s))
            unique << s;
    }
    stems = unique.mid(0, 12);
    result.queryStems = stems;
    if (stems.isEmpty())
        return result;
    // The last word is being typed: it may be a prefix (unless the text ends with a space).
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    const QStringList normWords = UkrainianText::words(text);
    QString prefix;
    if (typing && !normWords.isEmpty() && normWords.last().size() >= 3 &&
        !UkrainianText::isStopWord(normWords.last()))
        prefix = normWords.last();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH q AS ("
        "  SELECT w, ord::int AS ord FROM unnest(coalesce(string_to_array(?, chr(31)), '{}')) WITH "
        "ORDINALITY AS t(w, ord)"
        "   WHERE w ~ '^[[:alnum:]]+$'"
        "), alt AS ("
        "  SELECT q.ord, q.w AS word FROM q"
        "  UNION"
        "  SELECT q.ord, l.word FROM q CROSS JOIN LATERAL ("
        "    SELECT x.word FROM kontakt.kb_lexeme x"
        "     WHERE char_length(q.w) >= 4 AND x.word OPERATOR(public.%) q.w"
        "       AND public.similarity(x.word, q.w) >= 0.45"
        "     ORDER BY x.word OPERATOR(public.<->) q.w LIMIT 4) l"
        "  UNION"
        "  SELECT q.ord, l.word FROM q CROSS JOIN LATERAL ("
        "    SELECT x.word FROM kontakt.kb_lexeme x"
        "     WHERE ? <> '' AND x.word LIKE ? || '%' AND q.ord = (SELECT max(ord) FROM q)"
        "     ORDER BY char_length(x.word), x.word LIMIT 8) l"
        "), per AS ("
        "  SELECT ord, to_tsquery('simple', string_agg(quote_literal(word), ' | ')) AS tq"
        "    FROM alt WHERE word ~ '^[[:alnum:]]+$' GROUP BY ord"
        "), allq AS ("
        "  SELECT to_tsquery('simple', string_agg(DISTINCT quote_literal(word), ' | ')) AS tq,"
        "         (SELECT count(*) FROM per) AS n,"
        "         string_agg(DISTINCT word, chr(31)) AS words"
        "    FROM alt WHERE word ~ '^[[:alnum:]]+$'"
        "), cand AS ("
        "  SELECT a.* FROM kontakt.kb_article a, allq"
        "   WHERE a.active AND a.search_tsv @@ allq.tq"
        "), scored AS ("
        "  SELECT c.id, c.code, c.title, c.body, c.topic_codes, c.org_ids, c.usage_count,"
        "         c.review_due, c.valid_to,"
        "         (SELECT count(*) FROM per WHERE c.search_tsv @@ per.tq)::float8"
        "             / greatest(allq.n, 1) AS covered,"
        "         (SELECT count(*) FROM per"
        "           WHERE ts_filter(c.search_tsv, '{a}') @@ per.tq)::float8"
        "             / greatest(allq.n, 1) AS title_covered,"
        "         ts_rank(c.search_tsv, allq.tq) AS rank,"
        "         public.similarity(c.title_stems, ?) AS title_sim,"
        "         (? <> '' AND EXISTS (SELECT 1 FROM unnest(c.topic_codes) t"
        "                               WHERE t = ? OR t LIKE ? || '.%' OR ? LIKE t || '.%')) AS "
        "topic_hit,"
        "         coalesce(c.last_reviewed, c.updated_at::date) AS fresh,"
        "         allq.words"
        "    FROM cand c, allq"
        ")"
        "SELECT id, coalesce(code, ''), title, body, array_to_string(topic_codes, chr(31)),"
        "       array_to_string(org_ids, chr(31)), usage_count,"
        "       coalesce(review_due < current_date, false),"
        "       round((2.0 * covered + 1.5 * title_covered + least(rank, 1.0) + 0.6 * title_sim"
        "        + CASE WHEN topic_hit THEN 0.6 ELSE 0 END"
        "        + 0.15 * exp(-greatest(current_date - fresh, 0) / 365.0)"
        "        - CASE WHEN valid_to < current_date THEN 0.5 ELSE 0 END)::numeric, 4)::float8 AS "
        "score,"
        "       words"
        "  FROM scored"
        " ORDER BY score DESC, fresh DESC, id"
        " LIMIT ?"));
    const QString joined = stems.join(QLatin1Char(' '));
    q.addBindValue(joinList(stems));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(joined);
    q.addBindValue(topicCode);
    q.addBindValue(topicCode);
    q.addBindValue(topicCode);
    q.addBindValue(topicCode);
    q.addBindValue(qBound(1, limit, 100));
    if (!execOrFail(q, error))
        return result;
    QSet<QString> matched(stems.begin(), stems.end());
    bool wordsRead = false;
    while (q.next()) {
        Hit h;
        h.id = q.value(0).toLongLong();
        h.code = q.value(1).toString();
        h.title = q.value(2).toString();
        h.body = q.value(3).toString();
        h.topicCodes = splitList(q.value(4));
        for (const QString &o : splitList(q.value(5)))
            h.orgIds << o.toLongLong();
        h.usageCount = q.value(6).toInt();
        h.reviewOverdue = q.value(7).toBool();
        h.score = q.value(8).toDouble();
        if (!wordsRead) {
            for (const QString &w : splitList(q.value(9)))
                matched.insert(w);
            wordsRead = true;
        }
        result.hits << h;
    }
    result.matchedStems = QStringList(matched.begin(), matched.end());
    result.matchedStems.sort();
    const QStringList prefixes = prefix.isEmpty() ? QStringList() : QStringList{prefix};
    for (Hit &h : result.hits) {
        h.titleRanges = UkrainianText::matchRanges(h.title, matched, prefixes);
        h.bodyRanges = UkrainianText::matchRanges(h.body, matched, prefixes);
    }
    return result;
}

QList<KnowledgeBaseRepository::DirectoryEntry>
KnowledgeBaseRepository::directory(const QString &text, const QList<qint64> &orgIds, int limit,
                                   DbError *error)
{
    QList<DirectoryEntry> list;
    QStringList ids;
    for (qint64 id : orgIds)
        ids << QString::number(id);
    const QString words = UkrainianText::normalize(text);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.id, o.code, o.name, coalesce(o.address, ''), coalesce(o.phones, ''),"
        "       coalesce(o.email, ''), coalesce(o.working_hours, ''),"
        "       coalesce(o.responsible_person, o.head_name, ''),"
        "       coalesce((SELECT string_agg(DISTINCT ci.name_uk, chr(31))"
        "                   FROM kontakt.organisation_topic ot"
        "                   JOIN kontakt.classifier_item ci ON ci.section = 'topic' AND ci.code = "
        "ot.topic_code"
        "                  WHERE ot.org_id = o.id), ''),"
        "       array_position(coalesce(string_to_array(?, chr(31)), '{}')::bigint[], o.id) AS pos,"
        "       public.word_similarity(?, lower(o.name || ' ' || coalesce(o.short_name, ''))) AS "
        "sim"
        "  FROM kontakt.organisation o"
        " WHERE o.active AND o.kind <> 'contact_centre'"
        "   AND (o.id = ANY (coalesce(string_to_array(?, chr(31)), '{}')::bigint[])"
        "        OR (char_length(?) >= 3"
        "            AND public.word_similarity(?, lower(o.name || ' ' || coalesce(o.short_name, "
        "''))) >= 0.6))"
        " ORDER BY pos NULLS LAST, sim DESC, o.name"
        " LIMIT ?"));
    q.addBindValue(ids.join(kSep));
    q.addBindValue(words);
    q.addBindValue(ids.join(kSep));
    q.addBindValue(words);
    q.addBindValue(words);
    q.addBindValue(qBound(1, limit, 50));
    if (!execOrFail(q, error))
        return list;
    while (q.next()) {
        DirectoryEntry e;
        e.id = q.value(0).toLongLong();
        e.code = q.value(1).toString();
        e.name = q.value(2).toString();
        e.address = q.value(3).toString();
        e.phones = q.value(4).toString();
        e.email = q.value(5).toString();
        e.hours = q.value(6).toString();
        e.responsible = q.value(7).toString();
        e.topics = splitList(q.value(8));
        list << e;
    }
    return list;
}

QList<KnowledgeBaseRepository::Article> KnowledgeBaseRepository::list(DbError *error)
{
    QList<Article> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT ") + QLatin1String(kArticleColumns) +
            QStringLiteral(" FROM kontakt.kb_article a ORDER BY a.active DESC, a.title, a.id"))) {
        if (error)
            *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next())
        out << readArticle(q);
    return out;
}

std::optional<KnowledgeBaseRepository::Article> KnowledgeBaseRepository::find(qint64 id,
                                                                              DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kArticleColumns) +
              QStringLiteral(" FROM kontakt.kb_article a WHERE a.id = ?"));
    q.addBindValue(id);
    if (!execOrFail(q, error) || !q.next())
        return std::nullopt;
    return readArticle(q);
}

std::optional<KnowledgeBaseRepository::Article>
KnowledgeBaseRepository::findByCode(const QString &code, DbError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kArticleColumns) +
              QStringLiteral(" FROM kontakt.kb_article a WHERE a.code = ?"));
    q.addBindValue(code);
    if (!execOrFail(q, error) || !q.next())
        return std::nullopt;
    return readArticle(q);
}

QList<KnowledgeBaseRepository::Version> KnowledgeBaseRepository::history(qint64 id, DbError *error)
{
    QList<Version> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT version, title, body, array_to_string(coalesce(topic_codes, '{}'), chr(31)),"
        "       array_to_string(coalesce(tags, '{}'), chr(31)), changed_by, changed_at"
        "  FROM kontakt.kb_article_version WHERE article_id = ? ORDER BY version DESC"));
    q.addBindValue(id);
    if (!execOrFail(q, error))
        return out;
    while (q.next()) {
        Version v;
        v.version = q.value(0).toInt();
        v.title = q.value(1).toString();
        v.body = q.value(2).toString();
        v.topicCodes = splitList(q.value(3));
        v.tags = splitList(q.value(4));
        v.changedBy = q.value(5).toString();
        v.changedAt = q.value(6).toDateTime();
        out << v;
    }
    return out;
}

bool KnowledgeBaseRepository::store(Article *a, bool *conflict, QStringList *warnings,
                                    DbError *error)
{
    if (conflict)
        *conflict = false;
    // Organisation codes -> ids (unknown ones are reported, not stored).
    QStringList orgIds;
    for (const QString &code : std::as_const(a->orgCodes)) {
        QSqlQuery o(m_db);
        o.prepare(QStringLiteral("SELECT id FROM kontakt.organisation WHERE code = ?"));
        o.addBindValue(code);
        if (!execOrFail(o, error))
            return false;
        if (o.next())
            orgIds << o.value(0).toString();
        else if (warnings)
            warnings->append(QStringLiteral("«%1»: невідома організація %2").arg(a->title, code));
    }
    // Keywords: the tags and the names of the topics.
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral(
        "SELECT coalesce(string_agg(DISTINCT name_uk, ' '), '')"
        "  FROM kontakt.classifier_item"
        " WHERE section = 'topic' AND code = ANY (coalesce(string_to_array(?, chr(31)), '{}'))"));
    t.addBindValue(nn(joinList(a->topicCodes)));
    if (!execOrFail(t, error) || !t.next())
        return false;
    const QString keywordStems = UkrainianText::stemText(a->tags.join(QLatin1Char(' ')) +
                                                         QLatin1Char(' ') + t.value(0).toString())
                                     .left(4000);
    const QString titleStems = UkrainianText::stemText(a->title).left(2000);
    const QString bodyStems = UkrainianText::stemText(a->body).left(200000);

    QSqlQuery q(m_db);
    if (a->id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO kontakt.kb_article (code, title, body, topic_codes, org_ids, tags,"
            "  valid_from, valid_to, last_reviewed, review_due, author, active,"
            "  title_stems, keyword_stems, body_stems)"
            " VALUES (?, ?, ?, coalesce(string_to_array(?, chr(31)), '{}'), "
            "coalesce(string_to_array(?, chr(31)), '{}')::bigint[],"
            "         coalesce(string_to_array(?, chr(31)), '{}'), ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id, version"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE kontakt.kb_article SET code = ?, title = ?, body = ?,"
            "  topic_codes = coalesce(string_to_array(?, chr(31)), '{}'),"
            "  org_ids = coalesce(string_to_array(?, chr(31)), '{}')::bigint[], tags = "
            "coalesce(string_to_array(?, chr(31)), '{}'),"
            "  valid_from = ?, valid_to = ?, last_reviewed = ?, review_due = ?, author = ?,"
            "  active = ?, title_stems = ?, keyword_stems = ?, body_stems = ?"
            " WHERE id = ? AND version = ? RETURNING id, version"));
    }
    q.addBindValue(a->code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a->code));
    q.addBindValue(nn(a->title));
    q.addBindValue(nn(a->body));
    q.addBindValue(nn(joinList(a->topicCodes)));
    q.addBindValue(nn(orgIds.join(kSep)));
    q.addBindValue(nn(joinList(a->tags)));
    q.addBindValue(dateOrNull(a->validFrom));
    q.addBindValue(dateOrNull(a->validTo));
    q.addBindValue(dateOrNull(a->lastReviewed));
    q.addBindValue(dateOrNull(a->reviewDue));
    q.addBindValue(a->author.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(a->author));
    q.addBindValue(a->active);
    q.addBindValue(nn(titleStems));
    q.addBindValue(nn(keywordStems));
    q.addBindValue(nn(bodyStems));
    if (a->id != 0) {
        q.addBindValue(a->id);
        q.addBindValue(a->version);
    }
    if (!execOrFail(q, error))
        return false;
    if (!q.next()) {
        if (conflict)
            *conflict = true;
        if (error)
            *error = DbError::other(QStringLiteral("stale version"));
        return false;
    }
    a->id = q.value(0).toLongLong();
    a->version = q.value(1).toInt();
    return true;
}

bool KnowledgeBaseRepository::save(Article *article, bool *conflict, DbError *error)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    QStringList warnings;
    if (!store(article, conflict, &warnings, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    return true;
}

bool KnowledgeBaseRepository::importFiles(const QList<KbArticleFile> &files, ImportReport *report,
                                          DbError *error)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    ImportReport r;
    QSet<QString> knownOrgs;
    {
        QSqlQuery o(m_db);
        o.setForwardOnly(true);
        if (!o.exec(QStringLiteral("SELECT code FROM kontakt.organisation")))
            return execOrFail(o, error);
        while (o.next())
            knownOrgs.insert(o.value(0).toString());
    }
    for (const KbArticleFile &f : files) {
        QStringList fileOrgs;
        for (const QString &c : f.organisations) {
            if (knownOrgs.contains(c))
                fileOrgs << c;
        }
        fileOrgs.sort();
        QStringList storedOrgs;
        Article a;
        DbError findError;
        if (auto existing = findByCode(f.code, &findError))
            a = *existing;
        else if (findError.isError()) {
            if (error)
                *error = findError;
            return false;
        }
        storedOrgs = a.orgCodes;
        storedOrgs.sort();
        const bool same = a.id != 0 && a.title == f.title && a.body == f.body &&
                          a.topicCodes == f.topics && a.tags == f.tags && storedOrgs == fileOrgs &&
                          a.validFrom == f.validFrom && a.validTo == f.validTo &&
                          a.lastReviewed == f.lastReviewed && a.reviewDue == f.reviewDue;
        if (same) {
            ++r.unchanged;
            continue;
        }
        const bool isNew = a.id == 0;
        a.code = f.code;
        a.title = f.title;
        a.body = f.body;
        a.topicCodes = f.topics;
        a.orgCodes = f.organisations;
        a.tags = f.tags;
        a.validFrom = f.validFrom;
        a.validTo = f.validTo;
        a.lastReviewed = f.lastReviewed;
        a.reviewDue = f.reviewDue;
        bool conflict = false;
        if (!store(&a, &conflict, &r.warnings, error)) {
            if (error)
                error->detail = f.code + QStringLiteral(".md: ") + error->detail;
            return false;
        }
        ++(isNew ? r.inserted : r.updated);
    }
    if (!tx.commit()) {
        if (error)
            *error = DbError::fromQuery(m_db.lastError());
        return false;
    }
    if (report)
        *report = r;
    return true;
}

QList<KbArticleFile> KnowledgeBaseRepository::exportAll(DbError *error)
{
    QList<KbArticleFile> out;
    DbError e;
    const QList<Article> articles = list(&e);
    if (e.isError()) {
        if (error)
            *error = e;
        return out;
    }
    for (const Article &a : articles) {
        KbArticleFile f;
        f.code = a.code.isEmpty() ? QStringLiteral("article-%1").arg(a.id) : a.code;
        f.title = a.title;
        f.body = a.body;
        f.topics = a.topicCodes;
        f.organisations = a.orgCodes;
        f.tags = a.tags;
        f.validFrom = a.validFrom;
        f.validTo = a.validTo;
        f.lastReviewed = a.lastReviewed;
        f.reviewDue = a.reviewDue;
        out << f;
    }
    return out;
}

KnowledgeBaseRepository::UsageReport
KnowledgeBaseRepository::usageReport(const QDate &from, const QDate &to, int limit, DbError *error)
{
    UsageReport r;
    // Days are Kyiv days.
    const QString range =
        QStringLiteral(" >= (?::date)::timestamp AT TIME ZONE 'Europe/Kyiv'"
                       " AND %1 < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Kyiv'");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.title, count(u.id), coalesce(a.review_due < current_date, false)"
                  "  FROM kontakt.kb_article_use u JOIN kontakt.kb_article a ON a.id = u.article_id"
                  " WHERE u.used_at") +
              range.arg(QStringLiteral("u.used_at")) +
              QStringLiteral(" GROUP BY a.id, a.title ORDER BY count(u.id) DESC, a.title LIMIT ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(qBound(1, limit, 1000));
    if (!execOrFail(q, error))
        return r;
    while (q.next())
        r.used.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toBool()});
    q.prepare(
        QStringLiteral("SELECT min(query), count(*), max(searched_at) FROM kontakt.kb_search_miss"
                       " WHERE searched_at") +
        range.arg(QStringLiteral("searched_at")) +
        QStringLiteral(
            " GROUP BY lower(query) ORDER BY count(*) DESC, max(searched_at) DESC LIMIT ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(qBound(1, limit, 1000));
    if (!execOrFail(q, error))
        return r;
    while (q.next())
        r.missed.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toDateTime()});
    q.prepare(
        QStringLiteral(
            "SELECT count(*) FROM kontakt.kb_article a WHERE a.active AND NOT EXISTS ("
            " SELECT 1 FROM kontakt.kb_article_use u WHERE u.article_id = a.id AND u.used_at") +
        range.arg(QStringLiteral("u.used_at")) + QStringLiteral(")"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!execOrFail(q, error) || !q.next())
        return r;
    r.unusedArticles = q.value(0).toInt();
    return r;
}

QList<KbArticleFile> KnowledgeBaseRepository::bundledArticles()
{
    QList<KbArticleFile> out;
    const QDir dir(QStringLiteral(":/kb"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QString error;
        if (auto a = KbArticleFile::parse(QString::fromUtf8(f.readAll()), &error)) {
            a->code = name.chopped(3);
            out << *a;
        }
    }
    return out;
}

bool KnowledgeBaseRepository::recordUse(qint64 articleId, qint64 appealId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kontakt.kb_record_use(?, ?)"));
    q.addBindValue(articleId);
    q.addBindValue(appealId ? QVariant(appealId) : QVariant(QMetaType(QMetaType::LongLong)));
    return execOrFail(q, error);
}

bool KnowledgeBaseRepository::logMiss(const QString &query, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kontakt.kb_log_miss(?)"));
    q.addBindValue(query.left(300));
    return execOrFail(q, error);
}
