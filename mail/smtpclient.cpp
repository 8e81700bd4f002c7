#include "smtpclient.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace {

constexpr qint64 MaxReplyLine = 64 * 1024;

bool isDomainName(const QString &name)
{
    if (!name.contains(QLatin1Char('.')) || name.startsWith(QLatin1Char('.')) ||
        name.endsWith(QLatin1Char('.')) || name.size() > 253)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') &&
            c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<uchar>(c) >= 0x80)
            return false;
    }
    return true;
}

// An address for MAIL FROM/RCPT TO: no line breaks or angle brackets that could smuggle
// commands or parameters into the session.
bool isSafeAddress(const QString &address)
{
    for (const QChar c : address) {
        if (c.unicode() < 0x21 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

} // namespace

SmtpClient::SmtpClient() = default;

SmtpClient::~SmtpClient() = default;

bool SmtpClient::isConnected() const
{
    return m_transport.isOpen();
}

bool SmtpClient::isEncrypted() const
{
    return m_transport.isEncrypted();
}

bool SmtpClient::hasExtension(const QByteArray &keyword) const
{
    const QByteArray k = keyword.toUpper();
    return m_extensions.contains(k) && !m_ignored.contains(k);
}

QByteArray SmtpClient::extensionParameters(const QByteArray &keyword) const
{
    return hasExtension(keyword) ? m_extensions.value(keyword.toUpper()) : QByteArray();
}

void SmtpClient::setIgnoredExtensions(const QSet<QByteArray> &keywords)
{
    m_ignored.clear();
    for (const QByteArray &k : keywords)
        m_ignored.insert(k.toUpper());
}

QByteArray SmtpClient::heloName(const QHostAddress &localAddress)
{
    QString name = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!name.contains(QLatin1Char('.')) && !domain.isEmpty())
        name += QLatin1Char('.') + domain;
    if (isDomainName(name))
        return name.toLatin1();
    // RFC 5321 4.1.3: an address literal when there is no proper domain name.
    if (localAddress.protocol() == QAbstractSocket::IPv6Protocol && !localAddress.toIPv4Address())
        return "[IPv6:" + localAddress.toString().toLatin1() + ']';
    QHostAddress v4(localAddress.toIPv4Address());
    return '[' + (v4.isNull() ? QByteArray("127.0.0.1") : v4.toString().toLatin1()) + ']';
}

QByteArray SmtpClient::dotStuffed(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 4);
    bool lineStart = true;
    const qsizetype n = message.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            // CRLF, a bare CR or a bare LF: all become CRLF.
            if (c == '\r' && i + 1 < n && message[i + 1] == '\n')
                ++i;
            out += "\r\n";
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    return out;
}

bool SmtpClient::readReply(Reply *reply)
{
    reply->code = 0;
    reply->text.clear();
    reply->lines.clear();
    QByteArray line;
    for (;;) {
        if (!m_transport.readLine(&line, MaxReplyLine))
            return false;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3 || code < 200 || code > 599 ||
            (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
            m_transport.setError(ErrorKind::Protocol,
                                 tr("The SMTP server sent an invalid reply: %1")
                                     .arg(QString::fromUtf8(line.left(200))));
            m_transport.close();
            return false;
        }
        const QByteArray text = line.mid(4);
        reply->code = code;
        reply->lines.append(text);
        reply->text += (reply->text.isEmpty() ? "" : " ") + text;
        if (line.size() == 3 || line[3] == ' ')
            return true;
    }
}

bool SmtpClient::command(const QByteArray &line, Reply *reply)
{
    return m_transport.write(line + "\r\n") && readReply(reply);
}

bool SmtpClient::ehlo()
{
    m_extensions.clear();
    m_maxSize = 0;
    Reply reply;
    if (!command("EHLO " + heloName(m_transport.localAddress()), &reply))
        return false;
    if (reply.code != 250) {
        m_transport.setError(ErrorKind::Protocol, tr("The SMTP server refused EHLO: %1 %2")
                                                      .arg(reply.code)
                                                      .arg(QString::fromUtf8(reply.text)));
        return false;
    }
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray &l = reply.lines[i];
        const qsizetype space = l.indexOf(' ');
        const QByteArray keyword = (space < 0 ? l : l.left(space)).toUpper();
        m_extensions.insert(keyword, space < 0 ? QByteArray() : l.mid(space + 1).trimmed());
    }
    if (hasExtension("SIZE"))
        m_maxSize = m_extensions.value("SIZE").toLongLong();
    return true;
}

bool SmtpClient::connectToServer(const MailEndpoint &endpoint)
{
    m_authenticated = false;
    m_extensions.clear();
    if (!m_transport.open(endpoint))
        return false;
    Reply reply;
    if (!readReply(&reply))
        return false;
    if (reply.code != 220) {
        m_transport.setError(ErrorKind::Network,
                             tr("The SMTP server does not accept connections: %1 %2")
                                 .arg(reply.code)
                                 .arg(QString::fromUtf8(reply.text)));
        m_transport.close();
        return false;
    }
    if (!ehlo())
        return false;
    if (endpoint.security != MailEndpoint::Security::StartTls)
        return true;
    if (!hasExtension("STARTTLS")) {
        m_transport.setError(ErrorKind::Tls, tr("The SMTP server does not offer STARTTLS; the "
                                                "connection would not be encrypted."));
        m_transport.close();
        return false;
    }
    if (!command("STARTTLS", &reply))
        return false;
    if (reply.code != 220) {
        m_transport.setError(ErrorKind::Tls, tr("The SMTP server refused STARTTLS: %1 %2")
                                                 .arg(reply.code)
                                                 .arg(QString::fromUtf8(reply.text)));
        m_transport.close();
        return false;
    }
    if (!m_transport.startTls())
        return false;
    // RFC 3207: forget what was learnt before TLS and ask again.
    return ehlo();
}

void SmtpClient::failAuth(const Reply &reply)
{
    m_transport.setError(ErrorKind::Auth, tr("The SMTP server refused the login: %1 %2")
                                              .arg(reply.code)
                                              .arg(QString::fromUtf8(reply.text)));
}

bool SmtpClient::authPlain()
{
    const MailEndpoint &ep = m_transport.endpoint();
    const QByteArray response =
        (QByteArray(1, '\0') + ep.login.toUtf8() + '\0' + ep.password.toUtf8()).toBase64();
    Reply reply;
    if (!command("AUTH PLAIN " + response, &reply))
        return false;
    if (reply.code == 235)
        return true;
    failAuth(reply);
    return false;
}

bool SmtpClient::authLogin()
{
    const MailEndpoint &ep = m_transport.endpoint();
    Reply reply;
    if (!command("AUTH LOGIN", &reply))
        return false;
    if (reply.code == 334 && !command(ep.login.toUtf8().toBase64(), &reply))
        return false;
    if (reply.code == 334 && !command(ep.password.toUtf8().toBase64(), &reply))
        return false;
    if (reply.code == 235)
        return true;
    failAuth(reply);
    return false;
}

bool SmtpClient::login()
{
    m_transport.clearError();
    if (!m_transport.isOpen()) {
        m_transport.setError(ErrorKind::Network, tr("Not connected to the SMTP server."));
        return false;
    }
    const MailEndpoint &ep = m_transport.endpoint();
    if (m_authenticated || ep.login.isEmpty())
        return true;
    const bool plainAllowed = ep.security == MailEndpoint::Security::None && ep.isLoopback();
    if (!m_transport.isEncrypted() && !plainAllowed) {
        m_transport.setError(ErrorKind::Tls, tr("Refusing to send the password over an "
                                                "unencrypted connection."));
        return false;
    }
    const QList<QByteArray> mechanisms = extensionParameters("AUTH").toUpper().split(' ');
    bool ok;
    if (mechanisms.contains("PLAIN") && !m_ignored.contains("PLAIN")) {
        ok = authPlain();
    } else if (mechanisms.contains("LOGIN") && !m_ignored.contains("LOGIN")) {
        ok = authLogin();
    } else {
        m_transport.setError(ErrorKind::Auth,
                             tr("The SMTP server offers no login method this program knows "
                                "(PLAIN or LOGIN)."));
        return false;
    }
    m_authenticated = ok;
    return ok;
}

void SmtpClient::reset()
{
    // Ends a failed transaction so the connection can carry the next message.
    Reply reply;
    if (m_transport.isOpen() && (!command("RSET", &reply) || reply.code != 250))
        m_transport.close();
}

SmtpClient::SendResult SmtpClient::failed(const Reply &reply)
{
    SendResult r;
    r.code = reply.code;
    r.permanent = reply.code >= 500;
    r.serverText = QString::fromUtf8(reply.text);
    m_transport.setError(
        ErrorKind::Protocol,
        tr("The SMTP server refused the message: %1 %2").arg(r.code).arg(r.serverText));
    reset();
    return r;
}

SmtpClient::SendResult SmtpClient::failedLocally(bool permanent, const QString &text)
{
    SendResult r;
    r.permanent = permanent;
    r.serverText = text;
    return r;
}

SmtpClient::SendResult SmtpClient::send(const QString &from, const QStringList &recipients,
                                        const QByteArray &rfc5322Message)
{
    m_transport.clearError();
    if (!m_transport.isOpen()) {
        m_transport.setError(ErrorKind::Network, tr("Not connected to the SMTP server."));
        return failedLocally(false, errorString());
    }
    // Without AUTH the server would answer MAIL with a 5xx that looks permanent; log in first.
    if (!m_authenticated && !m_transport.endpoint().login.isEmpty() && !login())
        return failedLocally(false, errorString());
    if (recipients.isEmpty() || !isSafeAddress(from)) {
        m_transport.setError(ErrorKind::Protocol, tr("The message has no valid sender or no "
                                                     "recipients."));
        return failedLocally(true, errorString());
    }
    for (const QString &rcpt : recipients) {
        if (!isSafeAddress(rcpt) || rcpt.isEmpty()) {
            m_transport.setError(ErrorKind::Protocol,
                                 tr("Invalid recipient address: %1").arg(rcpt));
            SendResult r = failedLocally(true, errorString());
            r.rejectedRecipients << rcpt;
            return r;
        }
    }

    const QByteArray body = dotStuffed(rfc5322Message);
    // SIZE counts the message as transmitted, give or take the stuffed dots.
    const qint64 size = body.size();
    if (m_maxSize > 0 && size > m_maxSize) {
        m_transport.setError(ErrorKind::TooLarge,
                             tr("The message has %1 bytes; the SMTP server accepts at most %2.")
                                 .arg(size)
                                 .arg(m_maxSize));
        SendResult r = failedLocally(true, errorString());
        r.code = 552;
        return r;
    }

    QByteArray mailFrom = "MAIL FROM:<" + from.toUtf8() + '>';
    if (hasExtension("SIZE"))
        mailFrom += " SIZE=" + QByteArray::number(size);
    if (hasExtension("8BITMIME") && !isAscii(body))
        mailFrom += " BODY=8BITMIME";
    bool utf8Addresses = !isAscii(from.toUtf8());
    for (const QString &rcpt : recipients)
        utf8Addresses = utf8Addresses || !isAscii(rcpt.toUtf8());
    if (utf8Addresses && hasExtension("SMTPUTF8"))
        mailFrom += " SMTPUTF8";

    Reply reply;
    auto lost = [this]() {
        return failedLocally(false, errorString());
    };
    if (!command(mailFrom, &reply))
        return lost();
    if (reply.code != 250)
        return failed(reply);

    SendResult result;
    Reply firstRefusal;
    for (const QString &rcpt : recipients) {
        if (!command("RCPT TO:<" + rcpt.toUtf8() + '>', &reply))
            return lost();
        if (reply.code == 250 || reply.code == 251)
            continue;
        if (reply.code >= 500)
            result.rejectedRecipients << rcpt;
        else
            result.deferredRecipients << rcpt;
        // Prefer a permanent refusal's reply for the result: it decides the outcome.
        if (firstRefusal.code == 0 || (firstRefusal.code < 500 && reply.code >= 500))
            firstRefusal = reply;
    }
    if (firstRefusal.code != 0) {
        result.code = firstRefusal.code;
        result.permanent = result.deferredRecipients.isEmpty();
        result.serverText = QString::fromUtf8(firstRefusal.text);
        m_transport.setError(ErrorKind::Protocol,
                             tr("The SMTP server refused recipients: %1")
                                 .arg((result.rejectedRecipients + result.deferredRecipients)
                                          .join(QLatin1String(", "))));
        reset();
        return result;
    }

    if (!command("DATA", &reply))
        return lost();
    if (reply.code != 354)
        return failed(reply);
    if (!m_transport.write(body + ".\r\n") || !readReply(&reply))
        return lost();
    if (reply.code != 250)
        return failed(reply);
    result.ok = true;
    result.code = reply.code;
    result.serverText = QString::fromUtf8(reply.text);
    return result;
}

bool SmtpClient::quit()
{
    m_transport.clearError();
    if (!m_transport.isOpen())
        return true;
    Reply reply;
    const bool ok = command("QUIT", &reply);
    m_transport.close();
    m_authenticated = false;
    return ok && reply.code == 221;
}

QString SmtpClient::testConnection(const MailEndpoint &endpoint)
{
    SmtpClient client;
    if (!client.connectToServer(endpoint) || !client.login())
        return client.errorString();
    client.quit();
    return {};
}
