#include "mailrepository.h"

#include "transactionguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

MailRepository::MailRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

namespace {
// PostgreSQL text cannot hold NUL (a letter can): it becomes U+FFFD, as other unreadable
// characters do.
QString clean(const QString &text)
{
    QString out = text;
    return out.replace(QChar(0), QChar(0xFFFD));
}

QStringList clean(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        out << clean(s);
    return out;
}
} // namespace

std::optional<MailRepository::StoreResult> MailRepository::store(const IncomingMailRecord &record,
                                                                 DbError *error)
{
    IncomingMailRecord r = record;
    for (QString *s : {&r.messageKey, &r.kindReason, &r.fromAddress, &r.fromName, &r.replyTo,
                       &r.subject, &r.text, &r.inReplyTo, &r.bouncedMessageId})
        *s = clean(*s);
    r.problems = clean(r.problems);
    r.references = clean(r.references);
    for (IncomingMailFile &f : r.files) {
        f.fileName = clean(f.fileName);
        f.mimeType = clean(f.mimeType);
    }
    QJsonObject meta{{QStringLiteral("uid_validity"), qint64(r.uidValidity)},
                     {QStringLiteral("uid"), qint64(r.uid)},
                     {QStringLiteral("kind"), r.kind},
                     {QStringLiteral("kind_reason"), r.kindReason},
                     {QStringLiteral("from_address"), r.fromAddress},
                     {QStringLiteral("from_name"), r.fromName},
                     {QStringLiteral("reply_to"), r.replyTo},
                     {QStringLiteral("subject"), r.subject},
                     {QStringLiteral("text"), r.text},
                     {QStringLiteral("text_from_html"), r.textFromHtml},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                     {QStringLiteral("in_reply_to"), r.inReplyTo},
                     {QStringLiteral("references"), QJsonArray::fromStringList(r.references)},
                     {QStringLiteral("bounced_message_id"), r.bouncedMessageId}};
    if (r.sentAt.isValid())
        meta.insert(QStringLiteral("sent_at"), r.sentAt.toUTC().toString(Qt::ISODate));

    TransactionGuard tx(m_db);
    if (!tx.isActive()) {
        *error = DbError::fromQuery(m_db.lastError());
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mail_id, status, coalesce(appeal_id, 0), created "
                             "FROM kontakt.mail_store(?, ?, ?::jsonb, ?)"));
    q.addBindValue(clean(r.mailbox));
    q.addBindValue(r.messageKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.raw);
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return std::nullopt;
    }
    StoreResult result;
    result.mailId = q.value(0).toLongLong();
    result.status = q.value(1).toString();
    result.appealId = q.value(2).toLongLong();
    result.created = q.value(3).toBool();
    q.finish();
    if (result.created) {
        QSqlQuery f(m_db);
        f.prepare(QStringLiteral("SELECT kontakt.mail_add_attachment(?, ?, ?, ?)"));
        for (const IncomingMailFile &file : r.files) {
            f.addBindValue(result.mailId);
            f.addBindValue(file.fileName);
            f.addBindValue(file.mimeType);
            f.addBindValue(file.data);
            if (!f.exec()) {
                *error = DbError::fromQuery(f.lastError());
                return std::nullopt;
            }
        }
    }
    if (!tx.commit()) {
        *error = DbError::fromQuery(m_db.lastError());
        return std::nullopt;
    }
    *error = {};
    return result;
}

namespace {
const char kColumns[] =
    "m.id, m.status, m.kind, coalesce(m.kind_reason, ''), coalesce(m.from_address, ''), "
    "coalesce(m.from_name, ''), coalesce(m.reply_to, ''), m.subject, m.sent_at, m.received_at, "
    "m.text_from_html, array_to_json(m.problems)::text, "
    "(SELECT count(*) FROM kontakt.attachment f WHERE f.mail_id = m.id "
    "    OR (f.appeal_id = m.appeal_id AND m.status = 'registered')), "
    "m.raw_size, coalesce(m.appeal_id, 0), coalesce(a.reg_index, ''), "
    "coalesce(m.handled_by, ''), m.handled_at, coalesce(m.handled_note, ''), m.version";

IncomingMail readRow(const QSqlQuery &q)
{
    IncomingMail m;
    m.id = q.value(0).toLongLong();
    m.status = q.value(1).toString();
    m.kind = q.value(2).toString();
    m.kindReason = q.value(3).toString();
    m.fromAddress = q.value(4).toString();
    m.fromName = q.value(5).toString();
    m.replyTo = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.sentAt = q.value(8).toDateTime();
    m.receivedAt = q.value(9).toDateTime();
    m.textFromHtml = q.value(10).toBool();
    // text[] as JSON: no parsing of PostgreSQL's array literal here
    const QJsonDocument problems = QJsonDocument::fromJson(q.value(11).toString().toUtf8());
    for (const QJsonValue &v : problems.array())
        m.problems << v.toString();
    m.fileCount = q.value(12).toInt();
    m.rawSize = q.value(13).toLongLong();
    m.appealId = q.value(14).toLongLong();
    m.regIndex = q.value(15).toString();
    m.handledBy = q.value(16).toString();
    m.handledAt = q.value(17).toDateTime();
    m.handledNote = q.value(18).toString();
    m.version = q.value(19).toInt();
    return m;
}

QString columns()
{
    return QString::fromLatin1(kColumns);
}
} // namespace

QList<IncomingMail> MailRepository::list(const IncomingMailFilter &filter, DbError *error)
{
    QList<IncomingMail> out;
    // Fixed fragments only; every value is bound.
    QString where;
    QString order = QStringLiteral("m.received_at DESC, m.id DESC");
    switch (filter.show) {
    case IncomingMailFilter::Show::Waiting:
        where = QStringLiteral("m.status IN ('new', 'review')");
        order = QStringLiteral("m.received_at, m.id"); // oldest first: the term runs
        break;
    case IncomingMailFilter::Show::Junk:
        where = QStringLiteral("m.status = 'junk'");
        break;
    case IncomingMailFilter::Show::Handled:
        where = QStringLiteral("m.status IN ('registered', 'attached', 'discarded')");
        break;
    case IncomingMailFilter::Show::All:
        where = QStringLiteral("true");
        break;
    }
    QVariantList binds;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        where += QStringLiteral(" AND (strpos(lower(coalesce(m.from_address, '') || ' ' || "
                                "coalesce(m.from_name, '')), lower(?)) > 0 "
                                "OR strpos(lower(m.subject), lower(?)) > 0)");
        binds << search << search;
    }
    binds << qBound(1, filter.limit, 5000);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM kontakt.mail_message m "
                             "LEFT JOIN kontakt.appeal a ON a.id = m.appeal_id "
                             "WHERE %2 ORDER BY %3 LIMIT ?")
                  .arg(columns(), where, order));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return out;
    }
    while (q.next())
        out << readRow(q);
    *error = {};
    return out;
}

std::optional<IncomingMail> MailRepository::find(qint64 id, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, m.body_text FROM kontakt.mail_message m "
                             "LEFT JOIN kontakt.appeal a ON a.id = m.appeal_id WHERE m.id = ?")
                  .arg(columns()));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = {};
        return std::nullopt;
    }
    IncomingMail m = readRow(q);
    m.text = q.value(20).toString();
    QSqlQuery f(m_db);
    f.prepare(QStringLiteral("SELECT id, file_name, mime_type, size_bytes FROM kontakt.attachment "
                             "WHERE mail_id = ? OR (appeal_id = ? AND ? = 'registered') "
                             "ORDER BY id"));
    f.addBindValue(id);
    f.addBindValue(m.appealId);
    f.addBindValue(m.status);
    if (!f.exec()) {
        *error = DbError::fromQuery(f.lastError());
        return std::nullopt;
    }
    while (f.next())
        m.files << IncomingMailFile{f.value(0).toLongLong(),
                                    f.value(1).toString(),
                                    f.value(2).toString(),
                                    f.value(3).toLongLong(),
                                    {}};
    *error = {};
    return m;
}

QByteArray MailRepository::rawMessage(qint64 id, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT raw FROM kontakt.mail_message WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return {};
    }
    *error = {};
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray MailRepository::fileData(qint64 attachmentId, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM kontakt.attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return {};
    }
    *error = {};
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool MailRepository::discard(qint64 id, const QString &reason, int version, DbError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kontakt.mail_discard(?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(reason);
    q.addBindValue(version);
    if (!q.exec() || !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    *error = {};
    return q.value(0).toBool();
}

int MailRepository::waitingCount(DbError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM kontakt.mail_message WHERE status IN ('new', 'review')")) ||
        !q.next()) {
        *error = DbError::fromQuery(q.lastError());
        return 0;
    }
    *error = {};
    return q.value(0).toInt();
}
