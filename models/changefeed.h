#pragma once

#include "databasethread.h"

#include <QObject>
#include <QTimer>
#include <memory>

// Another desk's change, as soon as it is committed: LISTEN kontakt_case on a connection of
// its own. A lost connection is noticed by a heartbeat, retried with backoff, and on return
// the feed reports every case changed past the last sequence it saw (NOTIFY is not replayed).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(const ConnectParams &params, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start();
    qint64 lastSeq() const { return m_lastSeq; }
    bool isConnected() const { return m_connected; }

signals:
    void changed(const QList<qint64> &appealIds);
    void connectionChanged(bool connected);

private:
    void connectNow();
    void heartbeat();
    void onNotification(qint64 id, qint64 seq);
    void resync();

    ConnectParams m_params;
    std::unique_ptr<DatabaseThread> m_db;
    QTimer m_heartbeat;
    QTimer m_retry;
    qint64 m_lastSeq = 0;
    bool m_connected = false;
    int m_backoffMs = 1000;
};
