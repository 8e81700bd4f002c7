#pragma once

#include "databaseconnector.h"
#include "localcluster.h"
#include "migrator.h"

#include <functional>

// The embedded default in one call, shared by `kontaktctl local start` and the GUI's first run:
// start (or create) the private cluster, create the database, migrate it, and make sure this
// computer's account has its own admin login (peer authentication, no password on disk).
class LocalDesk
{
public:
    struct Result {
        bool ok = false;
        QString message; // one line, English, when !ok
        bool postgresMissing = false;
        LocalCluster::Error clusterError = LocalCluster::Error::None;
        QString clusterDetail; // the folder or the server's last words, for the UI's message
        bool newerSchema = false;
        QString conninfo; // for the desk login
        QString deskLogin;
        bool created = false; // the cluster was created by this call
    };
    using Progress = std::function<void(const QString &step)>;

    explicit LocalDesk(LocalClusterLayout layout = LocalClusterLayout::forCurrentUser());

    Result prepare(const Progress &progress = {});
    LocalCluster &cluster() { return m_cluster; }

private:
    LocalCluster m_cluster;
};
