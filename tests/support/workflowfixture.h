#pragma once

#include "testdatabase.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// Two organisations (ORG_A with an e-mail, ORG_B without) and one login per role, suffixed so
// that runs sharing the cluster never collide; appeals registered as the owner. Used by the
// workflow repository, concurrency and kontaktctl tests.
class WorkflowFixture
{
public:
    explicit WorkflowFixture(TestDatabase *db);
    ~WorkflowFixture();

    bool setUp(QString *error);
    // The login of a role: "operator", "head", "exec_a", "exec_b", "manager", "admin",
    // "petitions", and "mail" (the mail service: group kontakt_mail).
    QString login(const QString &who) const;
    // A connection as that login, opened in the calling thread (one per thread and login).
    QSqlDatabase connectionAs(const QString &who);
    // Closes the calling thread's connection as that login (call it in that thread).
    void closeConnectionAs(const QString &who);
    // A registered appeal received now, term in 15 days; returns its id (0 on failure).
    qint64 newAppeal(const QString &summary, QString *regIndex = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    qint64 orgA = 0;
    qint64 orgB = 0;

private:
    QString connectionName(const QString &who) const;
    TestDatabase *m_db;
    QString m_suffix;
    QStringList m_connections;
    QMutex m_mutex; // connectionAs() is called from many threads
};
