#include "cliapp.h"
#include "mailjobs.h"
#include "mailsettingsrepository.h"
#include "outboxrepository.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <csignal>

namespace {
std::atomic_bool g_stop{false};

extern "C" void requestStop(int)
{
    g_stop = true;
}

// A password for the service, without a desk's keychain: the option's file, a systemd
// credential (LoadCredential=imap-password:...), or the environment.
bool readPassword(const QString &optionFile, const QString &credential, const char *envName,
                  QString *password, QString *error)
{
    QString path = optionFile;
    const QString credDir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (path.isEmpty() && !credDir.isEmpty() &&
        QFile::exists(credDir + QLatin1Char('/') + credential))
        path = credDir + QLatin1Char('/') + credential;
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read the password file %1: %2").arg(path, f.errorString());
            return false;
        }
        *password = QString::fromUtf8(f.readAll())
                        .remove(QLatin1Char('\r'))
                        .section(QLatin1Char('\n'), 0, 0);
        return true;
    }
    *password = qEnvironmentVariable(envName);
    return true;
}

QJsonObject statsJson(const MailRunStats &s)
{
    return QJsonObject{{QStringLiteral("fetched"), s.fetched},
                       {QStringLiteral("stored"), s.stored},
                       {QStringLiteral("already_stored"), s.alreadyStored},
                       {QStringLiteral("waiting"), s.waiting},
                       {QStringLiteral("review"), s.review},
                       {QStringLiteral("attached"), s.attached},
                       {QStringLiteral("junk"), s.junk},
                       {QStringLiteral("sent"), s.sent},
                       {QStringLiteral("retried"), s.retried},
                       {QStringLiteral("failed"), s.failed},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(s.errors)}};
}
} // namespace

// kontaktctl mail-intake --once|--watch [--no-intake] [--no-send] [--pause-ms N]
//                        [--imap-password-file F] [--smtp-password-file F] [--json]
// The mail service: the centre's mailbox into the Incoming e-mail queue, the outbox out over
// SMTP. One instance per database (an advisory lock); --watch repeats every mail_poll_seconds
// until SIGTERM/SIGINT. Runs as a login of group kontakt_mail (or an administrator).
int CliApp::cmdMailIntake()
{
    const bool once = takeFlag(QStringLiteral("--once"));
    const bool watch = takeFlag(QStringLiteral("--watch"));
    const bool noSend = takeFlag(QStringLiteral("--no-send"));
    const bool noIntake = takeFlag(QStringLiteral("--no-intake"));
    const bool json = takeFlag(QStringLiteral("--json"));
    QString pause, imapFile, smtpFile;
    takeOption(QStringLiteral("--pause-ms"), &pause);
    takeOption(QStringLiteral("--imap-password-file"), &imapFile);
    takeOption(QStringLiteral("--smtp-password-file"), &smtpFile);
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")))
            return usage(QStringLiteral("unknown option %1 for mail-intake").arg(a));
    }
    if (m_args.size() != 1 || once == watch)
        return usage(QStringLiteral("mail-intake takes --once or --watch"));
    bool ok = true;
    const int pauseMs = pause.isEmpty() ? 0 : pause.toInt(&ok);
    if (!ok || pauseMs < 0 || pauseMs > 60000)
        return usage(QStringLiteral("--pause-ms needs a number from 0 to 60000"));
    QString imapPassword, smtpPassword, error;
    if (!readPassword(imapFile, QStringLiteral("imap-password"), "KONTAKT_MAIL_IMAP_PASSWORD",
                      &imapPassword, &error) ||
        !readPassword(smtpFile, QStringLiteral("smtp-password"), "KONTAKT_MAIL_SMTP_PASSWORD",
                      &smtpPassword, &error))
        return fail(Usage, error);

    QSqlDatabase db = connect(&error);
    if (!error.isEmpty())
        return fail(Usage, error);
    {
        // One service per database: two would fetch and send the same mail side by side.
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_try_advisory_lock(hashtext('kontakt.mail'))")) ||
            !lock.next())
            return fail(Usage, QStringLiteral("failed: %1").arg(lock.lastError().text()));
        if (!lock.value(0).toBool())
            return fail(Finding,
                        QStringLiteral("another mail service is running on this database"));
    }
    DbError dbError;
    const int interrupted = OutboxRepository(db).recoverInterrupted(&dbError);
    if (dbError.isError())
        return fail(dbError.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                    QStringLiteral("not_allowed: %1").arg(dbError.detail));
    if (interrupted > 0)
        m_err << "kontaktctl: " << interrupted
              << " outbox message(s) were interrupted while sending and are marked failed"
              << Qt::endl;

    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    const auto cancelled = [] {
        return g_stop.load();
    };
    int exitCode = Ok;
    do {
        MailSettings settings;
        MailRunStats stats;
        if (!MailSettingsRepository(db).load(&settings, &dbError)) {
            stats.errors << dbError.userMessage();
        } else {
            if (!noIntake && settings.intakeConfigured())
                MailIntakeJob(db, settings, imapPassword).runOnce(&stats, cancelled, pauseMs);
            if (!noSend)
                OutboxSender(db, settings, smtpPassword).runOnce(&stats, cancelled);
        }
        if (json) {
            printJson(statsJson(stats));
        } else {
            m_out << "fetched " << stats.fetched << ", stored " << stats.stored << " (waiting "
                  << stats.waiting << ", review " << stats.review << ", attached " << stats.attached
                  << ", junk " << stats.junk << "), already stored " << stats.alreadyStored
                  << "; sent " << stats.sent << ", retried " << stats.retried << ", failed "
                  << stats.failed << Qt::endl;
        }
        for (const QString &e : std::as_const(stats.errors))
            m_err << "kontaktctl: " << e << Qt::endl;
        exitCode = stats.errors.isEmpty() ? Ok : Finding;
        if (!watch)
            break;
        // a lost database connection is opened again for the next round
        if (!stats.errors.isEmpty()) {
            QSqlQuery ping(db);
            if (!ping.exec(QStringLiteral("SELECT 1"))) {
                db.close();
                if (db.open()) {
                    // the lock went with the old session: another service may have started
                    QSqlQuery lock(db);
                    if (!lock.exec(QStringLiteral(
                            "SELECT pg_try_advisory_lock(hashtext('kontakt.mail'))")) ||
                        !lock.next() || !lock.value(0).toBool())
                        return fail(Finding,
                                    QStringLiteral("another mail service took over this database"));
                }
            }
        }
        QDeadlineTimer next(qint64(qMax(10, settings.pollSeconds)) * 1000);
        while (!g_stop && !next.hasExpired())
            QThread::msleep(200);
    } while (!g_stop);
    return watch ? Ok : exitCode;
}
