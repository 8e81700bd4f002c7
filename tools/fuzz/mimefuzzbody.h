#pragma once

// One fuzz input, shared by the libFuzzer target (fuzz_mimeparser.cpp) and the plain CTest that
// replays the committed corpus (tests/unit/tst_mimecorpus.cpp): parse the input, answer it the
// way the centre would, parse the answer again and check that nothing was lost on the way.

#include "mimecomposer.h"
#include "mimeparser.h"

#include <QByteArray>
#include <QString>

// "" if all went well, else what went wrong.
inline QString mimeFuzzOne(const QByteArray &input)
{
    const ParsedMail mail = MimeParser::parse(input);
    if (mail.text.size() > MimeParser::kMaxTextChars)
        return QStringLiteral("text longer than the cap");
    if (mail.attachments.size() > MimeParser::kMaxParts)
        return QStringLiteral("more attachments than parts");
    for (const MailAttachment &a : mail.attachments) {
        if (a.data.size() > MimeParser::kMaxAttachmentBytes || a.fileName.isEmpty())
            return QStringLiteral("attachment too big or unnamed");
    }
    const QString recipient =
        mail.replyToAddress.isEmpty() ? mail.fromAddress : mail.replyToAddress;
    if (!MimeComposer::isValidAddress(recipient))
        return {};

    OutgoingMail reply;
    reply.fromAddress = QStringLiteral("zvernennia@rada.example.gov.ua");
    reply.fromName = QStringLiteral("Контакт ") + mail.fromName;
    reply.toAddress = recipient;
    reply.toName = mail.fromName;
    reply.subject = QStringLiteral("Re: ") + mail.subject;
    reply.text = mail.text;
    reply.inReplyTo = mail.messageId;
    reply.references = mail.references;
    reply.references.append(mail.messageId);
    reply.extraHeaders = {{"X-Kontakt-Outbox", "1"}};
    for (qsizetype i = 0; i < mail.attachments.size() && i < 5; ++i)
        reply.attachments.append(mail.attachments.at(i));
    QString error;
    QByteArray raw = MimeComposer::compose(reply, nullptr, &error);
    if (raw.isEmpty()) {
        // The citizen's Message-ID or references may be unusable: answer without them.
        reply.inReplyTo.clear();
        reply.references.clear();
        raw = MimeComposer::compose(reply, nullptr, &error);
        if (raw.isEmpty())
            return QStringLiteral("compose refused a parsed mail: ") + error;
    }

    const ParsedMail back = MimeParser::parse(raw);
    if (!back.problems.isEmpty())
        return QStringLiteral("problems in our own mail: ") + back.problems.join(u'|');
    if (back.subject != reply.subject.simplified())
        return QStringLiteral("subject changed: ") + back.subject;
    if (back.fromName != reply.fromName.simplified())
        return QStringLiteral("name changed: ") + back.fromName;
    if (back.text != reply.text)
        return QStringLiteral("text changed");
    if (back.toAddresses != QStringList{reply.toAddress.toLower()})
        return QStringLiteral("recipient changed");
    if (back.attachments.size() != reply.attachments.size())
        return QStringLiteral("attachment count changed");
    for (qsizetype i = 0; i < reply.attachments.size(); ++i) {
        if (back.attachments.at(i).data != reply.attachments.at(i).data)
            return QStringLiteral("attachment data changed");
        if (back.attachments.at(i).fileName != reply.attachments.at(i).fileName)
            return QStringLiteral("attachment name changed: ") + back.attachments.at(i).fileName;
    }
    return {};
}
