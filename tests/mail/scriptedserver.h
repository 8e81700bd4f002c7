#pragma once

// A tiny scripted TCP server on loopback, in its own thread, for protocol situations the real
// test servers never produce (no STARTTLS, LOGINDISABLED, data injected before TLS, FETCH
// responses split up). Each step waits for a client line containing `expect` (none for the
// greeting) and answers `reply`, where "$TAG" becomes the line's first word.
#include <QByteArrayList>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

class ScriptedServer : public QThread
{
public:
    struct Step {
        QByteArray expect;
        QByteArray reply;
        bool hangUp = false; // close the connection after the reply
    };

    explicit ScriptedServer(const QList<Step> &script)
        : m_script(script)
    {
        start();
        m_ready.acquire();
    }
    ~ScriptedServer() override { wait(); }

    quint16 port() const { return m_port; }
    // After the client has gone (wait()): every line it sent, and the first unmet expectation.
    QByteArrayList received()
    {
        wait();
        QMutexLocker lock(&m_mutex);
        return m_received;
    }
    QByteArray mismatch()
    {
        wait();
        QMutexLocker lock(&m_mutex);
        return m_mismatch;
    }
    bool receivedAny(const QByteArray &needle)
    {
        for (const QByteArray &line : received()) {
            if (line.contains(needle))
                return true;
        }
        return false;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        m_ready.release();
        if (!server.waitForNewConnection(20000))
            return;
        QTcpSocket *socket = server.nextPendingConnection();
        auto readLine = [&](QByteArray *line) {
            while (!socket->canReadLine()) {
                if (!socket->waitForReadyRead(5000))
                    return false;
            }
            *line = socket->readLine();
            QMutexLocker lock(&m_mutex);
            m_received << *line;
            return true;
        };
        for (const Step &step : std::as_const(m_script)) {
            QByteArray line;
            if (!step.expect.isEmpty()) {
                if (!readLine(&line)) {
                    QMutexLocker lock(&m_mutex);
                    m_mismatch = "no line for: " + step.expect;
                    break;
                }
                if (!line.contains(step.expect)) {
                    QMutexLocker lock(&m_mutex);
                    m_mismatch = "expected " + step.expect + ", got " + line;
                    break;
                }
            }
            QByteArray reply = step.reply;
            reply.replace("$TAG", line.left(line.indexOf(' ')));
            socket->write(reply);
            socket->waitForBytesWritten(5000);
            if (step.hangUp) {
                socket->disconnectFromHost();
                return;
            }
        }
        // Record whatever else the client sends until it hangs up.
        QByteArray line;
        while (readLine(&line)) {
        }
    }

private:
    QList<Step> m_script;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QMutex m_mutex;
    QByteArrayList m_received;
    QByteArray m_mismatch;
};
