#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One file carried by a message: a real attachment, an inline image of an HTML body, a non-text
// part, or a forwarded message kept whole ("forwarded.eml", message/rfc822).
struct MailAttachment {
    QString fileName; // never empty: a name is made up when the part has none
    QString mimeType; // lower-case "type/subtype"
    QByteArray data;  // decoded content
    bool inlinePart = false;
};

// What MimeParser makes of one incoming message. Nested (forwarded) messages are flattened: their
// text is appended to `text` under a separator line, their attachments are added to
// `attachments`, and each nested message is also kept whole as an attachment.
struct ParsedMail {
    enum class Kind { Normal, AutoReply, Bounce, Spam };

    QString messageId;       // without <>; empty if absent
    QString inReplyTo;       // without <>
    QStringList references;  // without <>
    QString fromAddress;     // lower-case ASCII addr-spec (IDN as punycode); empty if none/invalid
    QString fromName;        // display name decoded (RFC 2047), may be empty
    QString replyToAddress;  // Reply-To address if present (lower-case)
    QStringList toAddresses; // lower-case
    QString subject;         // decoded, trimmed, whitespace folded
    QDateTime date;          // invalid if absent/bad
    QString text;            // plain text (text/plain preferred; else converted HTML)
    bool textFromHtml = false; // some of `text` was converted from HTML
    QList<MailAttachment> attachments;
    Kind kind = Kind::Normal;
    QString kindReason;       // why AutoReply/Bounce/Spam, e.g. "Auto-Submitted: auto-replied"
    QStringList problems;     // English; non-empty => the appeal is marked for review
    QString bouncedMessageId; // Bounce: Message-ID (without <>) of our returned message, if found
    QString bouncedOutbox;    // Bounce: X-Kontakt-Outbox value of the returned message, if found
};
