#pragma once

#include <QString>
#include <QStringList>

// Where the embedded private PostgreSQL cluster lives and how it is reached. Pure path logic,
// so that the rules (root vs. normal user, socket path length) are unit-tested.
struct LocalClusterLayout {
    QString baseDir;   // owned by the cluster's OS user
    QString dataDir;   // PGDATA
    QString socketDir; // Unix socket only, no TCP
    QString logFile;
    int port = 54329;           // names the socket file only; nothing listens on TCP
    bool runAsPostgres = false; // initdb/pg_ctl refuse root: run them as `postgres`
    QString database = QStringLiteral("kontakt");
    QString ownerRole = QStringLiteral("kontakt_owner");

    // KONTAKT_LOCAL_DIR wins; root uses /var/lib/kontakt/local (the postgres user cannot enter
    // /root); everyone else the XDG data dir.
    static LocalClusterLayout forCurrentUser();
    static LocalClusterLayout forBase(const QString &baseDir, bool runAsPostgres);

    // conninfo for libpq (without password: the owner and the desk login use peer auth).
    QString connInfo(const QString &user = QString()) const;
};

namespace PostgresBinaries {
// Folders searched for initdb/pg_ctl, newest version first (KONTAKT_PG_BINDIR overrides).
QStringList candidateDirs(const QString &root = QStringLiteral("/usr/lib/postgresql"));
// First folder that holds both initdb and pg_ctl; empty when PostgreSQL is not installed.
QString findBinDir(const QStringList &candidates);
// The exact Debian package a user must install.
QString installHint();
} // namespace PostgresBinaries

namespace OsUser {
bool isRoot();
QString name();
} // namespace OsUser
