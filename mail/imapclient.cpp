#include "imapclient.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

// Untagged lines without literals stay far below this; a SEARCH over a large folder is long.
constexpr qint64 MaxLineLength = 16 * 1024 * 1024;

QByteArray stripCrlf(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// "{123}" or "{123+}" (or "~{123}") at the end of a line: the size, else -1.
qint64 trailingLiteralSize(const QByteArray &line, qsizetype *openBrace)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 12)
        return -1;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
    }
    *openBrace = open;
    return digits.toLongLong();
}

// The "[...]" response code right after a status word, e.g. "OK [UIDVALIDITY 5] text".
QByteArray responseCode(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (!t.startsWith('['))
        return {};
    const qsizetype close = t.indexOf(']');
    return close < 0 ? QByteArray() : t.mid(1, close - 1);
}

QByteArray firstWord(const QByteArray &data, QByteArray *rest = nullptr)
{
    const qsizetype space = data.indexOf(' ');
    if (rest)
        *rest = space < 0 ? QByteArray() : data.mid(space + 1);
    return (space < 0 ? data : data.left(space)).toUpper();
}

bool parseList(const QByteArray &d, qsizetype &i, QList<ImapClient::Token> *out, char close)
{
    using Token = ImapClient::Token;
    const qsizetype n = d.size();
    for (;;) {
        while (i < n && d[i] == ' ')
            ++i;
        if (i >= n)
            return close == 0;
        const char c = d[i];
        if (c == close) {
            ++i;
            return true;
        }
        Token t;
        if (c == '(') {
            ++i;
            t.type = Token::List;
            if (!parseList(d, i, &t.items, ')'))
                return false;
        } else if (c == ')') {
            return false;
        } else if (c == '"') {
            t.type = Token::String;
            ++i;
            for (;;) {
                if (i >= n)
                    return false;
                char ch = d[i++];
                if (ch == '"')
                    break;
                if (ch == '\\') {
                    if (i >= n)
                        return false;
                    ch = d[i++];
                }
                t.value.append(ch);
            }
        } else if (c == '{' || (c == '~' && i + 1 < n && d[i + 1] == '{')) {
            if (c == '~')
                ++i;
            const qsizetype closeBrace = d.indexOf('}', i);
            if (closeBrace < 0)
                return false;
            QByteArray digits = d.mid(i + 1, closeBrace - i - 1);
            if (digits.endsWith('+'))
                digits.chop(1);
            bool ok = false;
            const qint64 size = digits.toLongLong(&ok);
            if (!ok || size < 0 || d.mid(closeBrace + 1, 2) != "\r\n" || closeBrace + 3 + size > n)
                return false;
            t.type = Token::Literal;
            t.value = d.mid(closeBrace + 3, size);
            i = closeBrace + 3 + size;
        } else {
            // An atom; "BODY[HEADER.FIELDS (A B)]<0>" keeps its bracketed section whole.
            const qsizetype start = i;
            while (i < n && d[i] != ' ' && d[i] != '(' && d[i] != ')') {
                if (d[i] == '[') {
                    const qsizetype end = d.indexOf(']', i);
                    if (end < 0)
                        return false;
                    i = end;
                }
                ++i;
            }
            t.value = d.mid(start, i - start);
            t.type = t.value.compare("NIL", Qt::CaseInsensitive) == 0 ? Token::Nil : Token::Atom;
        }
        out->append(t);
    }
}

QByteArray quoted(const QByteArray &s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

bool needsLiteral(const QByteArray &s)
{
    for (char c : s) {
        const uchar u = static_cast<uchar>(c);
        if (u < 0x20 || u > 0x7e)
            return true;
    }
    return false;
}

} // namespace

bool ImapClient::Token::isAtom(const char *text) const
{
    return type == Atom && value.compare(text, Qt::CaseInsensitive) == 0;
}

ImapClient::Command &ImapClient::Command::text(const QByteArray &t)
{
    if (texts.size() == literals.size())
        texts.append(QByteArray());
    texts.last().append(t);
    return *this;
}

ImapClient::Command &ImapClient::Command::astring(const QByteArray &s)
{
    return needsLiteral(s) ? literal(s) : text(quoted(s));
}

ImapClient::Command &ImapClient::Command::literal(const QByteArray &data)
{
    if (texts.size() == literals.size())
        texts.append(QByteArray());
    literals.append(data);
    return *this;
}

ImapClient::ImapClient() = default;

ImapClient::~ImapClient() = default;

bool ImapClient::parseTokens(const QByteArray &data, qsizetype from, QList<Token> *tokens)
{
    tokens->clear();
    qsizetype i = from;
    return parseList(data, i, tokens, 0);
}

QByteArray ImapClient::nextTag()
{
    return "k" + QByteArray::number(++m_tagCounter).rightJustified(4, '0');
}

bool ImapClient::isConnected() const
{
    return m_transport.isOpen();
}

bool ImapClient::isEncrypted() const
{
    return m_transport.isEncrypted();
}

bool ImapClient::hasCapability(const QByteArray &capability) const
{
    const QByteArray c = capability.toUpper();
    return m_capabilities.contains(c) && !m_ignored.contains(c);
}

void ImapClient::setIgnoredCapabilities(const QSet<QByteArray> &capabilities)
{
    m_ignored.clear();
    for (const QByteArray &c : capabilities)
        m_ignored.insert(c.toUpper());
}

void ImapClient::absorbCapabilities(const QByteArray &data)
{
    QByteArray list;
    if (firstWord(data, &list) == "CAPABILITY") {
        // untagged "CAPABILITY a b c"
    } else {
        QByteArray rest;
        firstWord(data, &rest);
        const QByteArray code = responseCode(rest);
        if (firstWord(code, &list) != "CAPABILITY")
            return;
    }
    m_capabilities.clear();
    for (const QByteArray &c : list.split(' ')) {
        if (!c.isEmpty())
            m_capabilities.insert(c.toUpper());
    }
}

bool ImapClient::readResponse(Response *response, qint64 maxLiteral)
{
    response->tag.clear();
    response->data.clear();
    response->droppedLiteral = 0;
    QByteArray line;
    bool first = true;
    for (;;) {
        if (!m_transport.readLine(&line, MaxLineLength)) {
            if (!m_bye.isEmpty() && m_transport.errorKind() == ErrorKind::Network)
                m_transport.setError(
                    ErrorKind::Network,
                    tr("The server ended the session: %1").arg(QString::fromUtf8(m_bye)));
            return false;
        }
        line = stripCrlf(line);
        if (first) {
            const qsizetype space = line.indexOf(' ');
            response->tag = space < 0 ? line : line.left(space);
            line = space < 0 ? QByteArray() : line.mid(space + 1);
            first = false;
        }
        response->data.append(line);
        qsizetype brace = -1;
        const qint64 size = trailingLiteralSize(line, &brace);
        if (size < 0)
            return true;
        if (size > maxLiteral) {
            // Keep the connection in sync: read past it, leave an empty literal in its place.
            if (!m_transport.readBytes(size, nullptr))
                return false;
            response->data.chop(line.size() - brace);
            response->data.append("{0}\r\n");
            response->droppedLiteral = qMax(response->droppedLiteral, size);
            continue;
        }
        response->data.append("\r\n");
        if (!m_transport.readBytes(size, &response->data))
            return false;
    }
}

bool ImapClient::failFromTagged(const QByteArray &status, const QByteArray &text, ErrorKind kind)
{
    const QString server = QString::fromUtf8(text.trimmed());
    if (status == "NO")
        m_transport.setError(kind, tr("The server refused: %1").arg(server));
    else
        m_transport.setError(ErrorKind::Protocol,
                             tr("The server did not understand the command: %1").arg(server));
    return false;
}

bool ImapClient::run(const Command &command, QList<Response> *untagged, qint64 maxLiteral,
                     QByteArray *tagged)
{
    if (!m_transport.isOpen()) {
        m_transport.setError(ErrorKind::Network, tr("Not connected to the mail server."));
        return false;
    }
    const QByteArray tag = nextTag();
    m_bye.clear();
    Response r;
    auto handleUntagged = [&](const Response &resp) {
        const QByteArray word = firstWord(resp.data);
        if (word == "BYE")
            m_bye = resp.data.mid(4);
        absorbCapabilities(resp.data);
        if (untagged)
            untagged->append(resp);
    };
    auto handleTagged = [&](const Response &resp) {
        QByteArray text;
        const QByteArray status = firstWord(resp.data, &text);
        absorbCapabilities(resp.data);
        if (tagged)
            *tagged = resp.data;
        if (status == "OK")
            return true;
        return failFromTagged(status, text, ErrorKind::Protocol);
    };

    const bool literalPlus = hasCapability("LITERAL+");
    QByteArray out = tag + ' ' + command.texts.value(0);
    for (qsizetype i = 0; i < command.literals.size(); ++i) {
        const QByteArray &lit = command.literals[i];
        if (literalPlus) {
            out += '{' + QByteArray::number(lit.size()) + "+}\r\n";
            out += lit;
            out += command.texts.value(i + 1);
            continue;
        }
        out += '{' + QByteArray::number(lit.size()) + "}\r\n";
        if (!m_transport.write(out))
            return false;
        out.clear();
        // Synchronizing literal: wait for the go-ahead.
        for (;;) {
            if (!readResponse(&r, maxLiteral))
                return false;
            if (r.tag == "+")
                break;
            if (r.tag == "*") {
                handleUntagged(r);
                continue;
            }
            if (r.tag == tag) {
                if (handleTagged(r))
                    m_transport.setError(ErrorKind::Protocol,
                                         tr("The server ended the command before its data."));
                return false;
            }
            m_transport.setError(
                ErrorKind::Protocol,
                tr("Unexpected answer from the server: %1").arg(QString::fromUtf8(r.tag)));
            return false;
        }
        out = lit + command.texts.value(i + 1);
    }
    out += "\r\n";
    if (!m_transport.write(out))
        return false;
    out.clear();

    for (;;) {
        if (!readResponse(&r, maxLiteral))
            return false;
        if (r.tag == "*") {
            handleUntagged(r);
        } else if (r.tag == tag) {
            return handleTagged(r);
        } else {
            m_transport.setError(ErrorKind::Protocol,
                                 tr("Unexpected answer from the server: %1")
                                     .arg(QString::fromUtf8((r.tag + ' ' + r.data).left(200))));
            m_transport.close();
            return false;
        }
    }
}

bool ImapClient::refreshCapabilities()
{
    return run(Command().text("CAPABILITY"));
}

bool ImapClient::connectToServer(const MailEndpoint &endpoint)
{
    m_capabilities.clear();
    m_authenticated = false;
    m_greetedPreauth = false;
    m_selected.clear();
    m_bye.clear();
    if (!m_transport.open(endpoint))
        return false;

    Response greeting;
    if (!readResponse(&greeting, 0))
        return false;
    QByteArray text;
    const QByteArray status = firstWord(greeting.data, &text);
    if (greeting.tag != "*" || (status != "OK" && status != "PREAUTH")) {
        m_transport.setError(status == "BYE" ? ErrorKind::Network : ErrorKind::Protocol,
                             tr("The server does not accept connections: %1")
                                 .arg(QString::fromUtf8(greeting.data.left(200))));
        m_transport.close();
        return false;
    }
    absorbCapabilities(greeting.data);
    m_greetedPreauth = status == "PREAUTH";

    if (endpoint.security == MailEndpoint::Security::StartTls) {
        if (m_greetedPreauth) {
            // RFC 3501: STARTTLS is only allowed before authentication.
            m_transport.setError(ErrorKind::Tls, tr("The server logged the connection in before "
                                                    "encryption; STARTTLS is impossible."));
            m_transport.close();
            return false;
        }
        if (m_capabilities.isEmpty() && !refreshCapabilities())
            return false;
        if (!m_capabilities.contains("STARTTLS")) {
            m_transport.setError(ErrorKind::Tls,
                                 tr("The server does not offer STARTTLS; the connection would "
                                    "not be encrypted."));
            m_transport.close();
            return false;
        }
        if (!run(Command().text("STARTTLS")))
            return false;
        if (!m_transport.startTls())
            return false;
        // Capabilities seen before TLS may have been forged: ask again.
        m_capabilities.clear();
    }
    if (m_capabilities.isEmpty() && !refreshCapabilities())
        return false;
    m_authenticated = m_greetedPreauth;
    return true;
}

bool ImapClient::requireState(bool needSelected)
{
    m_transport.clearError();
    if (!m_transport.isOpen()) {
        m_transport.setError(ErrorKind::Network, tr("Not connected to the mail server."));
        return false;
    }
    if (!m_authenticated) {
        m_transport.setError(ErrorKind::Auth, tr("Not logged in to the mail server."));
        return false;
    }
    if (needSelected && m_selected.isNull()) {
        m_transport.setError(ErrorKind::Protocol, tr("No folder is open."));
        return false;
    }
    return true;
}

bool ImapClient::login()
{
    m_transport.clearError();
    if (!m_transport.isOpen()) {
        m_transport.setError(ErrorKind::Network, tr("Not connected to the mail server."));
        return false;
    }
    if (m_authenticated)
        return true;
    const MailEndpoint &ep = m_transport.endpoint();
    const bool plainAllowed = ep.security == MailEndpoint::Security::None && ep.isLoopback();
    if (!m_transport.isEncrypted() && !plainAllowed) {
        m_transport.setError(ErrorKind::Tls, tr("Refusing to send the password over an "
                                                "unencrypted connection."));
        return false;
    }
    if (m_capabilities.contains("LOGINDISABLED")) {
        m_transport.setError(ErrorKind::Auth,
                             tr("The server does not allow logging in on this connection "
                                "(LOGINDISABLED); use TLS or STARTTLS."));
        return false;
    }

    const QByteArray user = ep.login.toUtf8();
    const QByteArray password = ep.password.toUtf8();
    QByteArray taggedText;
    bool ok;
    if (hasCapability("AUTH=PLAIN")) {
        const QByteArray initial = (QByteArray(1, '\0') + user + '\0' + password).toBase64();
        if (hasCapability("SASL-IR")) {
            ok = run(Command().text("AUTHENTICATE PLAIN " + initial), nullptr, 0, &taggedText);
        } else {
            ok = sendSaslContinuation(initial);
        }
    } else {
        ok = run(Command().text("LOGIN ").astring(user).text(" ").astring(password), nullptr, 0,
                 &taggedText);
    }
    if (!ok) {
        QByteArray text;
        if (firstWord(taggedText, &text) == "NO") {
            // A NO to LOGIN/AUTHENTICATE is a refused login; keep the server's words.
            m_transport.setError(
                ErrorKind::Auth,
                tr("The mail server refused the login: %1").arg(QString::fromUtf8(text.trimmed())));
        }
        return false;
    }
    m_authenticated = true;
    if (responseCode(taggedText.mid(3)).startsWith("CAPABILITY"))
        return true;
    // Logged-in capabilities (MOVE, UIDPLUS) differ from the greeting's.
    return refreshCapabilities();
}

bool ImapClient::sendSaslContinuation(const QByteArray &line)
{
    // AUTHENTICATE without an initial response: wait for "+", send the response line.
    const QByteArray tag = nextTag();
    if (!m_transport.write(tag + " AUTHENTICATE PLAIN\r\n"))
        return false;
    bool sent = false;
    Response r;
    for (;;) {
        if (!readResponse(&r, 0))
            return false;
        if (r.tag == "+") {
            // A second challenge means the exchange failed: cancel it.
            if (!m_transport.write(sent ? QByteArray("*\r\n") : line + "\r\n"))
                return false;
            sent = true;
        } else if (r.tag == "*") {
            absorbCapabilities(r.data);
        } else if (r.tag == tag) {
            QByteArray text;
            const QByteArray status = firstWord(r.data, &text);
            absorbCapabilities(r.data);
            if (status == "OK")
                return true;
            if (status == "NO") {
                m_transport.setError(ErrorKind::Auth, tr("The mail server refused the login: %1")
                                                          .arg(QString::fromUtf8(text.trimmed())));
                return false;
            }
            return failFromTagged(status, text, ErrorKind::Auth);
        } else {
            m_transport.setError(ErrorKind::Protocol, tr("Unexpected answer from the server."));
            return false;
        }
    }
}

bool ImapClient::selectFolder(const QString &name, quint32 *uidValidity, int *exists)
{
    if (!requireState(false))
        return false;
    QList<Response> untagged;
    m_selected = QString();
    if (!run(Command().text("SELECT ").astring(encodeMailboxName(name)), &untagged)) {
        if (m_transport.errorKind() == ErrorKind::Protocol)
            m_transport.setError(
                ErrorKind::Protocol,
                tr("Cannot open the folder \"%1\": %2").arg(name, m_transport.errorString()));
        return false;
    }
    quint32 validity = 0;
    int count = 0;
    for (const Response &r : std::as_const(untagged)) {
        QByteArray rest;
        const QByteArray word = firstWord(r.data, &rest);
        if (firstWord(rest) == "EXISTS") {
            count = word.toInt();
        } else if (word == "OK") {
            QByteArray value;
            if (firstWord(responseCode(rest), &value) == "UIDVALIDITY")
                validity = value.toUInt();
        }
    }
    m_selected = name;
    if (uidValidity)
        *uidValidity = validity;
    if (exists)
        *exists = count;
    return true;
}

bool ImapClient::ensureFolder(const QString &name)
{
    if (!requireState(false))
        return false;
    const QByteArray encoded = encodeMailboxName(name);
    QList<Response> untagged;
    if (!run(Command().text("LIST \"\" ").astring(encoded), &untagged))
        return false;
    for (const Response &r : std::as_const(untagged)) {
        QList<Token> tokens;
        if (firstWord(r.data) != "LIST" || !parseTokens(r.data, 4, &tokens) || tokens.size() < 3)
            continue;
        // "LIST (\HasNoChildren) "/" name": the name may be an atom, a string or a literal.
        const Token &mailbox = tokens[2];
        if (mailbox.value == encoded || (mailbox.value.compare("INBOX", Qt::CaseInsensitive) == 0 &&
                                         encoded.compare("INBOX", Qt::CaseInsensitive) == 0))
            return true;
    }
    QByteArray tagged;
    if (!run(Command().text("CREATE ").astring(encoded), nullptr, 0, &tagged)) {
        if (tagged.contains("[ALREADYEXISTS]")) {
            m_transport.clearError();
            return true;
        }
        m_transport.setError(
            m_transport.errorKind(),
            tr("Cannot create the folder \"%1\": %2").arg(name, m_transport.errorString()));
        return false;
    }
    // So that people's mail programs show it too; not essential.
    run(Command().text("SUBSCRIBE ").astring(encoded));
    m_transport.clearError();
    return true;
}

QList<quint32> ImapClient::uidSearchAll()
{
    return uidSearch("ALL");
}

QList<quint32> ImapClient::uidSearch(const QByteArray &criteria)
{
    QList<quint32> uids;
    if (!requireState(true))
        return uids;
    QList<Response> untagged;
    if (!run(Command().text("UID SEARCH " + criteria), &untagged))
        return uids;
    for (const Response &r : std::as_const(untagged)) {
        QByteArray rest;
        if (firstWord(r.data, &rest) != "SEARCH")
            continue;
        for (const QByteArray &n : rest.split(' ')) {
            bool ok = false;
            const quint32 uid = n.toUInt(&ok);
            if (ok)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

namespace {
// Items of an untagged "n FETCH (...)" response; false if it is something else.
bool fetchItems(const QByteArray &data, QList<ImapClient::Token> *items)
{
    QList<ImapClient::Token> tokens;
    if (!ImapClient::parseTokens(data, 0, &tokens) || tokens.size() < 3 ||
        !tokens[1].isAtom("FETCH") || tokens[2].type != ImapClient::Token::List)
        return false;
    *items = tokens[2].items;
    return true;
}

const ImapClient::Token *fetchItem(const QList<ImapClient::Token> &items, const char *key)
{
    for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
        if (items[i].isAtom(key))
            return &items[i + 1];
    }
    return nullptr;
}
} // namespace

bool ImapClient::fetchRaw(quint32 uid, QByteArray *raw, qint64 maxBytes)
{
    if (!requireState(true))
        return false;
    QList<Response> untagged;
    if (!run(Command().text("UID FETCH " + QByteArray::number(uid) + " (BODY.PEEK[])"), &untagged,
             maxBytes))
        return false;
    // FLAGS and other updates may come in the same or in separate FETCH responses, also for
    // other messages: take the BODY[] of the response whose UID is ours.
    for (const Response &r : std::as_const(untagged)) {
        QList<Token> items;
        if (!fetchItems(r.data, &items))
            continue;
        const Token *uidItem = fetchItem(items, "UID");
        if (!uidItem || uidItem->value.toUInt() != uid)
            continue;
        const Token *body = fetchItem(items, "BODY[]");
        if (!body)
            continue;
        if (r.droppedLiteral > 0) {
            m_transport.setError(ErrorKind::TooLarge,
                                 tr("The message (UID %1) has %2 bytes, more than the limit of "
                                    "%3 bytes.")
                                     .arg(uid)
                                     .arg(r.droppedLiteral)
                                     .arg(maxBytes));
            return false;
        }
        *raw = body->type == Token::Nil ? QByteArray() : body->value;
        return true;
    }
    m_transport.setError(ErrorKind::NotFound,
                         tr("The message (UID %1) is no longer in the folder.").arg(uid));
    return false;
}

bool ImapClient::fetchSize(quint32 uid, qint64 *size)
{
    if (!requireState(true))
        return false;
    QList<Response> untagged;
    if (!run(Command().text("UID FETCH " + QByteArray::number(uid) + " (RFC822.SIZE)"), &untagged))
        return false;
    for (const Response &r : std::as_const(untagged)) {
        QList<Token> items;
        if (!fetchItems(r.data, &items))
            continue;
        const Token *uidItem = fetchItem(items, "UID");
        const Token *sizeItem = fetchItem(items, "RFC822.SIZE");
        if (uidItem && sizeItem && uidItem->value.toUInt() == uid) {
            *size = sizeItem->value.toLongLong();
            return true;
        }
    }
    m_transport.setError(ErrorKind::NotFound,
                         tr("The message (UID %1) is no longer in the folder.").arg(uid));
    return false;
}

bool ImapClient::moveMessage(quint32 uid, const QString &folder)
{
    if (!requireState(true))
        return false;
    const QByteArray set = QByteArray::number(uid);
    const QByteArray target = encodeMailboxName(folder);
    if (hasCapability("MOVE"))
        return run(Command().text("UID MOVE " + set + ' ').astring(target));
    if (!run(Command().text("UID COPY " + set + ' ').astring(target)))
        return false;
    if (!run(Command().text("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)")))
        return false;
    // Without UIDPLUS, EXPUNGE also removes other messages someone marked \Deleted; the
    // centre's mailbox is ours alone, so that is acceptable.
    if (hasCapability("UIDPLUS"))
        return run(Command().text("UID EXPUNGE " + set));
    return run(Command().text("EXPUNGE"));
}

bool ImapClient::appendMessage(const QString &folder, const QByteArray &raw,
                               const QStringList &flags, quint32 *appendedUid)
{
    if (appendedUid)
        *appendedUid = 0;
    if (!requireState(false))
        return false;
    Command cmd;
    cmd.text("APPEND ").astring(encodeMailboxName(folder)).text(" ");
    if (!flags.isEmpty())
        cmd.text('(' + flags.join(QLatin1Char(' ')).toLatin1() + ") ");
    cmd.literal(raw);
    QByteArray tagged;
    if (!run(cmd, nullptr, DefaultMaxMessageSize, &tagged))
        return false;
    QByteArray rest;
    firstWord(tagged, &rest);
    QByteArray values;
    if (appendedUid && firstWord(responseCode(rest), &values) == "APPENDUID") {
        const QList<QByteArray> parts = values.split(' ');
        if (parts.size() == 2)
            *appendedUid = parts[1].toUInt();
    }
    return true;
}

bool ImapClient::logout()
{
    m_transport.clearError();
    if (!m_transport.isOpen())
        return true;
    const bool ok = run(Command().text("LOGOUT"));
    m_transport.close();
    m_authenticated = false;
    m_selected.clear();
    if (!ok && !m_bye.isEmpty())
        m_transport.clearError(); // the server said goodbye and hung up first: fine
    return ok || m_transport.errorKind() == ErrorKind::None;
}

QString ImapClient::testConnection(const MailEndpoint &endpoint, const QString &folder)
{
    ImapClient client;
    if (!client.connectToServer(endpoint) || !client.login() ||
        !client.selectFolder(folder.isEmpty() ? QStringLiteral("INBOX") : folder))
        return client.errorString();
    client.logout();
    return {};
}

QByteArray ImapClient::encodeMailboxName(const QString &name)
{
    QByteArray out;
    QByteArray utf16;
    auto flush = [&]() {
        if (utf16.isEmpty())
            return;
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        utf16.clear();
    };
    for (const QChar c : name) {
        const ushort u = c.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == '&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            utf16.append(char(u >> 8));
            utf16.append(char(u & 0xff));
        }
    }
    flush();
    return out;
}

QString ImapClient::decodeMailboxName(const QByteArray &encoded, bool *ok)
{
    QString out;
    bool valid = true;
    for (qsizetype i = 0; i < encoded.size() && valid;) {
        const uchar c = static_cast<uchar>(encoded[i]);
        if (c < 0x20 || c > 0x7e) {
            valid = false;
        } else if (c != '&') {
            out += QChar(c);
            ++i;
        } else {
            const qsizetype end = encoded.indexOf('-', i + 1);
            if (end < 0) {
                valid = false;
            } else if (end == i + 1) {
                out += QLatin1Char('&');
                i = end + 1;
            } else {
                QByteArray b64 = encoded.mid(i + 1, end - i - 1);
                for (char ch : b64) {
                    if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                          (ch >= '0' && ch <= '9') || ch == '+' || ch == ','))
                        valid = false;
                }
                b64.replace(',', '/');
                const auto decoded =
                    QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
                const QByteArray &bytes = decoded.decoded;
                if (!valid || !decoded || b64.size() % 4 == 1 || bytes.size() % 2 != 0) {
                    valid = false;
                    break;
                }
                for (qsizetype k = 0; k < bytes.size(); k += 2) {
                    const ushort u = ushort(uchar(bytes[k]) << 8 | uchar(bytes[k + 1]));
                    // Printable ASCII must never be base64-encoded (RFC 3501 5.1.3).
                    if (u >= 0x20 && u <= 0x7e)
                        valid = false;
                    out += QChar(u);
                }
                i = end + 1;
            }
        }
    }
    if (ok)
        *ok = valid;
    return valid ? out : QString();
}
