#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Incoming e-mail as the database keeps it (kontakt.mail_message, 0018_mail.sql): what the mail
// service stores, what the Incoming e-mail queue lists. Plain data, shared by the mail service,
// the desk and the tests; the MIME parsing that fills it lives in the mail library.

struct IncomingMailFile {
    qint64 id = 0; // 0 before it is stored
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray data; // filled when storing; empty in lists
};

// One message for mail_store(): read from the mailbox, not yet stored.
struct IncomingMailRecord {
    QString mailbox;    // login@host of the mailbox
    QString messageKey; // the Message-ID, or "sha256:<hex>" of the raw message without one
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QString kind = QStringLiteral("normal"); // normal, auto_reply, bounce, spam
    QString kindReason;
    QString fromAddress;
    QString fromName;
    QString replyTo;
    QString subject;
    QDateTime sentAt;
    QString text;
    bool textFromHtml = false;
    QStringList problems; // non-empty: the operator must check the message against the original
    QString inReplyTo;
    QStringList references;
    QString bouncedMessageId;
    QByteArray raw;
    QList<IncomingMailFile> files;
};

// A stored message as the queue and the card show it.
struct IncomingMail {
    qint64 id = 0;
    QString status; // new, review, registered, attached, junk, discarded
    QString kind;
    QString kindReason;
    QString fromAddress;
    QString fromName;
    QString replyTo;
    QString subject;
    QDateTime sentAt;
    QDateTime receivedAt;
    QString text; // only when one message is loaded
    bool textFromHtml = false;
    QStringList problems;
    int fileCount = 0;
    qint64 rawSize = 0;
    qint64 appealId = 0;
    QString regIndex;
    QString handledBy;
    QDateTime handledAt;
    QString handledNote;
    int version = 0;
    QList<IncomingMailFile> files; // only when one message is loaded

    bool isWaiting() const
    {
        return status == QLatin1String("new") || status == QLatin1String("review");
    }
};

struct IncomingMailFilter {
    enum class Show { Waiting, Junk, Handled, All };
    Show show = Show::Waiting;
    QString search; // a fragment of the sender or the subject
    int limit = 500;
};

namespace IncomingMailNames {
QString statusName(const QString &status); // translated
QString kindName(const QString &kind);     // translated
// Surname, first name and patronymic guessed from a display name: three words are read in the
// Ukrainian order (Петренко Іван Іванович), two as an e-mail client writes them (Іван Петренко).
// Empty parts when it looks like an organisation or an address.
void splitName(const QString &displayName, QString *surname, QString *firstName,
               QString *patronymic);
} // namespace IncomingMailNames
