#pragma once

#include "parsedmail.h"

#include <QByteArray>
#include <QString>

// Turns one raw RFC 5322 message (as fetched over IMAP) into a ParsedMail, with GMime 3 doing the
// MIME structure, RFC 2047 headers and RFC 2231 parameters.
//
// Robustness: never throws, never crashes, bounded work on any input. Limits (each one noted in
// `problems` when it bites): at most 200 MIME parts, nesting depth 10, text at most 100000
// characters, attachments at most 25 MiB each. Anything doubtful (broken structure, bad base64,
// unknown or guessed charset, 8-bit headers, truncation) is noted in `problems`, so a person
// reviews the appeal; the parser still returns what it could read.
//
// Body: multipart/alternative prefers a non-empty text/plain, else the HTML (converted to text);
// multipart/related takes its root as the body and the other parts as inline attachments;
// in other multiparts (mixed, signed, report...) text/plain and text/html parts that are neither
// named nor marked "attachment" are body text (joined with blank lines), everything else is an
// attachment. message/rfc822 parts are kept whole as "forwarded.eml" and their text and
// attachments are flattened into this message. Text without a charset that is not valid UTF-8 is
// decoded as windows-1251 or koi8-u, whichever gives more Ukrainian-looking text (noted);
// format=flowed text is unwrapped (RFC 3676). Runs of base64 encoded words are merged before GMime
// decodes them (GMime 3.2 garbles the words after a padded one). Quoted
// text and signatures are kept: operators decide. Line ends become "\n"; leading and trailing
// blank space of the whole text is removed.
//
// Classification (conservative: a citizen's ordinary mail must stay Normal), checked in order:
//  Bounce:    top-level multipart/report; report-type=delivery-status, or
//             From mailer-daemon@/postmaster@ with a delivery-failure subject, or
//             Return-Path "<>" and a message/delivery-status part.
//             bouncedMessageId/bouncedOutbox come from the returned message/rfc822 or
//             text/rfc822-headers part, else from "Message-ID:"/"X-Kontakt-Outbox:" lines in the
//             text.
//  Spam:      X-Spam-Flag: YES, or X-Spam-Status starting with "Yes".
//  AutoReply: Auto-Submitted other than "no"; X-Autoreply or X-Autorespond present;
//             Precedence auto_reply/bulk/junk/list; or an automatic-reply subject
//             ("Out of office...", "Automatic reply:", "Автовідповідь", "Автоответ",
//             "Автоматична відповідь", "Відсутній в офісі"...) at the very start of the subject
//             (so "Re: Автовідповідь" never counts) AND at least one of: Return-Path empty or
//             absent, any Precedence header, X-Auto-Response-Suppress containing All or OOF.
//             A subject alone never makes a mail an AutoReply; a bare "Відсутній ..." (e.g.
//             "Відсутній тиск води") is not an automatic-reply subject.
class MimeParser
{
public:
    static ParsedMail parse(const QByteArray &raw);

    // HTML to clean plain text, without Qt Gui: script/style/title dropped, block elements and
    // <br> as line breaks, <li> as "- ", table cells separated by tabs and rows by lines,
    // entities decoded, whitespace collapsed, a link's URL added in brackets after its text when
    // different. Linear in the input.
    static QString htmlToText(const QString &html);

    // Decodes text of the given charset label (any GMime/iconv knows). An empty label means
    // "unknown": UTF-8 if valid, else a guess between windows-1251 and koi8-u. A note for
    // `problems` is stored in *note when something was guessed or lost.
    static QString decodeText(const QByteArray &data, const QByteArray &charset, QString *note);

    static constexpr int kMaxParts = 200;
    static constexpr int kMaxDepth = 10;
    static constexpr int kMaxTextChars = 100000;
    static constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;
};
