#include "mailjobs.h"

#include "imapclient.h"
#include "mailrepository.h"
#include "mimecomposer.h"
#include "mimeparser.h"
#include "outboxrepository.h"
#include "smtpclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QThread>

namespace {
// The largest message kept whole (mail_message.raw's CHECK); a larger one is recorded without it.
constexpr qint64 kMaxRawBytes = 60 * 1024 * 1024;

MailEndpoint endpoint(const QString &host, int port, const QString &security, const QString &login,
                      const QString &password, const QString &caFile)
{
    MailEndpoint e;
    e.host = host.trimmed();
    e.port = quint16(port);
    MailEndpoint::securityFromKey(security, &e.security);
    e.login = login.trimmed();
    e.password = password;
    e.caFile = caFile.trimmed();
    return e;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MailJobs", text);
}

IncomingMailRecord recordFrom(const ParsedMail &mail, const QByteArray &raw, const QString &mailbox,
                              quint32 uidValidity, quint32 uid)
{
    IncomingMailRecord r;
    r.mailbox = mailbox;
    // Idempotent by Message-ID (the same letter fetched again after a crash); a message without
    // one is known by its bytes.
    r.messageKey = !mail.messageId.isEmpty()
                       ? mail.messageId
                       : QStringLiteral("sha256:") +
                             QString::fromLatin1(
                                 QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    r.uidValidity = uidValidity;
    r.uid = uid;
    switch (mail.kind) {
    case ParsedMail::Kind::Normal:
        r.kind = QStringLiteral("normal");
        break;
    case ParsedMail::Kind::AutoReply:
        r.kind = QStringLiteral("auto_reply");
        break;
    case ParsedMail::Kind::Bounce:
        r.kind = QStringLiteral("bounce");
        break;
    case ParsedMail::Kind::Spam:
        r.kind = QStringLiteral("spam");
        break;
    }
    r.kindReason = mail.kindReason;
    r.fromAddress = mail.fromAddress;
    r.fromName = mail.fromName;
    r.replyTo = mail.replyToAddress;
    r.subject = mail.subject;
    r.sentAt = mail.date;
    r.text = mail.text;
    r.textFromHtml = mail.textFromHtml;
    r.problems = mail.problems;
    r.inReplyTo = mail.inReplyTo;
    r.references = mail.references;
    r.bouncedMessageId = mail.bouncedMessageId;
    r.raw = raw;
    for (const MailAttachment &a : mail.attachments) {
        // the database keeps files up to 20 MiB; a larger one stays in the raw message
        if (a.data.size() > 20 * 1024 * 1024) {
            r.problems << QStringLiteral("Attachment \"%1\" (%2 bytes) is larger than 20 MiB: it "
                                         "is kept only in the original message")
                              .arg(a.fileName)
                              .arg(a.data.size());
            continue;
        }
        r.files << IncomingMailFile{0, a.fileName, a.mimeType, a.data.size(), a.data};
    }
    return r;
}
} // namespace

MailEndpoint imapEndpoint(const MailSettings &s, const QString &password)
{
    return endpoint(s.imapHost, s.imapPort, s.imapSecurity, s.imapLogin, password, s.caFile);
}

MailEndpoint smtpEndpoint(const MailSettings &s, const QString &password)
{
    return endpoint(s.smtpHost, s.smtpPort, s.smtpSecurity, s.smtpLogin, password, s.caFile);
}

MailIntakeJob::MailIntakeJob(QSqlDatabase db, MailSettings settings, QString password)
    : m_db(std::move(db))
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{}

bool MailIntakeJob::runOnce(MailRunStats *stats, const std::function<bool()> &cancelled,
                            int pauseMs)
{
    const MailEndpoint ep = imapEndpoint(m_settings, m_password);
    if (const QString problem = ep.validate(); !problem.isEmpty()) {
        stats->errors << tr("Mailbox: %1").arg(problem);
        return false;
    }
    if (m_settings.inboxFolder.isEmpty() || m_settings.processedFolder == m_settings.inboxFolder ||
        m_settings.junkFolder == m_settings.inboxFolder) {
        // letters moved back into the inbox would be fetched again every round
        stats->errors << tr("The processed and junk folders must differ from the inbox.");
        return false;
    }
    ImapClient imap;
    if (!imap.connectToServer(ep) || !imap.login()) {
        stats->errors << tr("Mailbox %1: %2").arg(ep.host, imap.errorString());
        return false;
    }
    if (!imap.ensureFolder(m_settings.processedFolder) ||
        !imap.ensureFolder(m_settings.junkFolder)) {
        stats->errors << tr("Mailbox folders: %1").arg(imap.errorString());
        return false;
    }
    quint32 uidValidity = 0;
    if (!imap.selectFolder(m_settings.inboxFolder, &uidValidity)) {
        stats->errors << tr("Folder %1: %2").arg(m_settings.inboxFolder, imap.errorString());
        return false;
    }
    const QList<quint32> uids = imap.uidSearchAll();
    if (uids.isEmpty() && imap.errorKind() != MailErrorKind::None) {
        stats->errors << tr("Folder %1: %2").arg(m_settings.inboxFolder, imap.errorString());
        return false;
    }
    MailRepository repository(m_db);
    const QString mailbox = m_settings.mailboxName();
    for (const quint32 uid : uids) {
        if (cancelled && cancelled())
            break;
        QByteArray raw;
        IncomingMailRecord record;
        if (imap.fetchRaw(uid, &raw, kMaxRawBytes)) {
            record = recordFrom(MimeParser::parse(raw), raw, mailbox, uidValidity, uid);
        } else if (imap.errorKind() == MailErrorKind::NotFound) {
            continue; // taken out of the inbox by someone else meanwhile
        } else if (imap.errorKind() == MailErrorKind::TooLarge) {
            // Too large to keep: the operators still learn that it came, and read it in a
            // mail program; the letter itself stays in the mailbox (processed folder).
            qint64 size = 0;
            imap.fetchSize(uid, &size);
            record.mailbox = mailbox;
            record.messageKey =
                QStringLiteral("too-large:%1:%2:%3").arg(uidValidity).arg(uid).arg(size);
            record.uidValidity = uidValidity;
            record.uid = uid;
            record.subject = tr("(a letter too large to store)");
            record.problems << QStringLiteral("The message is %1 bytes, more than the %2 bytes the "
                                              "mail service stores: read it in the mailbox, "
                                              "folder \"%3\"")
                                   .arg(size)
                                   .arg(kMaxRawBytes)
                                   .arg(m_settings.processedFolder);
        } else {
            stats->errors << tr("Message %1: %2").arg(uid).arg(imap.errorString());
            return false;
        }
        ++stats->fetched;
        DbError error;
        auto stored = repository.store(record, &error);
        if (!stored && error.kind != DbError::Kind::ServerUnreachable &&
            error.kind != DbError::Kind::PermissionDenied) {
            // Something in this letter the database refuses: it is kept with its raw message
            // only, for an operator to read in a mail program, rather than block the inbox.
            IncomingMailRecord bare;
            bare.mailbox = record.mailbox;
            bare.messageKey = record.messageKey;
            bare.uidValidity = record.uidValidity;
            bare.uid = record.uid;
            bare.fromAddress = record.fromAddress;
            bare.subject = tr("(a letter that could not be read)");
            bare.raw = record.raw;
            bare.problems
                << QStringLiteral("Stored without its text and files: %1").arg(error.detail);
            stored = repository.store(bare, &error);
        }
        if (!stored) {
            // left in the inbox: the next round tries again
            stats->errors << tr("Message %1 was not stored: %2").arg(uid).arg(error.userMessage());
            return false;
        }
        if (stored->created) {
            ++stats->stored;
            if (stored->status == QLatin1String("junk"))
                ++stats->junk;
            else if (stored->status == QLatin1String("attached"))
                ++stats->attached;
            else
                ++stats->waiting;
            if (stored->status == QLatin1String("review"))
                ++stats->review;
        } else {
            ++stats->alreadyStored;
        }
        const QString target = stored->status == QLatin1String("junk") ? m_settings.junkFolder
                                                                       : m_settings.processedFolder;
        if (!imap.moveMessage(uid, target)) {
            // stored: the next round finds it again and only moves it
            stats->errors << tr("Message %1 was stored but not moved to %2: %3")
                                 .arg(uid)
                                 .arg(target, imap.errorString());
            return false;
        }
        if (pauseMs > 0)
            QThread::msleep(ulong(pauseMs));
    }
    imap.logout();
    return true;
}

OutboxSender::OutboxSender(QSqlDatabase db, MailSettings settings, QString password)
    : m_db(std::move(db))
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{}

bool OutboxSender::runOnce(MailRunStats *stats, const std::function<bool()> &cancelled)
{
    if (!m_settings.sendingConfigured())
        return true;
    const MailEndpoint ep = smtpEndpoint(m_settings, m_password);
    if (const QString problem = ep.validate(); !problem.isEmpty()) {
        stats->errors << tr("Mail server: %1").arg(problem);
        return false;
    }
    OutboxRepository outbox(m_db);
    SmtpClient smtp;
    bool connected = false;
    while (!(cancelled && cancelled())) {
        DbError error;
        const QList<OutboxRepository::Claimed> batch =
            outbox.claim(20, m_settings.fromDomain(), &error);
        if (error.isError()) {
            stats->errors << tr("Outbox: %1").arg(error.userMessage());
            return false;
        }
        if (batch.isEmpty())
            break;
        if (!connected) {
            connected = smtp.connectToServer(ep) && (ep.login.isEmpty() || smtp.login());
            if (!connected) {
                const QString reason = smtp.errorString();
                for (const auto &m : batch) {
                    outbox.markFailed(m.id, reason, false, &error);
                    ++stats->retried;
                }
                stats->errors << tr("Mail server %1: %2").arg(ep.host, reason);
                return false;
            }
        }
        for (const auto &m : batch) {
            OutgoingMail out;
            out.fromAddress = m_settings.fromAddress;
            out.fromName = m_settings.fromName;
            out.toAddress = m.recipient;
            out.subject = m.subject;
            out.text = m.body;
            out.messageId = m.messageId;
            out.inReplyTo = m.inReplyTo;
            if (!m.inReplyTo.isEmpty())
                out.references << m.inReplyTo;
            out.autoGenerated = true;
            out.extraHeaders << qMakePair(QByteArrayLiteral("X-Kontakt-Outbox"),
                                          QByteArray::number(m.id));
            if (!m.regIndex.isEmpty())
                out.extraHeaders << qMakePair(QByteArrayLiteral("X-Kontakt-Case"),
                                              m.regIndex.toUtf8().toPercentEncoding());
            QString composeError;
            const QByteArray message = MimeComposer::compose(out, nullptr, &composeError);
            if (message.isEmpty()) {
                outbox.markFailed(m.id, composeError, true, &error);
                ++stats->failed;
                continue;
            }
            const SmtpClient::SendResult sent =
                smtp.send(m_settings.fromAddress, {m.recipient}, message);
            if (sent.ok) {
                outbox.markSent(m.id, &error);
                ++stats->sent;
            } else {
                const QString reason =
                    sent.code ? QStringLiteral("%1 %2").arg(sent.code).arg(sent.serverText)
                              : sent.serverText;
                const QString status = outbox.markFailed(m.id, reason, sent.permanent, &error);
                if (status == QLatin1String("failed"))
                    ++stats->failed;
                else
                    ++stats->retried;
            }
            if (error.isError()) {
                stats->errors << tr("Outbox: %1").arg(error.userMessage());
                return false;
            }
        }
    }
    if (connected)
        smtp.quit();
    return true;
}
