#include "localcluster.h"

#include "loginname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
bool chownToPostgres(const QString &path)
{
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}
} // namespace

QString LocalCluster::Result::message() const
{
    switch (error) {
    case Error::None:
        return QStringLiteral("ok");
    case Error::PostgresNotInstalled:
        return QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found; install "
                              "them with: %1")
            .arg(PostgresBinaries::installHint());
    case Error::FolderNotWritable:
        return QStringLiteral("cannot write the local database folder: %1").arg(detail);
    case Error::InitFailed:
        return QStringLiteral("initdb failed: %1").arg(detail);
    case Error::StartFailed:
        return QStringLiteral("the local database did not start: %1").arg(detail);
    case Error::StopFailed:
        return QStringLiteral("the local database did not stop: %1").arg(detail);
    }
    return detail;
}

LocalCluster::LocalCluster(LocalClusterLayout layout)
    : m_layout(std::move(layout))
    , m_binDir(PostgresBinaries::findBinDir(PostgresBinaries::candidateDirs()))
{}

LocalCluster::LocalCluster(LocalClusterLayout layout, QString binDir)
    : m_layout(std::move(layout))
    , m_binDir(std::move(binDir))
{}

QString LocalCluster::deskLogin() const
{
    return LoginName::fromOsUser(OsUser::name());
}

LocalCluster::State LocalCluster::state() const
{
    if (!QFileInfo::exists(m_layout.dataDir + QStringLiteral("/PG_VERSION")))
        return State::NotCreated;
    if (m_binDir.isEmpty())
        return State::Stopped;
    QString out;
    const int rc =
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("status"), QStringLiteral("-D"), m_layout.dataDir}, &out, 10000);
    return rc == 0 ? State::Running : State::Stopped;
}

int LocalCluster::runTool(const QString &tool, const QStringList &args, QString *output,
                          int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(QStringLiteral("/"));
    const QString exe = m_binDir + QLatin1Char('/') + tool;
    if (m_layout.runAsPostgres) {
        QStringList all{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                        exe};
        all << args;
        p.start(QStringLiteral("runuser"), all);
    } else {
        p.start(exe, args);
    }
    if (!p.waitForStarted(10000)) {
        if (output)
            *output = p.errorString();
        return -1;
    }
    p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        return -2;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

bool LocalCluster::writeFileAsClusterUser(const QString &path, const QByteArray &content,
                                          QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(content);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_layout.runAsPostgres && !chownToPostgres(path)) {
        *error = QStringLiteral("cannot hand %1 to the postgres user").arg(path);
        return false;
    }
    return true;
}

LocalCluster::Result LocalCluster::ensureFolders()
{
    for (const QString &dir : {m_layout.baseDir, m_layout.socketDir}) {
        if (!QDir().mkpath(dir))
            return {Error::FolderNotWritable, dir};
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        if (m_layout.runAsPostgres && !chownToPostgres(dir))
            return {Error::FolderNotWritable,
                    QStringLiteral("%1 (cannot hand it to the postgres user)").arg(dir)};
        if (!m_layout.runAsPostgres && !QFileInfo(dir).isWritable())
            return {Error::FolderNotWritable, dir};
    }
    // A probe write: a read-only mount or a full disk shows here, not halfway through initdb.
    QTemporaryFile probe(m_layout.baseDir + QStringLiteral("/.probe-XXXXXX"));
    if (!probe.open())
        return {Error::FolderNotWritable,
                QStringLiteral("%1: %2").arg(m_layout.baseDir, probe.errorString())};
    return {};
}

LocalCluster::Result LocalCluster::initialise()
{
    QString out;
    // Peer authentication for the owner and this desk's own login; passwords for everyone else.
    const int rc =
        runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_layout.dataDir, QStringLiteral("-U"), m_layout.ownerRole,
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--locale-provider=icu"), QStringLiteral("--icu-locale=uk-UA"),
                 QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=reject")},
                &out, 180000);
    if (rc != 0)
        return {Error::InitFailed, out.section(QLatin1Char('\n'), -3).simplified()};

    const QString osUser = OsUser::name();
    const QString desk = deskLogin();
    const QByteArray hba =
        QStringLiteral("# Kontakt embedded cluster: Unix socket only.\n"
                       "# The owner and this computer's account log in by peer; every "
                       "other login needs its password.\n"
                       "local all %1,%2 peer map=desk\n"
                       "local all all scram-sha-256\n")
            .arg(m_layout.ownerRole, desk)
            .toUtf8();
    const QByteArray ident = QStringLiteral("desk %1 %2\ndesk %1 %3\ndesk postgres %2\n")
                                 .arg(osUser, m_layout.ownerRole, desk)
                                 .toUtf8();
    const QByteArray conf =
        QStringLiteral("\n# Kontakt embedded cluster\n"
                       "listen_addresses = ''\n"
                       "port = %1\n"
                       "unix_socket_directories = '%2'\n"
                       "unix_socket_permissions = 0700\n"
                       "password_encryption = 'scram-sha-256'\n"
                       "max_connections = 100\n"
                       "shared_buffers = 128MB\n")
            .arg(m_layout.port)
            .arg(QString(m_layout.socketDir).replace(QLatin1Char('\''), QStringLiteral("''")))
            .toUtf8();
    QString error;
    if (!writeFileAsClusterUser(m_layout.dataDir + QStringLiteral("/pg_hba.conf"), hba, &error) ||
        !writeFileAsClusterUser(m_layout.dataDir + QStringLiteral("/pg_ident.conf"), ident, &error))
        return {Error::InitFailed, error};
    QFile confFile(m_layout.dataDir + QStringLiteral("/postgresql.conf"));
    if (!confFile.open(QIODevice::Append))
        return {Error::InitFailed, confFile.errorString()};
    confFile.write(conf);
    return {};
}

LocalCluster::Result LocalCluster::start()
{
    if (m_binDir.isEmpty())
        return {Error::PostgresNotInstalled, {}};
    if (OsUser::isRoot() && !m_layout.runAsPostgres)
        return {Error::StartFailed, QStringLiteral("as root the cluster must run as postgres")};
    if (Result r = ensureFolders(); !r.ok())
        return r;
    if (!QFileInfo::exists(m_layout.dataDir + QStringLiteral("/PG_VERSION"))) {
        if (Result r = initialise(); !r.ok())
            return r;
    }
    if (state() == State::Running)
        return {};
    QString out;
    const int rc = runTool(QStringLiteral("pg_ctl"),
                           {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                            QStringLiteral("60"), QStringLiteral("-D"), m_layout.dataDir,
                            QStringLiteral("-l"), m_layout.logFile},
                           &out, 90000);
    if (rc != 0) {
        QFile log(m_layout.logFile);
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll()).trimmed().section(QLatin1Char('\n'), -2);
        return {Error::StartFailed, (tail.isEmpty() ? out : tail).simplified()};
    }
    return {};
}

LocalCluster::Result LocalCluster::stop()
{
    if (m_binDir.isEmpty())
        return {Error::PostgresNotInstalled, {}};
    if (state() != State::Running)
        return {};
    QString out;
    const int rc = runTool(QStringLiteral("pg_ctl"),
                           {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                            QStringLiteral("fast"), QStringLiteral("-D"), m_layout.dataDir},
                           &out, 90000);
    if (rc != 0)
        return {Error::StopFailed, out.simplified()};
    return {};
}
