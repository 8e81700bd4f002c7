#include "changefeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlQuery>

namespace {
const char *const kChannel = "kontakt_case";
}

ChangeFeed::ChangeFeed(const ConnectParams &params, QObject *parent)
    : QObject(parent)
    , m_params(params)
    , m_db(std::make_unique<DatabaseThread>(
          QStringLiteral("kontakt-feed-%1").arg(reinterpret_cast<quintptr>(this))))
{
    m_params.applicationName = QStringLiteral("kontakt-feed");
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeFeed::heartbeat);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeed::connectNow);
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::start()
{
    connectNow();
}

void ChangeFeed::connectNow()
{
    const ConnectParams params = m_params;
    const QString name = m_db->connectionName();
    QPointer<ChangeFeed> self(this);
    struct Opened {
        DbError error;
        qint64 seq = 0;
    };
    m_db->run<Opened>(
        this,
        [params, name, self](QSqlDatabase &) {
            Opened o;
            QSqlDatabase db = DatabaseConnector::open(name, params, &o.error);
            if (o.error.isError())
                return o;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM kontakt.appeal")) &&
                q.next())
                o.seq = q.value(0).toLongLong();
            // The driver lives in this worker thread: its signal is connected here and the
            // payload is handed to the GUI thread.
            QObject::connect(
                db.driver(), &QSqlDriver::notification, db.driver(),
                [self](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    const QJsonObject o =
                        QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                    const qint64 id = o.value(QStringLiteral("id")).toVariant().toLongLong();
                    const qint64 seq = o.value(QStringLiteral("seq")).toVariant().toLongLong();
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, id, seq]() {
                            if (self)
                                self->onNotification(id, seq);
                        },
                        Qt::QueuedConnection);
                });
            if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel)))
                o.error = DbError::other(QStringLiteral("LISTEN failed"));
            return o;
        },
        [this](Opened o) {
            if (o.error.isError()) {
                if (m_connected) {
                    m_connected = false;
                    emit connectionChanged(false);
                }
                m_retry.start(m_backoffMs);
                m_backoffMs = qMin(m_backoffMs * 2, 30000);
                return;
            }
            const bool wasConnectedBefore = m_lastSeq > 0;
            m_backoffMs = 1000;
            m_connected = true;
            emit connectionChanged(true);
            m_heartbeat.start();
            if (wasConnectedBefore && o.seq > m_lastSeq)
                resync();
            else
                m_lastSeq = qMax(m_lastSeq, o.seq);
        });
}

void ChangeFeed::heartbeat()
{
    struct Beat {
        bool ok = false;
    };
    m_db->run<Beat>(
        this,
        [](QSqlDatabase &db) {
            Beat b;
            QSqlQuery q(db);
            b.ok = q.exec(QStringLiteral("SELECT 1"));
            return b;
        },
        [this](Beat b) {
            if (b.ok)
                return;
            m_heartbeat.stop();
            m_connected = false;
            emit connectionChanged(false);
            m_retry.start(m_backoffMs);
        });
}

void ChangeFeed::onNotification(qint64 id, qint64 seq)
{
    m_lastSeq = qMax(m_lastSeq, seq);
    emit changed({id});
}

void ChangeFeed::resync()
{
    const qint64 since = m_lastSeq;
    struct Changed {
        QList<qint64> ids;
        qint64 seq = 0;
    };
    m_db->run<Changed>(
        this,
        [since](QSqlDatabase &db) {
            Changed c;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT id, change_seq FROM kontakt.appeal WHERE change_seq > ? "
                               "ORDER BY change_seq LIMIT 100000"));
            q.addBindValue(since);
            if (q.exec()) {
                while (q.next()) {
                    c.ids << q.value(0).toLongLong();
                    c.seq = q.value(1).toLongLong();
                }
            }
            return c;
        },
        [this](Changed c) {
            m_lastSeq = qMax(m_lastSeq, c.seq);
            if (!c.ids.isEmpty())
                emit changed(c.ids);
        });
}
