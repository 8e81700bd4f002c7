#include "mailtransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

MailTransport::MailTransport() = default;

MailTransport::~MailTransport()
{
    if (m_socket)
        m_socket->abort();
}

void MailTransport::setError(MailErrorKind kind, const QString &text)
{
    m_errorKind = kind;
    m_errorString = text;
}

void MailTransport::clearError()
{
    m_errorKind = MailErrorKind::None;
    m_errorString.clear();
}

bool MailTransport::open(const MailEndpoint &endpoint)
{
    close();
    clearError();
    m_endpoint = endpoint;
    const QString invalid = endpoint.validate();
    if (!invalid.isEmpty()) {
        setError(endpoint.security == MailEndpoint::Security::None ? MailErrorKind::Tls
                                                                   : MailErrorKind::Network,
                 invalid);
        return false;
    }
    if (endpoint.security != MailEndpoint::Security::None && !QSslSocket::supportsSsl()) {
        setError(MailErrorKind::Tls, tr("TLS is not available on this computer (OpenSSL is "
                                        "missing)."));
        return false;
    }

    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // System roots plus the centre's own CA; set explicitly so both are always in effect.
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    if (!endpoint.caFile.isEmpty()) {
        QFile file(endpoint.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(MailErrorKind::Tls, tr("Cannot read the CA certificate file %1: %2")
                                             .arg(endpoint.caFile, file.errorString()));
            return false;
        }
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll());
        if (extra.isEmpty()) {
            setError(MailErrorKind::Tls,
                     tr("The file %1 contains no PEM certificate.").arg(endpoint.caFile));
            return false;
        }
        cas += extra;
    }
    conf.setCaCertificates(cas);
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(endpoint.host);

    if (endpoint.security == MailEndpoint::Security::Tls) {
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
        if (!m_socket->waitForConnected(endpoint.timeoutMs)) {
            setSocketError(tr("connecting"));
            return false;
        }
        return waitEncrypted();
    }
    m_socket->connectToHost(endpoint.host, endpoint.port);
    if (!m_socket->waitForConnected(endpoint.timeoutMs)) {
        setSocketError(tr("connecting"));
        return false;
    }
    return true;
}

bool MailTransport::waitEncrypted()
{
    if (m_socket->waitForEncrypted(m_endpoint.timeoutMs))
        return true;
    const QList<QSslError> errors = m_socket->sslHandshakeErrors();
    if (!errors.isEmpty()) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        setError(
            MailErrorKind::Tls,
            tr("The server's certificate is not trusted: %1").arg(texts.join(QLatin1String("; "))));
    } else if (m_socket->error() == QAbstractSocket::SocketTimeoutError) {
        setError(MailErrorKind::Timeout, tr("The TLS handshake timed out."));
    } else {
        setError(MailErrorKind::Tls,
                 tr("The TLS handshake failed: %1").arg(m_socket->errorString()));
    }
    m_socket->abort();
    return false;
}

bool MailTransport::startTls()
{
    if (hasBufferedInput() || (m_socket && m_socket->bytesAvailable() > 0)) {
        setError(MailErrorKind::Protocol,
                 tr("The server sent data before the TLS handshake; the connection is closed."));
        close();
        return false;
    }
    m_socket->startClientEncryption();
    return waitEncrypted();
}

bool MailTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool MailTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QHostAddress MailTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

void MailTransport::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    m_in.clear();
    m_pos = 0;
}

void MailTransport::setSocketError(const QString &while_)
{
    if (!m_socket) {
        setError(MailErrorKind::Network, tr("Not connected."));
        return;
    }
    switch (m_socket->error()) {
    case QAbstractSocket::SocketTimeoutError:
        setError(MailErrorKind::Timeout, tr("The server %1:%2 did not answer in time (%3).")
                                             .arg(m_endpoint.host)
                                             .arg(m_endpoint.port)
                                             .arg(while_));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        setError(MailErrorKind::Tls, tr("TLS error: %1").arg(m_socket->errorString()));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        setError(MailErrorKind::Network, tr("The server %1:%2 closed the connection.")
                                             .arg(m_endpoint.host)
                                             .arg(m_endpoint.port));
        break;
    default:
        setError(MailErrorKind::Network, tr("Cannot talk to the server %1:%2: %3")
                                             .arg(m_endpoint.host)
                                             .arg(m_endpoint.port)
                                             .arg(m_socket->errorString()));
        break;
    }
}

void MailTransport::compact()
{
    if (m_pos == m_in.size()) {
        m_in.clear();
        m_pos = 0;
    } else if (m_pos > (1 << 20) && m_pos * 2 > m_in.size()) {
        m_in.remove(0, m_pos);
        m_pos = 0;
    }
}

bool MailTransport::fill()
{
    if (!m_socket) {
        setError(MailErrorKind::Network, tr("Not connected."));
        return false;
    }
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_endpoint.timeoutMs)) {
        setSocketError(tr("reading"));
        return false;
    }
    compact();
    m_in += m_socket->readAll();
    return true;
}

bool MailTransport::readLine(QByteArray *line, qint64 maxLength)
{
    qsizetype searched = 0; // bytes after m_pos already known to hold no LF
    for (;;) {
        const qsizetype nl = m_in.indexOf('\n', m_pos + searched);
        if (nl >= 0) {
            if (nl + 1 - m_pos > maxLength)
                break;
            *line = m_in.mid(m_pos, nl + 1 - m_pos);
            m_pos = nl + 1;
            return true;
        }
        searched = m_in.size() - m_pos;
        if (searched > maxLength)
            break;
        if (!fill())
            return false;
    }
    setError(MailErrorKind::Protocol,
             tr("The server sent a line longer than %1 bytes.").arg(maxLength));
    close();
    return false;
}

bool MailTransport::readBytes(qint64 n, QByteArray *out)
{
    if (out)
        out->reserve(out->size() + n);
    while (n > 0) {
        if (m_pos == m_in.size() && !fill())
            return false;
        const qint64 take = qMin<qint64>(n, m_in.size() - m_pos);
        if (out)
            out->append(m_in.constData() + m_pos, take);
        m_pos += take;
        n -= take;
        compact();
    }
    return true;
}

bool MailTransport::write(const QByteArray &data)
{
    if (!isOpen()) {
        setError(MailErrorKind::Network, tr("Not connected."));
        return false;
    }
    if (m_socket->write(data) != data.size()) {
        setSocketError(tr("writing"));
        return false;
    }
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_endpoint.timeoutMs)) {
            setSocketError(tr("writing"));
            return false;
        }
    }
    return true;
}
