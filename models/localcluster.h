#pragma once

#include "localclusterlayout.h"

#include <QString>
#include <QStringList>

// The embedded private PostgreSQL cluster: created with the system's initdb on first use,
// started and stopped with pg_ctl, reachable only through a Unix socket in a private folder.
// As root everything runs as the `postgres` user (initdb/pg_ctl refuse root).
class LocalCluster
{
public:
    enum class State { NotCreated, Stopped, Running };
    enum class Error {
        None,
        PostgresNotInstalled, // no initdb/pg_ctl: install postgresql-15
        FolderNotWritable,    // the data folder cannot be created or written
        InitFailed,
        StartFailed,
        StopFailed
    };
    struct Result {
        Error error = Error::None;
        QString detail;
        bool ok() const { return error == Error::None; }
        QString message() const; // one line, English, for kontaktctl and logs
    };

    explicit LocalCluster(LocalClusterLayout layout);
    // For tests and unusual installs: use these server binaries (empty: none found).
    LocalCluster(LocalClusterLayout layout, QString binDir);

    const LocalClusterLayout &layout() const { return m_layout; }
    QString binDir() const { return m_binDir; }
    State state() const;
    // The login mapped to this OS account by peer authentication (the desk's own login).
    QString deskLogin() const;

    // initdb when missing, then pg_ctl start; idempotent.
    Result start();
    Result stop();

private:
    Result ensureFolders();
    Result initialise();
    int runTool(const QString &tool, const QStringList &args, QString *output,
                int timeoutMs = 60000) const;
    bool writeFileAsClusterUser(const QString &path, const QByteArray &content,
                                QString *error) const;

    LocalClusterLayout m_layout;
    QString m_binDir;
};
