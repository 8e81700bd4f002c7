#include "databasethread.h"

DatabaseThread::DatabaseThread(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
    , m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("db-") + connectionName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    const QString name = m_connectionName;
    // The connection must be closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker.get(), [name]() { DatabaseConnector::close(name); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker.reset();
}

void DatabaseThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(task), Qt::QueuedConnection);
}

void DatabaseThread::open(QObject *context, const ConnectParams &params,
                          std::function<void(DbError)> done)
{
    run<DbError>(
        context,
        [this, params](QSqlDatabase &) {
            DbError error;
            DatabaseConnector::open(m_connectionName, params, &error);
            return error;
        },
        std::move(done));
}
