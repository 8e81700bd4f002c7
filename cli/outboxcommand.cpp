#include "cliapp.h"
#include "outboxrepository.h"

#include <QJsonArray>
#include <QTimeZone>

// kontaktctl outbox list [--status S] [--kind K] [--search T] [--limit N] [--json]: the e-mail
// notifications the workflow wrote, newest first, as the connection's login (head, manager and
// admin may read them; the database refuses everybody else: exit 1).
int CliApp::cmdOutbox(const QString &verb)
{
    if (verb != QLatin1String("list"))
        return usage(QStringLiteral("outbox takes list"));
    OutboxFilter filter;
    QString limit;
    takeOption(QStringLiteral("--status"), &filter.status);
    takeOption(QStringLiteral("--kind"), &filter.kind);
    takeOption(QStringLiteral("--search"), &filter.search);
    const bool hasLimit = takeOption(QStringLiteral("--limit"), &limit);
    const bool json = takeFlag(QStringLiteral("--json"));
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for outbox list").arg(a));
    }
    if (m_args.size() != 2)
        return usage(QStringLiteral("outbox list takes no arguments besides its options"));
    if (!filter.status.isEmpty() && !OutboxKeys::statuses().contains(filter.status))
        return usage(
            QStringLiteral("--status takes %1").arg(OutboxKeys::statuses().join(QLatin1Char('|'))));
    if (hasLimit) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > OutboxFilter::kMaxLimit)
            return usage(
                QStringLiteral("--limit needs a number from 1 to %1").arg(OutboxFilter::kMaxLimit));
    }

    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    DbError error;
    const QList<OutboxMessage> messages = OutboxRepository(db).list(filter, &error);
    if (error.isError())
        return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                    QStringLiteral("%1: %2").arg(error.kind == DbError::Kind::PermissionDenied
                                                     ? QStringLiteral("not_allowed")
                                                     : QStringLiteral("failed"),
                                                 error.detail));
    if (json) {
        QJsonArray list;
        for (const OutboxMessage &m : messages)
            list.append(OutboxJson::toJson(m));
        return printJson(QJsonObject{{QStringLiteral("count"), int(messages.size())},
                                     {QStringLiteral("messages"), list}});
    }
    // One line per message; tabs and line breaks inside values become spaces.
    const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    const auto at = [&kyiv](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(kyiv).toString(Qt::ISODate) : QString();
    };
    const auto line = [this](const QStringList &cells) {
        QStringList clean;
        for (const QString &c : cells)
            clean << c.simplified();
        m_out << clean.join(QLatin1Char('\t')) << Qt::endl;
    };
    line({QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("kind"),
          QStringLiteral("status"), QStringLiteral("attempts"), QStringLiteral("recipient"),
          QStringLiteral("reg_index"), QStringLiteral("subject"), QStringLiteral("sent_at"),
          QStringLiteral("last_error")});
    for (const OutboxMessage &m : messages)
        line({QString::number(m.id), at(m.createdAt), m.kind, m.status, QString::number(m.attempts),
              m.recipient, m.regIndex, m.subject, at(m.sentAt), m.lastError});
    return Ok;
}
