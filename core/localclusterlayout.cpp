#include "localclusterlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace {
// sockaddr_un.sun_path is 108 bytes; the socket file name adds ".s.PGSQL.NNNNN".
constexpr int kMaxSocketDirLength = 90;
} // namespace

LocalClusterLayout LocalClusterLayout::forCurrentUser()
{
    const QByteArray env = qgetenv("KONTAKT_LOCAL_DIR");
    const bool root = OsUser::isRoot();
    if (!env.isEmpty())
        return forBase(QString::fromLocal8Bit(env), root);
    if (root)
        return forBase(QStringLiteral("/var/lib/kontakt/local"), true);
    const QString xdg = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return forBase(xdg + QStringLiteral("/kontakt/local"), false);
}

LocalClusterLayout LocalClusterLayout::forBase(const QString &baseDir, bool runAsPostgres)
{
    LocalClusterLayout l;
    l.baseDir = QDir::cleanPath(baseDir);
    l.dataDir = l.baseDir + QStringLiteral("/pgdata");
    l.logFile = l.baseDir + QStringLiteral("/postgresql.log");
    l.runAsPostgres = runAsPostgres;
    const QString preferred = l.baseDir + QStringLiteral("/run");
    if (preferred.size() <= kMaxSocketDirLength) {
        l.socketDir = preferred;
    } else {
        // A long home path would overflow the socket address: fall back to a short, per-user
        // folder keyed by the base path so that two clusters never share it.
        const auto key = qHash(l.baseDir) & 0xffffff;
        l.socketDir =
            QStringLiteral("/tmp/kontakt-%1-%2").arg(getuid()).arg(key, 6, 16, QLatin1Char('0'));
    }
    return l;
}

QString LocalClusterLayout::connInfo(const QString &user) const
{
    QString s = QStringLiteral("host=%1 port=%2 dbname=%3").arg(socketDir).arg(port).arg(database);
    if (!user.isEmpty())
        s += QStringLiteral(" user=") + user;
    return s;
}

namespace PostgresBinaries {

QStringList candidateDirs(const QString &root)
{
    QStringList dirs;
    const QByteArray env = qgetenv("KONTAKT_PG_BINDIR");
    if (!env.isEmpty())
        dirs << QString::fromLocal8Bit(env);
    QStringList versions = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // Newest first by numeric version ("16" > "9.6"); QCollator's numeric mode depends on ICU.
    auto parts = [](const QString &v) {
        QList<int> out;
        for (const QString &p : v.split(QLatin1Char('.')))
            out << p.toInt();
        return out;
    };
    std::sort(versions.begin(), versions.end(),
              [&](const QString &a, const QString &b) { return parts(a) > parts(b); });
    for (const QString &v : versions)
        dirs << root + QLatin1Char('/') + v + QStringLiteral("/bin");
    dirs << QStringLiteral("/usr/bin") << QStringLiteral("/usr/local/pgsql/bin");
    return dirs;
}

QString findBinDir(const QStringList &candidates)
{
    for (const QString &dir : candidates) {
        const QFileInfo initdb(dir + QStringLiteral("/initdb"));
        const QFileInfo pgctl(dir + QStringLiteral("/pg_ctl"));
        if (initdb.isExecutable() && pgctl.isExecutable())
            return dir;
    }
    return {};
}

QString installHint()
{
    return QStringLiteral("apt install postgresql-15 postgresql-contrib");
}

} // namespace PostgresBinaries

namespace OsUser {
bool isRoot()
{
    return geteuid() == 0;
}

QString name()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}
} // namespace OsUser
