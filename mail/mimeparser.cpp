#include "mimeparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <cerrno>
// glib's headers name struct members "signals", which Qt defines as a keyword macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")
#include <iconv.h>
#include <mutex>

namespace {

// Decoded text parts larger than this are cut before charset conversion: the body is capped at
// kMaxTextChars anyway, and HTML markup rarely takes more than 40 bytes per visible character.
constexpr qsizetype kMaxTextPartBytes = 4 * 1024 * 1024;

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromC(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QByteArray streamBytes(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!array || array->len == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

QByteArray serialize(GMimeObject *object)
{
    GMimeStream *stream = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(object, nullptr, stream);
    QByteArray bytes = streamBytes(stream);
    g_object_unref(stream);
    return bytes;
}

bool isAscii(const QByteArray &data)
{
    for (char c : data) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray &data, QString *decoded)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError())
        return false;
    *decoded = text;
    return true;
}

// Converts with iconv, replacing undecodable bytes by U+FFFD. False if iconv lacks the charset.
bool iconvDecode(const QByteArray &data, const char *charset, QString *out, bool *lossy)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray utf8;
    utf8.reserve(data.size() * 2);
    char *in = const_cast<char *>(data.constData());
    size_t inLeft = size_t(data.size());
    char buffer[8192];
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        utf8.append(buffer, outPtr - buffer);
        if (rc != size_t(-1))
            continue;
        if (errno == E2BIG)
            continue;
        // EILSEQ or EINVAL (incomplete sequence at the end): skip one byte and go on.
        utf8.append("\xEF\xBF\xBD");
        *lossy = true;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    char *outPtr = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
    utf8.append(buffer, outPtr - buffer);
    g_mime_iconv_close(cd);
    *out = QString::fromUtf8(utf8);
    return true;
}

// How Ukrainian a text looks: common lower-case letters count, capitals inside words (what
// windows-1251 read as koi8-u and vice versa mostly gives) count against it.
int ukrainianScore(const QString &text)
{
    static const QString frequent = QStringLiteral("оаніитвреслк");
    int score = 0;
    QChar previous;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool cyrillic = (u >= 0x400 && u <= 0x4FF);
        if (cyrillic && c.isLower())
            score += frequent.contains(c) ? 3 : 1;
        else if (cyrillic && c.isUpper() && previous.isLetter() && previous.isLower())
            score -= 4;
        else if (u == 0xFFFD || (u >= 0x2500 && u <= 0x25FF))
            score -= 4; // box drawing: koi8 pseudo-graphics
        previous = c;
    }
    return score;
}

QString guessCyrillic(const QByteArray &data, QString *chosen)
{
    QString cp1251, koi8u;
    bool lossy = false;
    iconvDecode(data, "windows-1251", &cp1251, &lossy);
    iconvDecode(data, "koi8-u", &koi8u, &lossy);
    if (ukrainianScore(koi8u) > ukrainianScore(cp1251)) {
        *chosen = QStringLiteral("koi8-u");
        return koi8u;
    }
    *chosen = QStringLiteral("windows-1251");
    return cp1251;
}

// Control characters other than tab and line feed make no sense in an appeal's text.
QString sanitizeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            out += u'\n';
        } else if (c == u'\n' || c == u'\t') {
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0xFEFF) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

// Leading/trailing blank lines and trailing spaces of the whole text go; inner text stays.
QString trimText(const QString &text)
{
    qsizetype begin = 0;
    qsizetype lineStart = 0;
    while (begin < text.size() && text.at(begin).isSpace()) {
        if (text.at(begin) == u'\n')
            lineStart = begin + 1;
        ++begin;
    }
    if (begin == text.size())
        return {};
    qsizetype end = text.size();
    while (end > lineStart && text.at(end - 1).isSpace())
        --end;
    return text.mid(lineStart, end - lineStart);
}

QString lowerC(const char *s)
{
    return fromC(s).toLower();
}

bool plausibleAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.size() > 254)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c == u'<' || c == u'>' || c == u',' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

// The mailboxes of an address list, groups flattened, at most `limit`.
void collectMailboxes(InternetAddressList *list, QList<InternetAddressMailbox *> *out, int limit,
                      int depth = 0)
{
    if (!list || depth > 2)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count && out->size() < limit; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            out->append(INTERNET_ADDRESS_MAILBOX(address));
        } else if (INTERNET_ADDRESS_IS_GROUP(address)) {
            collectMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)),
                             out, limit, depth + 1);
        }
    }
}

QString canonicalAddress(InternetAddressMailbox *mailbox)
{
    // The ASCII (punycode) form: one spelling per address, and one our composer can write back.
    const char *idn = internet_address_mailbox_get_idn_addr(mailbox);
    return fromC(idn && *idn ? idn : internet_address_mailbox_get_addr(mailbox))
        .trimmed()
        .toLower();
}

QString mailboxAddress(InternetAddressMailbox *mailbox)
{
    const QString address = canonicalAddress(mailbox);
    if (!plausibleAddress(address))
        return {};
    if (address.contains(QStringLiteral("xn--"))) {
        // A punycode label GMime cannot decode ("Xn--rample") would read differently once
        // lower-cased: keep only addresses that read back the same.
        InternetAddressList *again =
            internet_address_list_parse(nullptr, (u'<' + address + u'>').toUtf8().constData());
        const bool same =
            again && internet_address_list_length(again) == 1 &&
            INTERNET_ADDRESS_IS_MAILBOX(internet_address_list_get_address(again, 0)) &&
            canonicalAddress(
                INTERNET_ADDRESS_MAILBOX(internet_address_list_get_address(again, 0))) == address;
        if (again)
            g_object_unref(again);
        if (!same)
            return {};
    }
    return address;
}

// GMime 3.2 decodes a run of adjacent base64 encoded words with one shared decoder state: after
// a word that ends in '=' padding, the following words are garbled or lost ("=?UTF-8?B?0YLQsA==?=
// =?UTF-8?B?0LrRgg==?=" gives "та" instead of "так"). Many mailers split words like that, so each
// such run is merged into one encoded word before GMime sees it.
QByteArray mergeEncodedWords(const QByteArray &value)
{
    if (!value.contains("=?"))
        return value;
    static const QRegularExpression word(
        QStringLiteral(R"(=\?([^?\s]{1,60})\?([bB])\?([^?\s]*)\?=)"));
    const QString text = QString::fromLatin1(value); // raw bytes survive Latin-1 both ways
    QByteArray out;
    QByteArray runCharset;
    QByteArray runBytes;
    QByteArray runOriginal; // a lone word stays exactly as written
    int runWords = 0;
    auto flush = [&] {
        if (runWords == 1)
            out += runOriginal;
        else if (runWords > 1)
            out += "=?" + runCharset + "?B?" + runBytes.toBase64() + "?=";
        runWords = 0;
        runBytes.clear();
    };
    qsizetype position = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        const QByteArray charset = match.captured(1).toLatin1();
        const bool continues = runWords > 0 && between.trimmed().isEmpty() &&
                               charset.compare(runCharset, Qt::CaseInsensitive) == 0;
        if (!continues) {
            flush();
            out += between.toLatin1();
            runCharset = charset;
            runOriginal = match.captured(0).toLatin1();
        }
        ++runWords;
        runBytes += QByteArray::fromBase64(match.captured(3).toLatin1());
        position = match.capturedEnd();
    }
    flush();
    out += text.mid(position).toLatin1();
    return out;
}

// A header's raw value (as in the message, 8-bit bytes and all); false if there is none.
bool rawHeader(GMimeObject *object, const char *name, QByteArray *out)
{
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    GMimeHeader *header = list ? g_mime_header_list_get_header(list, name) : nullptr;
    if (!header)
        return false;
    const char *raw = g_mime_header_get_raw_value(header);
    *out = raw ? QByteArray(raw) : QByteArray();
    return true;
}

QString decodedSubject(GMimeObject *message, GMimeParserOptions *options)
{
    QByteArray raw;
    if (!rawHeader(message, "Subject", &raw))
        return {};
    char *text = g_mime_utils_header_decode_text(options, mergeEncodedWords(raw).constData());
    const QString subject = fromC(text);
    g_free(text);
    return sanitizeText(subject).simplified();
}

// The parsed address list of a header (caller unrefs), or null.
InternetAddressList *addressList(GMimeObject *message, const char *name,
                                 GMimeParserOptions *options)
{
    QByteArray raw;
    if (!rawHeader(message, name, &raw))
        return nullptr;
    return internet_address_list_parse(options, mergeEncodedWords(raw).constData());
}

struct Mailbox {
    QString address;
    QString name;
};

QList<Mailbox> mailboxes(GMimeObject *message, const char *header, GMimeParserOptions *options,
                         int limit)
{
    QList<Mailbox> result;
    InternetAddressList *list = addressList(message, header, options);
    if (!list)
        return result;
    QList<InternetAddressMailbox *> boxes;
    collectMailboxes(list, &boxes, limit);
    for (InternetAddressMailbox *box : boxes) {
        result.append(Mailbox{
            mailboxAddress(box),
            sanitizeText(fromC(internet_address_get_name(INTERNET_ADDRESS(box)))).simplified()});
    }
    g_object_unref(list);
    return result;
}

// The part's file name: Content-Disposition filename, else Content-Type name (RFC 2231 and
// RFC 2047, the latter with the run fix above).
QString partFileName(GMimePart *part, GMimeParserOptions *options)
{
    GMimeObject *object = GMIME_OBJECT(part);
    QByteArray raw;
    if (rawHeader(object, "Content-Disposition", &raw) && raw.contains("=?")) {
        GMimeContentDisposition *disposition =
            g_mime_content_disposition_parse(options, mergeEncodedWords(raw).constData());
        if (disposition) {
            const QString name =
                fromC(g_mime_content_disposition_get_parameter(disposition, "filename"));
            g_object_unref(disposition);
            if (!name.isEmpty())
                return name;
        }
    } else if (g_mime_object_get_content_disposition_parameter(object, "filename")) {
        return fromC(g_mime_part_get_filename(part));
    }
    if (rawHeader(object, "Content-Type", &raw) && raw.contains("=?")) {
        GMimeContentType *type =
            g_mime_content_type_parse(options, mergeEncodedWords(raw).constData());
        if (type) {
            const QString name = fromC(g_mime_content_type_get_parameter(type, "name"));
            g_object_unref(type);
            if (!name.isEmpty())
                return name;
        }
    }
    return fromC(g_mime_part_get_filename(part));
}

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id.trimmed();
}

QStringList parseReferences(GMimeParserOptions *options, const char *value, int limit)
{
    QStringList ids;
    if (!value)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(options, value);
    if (!refs)
        return ids;
    const int count = g_mime_references_length(refs);
    for (int i = 0; i < count && ids.size() < limit; ++i) {
        const QString id = stripAngles(fromC(g_mime_references_get_message_id(refs, i)));
        if (!id.isEmpty())
            ids.append(id);
    }
    g_mime_references_free(refs);
    return ids;
}

QDateTime messageDate(GMimeMessage *message)
{
    GDateTime *date = g_mime_message_get_date(message);
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
}

QString extensionFor(const QString &mimeType)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("text/html"), QStringLiteral("html")},
        {QStringLiteral("text/calendar"), QStringLiteral("ics")},
        {QStringLiteral("text/rfc822-headers"), QStringLiteral("txt")},
        {QStringLiteral("message/delivery-status"), QStringLiteral("txt")},
        {QStringLiteral("message/rfc822"), QStringLiteral("eml")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
    };
    return known.value(mimeType, QStringLiteral("bin"));
}

// A file name safe to show and to store: no folders, no control characters, bounded length.
QString cleanFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString out;
    for (const QChar c : base) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out += c;
    }
    out = out.trimmed();
    if (out == u"." || out == u"..")
        out.clear();
    if (out.size() > 200)
        out = out.left(100) + u'~' + out.right(99);
    return out;
}

struct Warnings {
    QSet<int> codes;
};

void onParserWarning(gint64, GMimeParserWarning code, const gchar *, gpointer userData)
{
    static_cast<Warnings *>(userData)->codes.insert(int(code));
}

QString warningText(int code)
{
    switch (code) {
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return QStringLiteral("A header contains unencoded 8-bit characters (decoded as UTF-8 "
                              "or windows-1251)");
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return QStringLiteral("Invalid Content-Type header");
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return QStringLiteral("Malformed RFC 2047 encoded header");
    case GMIME_WARN_INVALID_PARAMETER:
        return QStringLiteral("Invalid header parameter");
    case GMIME_WARN_MALFORMED_MULTIPART:
        return QStringLiteral("Malformed multipart structure");
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return QStringLiteral("The message is truncated (a closing MIME boundary is missing)");
    case GMIME_WARN_MALFORMED_MESSAGE:
        return QStringLiteral("Malformed message structure");
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return QStringLiteral("Invalid address list");
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return QStringLiteral("Invalid header line; parts of the message may be missing");
    case GMIME_CRIT_CONFLICTING_HEADER:
        return QStringLiteral("Conflicting repeated headers");
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return QStringLiteral("Conflicting repeated header parameters");
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return QStringLiteral("A multipart part has no boundary");
    case GMIME_CRIT_NESTING_OVERFLOW:
        return QStringLiteral("MIME nesting too deep; inner parts were ignored");
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        return QStringLiteral("A MIME part has no content");
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return QStringLiteral("A MIME part has neither headers nor content");
    default:
        return {}; // duplicated headers/parameters: harmless
    }
}

QString contentTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    return lowerC(g_mime_content_type_get_media_type(type)) + u'/' +
           lowerC(g_mime_content_type_get_media_subtype(type));
}

QByteArray contentTypeParameter(GMimeObject *object, const char *name)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return {};
    const char *value = g_mime_content_type_get_parameter(type, name);
    return value ? QByteArray(value) : QByteArray();
}

// Checks raw base64: anything but the alphabet, padding and white space, or a length that is
// not a multiple of four, means the content is damaged.
QString base64Damage(GMimeStream *encoded)
{
    if (!encoded)
        return {};
    g_mime_stream_reset(encoded);
    char buffer[8192];
    qint64 symbols = 0;
    bool invalid = false;
    bool padded = false;
    bool dataAfterPadding = false;
    for (;;) {
        const ssize_t n = g_mime_stream_read(encoded, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n; ++i) {
            const unsigned char c = static_cast<unsigned char>(buffer[i]);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c == '=') {
                padded = true;
                ++symbols;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '+' || c == '/') {
                if (padded)
                    dataAfterPadding = true;
                ++symbols;
            } else {
                invalid = true;
            }
        }
    }
    g_mime_stream_reset(encoded);
    if (invalid)
        return QStringLiteral("contains characters that are not base64");
    if (symbols % 4 != 0)
        return QStringLiteral("is truncated");
    if (dataAfterPadding)
        return QStringLiteral("continues after its padding");
    return {};
}

// A lower-case charset label from a <meta> in the first bytes of an HTML document.
QByteArray htmlMetaCharset(const QByteArray &html)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_:.\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(html.left(4096));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1().toLower() : QByteArray();
}

QString headerLine(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\n)") + QRegularExpression::escape(name) +
                                    QStringLiteral(":[ \\t]*(?:\\n[ \\t]+)?<?([^<>\\s]+)>?"),
                                QRegularExpression::CaseInsensitiveOption);
    QString lf = text;
    lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QRegularExpressionMatch match = re.match(lf);
    return match.hasMatch() ? match.captured(1) : QString();
}

// RFC 3676 format=flowed: a line ending in a space continues on the next line (of the same quote
// depth); a leading space was added for transport ("space-stuffing"); "-- " stays a signature
// separator.
QString unflow(const QString &text, bool delsp)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.split(u'\n');
    QString out;
    out.reserve(normalized.size());
    int previousDepth = -1;
    bool continuing = false;
    for (QString line : lines) {
        int depth = 0;
        while (depth < line.size() && line.at(depth) == u'>')
            ++depth;
        QString content = line.mid(depth);
        if (content.startsWith(u' '))
            content.remove(0, 1);
        if (continuing && depth == previousDepth) {
            out += content;
        } else {
            if (previousDepth >= 0)
                out += u'\n';
            out += QString(depth, u'>') +
                   (depth > 0 && !content.isEmpty() ? QStringLiteral(" ") : QString()) + content;
        }
        continuing = content.endsWith(u' ') && content != u"-- ";
        if (continuing && delsp)
            out.chop(1);
        previousDepth = depth;
    }
    return out;
}

enum class Mode {
    Body,            // text parts are body text
    AttachmentsOnly, // an alternative that was not chosen: only its files are kept
    Inline,          // the non-root parts of multipart/related
};

class Walker
{
public:
    Walker(ParsedMail &mail, GMimeParserOptions *options)
        : m_mail(mail)
        , m_options(options)
    {}

    void walk(GMimeObject *object, int depth, Mode mode);
    void appendText(const QString &text);
    void noteOnce(const QString &problem)
    {
        if (!m_mail.problems.contains(problem))
            m_mail.problems.append(problem);
    }

    bool sawDeliveryStatus = false;
    QString returnedMessageId;
    QString returnedOutbox;
    QString returnedHeadersText;

private:
    void walkMultipart(GMimeMultipart *multipart, int depth, Mode mode);
    void walkMessage(GMimeMessagePart *part, int depth, Mode mode);
    void walkLeaf(GMimePart *part, Mode mode);
    QByteArray decodedContent(GMimePart *part, const QString &label, qint64 limit, bool *tooBig);
    QString partText(GMimePart *part, const QString &type, const QString &label);
    void addAttachment(const QString &fileName, const QString &type, QByteArray data,
                       bool inlinePart);

    ParsedMail &m_mail;
    GMimeParserOptions *m_options;
    int m_parts = 0;
    int m_forwarded = 0;
    int m_unnamed = 0;
    bool m_textCut = false;
};

void Walker::appendText(const QString &raw)
{
    const QString text = trimText(sanitizeText(raw));
    if (text.isEmpty())
        return;
    if (m_textCut)
        return;
    const QString separator = m_mail.text.isEmpty() ? QString() : QStringLiteral("\n\n");
    const qsizetype room = MimeParser::kMaxTextChars - m_mail.text.size() - separator.size();
    if (text.size() > room) {
        m_textCut = true;
        if (room > 0) {
            QString head = text.left(room);
            if (head.back().isHighSurrogate()) // never half a character
                head.chop(1);
            m_mail.text += separator + head;
        }
        noteOnce(QStringLiteral("The text is longer than %1 characters and was cut")
                     .arg(MimeParser::kMaxTextChars));
        return;
    }
    m_mail.text += separator + text;
}

void Walker::walk(GMimeObject *object, int depth, Mode mode)
{
    if (!object)
        return;
    if (++m_parts > MimeParser::kMaxParts) {
        noteOnce(QStringLiteral("More than %1 MIME parts; the rest were ignored")
                     .arg(MimeParser::kMaxParts));
        return;
    }
    if (depth > MimeParser::kMaxDepth) {
        noteOnce(QStringLiteral("MIME parts nested deeper than %1 levels were ignored")
                     .arg(MimeParser::kMaxDepth));
        return;
    }
    if (GMIME_IS_MULTIPART(object))
        walkMultipart(GMIME_MULTIPART(object), depth, mode);
    else if (GMIME_IS_MESSAGE_PART(object))
        walkMessage(GMIME_MESSAGE_PART(object), depth, mode);
    else if (GMIME_IS_PART(object))
        walkLeaf(GMIME_PART(object), mode);
}

void Walker::walkMultipart(GMimeMultipart *multipart, int depth, Mode mode)
{
    GMimeObject *self = GMIME_OBJECT(multipart);
    const QString type = contentTypeOf(self);
    const int count = g_mime_multipart_get_count(multipart);
    QList<GMimeObject *> children;
    for (int i = 0; i < count && i <= MimeParser::kMaxParts; ++i)
        children.append(g_mime_multipart_get_part(multipart, i));

    if (type == u"multipart/alternative" && mode == Mode::Body) {
        // A non-empty text/plain wins; else the last HTML or multipart alternative (the richest).
        int chosen = -1;
        for (int i = 0; i < children.size() && chosen < 0; ++i) {
            GMimeObject *child = children.at(i);
            if (GMIME_IS_PART(child) && contentTypeOf(child) == u"text/plain" &&
                !trimText(partText(GMIME_PART(child), QStringLiteral("text/plain"), {})).isEmpty())
                chosen = i;
        }
        for (int i = children.size() - 1; i >= 0 && chosen < 0; --i) {
            GMimeObject *child = children.at(i);
            if (GMIME_IS_MULTIPART(child) || contentTypeOf(child) == u"text/html")
                chosen = i;
        }
        if (chosen < 0)
            chosen = 0;
        for (int i = 0; i < children.size(); ++i)
            walk(children.at(i), depth + 1, i == chosen ? Mode::Body : Mode::AttachmentsOnly);
        return;
    }

    if (type == u"multipart/related") {
        // The root is named by start= (a Content-ID), else it is the first part.
        int root = 0;
        const QString start = stripAngles(QString::fromUtf8(contentTypeParameter(self, "start")));
        if (!start.isEmpty()) {
            for (int i = 0; i < children.size(); ++i) {
                if (stripAngles(fromC(g_mime_object_get_content_id(children.at(i)))) == start)
                    root = i;
            }
        }
        for (int i = 0; i < children.size(); ++i)
            walk(children.at(i), depth + 1, i == root ? mode : Mode::Inline);
        return;
    }

    for (GMimeObject *child : children)
        walk(child, depth + 1, mode);
}

void Walker::walkMessage(GMimeMessagePart *part, int depth, Mode mode)
{
    GMimeMessage *inner = g_mime_message_part_get_message(part);
    if (!inner)
        return;
    const QString type = contentTypeOf(GMIME_OBJECT(part));
    if (type != u"message/rfc822" && type != u"message/global" && type != u"message/news") {
        // e.g. message/delivery-status parsed as headers: keep its text as a file.
        if (type == u"message/delivery-status")
            sawDeliveryStatus = true;
        QByteArray data = serialize(GMIME_OBJECT(inner));
        addAttachment(QString(), type, data, false);
        return;
    }

    const QByteArray raw = serialize(GMIME_OBJECT(inner));
    ++m_forwarded;
    const QString name = m_forwarded == 1 ? QStringLiteral("forwarded.eml")
                                          : QStringLiteral("forwarded-%1.eml").arg(m_forwarded);
    addAttachment(name, QStringLiteral("message/rfc822"), raw, false);

    if (returnedMessageId.isEmpty() && returnedOutbox.isEmpty()) {
        returnedMessageId = stripAngles(fromC(g_mime_message_get_message_id(inner)));
        returnedOutbox =
            fromC(g_mime_object_get_header(GMIME_OBJECT(inner), "X-Kontakt-Outbox")).trimmed();
    }

    if (mode == Mode::Body) {
        QStringList lines{QStringLiteral("---------- Forwarded message ----------")};
        const QList<Mailbox> from = mailboxes(GMIME_OBJECT(inner), "From", m_options, 1);
        if (!from.isEmpty()) {
            const Mailbox &box = from.first();
            lines << QStringLiteral("From: ") +
                         (box.name.isEmpty()
                              ? box.address
                              : box.name + QStringLiteral(" <") + box.address + u'>');
        }
        const QDateTime date = messageDate(inner);
        if (date.isValid())
            lines << QStringLiteral("Date: ") + date.toString(Qt::RFC2822Date);
        const QString subject = decodedSubject(GMIME_OBJECT(inner), m_options);
        if (!subject.isEmpty())
            lines << QStringLiteral("Subject: ") + subject;
        appendText(lines.join(u'\n'));
    }
    walk(g_mime_message_get_mime_part(inner), depth + 1,
         mode == Mode::Body ? Mode::Body : Mode::AttachmentsOnly);
}

QByteArray Walker::decodedContent(GMimePart *part, const QString &label, qint64 limit, bool *tooBig)
{
    *tooBig = false;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *encoded = g_mime_data_wrapper_get_stream(content);
    const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
    if (encoded && encoding == GMIME_CONTENT_ENCODING_BASE64) {
        // Decoded base64 is 3/4 of its symbols: refuse huge parts before decoding them.
        const gint64 length = g_mime_stream_length(encoded);
        if (length > 0 && length / 4 * 3 > limit + limit / 20) {
            *tooBig = true;
            return {};
        }
        const QString damage = base64Damage(encoded);
        if (!damage.isEmpty())
            noteOnce(QStringLiteral("The base64 content of %1 %2").arg(label, damage));
    }
    GMimeStream *decoded = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, decoded);
    QByteArray bytes = streamBytes(decoded);
    g_object_unref(decoded);
    if (bytes.size() > limit) {
        *tooBig = true;
        return {};
    }
    return bytes;
}

QString Walker::partText(GMimePart *part, const QString &type, const QString &label)
{
    bool tooBig = false;
    QByteArray data = decodedContent(part, label, MimeParser::kMaxAttachmentBytes, &tooBig);
    if (tooBig) {
        if (!label.isEmpty())
            noteOnce(QStringLiteral("A text part larger than 25 MiB was dropped"));
        return {};
    }
    if (data.size() > kMaxTextPartBytes) {
        data.truncate(kMaxTextPartBytes);
        if (!label.isEmpty())
            noteOnce(QStringLiteral("The text is longer than %1 characters and was cut")
                         .arg(MimeParser::kMaxTextChars));
    }
    QByteArray charset = contentTypeParameter(GMIME_OBJECT(part), "charset");
    const bool html = type == u"text/html";
    if (charset.isEmpty() && html)
        charset = htmlMetaCharset(data);
    QString note;
    QString text = MimeParser::decodeText(data, charset, &note);
    if (!note.isEmpty() && !label.isEmpty())
        noteOnce(label.left(1).toUpper() + label.mid(1) + QStringLiteral(": ") + note);
    if (html)
        return MimeParser::htmlToText(text);
    if (QString::fromUtf8(contentTypeParameter(GMIME_OBJECT(part), "format")).trimmed().toLower() ==
        u"flowed") {
        const bool delsp = QString::fromUtf8(contentTypeParameter(GMIME_OBJECT(part), "delsp"))
                               .trimmed()
                               .toLower() == u"yes";
        return unflow(text, delsp);
    }
    return text;
}

void Walker::addAttachment(const QString &fileName, const QString &type, QByteArray data,
                           bool inlinePart)
{
    QString name = cleanFileName(fileName);
    if (name.isEmpty())
        name = QStringLiteral("part-%1.%2").arg(++m_unnamed).arg(extensionFor(type));
    if (data.size() > MimeParser::kMaxAttachmentBytes) {
        noteOnce(
            QStringLiteral("Attachment \"%1\" is larger than 25 MiB and was dropped").arg(name));
        return;
    }
    m_mail.attachments.append(MailAttachment{name, type, std::move(data), inlinePart});
}

void Walker::walkLeaf(GMimePart *part, Mode mode)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const QString type = contentTypeOf(object);
    const QString fileName = partFileName(part, m_options);
    GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
    const QString dispositionName =
        disposition ? lowerC(g_mime_content_disposition_get_disposition(disposition)) : QString();
    const bool bodyLike = (type == u"text/plain" || type == u"text/html") &&
                          dispositionName != u"attachment" && cleanFileName(fileName).isEmpty();
    if (bodyLike) {
        if (mode == Mode::Body) {
            const QString text = partText(part, type, QStringLiteral("the %1 body").arg(type));
            if (type == u"text/html" && !trimText(text).isEmpty())
                m_mail.textFromHtml = true;
            appendText(text);
            return;
        }
        if (mode == Mode::AttachmentsOnly)
            return; // the other rendering of a chosen alternative
    }

    const QString label = fileName.isEmpty() ? QStringLiteral("a %1 part").arg(type)
                                             : QStringLiteral("\"%1\"").arg(fileName);
    bool tooBig = false;
    QByteArray data = decodedContent(part, label, MimeParser::kMaxAttachmentBytes, &tooBig);
    if (tooBig) {
        noteOnce(QStringLiteral("Attachment %1 is larger than 25 MiB and was dropped").arg(label));
        return;
    }
    if (type == u"message/delivery-status")
        sawDeliveryStatus = true;
    if (type == u"text/rfc822-headers" && returnedHeadersText.isEmpty())
        returnedHeadersText = QString::fromLatin1(data.left(64 * 1024));
    const bool inlinePart =
        mode == Mode::Inline || dispositionName == u"inline" ||
        (dispositionName.isEmpty() && g_mime_object_get_content_id(object) != nullptr);
    addAttachment(fileName, type, std::move(data), inlinePart);
}

QString headerValue(GMimeObject *object, const char *name)
{
    return fromC(g_mime_object_get_header(object, name)).trimmed();
}

bool autoReplySubject(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto-response|)"
            R"(automatische antwort|auto:|автовідповідь|автоответ|автоматична відповідь|)"
            R"(автоматический ответ|відсутн\S* (в|у) офісі|відсутн\S* на робо|)"
            R"(відсутн\S* (в|у) відпуст|отсутству\S* (в|на)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(subject).hasMatch();
}

bool deliveryFailureSubject(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral(R"(undeliver|delivery status notification|failure notice|returned mail|)"
                       R"(delivery fail|mail delivery|could not be delivered|non.?delivery|)"
                       R"(недоставлен|не доставлен|не вдалося доставити|unzustellbar)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(subject).hasMatch();
}

void classify(ParsedMail &mail, GMimeMessage *message, const Walker &walker)
{
    GMimeObject *headers = GMIME_OBJECT(message);
    GMimeObject *body = g_mime_message_get_mime_part(message);
    const char *returnPathRaw = g_mime_object_get_header(headers, "Return-Path");
    const QString returnPath = fromC(returnPathRaw).trimmed();
    const bool nullReturnPath = returnPathRaw && (returnPath.isEmpty() || returnPath == u"<>");
    const QString fromLocal = mail.fromAddress.section(u'@', 0, 0);

    // Bounce
    QString bounceReason;
    if (body && contentTypeOf(body) == u"multipart/report" &&
        QString::fromUtf8(contentTypeParameter(body, "report-type")).trimmed().toLower() ==
            u"delivery-status")
        bounceReason = QStringLiteral("multipart/report; report-type=delivery-status");
    else if ((fromLocal == u"mailer-daemon" || fromLocal == u"postmaster") &&
             deliveryFailureSubject(mail.subject))
        bounceReason = QStringLiteral("delivery failure from %1").arg(mail.fromAddress);
    else if (nullReturnPath && walker.sawDeliveryStatus)
        bounceReason = QStringLiteral("Return-Path <> with a delivery status");
    if (!bounceReason.isEmpty()) {
        mail.kind = ParsedMail::Kind::Bounce;
        mail.kindReason = bounceReason;
        mail.bouncedMessageId = walker.returnedMessageId;
        mail.bouncedOutbox = walker.returnedOutbox;
        for (const QString &text : {walker.returnedHeadersText, mail.text}) {
            if (mail.bouncedMessageId.isEmpty())
                mail.bouncedMessageId = headerLine(text, QStringLiteral("Message-ID"));
            if (mail.bouncedOutbox.isEmpty())
                mail.bouncedOutbox = headerLine(text, QStringLiteral("X-Kontakt-Outbox"));
        }
        return;
    }

    // Spam
    const QString spamFlag = headerValue(headers, "X-Spam-Flag");
    const QString spamStatus = headerValue(headers, "X-Spam-Status");
    if (spamFlag.compare(u"yes", Qt::CaseInsensitive) == 0) {
        mail.kind = ParsedMail::Kind::Spam;
        mail.kindReason = QStringLiteral("X-Spam-Flag: ") + spamFlag;
        return;
    }
    if (spamStatus.startsWith(u"yes", Qt::CaseInsensitive)) {
        mail.kind = ParsedMail::Kind::Spam;
        mail.kindReason = QStringLiteral("X-Spam-Status: ") + spamStatus.left(3);
        return;
    }

    // AutoReply
    auto autoReply = [&mail](const QString &reason) {
        mail.kind = ParsedMail::Kind::AutoReply;
        mail.kindReason = reason;
    };
    const QString autoSubmitted = headerValue(headers, "Auto-Submitted");
    // The keyword only: "auto-replied (vacation)" has a comment, "auto-notified; x=y" parameters.
    static const QRegularExpression keyword(QStringLiteral("^[A-Za-z0-9_-]*"));
    const QString autoSubmittedKeyword = keyword.match(autoSubmitted).captured(0).toLower();
    if (!autoSubmitted.isEmpty() && autoSubmittedKeyword != u"no")
        return autoReply(QStringLiteral("Auto-Submitted: ") + autoSubmittedKeyword);
    for (const char *name : {"X-Autoreply", "X-Autorespond"}) {
        if (g_mime_object_get_header(headers, name))
            return autoReply(QString::fromLatin1(name));
    }
    const char *precedenceRaw = g_mime_object_get_header(headers, "Precedence");
    const QString precedence = fromC(precedenceRaw).trimmed().toLower();
    if (precedence == u"auto_reply" || precedence == u"bulk" || precedence == u"junk" ||
        precedence == u"list")
        return autoReply(QStringLiteral("Precedence: ") + precedence);
    const QString suppress = headerValue(headers, "X-Auto-Response-Suppress").toLower();
    const bool suppressAll = suppress.contains(u"all") || suppress.contains(u"oof");
    if (autoReplySubject(mail.subject)) {
        if (suppressAll)
            return autoReply(QStringLiteral("X-Auto-Response-Suppress with an automatic-reply "
                                            "subject"));
        if (!returnPathRaw || nullReturnPath)
            return autoReply(QStringLiteral("automatic-reply subject with an empty Return-Path"));
        if (precedenceRaw)
            return autoReply(QStringLiteral("automatic-reply subject with a Precedence header"));
    }
}

// Named entities that occur in real mail; anything else stays as written.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> map = {
        {QStringLiteral("amp"), U'&'},    {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},     {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},  {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("laquo"), U'«'},  {QStringLiteral("raquo"), U'»'},
        {QStringLiteral("ndash"), U'–'},  {QStringLiteral("mdash"), U'—'},
        {QStringLiteral("hellip"), U'…'}, {QStringLiteral("copy"), U'©'},
        {QStringLiteral("reg"), U'®'},    {QStringLiteral("trade"), U'™'},
        {QStringLiteral("euro"), U'€'},   {QStringLiteral("bull"), U'•'},
        {QStringLiteral("middot"), U'·'}, {QStringLiteral("lsquo"), U'‘'},
        {QStringLiteral("rsquo"), U'’'},  {QStringLiteral("ldquo"), U'“'},
        {QStringLiteral("rdquo"), U'”'},  {QStringLiteral("sbquo"), U'‚'},
        {QStringLiteral("bdquo"), U'„'},  {QStringLiteral("times"), U'×'},
        {QStringLiteral("deg"), U'°'},    {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("zwnj"), 0x200C}, {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("thinsp"), U' '}, {QStringLiteral("ensp"), U' '},
        {QStringLiteral("emsp"), U' '},   {QStringLiteral("sect"), U'§'},
        {QStringLiteral("numero"), U'№'}, {QStringLiteral("plusmn"), U'±'},
        {QStringLiteral("frac12"), U'½'}, {QStringLiteral("para"), U'¶'},
        {QStringLiteral("cent"), U'¢'},   {QStringLiteral("pound"), U'£'},
        {QStringLiteral("yen"), U'¥'},    {QStringLiteral("iexcl"), U'¡'},
        {QStringLiteral("iquest"), U'¿'}, {QStringLiteral("larr"), U'←'},
        {QStringLiteral("rarr"), U'→'},   {QStringLiteral("uarr"), U'↑'},
        {QStringLiteral("darr"), U'↓'},   {QStringLiteral("prime"), U'′'},
    };
    return map;
}

// Decodes the entity at text[pos] == '&'; on success appends it and returns the index after it.
qsizetype decodeEntity(const QString &text, qsizetype pos, QString *out)
{
    const qsizetype limit = std::min(text.size(), pos + 12);
    qsizetype i = pos + 1;
    if (i < limit && text.at(i) == u'#') {
        ++i;
        const bool hex = i < limit && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        while (i < limit && (hex ? isxdigit(text.at(i).unicode()) && text.at(i).unicode() < 128
                                 : text.at(i).isDigit() && text.at(i).unicode() < 128))
            ++i;
        if (i == digitsStart)
            return -1;
        bool ok = false;
        uint code = text.mid(digitsStart, i - digitsStart).toUInt(&ok, hex ? 16 : 10);
        if (i < text.size() && text.at(i) == u';')
            ++i;
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        const char32_t c = code;
        *out += QString::fromUcs4(&c, 1);
        return i;
    }
    const qsizetype nameStart = i;
    while (i < limit && text.at(i).unicode() < 128 && text.at(i).isLetterOrNumber())
        ++i;
    const QString name = text.mid(nameStart, i - nameStart);
    const bool semicolon = i < text.size() && text.at(i) == u';';
    const auto found = namedEntities().constFind(name);
    if (found == namedEntities().constEnd())
        return -1;
    // Browsers accept the oldest entities without ';' too.
    static const QSet<QString> legacy = {QStringLiteral("amp"), QStringLiteral("lt"),
                                         QStringLiteral("gt"), QStringLiteral("quot"),
                                         QStringLiteral("nbsp")};
    if (!semicolon && !legacy.contains(name))
        return -1;
    if (*found != 0xAD && *found != 0x200C && *found != 0x200D) {
        const char32_t c = *found;
        *out += QString::fromUcs4(&c, 1);
    }
    return semicolon ? i + 1 : i;
}

QString decodeEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'&') {
            const qsizetype next = decodeEntity(text, i, &out);
            if (next > i) {
                i = next;
                continue;
            }
        }
        out += text.at(i++);
    }
    return out;
}

// Builds the text of an HTML document: collapses white space, keeps line structure.
class TextSink
{
public:
    void text(const QString &chunk, bool preformatted)
    {
        for (const QChar c : chunk) {
            if (preformatted) {
                if (c == u'\n') {
                    lineBreak();
                } else {
                    m_out += c == QChar(0xA0) ? QChar(u' ') : c;
                    m_atLineStart = false;
                    m_pendingSpace = false;
                }
                continue;
            }
            if (c.isSpace() || c == QChar(0xA0)) {
                if (!m_atLineStart)
                    m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace)
                m_out += u' ';
            m_pendingSpace = false;
            m_out += c;
            m_atLineStart = false;
        }
    }
    void raw(const QString &s)
    {
        if (m_pendingSpace && !m_atLineStart)
            m_out += u' ';
        m_pendingSpace = false;
        m_out += s;
        m_atLineStart = false;
    }
    void lineBreak()
    {
        trimLineEnd();
        if (m_newlines < 2)
            m_out += u'\n';
        ++m_newlines;
        m_atLineStart = true;
        m_pendingSpace = false;
    }
    // A block starts or ends: at least one line break (two for paragraphs).
    void blockBreak(int lines)
    {
        if (m_out.isEmpty())
            return;
        trimLineEnd();
        const int have = trailingNewlines();
        for (int i = have; i < lines; ++i)
            m_out += u'\n';
        m_atLineStart = true;
        m_pendingSpace = false;
        m_newlines = std::max(have, lines);
    }
    void cellBreak()
    {
        trimLineEnd();
        m_out += u'\t';
        m_atLineStart = true; // no space after the tab
        m_pendingSpace = false;
    }
    qsizetype position() const { return m_out.size(); }
    // At most `limit` characters: a link's text only matters when it is short.
    QString since(qsizetype position, qsizetype limit) const { return m_out.mid(position, limit); }
    QString result() const { return m_out; }

private:
    void trimLineEnd()
    {
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
        m_pendingSpace = false;
        if (!m_out.isEmpty() && m_out.back() != u'\n')
            m_newlines = 0;
    }
    int trailingNewlines() const
    {
        int n = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
            ++n;
        return n;
    }

    QString m_out;
    bool m_atLineStart = true;
    bool m_pendingSpace = false;
    int m_newlines = 0;
};

QString attributeValue(const QString &tag, const QString &name)
{
    const QRegularExpression re(
        QStringLiteral("(?:^|\\s)") + name +
            QStringLiteral(R"re(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            return decodeEntities(m.captured(i)).trimmed();
    }
    return {};
}

} // namespace

QString MimeParser::htmlToText(const QString &html)
{
    static const QSet<QString> skipContent = {QStringLiteral("script"), QStringLiteral("style"),
                                              QStringLiteral("title"),  QStringLiteral("template"),
                                              QStringLiteral("xml"),    QStringLiteral("noscript")};
    static const QSet<QString> paragraphs = {
        QStringLiteral("p"),  QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("table"),
        QStringLiteral("ul"), QStringLiteral("ol"),         QStringLiteral("pre"),
        QStringLiteral("dl")};
    static const QSet<QString> blocks = {
        QStringLiteral("div"),      QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),   QStringLiteral("footer"),  QStringLiteral("address"),
        QStringLiteral("dt"),       QStringLiteral("dd"),      QStringLiteral("form"),
        QStringLiteral("fieldset"), QStringLiteral("center"),  QStringLiteral("hr"),
        QStringLiteral("caption"),  QStringLiteral("nav"),     QStringLiteral("main"),
        QStringLiteral("aside"),    QStringLiteral("figure"),  QStringLiteral("body"),
        QStringLiteral("thead"),    QStringLiteral("tbody"),   QStringLiteral("tfoot")};

    TextSink sink;
    int preDepth = 0;
    int cellInRow = 0;
    struct Link {
        QString href;
        qsizetype start;
    };
    QList<Link> links;

    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            sink.text(decodeEntities(html.mid(textStart, end - textStart)), preDepth > 0);
    };
    while (i < n) {
        if (html.at(i) != u'<') {
            ++i;
            continue;
        }
        // Comments, doctype, processing instructions
        if (html.mid(i, 4) == u"<!--") {
            flushText(i);
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        const bool closing = i + 1 < n && html.at(i + 1) == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart < n && (html.at(nameStart) == u'!' || html.at(nameStart) == u'?')) {
            flushText(i);
            const qsizetype end = html.indexOf(u'>', nameStart);
            i = end < 0 ? n : end + 1;
            textStart = i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && nameEnd - nameStart < 20 && html.at(nameEnd).unicode() < 128 &&
               html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        if (nameEnd == nameStart || nameEnd - nameStart >= 20) {
            ++i; // a lone '<' is text
            continue;
        }
        flushText(i);
        // The tag ends at the first '>' outside quotes; an unclosed quote (or a tag longer than
        // any real one) ends at the next '>', so broken markup costs linear time.
        const qsizetype scanLimit = std::min(n, nameEnd + 8192);
        qsizetype end = nameEnd;
        QChar quote;
        while (end < scanLimit) {
            const QChar c = html.at(end);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++end;
        }
        if (end >= scanLimit) {
            const qsizetype gt = html.indexOf(u'>', nameEnd);
            end = gt < 0 ? n : gt;
        }
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const QString attributes = html.mid(nameEnd, std::max<qsizetype>(0, end - nameEnd));
        i = end >= n ? n : end + 1;
        textStart = i;

        if (!closing && skipContent.contains(name)) {
            const qsizetype close =
                html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            if (close < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', close);
                i = gt < 0 ? n : gt + 1;
            }
            textStart = i;
            continue;
        }
        if (name == u"br") {
            sink.lineBreak();
        } else if (name == u"li") {
            if (!closing) {
                sink.blockBreak(1);
                sink.raw(QStringLiteral("- "));
            } else {
                sink.blockBreak(1);
            }
        } else if (name == u"tr") {
            sink.blockBreak(1);
            cellInRow = 0;
        } else if (name == u"td" || name == u"th") {
            if (!closing && cellInRow++ > 0)
                sink.cellBreak();
        } else if (name == u"pre") {
            sink.blockBreak(2);
            preDepth = std::max(0, preDepth + (closing ? -1 : 1));
        } else if (paragraphs.contains(name)) {
            sink.blockBreak(2);
        } else if (blocks.contains(name)) {
            sink.blockBreak(1);
        } else if (name == u"a") {
            if (!closing) {
                if (links.size() < 1000)
                    links.append(
                        Link{attributeValue(attributes, QStringLiteral("href")), sink.position()});
            } else if (!links.isEmpty()) {
                const Link link = links.takeLast();
                const QString label = sink.since(link.start, 2048).trimmed();
                QString target = link.href;
                const bool mailto = target.startsWith(u"mailto:", Qt::CaseInsensitive);
                if (mailto)
                    target = target.mid(7);
                if (!target.isEmpty() && !target.startsWith(u'#') &&
                    !target.startsWith(u"javascript:", Qt::CaseInsensitive) &&
                    target.compare(label, Qt::CaseInsensitive) != 0 && label != link.href)
                    sink.raw(label.isEmpty() ? target : QStringLiteral(" (") + target + u')');
            }
        }
    }
    flushText(n);
    return trimText(sink.result());
}

QString MimeParser::decodeText(const QByteArray &data, const QByteArray &charsetLabel,
                               QString *note)
{
    initGMime();
    if (note)
        note->clear();
    QByteArray charset = charsetLabel.trimmed().toLower();
    if (charset.size() >= 2 && (charset.startsWith('"') || charset.startsWith('\'')) &&
        charset.endsWith(charset.at(0)))
        charset = charset.mid(1, charset.size() - 2).trimmed();
    const bool asciiLabel =
        charset == "us-ascii" || charset == "ascii" || charset == "ansi_x3.4-1968";
    const bool utf8Label = charset == "utf-8" || charset == "utf8";
    if (isAscii(data) && (charset.isEmpty() || asciiLabel || utf8Label))
        return QString::fromLatin1(data);

    QString text;
    auto unknownFallback = [&](const QString &why) {
        if (isValidUtf8(data, &text)) {
            if (note && !why.isEmpty())
                *note = why + QStringLiteral("; decoded as UTF-8");
            return text;
        }
        QString chosen;
        text = guessCyrillic(data, &chosen);
        if (note)
            *note = (why.isEmpty() ? QStringLiteral("No charset declared") : why) +
                    QStringLiteral("; decoded as %1 (guessed)").arg(chosen);
        return text;
    };
    if (charset.isEmpty())
        return unknownFallback(QString());
    if (asciiLabel)
        return unknownFallback(QStringLiteral("8-bit text declared as us-ascii"));
    if (utf8Label) {
        if (isValidUtf8(data, &text))
            return text;
        return unknownFallback(QStringLiteral("Invalid UTF-8 text"));
    }
    bool lossy = false;
    if (!iconvDecode(data, charset.constData(), &text, &lossy))
        return unknownFallback(
            QStringLiteral("Unknown charset \"%1\"").arg(QString::fromLatin1(charset.left(40))));
    if (lossy && note)
        *note = QStringLiteral("Some bytes are not valid %1 and were replaced")
                    .arg(QString::fromLatin1(charset.left(40)));
    return text;
}

ParsedMail MimeParser::parse(const QByteArray &raw)
{
    initGMime();
    ParsedMail mail;
    Warnings warnings;

    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    const char *fallback[] = {"utf-8", "windows-1251", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_warning_callback(options, onParserWarning, &warnings);

    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, options);

    Walker walker(mail, options);
    GMimeHeaderList *headerList =
        message ? g_mime_object_get_header_list(GMIME_OBJECT(message)) : nullptr;
    if (!message || !headerList || g_mime_header_list_get_count(headerList) == 0) {
        // Not a message at all: show what there is, for a person to look at.
        mail.problems.append(QStringLiteral("No message headers found; the raw data is shown as "
                                            "text"));
        QString note;
        walker.appendText(decodeText(raw.left(kMaxTextPartBytes), QByteArray(), &note));
        if (!note.isEmpty())
            walker.noteOnce(note);
    } else {
        GMimeObject *headers = GMIME_OBJECT(message);
        mail.messageId = stripAngles(fromC(g_mime_message_get_message_id(message)));
        const QStringList inReplyTo =
            parseReferences(options, g_mime_object_get_header(headers, "In-Reply-To"), 1);
        mail.inReplyTo = inReplyTo.value(0);
        mail.references =
            parseReferences(options, g_mime_object_get_header(headers, "References"), 200);

        const QList<Mailbox> from = mailboxes(headers, "From", options, 1);
        if (!from.isEmpty()) {
            mail.fromAddress = from.first().address;
            mail.fromName = from.first().name;
        }
        if (mail.fromAddress.isEmpty())
            walker.noteOnce(QStringLiteral("No valid sender address"));
        const QList<Mailbox> replyTo = mailboxes(headers, "Reply-To", options, 1);
        if (!replyTo.isEmpty())
            mail.replyToAddress = replyTo.first().address;
        for (const Mailbox &box : mailboxes(headers, "To", options, 500)) {
            if (!box.address.isEmpty())
                mail.toAddresses.append(box.address);
        }
        mail.subject = decodedSubject(headers, options);
        mail.date = messageDate(message);
        if (!mail.date.isValid() && g_mime_object_get_header(headers, "Date"))
            walker.noteOnce(QStringLiteral("Invalid Date header"));

        walker.walk(g_mime_message_get_mime_part(message), 0, Mode::Body);
        classify(mail, message, walker);
    }

    // The parser's own findings go before the walker's: they explain the rest.
    QStringList parserProblems;
    QList<int> codes = warnings.codes.values();
    std::sort(codes.begin(), codes.end());
    for (int code : codes) {
        const QString text = warningText(code);
        if (!text.isEmpty())
            parserProblems.append(text);
    }
    mail.problems = parserProblems + mail.problems;

    if (message)
        g_object_unref(message);
    g_object_unref(parser);
    g_object_unref(stream);
    g_mime_parser_options_free(options);
    return mail;
}
