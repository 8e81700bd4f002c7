#pragma once

#include "databaseconnector.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

// One worker thread that owns one database connection. The GUI posts jobs and gets the results
// back as queued calls in its own thread, so the GUI thread never waits on the database.
class DatabaseThread : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseThread(const QString &connectionName, QObject *parent = nullptr);
    ~DatabaseThread() override;

    QString connectionName() const { return m_connectionName; }

    // Runs `job` in the worker thread; `done` runs in `context`'s thread if it still exists.
    template <typename R>
    void run(QObject *context, std::function<R(QSqlDatabase &)> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        post([this, job = std::move(job), done = std::move(done), guard]() {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            R result = job(db);
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, result]() {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            }
        });
    }

    // Convenience: opens the connection in the worker thread.
    void open(QObject *context, const ConnectParams &params, std::function<void(DbError)> done);

private:
    void post(std::function<void()> task);

    QString m_connectionName;
    QThread m_thread;
    std::unique_ptr<QObject> m_worker;
};
