#include "mimecomposer.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int kMaxLine = 78;
// 39 UTF-8 bytes give 52 base64 characters: "=?UTF-8?B?" + 52 + "?=" = 64, so an encoded word
// fits on a line even after "Subject: ".
constexpr int kEncodedWordBytes = 39;

bool isAsciiPrintable(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

bool hasLineBreakOrNul(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n') || s.contains(QChar(0));
}

bool hasLineBreakOrNul(const QByteArray &s)
{
    return s.contains('\r') || s.contains('\n') || s.contains('\0');
}

// RFC 2047 B-encoded UTF-8 words, split between characters (never inside one). Words carry a
// multiple of 3 bytes where possible: then only the last one has '=' padding, which some
// decoders (GMime 3.2 among them) mishandle in the middle of a run.
QStringList encodedWords(const QString &text)
{
    QList<QByteArray> chars;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        chars << text.mid(i, len).toUtf8();
        i += len - 1;
    }
    QStringList words;
    qsizetype start = 0;
    while (start < chars.size()) {
        QByteArray chunk;
        qsizetype end = start;
        qsizetype alignedEnd = -1;
        while (end < chars.size() &&
               (chunk.isEmpty() || chunk.size() + chars.at(end).size() <= kEncodedWordBytes)) {
            chunk += chars.at(end++);
            if (chunk.size() % 3 == 0 && chunk.size() >= 21)
                alignedEnd = end;
        }
        if (end < chars.size() && alignedEnd > 0)
            end = alignedEnd;
        chunk.clear();
        for (qsizetype i = start; i < end; ++i)
            chunk += chars.at(i);
        words << QStringLiteral("=?UTF-8?B?") + QString::fromLatin1(chunk.toBase64()) +
                     QStringLiteral("?=");
        start = end;
    }
    return words;
}

// Words of an unstructured value (Subject, extra headers): plain when it is short ASCII,
// encoded words otherwise.
QStringList unstructuredTokens(const QString &value)
{
    const QString simple = value.simplified();
    QStringList words = simple.split(u' ', Qt::SkipEmptyParts);
    bool plain = isAsciiPrintable(simple) && !simple.contains(QStringLiteral("=?"));
    for (const QString &word : words) {
        if (word.size() > 70)
            plain = false;
    }
    // Plain text loses runs of spaces; so does the parser's whitespace folding.
    return plain ? words : encodedWords(simple);
}

bool isAtext(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           specials.contains(c);
}

// A display name as RFC 5322 phrase tokens: atoms, one quoted string, or encoded words.
QStringList phraseTokens(const QString &name)
{
    const QString simple = name.simplified();
    if (simple.isEmpty())
        return {};
    if (!isAsciiPrintable(simple) || simple.contains(QStringLiteral("=?")) || simple.size() > 60)
        return encodedWords(simple);
    bool atoms = true;
    for (const QChar c : simple) {
        if (c != u' ' && !isAtext(c))
            atoms = false;
    }
    if (atoms)
        return simple.split(u' ');
    QString quoted = simple;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return {u'"' + quoted + u'"'};
}

// "Name: token token..." folded before a token that would pass 78 characters.
QByteArray foldHeader(const QByteArray &name, const QStringList &tokens)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    for (const QString &token : tokens) {
        const QByteArray bytes = token.toUtf8();
        if (lineLength + 1 + bytes.size() > kMaxLine && lineLength > 0) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ' + bytes;
        lineLength += 1 + bytes.size();
    }
    return out + "\r\n";
}

bool isValidMessageId(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+@[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$)"));
    return id.size() <= 250 && re.match(id).hasMatch();
}

QByteArray rfc5322Date(const QDateTime &when)
{
    const QDateTime date = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = date.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(QChar(offset < 0 ? u'-' : u'+'))
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + u' ' + zone)
        .toLatin1();
}

QByteArray escaped(char lead, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out(3, lead);
    out[1] = hex[c >> 4];
    out[2] = hex[c & 15];
    return out;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

// Quoted-printable (RFC 2045) with CRLF line ends and lines of at most 76 characters.
QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QByteArray utf8 = normalized.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        qsizetype lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((c == ' ' || c == '\t') && !last) {
                token = QByteArray(1, char(c));
            } else if (c >= 33 && c <= 126 && c != '=' && !(c == '.' && lineLength == 0)) {
                token = QByteArray(1, char(c));
            } else {
                token = escaped('=', c);
            }
            // Keep room for the soft break "=" on every line but the last piece.
            const qsizetype room = last ? 76 : 75;
            if (lineLength + token.size() > room) {
                out += "=\r\n";
                lineLength = 0;
                if (token == ".")
                    token = "=2E";
            }
            out += token;
            lineLength += token.size();
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out + "\r\n";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += encoded.mid(i, 76);
        out += "\r\n";
    }
    return out;
}

// A parameter such as filename: quoted when plain ASCII, RFC 2231 (UTF-8, percent-encoded,
// continued over lines) otherwise. Returns "; name=..." pieces, each on its own folded line.
QByteArray parameter(const QByteArray &name, const QString &value)
{
    // A literal "=?" would be read back as an RFC 2047 encoded word: RFC 2231 form then too.
    const bool plain =
        isAsciiPrintable(value) && value.size() <= 60 && !value.contains(QStringLiteral("=?"));
    if (plain) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return ";\r\n " + name + "=\"" + quoted.toLatin1() + '"';
    }
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> pieces; // percent-encoded characters, never split
    for (const char ch : utf8) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        pieces << (safe ? QByteArray(1, ch) : escaped('%', c));
    }
    QList<QByteArray> segments{QByteArray()};
    for (const QByteArray &piece : pieces) {
        if (segments.last().size() + piece.size() > 54)
            segments << QByteArray();
        segments.last() += piece;
    }
    QByteArray out;
    if (segments.size() == 1)
        return ";\r\n " + name + "*=UTF-8''" + segments.first();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        out += ";\r\n " + name + '*' + QByteArray::number(i) +
               "*=" + (i == 0 ? QByteArray("UTF-8''") : QByteArray()) + segments.at(i);
    }
    return out;
}

QByteArray cleanMimeType(const QString &type)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[a-z0-9][a-z0-9!#$&^_.+\-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+\-]{0,63}$)"));
    const QString lower = type.trimmed().toLower();
    // Attachments go base64, which RFC 2046 forbids for multipart/* and message/* (a kept
    // "forwarded.eml" stays an .eml file that mail programs open).
    if (!re.match(lower).hasMatch() || lower.startsWith(u"multipart/") ||
        lower.startsWith(u"message/"))
        return "application/octet-stream";
    return lower.toLatin1();
}

bool fail(QString *errorOut, const QString &why)
{
    if (errorOut)
        *errorOut = why;
    return false;
}

} // namespace

bool MimeComposer::isValidAddress(const QString &address)
{
    // Plain ASCII addr-spec: dot-atom local part, host name of letters, digits and hyphens.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*)"
        R"(@[A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*$)"));
    return address.size() <= 254 && address.indexOf(u'@') <= 64 && re.match(address).hasMatch();
}

QByteArray MimeComposer::compose(const OutgoingMail &mail, QString *messageIdOut, QString *errorOut)
{
    if (errorOut)
        errorOut->clear();
    // Header injection: no value may end a header line by itself.
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("sender address"), mail.fromAddress},
        {QStringLiteral("sender name"), mail.fromName},
        {QStringLiteral("recipient address"), mail.toAddress},
        {QStringLiteral("recipient name"), mail.toName},
        {QStringLiteral("subject"), mail.subject},
        {QStringLiteral("Message-ID"), mail.messageId},
        {QStringLiteral("In-Reply-To"), mail.inReplyTo},
    };
    for (const auto &value : values) {
        if (hasLineBreakOrNul(value.second)) {
            fail(errorOut, QStringLiteral("The %1 contains a line break").arg(value.first));
            return {};
        }
    }
    for (const QString &reference : mail.references) {
        if (hasLineBreakOrNul(reference) || !isValidMessageId(reference)) {
            fail(errorOut, QStringLiteral("Invalid reference \"%1\"").arg(reference.left(100)));
            return {};
        }
    }
    if (!isValidAddress(mail.fromAddress)) {
        fail(errorOut, QStringLiteral("Invalid sender address \"%1\"").arg(mail.fromAddress));
        return {};
    }
    if (!isValidAddress(mail.toAddress)) {
        fail(errorOut, QStringLiteral("Invalid recipient address \"%1\"").arg(mail.toAddress));
        return {};
    }
    if (!mail.inReplyTo.isEmpty() && !isValidMessageId(mail.inReplyTo)) {
        fail(errorOut, QStringLiteral("Invalid In-Reply-To \"%1\"").arg(mail.inReplyTo));
        return {};
    }
    QString messageId = mail.messageId.trimmed();
    if (messageId.isEmpty()) {
        messageId = QString::fromLatin1(randomHex(12)) + u'.' +
                    QString::number(QDateTime::currentMSecsSinceEpoch()) + u'@' +
                    mail.fromAddress.section(u'@', 1).toLower();
    } else if (!isValidMessageId(messageId)) {
        fail(errorOut, QStringLiteral("Invalid Message-ID \"%1\"").arg(messageId));
        return {};
    }
    static const QSet<QByteArray> reserved = {"from",
                                              "to",
                                              "cc",
                                              "bcc",
                                              "subject",
                                              "date",
                                              "message-id",
                                              "in-reply-to",
                                              "references",
                                              "mime-version",
                                              "content-type",
                                              "content-transfer-encoding",
                                              "content-disposition",
                                              "auto-submitted",
                                              "sender",
                                              "x-auto-response-suppress"};
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9\\-]{0,75}$"));
    for (const auto &header : mail.extraHeaders) {
        if (!headerName.match(QString::fromLatin1(header.first)).hasMatch()) {
            fail(errorOut, QStringLiteral("Invalid header name \"%1\"")
                               .arg(QString::fromLatin1(header.first.left(80))));
            return {};
        }
        if (reserved.contains(header.first.toLower())) {
            fail(errorOut, QStringLiteral("The header %1 is written by the composer")
                               .arg(QString::fromLatin1(header.first)));
            return {};
        }
        if (hasLineBreakOrNul(header.second)) {
            fail(errorOut, QStringLiteral("The header %1 contains a line break")
                               .arg(QString::fromLatin1(header.first)));
            return {};
        }
    }

    QByteArray out;
    out += "Date: " + rfc5322Date(mail.date) + "\r\n";
    out += foldHeader("From", phraseTokens(mail.fromName) << u'<' + mail.fromAddress + u'>');
    out += foldHeader("To", phraseTokens(mail.toName) << u'<' + mail.toAddress + u'>');
    if (!mail.subject.simplified().isEmpty())
        out += foldHeader("Subject", unstructuredTokens(mail.subject));
    out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    if (!mail.inReplyTo.isEmpty())
        out += "In-Reply-To: <" + mail.inReplyTo.toLatin1() + ">\r\n";
    if (!mail.references.isEmpty()) {
        QStringList ids;
        for (const QString &reference : mail.references)
            ids << u'<' + reference + u'>';
        out += foldHeader("References", ids);
    }
    if (mail.autoGenerated) {
        out += "Auto-Submitted: auto-generated\r\n";
        out += "X-Auto-Response-Suppress: All\r\n";
    }
    for (const auto &header : mail.extraHeaders)
        out += foldHeader(header.first, unstructuredTokens(QString::fromUtf8(header.second)));
    out += "MIME-Version: 1.0\r\n";

    const QByteArray textHeaders = "Content-Type: text/plain; charset=utf-8\r\n"
                                   "Content-Transfer-Encoding: quoted-printable\r\n";
    if (mail.attachments.isEmpty()) {
        out += textHeaders + "\r\n" + quotedPrintable(mail.text);
    } else {
        const QByteArray boundary = "=_kontakt_" + randomHex(12);
        out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
        out += "This is a multi-part message in MIME format.\r\n";
        out += "--" + boundary + "\r\n" + textHeaders + "\r\n" + quotedPrintable(mail.text);
        for (const MailAttachment &attachment : mail.attachments) {
            QString fileName = attachment.fileName;
            fileName.remove(u'\r').remove(u'\n').remove(QChar(0));
            if (fileName.trimmed().isEmpty())
                fileName = QStringLiteral("attachment");
            out += "--" + boundary + "\r\n";
            out += "Content-Type: " + cleanMimeType(attachment.mimeType) +
                   parameter("name", fileName) + "\r\n";
            out += QByteArray("Content-Disposition: ") +
                   (attachment.inlinePart ? "inline" : "attachment") +
                   parameter("filename", fileName) + "\r\n";
            out += "Content-Transfer-Encoding: base64\r\n\r\n";
            out += base64Lines(attachment.data);
        }
        out += "--" + boundary + "--\r\n";
    }
    if (messageIdOut)
        *messageIdOut = messageId;
    return out;
}
