#include "cliapp.h"

#include "appealjson.h"
#include "appealrepository.h"
#include "demodatagenerator.h"
#include "kontakt_version.h"
#include "localdesk.h"
#include "loginname.h"
#include "migrator.h"
#include "staffrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
const char *const kHelp =
    "Usage: kontaktctl [--db CONNINFO] COMMAND\n"
    "\n"
    "  local start|stop|status     the embedded private PostgreSQL cluster\n"
    "  db migrate|status           apply or show the schema migrations\n"
    "  user add LOGIN --role ROLE [--org CODE] [--name TEXT]\n"
    "                              create a staff login; password on stdin\n"
    "                              (ROLE: operator, head, executor, manager, petitions, admin)\n"
    "  appeal add FILE|-           register an appeal from JSON (the intake form's rules)\n"
    "  appeal show REGNO           the stored appeal as JSON\n"
    "  appeal extend REGNO --to YYYY-MM-DD   extend the term (head only, at most 45 days)\n"
    "  case route REGNO --org CODE [--co CODE...] --text T [--term DATE]\n"
    "  case approve|accept REGNO   the head approves the routing; the executor accepts\n"
    "  case reject REGNO --reason T\n"
    "  case reply REGNO --result done|explained|refused|impossible --text T\n"
    "  case not-competent REGNO --note T\n"
    "  case extend REGNO --to DATE [--reason T] [--notified]\n"
    "                              the head extends the term (grants the pending request)\n"
    "  case extend-request REGNO --to DATE --reason T\n"
    "  case extend-decide REGNO --grant|--refuse [--to DATE] [--notified] [--note T]\n"
    "  case callback REGNO --reached yes|no [--confirmed done|partly|no] [--rating N]\n"
    "                              [--comment T]\n"
    "  case rework REGNO --words T [--term DATE]\n"
    "  case close REGNO --result 9.x\n"
    "  case note REGNO --text T    an internal note\n"
    "  case show REGNO | case history REGNO [--json]\n"
    "  case escalate [--today DATE]   overdue escalation and reminders (idempotent)\n"
    "                              each as the connection's login; 1 when the database refuses\n"
    "  outbox list [--status queued|sent|failed] [--kind K] [--search T] [--limit N] [--json]\n"
    "                              the e-mail notifications, newest first (head, manager,\n"
    "                              admin); tab-separated with a header line, or JSON\n"
    "  report daily [--date YYYY-MM-DD] [--to YYYY-MM-DD]   the daily report for the mayor\n"
    "                              (default: yesterday, Kyiv days)\n"
    "  report discipline --from DATE --to DATE [--as-of DATE]\n"
    "                              executive discipline per organisation and executor\n"
    "  report analytics --from DATE --to DATE [--charts DIR]\n"
    "                              trends, hot spots, channels, repeat callers, seasonality;\n"
    "                              --charts also saves every chart as PNG and SVG\n"
    "  report quarterly --year YYYY --quarter N\n"
    "                              statistics by the classifier (every dimension adds up)\n"
    "      each report: --format pdf|html|csv|xlsx --out FILE; as the connection's login (an\n"
    "      executor's reports hold only its own organisation's cases); logged as an export\n"
    "  kb import DIR|FILE...       knowledge-base articles from Markdown files (header between\n"
    "                              '---' lines: title, topics, organisations, tags); all or none\n"
    "  kb export DIR               one Markdown file per article\n"
    "  kb search TEXT [--limit N] [--topic CODE] [--json]\n"
    "                              ranked articles, as the intake panel ranks them\n"
    "  kb report [--from DATE] [--to DATE] [--json]\n"
    "                              answers used and searches that found nothing (head,\n"
    "                              manager, admin; default: the last 30 days)\n"
    "  outage import FILE.csv      utilities' outages (organisation,kind,street,houses,starts,\n"
    "                              ends,description); a bad row refuses the file\n"
    "  petition check FILE|- [--duplicates]\n"
    "                              formal checks of an e-petition (art. 23-1) from JSON\n"
    "                              {title, text, author{name, email}, submitted_at}; prints\n"
    "                              {ok, findings[{rule, message, evidence}]}; exit 1 with\n"
    "                              findings; no database needed (--duplicates or --db also\n"
    "                              compares with the active petitions in the database)\n"
    "  petition add FILE|-         register a submitted petition from JSON (petitions role)\n"
    "  petition sign NUMBER [--online N] [--paper N] [--note T] [--at ISO]\n"
    "                              a new count of signatures (who/when are logged)\n"
    "  petition status NUMBER [--to moderation|published|rejected|passed_to_mayor|\n"
    "                  under_consideration|answered|converted] [--reason T]...\n"
    "                  [--decision supported|not_supported --answer T] [--json]\n"
    "                              show or move a petition; converted registers an appeal\n"
    "  petition status --expire [--today DATE]   expire petitions whose term ran out\n"
    "  petition import FILE|-      petitions and signature counts from a CSV/JSON export;\n"
    "                              bad rows are listed by line and nothing is imported\n"
    "  mail-intake --once|--watch [--no-send] [--no-intake] [--pause-ms N] [--json]\n"
    "              [--imap-password-file F] [--smtp-password-file F]\n"
    "                              the mail service: the centre's mailbox (IMAP) into the\n"
    "                              Incoming e-mail queue, the outbox out (SMTP); settings\n"
    "                              mail_* in the database; passwords from the files, systemd\n"
    "                              credentials imap-password/smtp-password, or\n"
    "                              KONTAKT_MAIL_IMAP_PASSWORD/KONTAKT_MAIL_SMTP_PASSWORD;\n"
    "                              one per database; --watch until SIGTERM\n"
    "  demo [--cases N] [--seed S] [--append]\n"
    "                              fill an empty database with SAMPLE data (demo executors,\n"
    "                              one demo login per role, N appeals over five years;\n"
    "                              default 10000 cases, seed 1)\n"
    "  bench [--cases N] [--reps R] [--seed S] [--role LOGIN] [--json]\n"
    "                              the performance scenarios (seeds demo data when short)\n"
    "  --version                   print the version\n"
    "\n"
    "Connection: --db CONNINFO (libpq keywords), else KONTAKT_DB, else the local cluster.\n"
    "Exit codes: 0 success, 1 finding or rule violation, 2 bad usage or unusable input.\n";
const char *const kConnection = "kontaktctl";
} // namespace

CliApp::CliApp(QStringList args, QTextStream &in, QTextStream &out, QTextStream &err)
    : m_args(std::move(args))
    , m_in(in)
    , m_out(out)
    , m_err(err)
{}

int CliApp::usage(const QString &message)
{
    return fail(Usage, message + QStringLiteral(" (see kontaktctl --help)"));
}

int CliApp::fail(int code, const QString &message)
{
    m_err << "kontaktctl: " << message.simplified() << Qt::endl;
    return code;
}

bool CliApp::takeOption(const QString &name, QString *value)
{
    const int i = m_args.indexOf(name);
    if (i < 0)
        return false;
    if (i + 1 >= m_args.size()) {
        value->clear();
        m_args.removeAt(i);
        return true;
    }
    *value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return true;
}

bool CliApp::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

int CliApp::run()
{
    if (takeFlag(QStringLiteral("--version")) || takeFlag(QStringLiteral("-V"))) {
        m_out << "kontaktctl " << KONTAKT_VERSION << " (schema " << Migrator::latestKnownVersion()
              << ")" << Qt::endl;
        return Ok;
    }
    if (m_args.isEmpty() || takeFlag(QStringLiteral("--help")) || takeFlag(QStringLiteral("-h"))) {
        m_out << kHelp;
        return Ok;
    }
    m_dbOnCommandLine = takeOption(QStringLiteral("--db"), &m_db);
    if (m_dbOnCommandLine && m_db.trimmed().isEmpty())
        return usage(QStringLiteral("--db needs a value"));
    if (m_db.isEmpty())
        m_db = QString::fromLocal8Bit(qgetenv("KONTAKT_DB"));

    const QString command = m_args.value(0);
    const QString verb = m_args.value(1);
    if (command == QLatin1String("local"))
        return cmdLocal(verb);
    if (command == QLatin1String("db"))
        return cmdDb(verb);
    if (command == QLatin1String("user") && verb == QLatin1String("add"))
        return cmdUserAdd();
    if (command == QLatin1String("appeal"))
        return cmdAppeal(verb);
    if (command == QLatin1String("case"))
        return cmdCase(verb);
    if (command == QLatin1String("outbox"))
        return cmdOutbox(verb);
    if (command == QLatin1String("report"))
        return cmdReport(verb);
    if (command == QLatin1String("kb"))
        return cmdKb(verb);
    if (command == QLatin1String("outage"))
        return cmdOutage(verb);
    if (command == QLatin1String("petition"))
        return cmdPetition(verb);
    if (command == QLatin1String("mail-intake"))
        return cmdMailIntake();
    if (command == QLatin1String("demo"))
        return cmdDemo();
    if (command == QLatin1String("bench"))
        return cmdBench();
    return usage(QStringLiteral("unknown command \"%1\"").arg(m_args.join(QLatin1Char(' '))));
}

QSqlDatabase CliApp::connect(QString *error)
{
    ConnectParams params;
    if (!m_db.isEmpty()) {
        QString parseError;
        const auto p = ConnectParams::fromConnInfo(m_db, &parseError);
        if (!p) {
            *error = QStringLiteral("bad connection info: %1").arg(parseError);
            return {};
        }
        params = *p;
    } else {
        const LocalClusterLayout layout = LocalClusterLayout::forCurrentUser();
        if (LocalCluster(layout).state() != LocalCluster::State::Running) {
            *error = QStringLiteral("the local database is not running (kontaktctl local start), "
                                    "and no --db or KONTAKT_DB was given");
            return {};
        }
        params = ConnectParams::forLocalCluster(layout, layout.ownerRole);
    }
    params.applicationName = QStringLiteral("kontaktctl");
    m_params = params;
    DbError dbError;
    QSqlDatabase db = DatabaseConnector::open(QString::fromLatin1(kConnection), params, &dbError);
    if (dbError.isError()) {
        *error = QStringLiteral("cannot connect: %1").arg(dbError.detail);
        return {};
    }
    return db;
}

int CliApp::cmdLocal(const QString &verb)
{
    if (m_args.size() != 2)
        return usage(QStringLiteral("local takes exactly one of start, stop, status"));
    LocalDesk desk;
    LocalCluster &cluster = desk.cluster();
    const LocalClusterLayout &layout = cluster.layout();
    if (verb == QLatin1String("start")) {
        const LocalDesk::Result r = desk.prepare();
        if (!r.ok)
            return fail(r.newerSchema ? Finding : Usage, r.message);
        m_out << layout.connInfo() << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("stop")) {
        const LocalCluster::Result r = cluster.stop();
        if (!r.ok())
            return fail(Usage, r.message());
        m_out << "stopped" << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("status")) {
        if (cluster.binDir().isEmpty())
            return fail(
                Usage,
                LocalCluster::Result{LocalCluster::Error::PostgresNotInstalled, {}}.message());
        switch (cluster.state()) {
        case LocalCluster::State::NotCreated:
            m_out << "not created (" << layout.dataDir << ")" << Qt::endl;
            return Finding;
        case LocalCluster::State::Stopped:
            m_out << "stopped (" << layout.dataDir << ")" << Qt::endl;
            return Finding;
        case LocalCluster::State::Running:
            m_out << "running " << layout.connInfo() << Qt::endl;
            return Ok;
        }
    }
    return usage(QStringLiteral("unknown local command \"%1\"").arg(verb));
}

int CliApp::cmdDb(const QString &verb)
{
    if (m_args.size() != 2 || (verb != QLatin1String("migrate") && verb != QLatin1String("status")))
        return usage(QStringLiteral("db takes exactly one of migrate, status"));
    QString error;
    QSqlDatabase db = connect(&error);
    if (!error.isEmpty())
        return fail(Usage, error);
    Migrator migrator(db);
    if (verb == QLatin1String("status")) {
        Migrator::Status status;
        DbError dbError;
        if (!migrator.status(&status, &dbError))
            return fail(Usage, dbError.detail);
        m_out << "schema version " << status.current << ", this program knows "
              << status.latestKnown << Qt::endl;
        for (const auto &m : status.pending)
            m_out << "pending "
                  << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name)
                  << Qt::endl;
        if (status.newer())
            return fail(Finding, QStringLiteral("the database schema is newer than this program"));
        return status.pending.isEmpty() ? Ok : Finding;
    }
    const Migrator::Result r = migrator.migrate();
    switch (r.outcome) {
    case Migrator::Outcome::UpToDate:
        m_out << "schema is up to date at version " << r.to << Qt::endl;
        return Ok;
    case Migrator::Outcome::Migrated:
        m_out << "migrated from version " << r.from << " to " << r.to << Qt::endl;
        return Ok;
    case Migrator::Outcome::NewerSchema:
    case Migrator::Outcome::NotAllowed:
        return fail(Finding, r.error.detail);
    case Migrator::Outcome::Failed:
        break;
    }
    return fail(Usage,
                QStringLiteral("migration failed, nothing was changed: %1").arg(r.error.detail));
}

int CliApp::cmdUserAdd()
{
    // user add LOGIN --role ROLE [--org CODE] [--name TEXT]
    QString role;
    QString org;
    QString name;
    const bool hasRole = takeOption(QStringLiteral("--role"), &role);
    takeOption(QStringLiteral("--org"), &org);
    takeOption(QStringLiteral("--name"), &name);
    const bool noPassword = takeFlag(QStringLiteral("--no-password"));
    if (m_args.size() != 3)
        return usage(QStringLiteral("user add takes one LOGIN"));
    const QString login = m_args.at(2);
    if (!LoginName::isValid(login))
        return usage(QStringLiteral("invalid login \"%1\": use a-z, 0-9 and _, starting with a "
                                    "letter, at most 63 characters")
                         .arg(login));
    if (!hasRole || role.isEmpty())
        return usage(QStringLiteral("--role is required (%1)")
                         .arg(StaffRoles::assignableKeys().join(QStringLiteral(", "))));
    const auto staffRole = StaffRoles::fromKey(role);
    if (!staffRole || *staffRole == StaffRole::Owner)
        return usage(QStringLiteral("unknown role \"%1\" (%2)")
                         .arg(role, StaffRoles::assignableKeys().join(QStringLiteral(", "))));
    if (*staffRole == StaffRole::Executor && org.isEmpty())
        return usage(QStringLiteral("--org is required for an executor"));

    StaffRepository::NewStaff staff;
    staff.login = login;
    staff.role = *staffRole;
    staff.orgCode = org;
    staff.fullName = name.isEmpty() ? login : name;
    if (!noPassword) {
        const QString password = m_in.readLine();
        if (password.isEmpty())
            return usage(QStringLiteral("no password on stdin (or pass --no-password)"));
        staff.password = password;
    }
    QString error;
    QSqlDatabase db = connect(&error);
    if (!error.isEmpty())
        return fail(Usage, error);
    DbError dbError;
    const auto id = StaffRepository(db).create(staff, &dbError);
    if (!id) {
        const int code = dbError.kind == DbError::Kind::Constraint ||
                                 dbError.kind == DbError::Kind::PermissionDenied
                             ? Finding
                             : Usage;
        return fail(code, dbError.detail);
    }
    m_out << "created " << login << " (" << role << ", staff id " << *id << ")" << Qt::endl;
    return Ok;
}

int CliApp::printJson(const QJsonObject &json)
{
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

int CliApp::cmdAppeal(const QString &verb)
{
    if (verb == QLatin1String("add")) {
        if (m_args.size() != 3)
            return usage(QStringLiteral("appeal add takes one FILE or -"));
        const QString path = m_args.at(2);
        QByteArray data;
        if (path == QLatin1String("-")) {
            data = m_in.readAll().toUtf8();
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return fail(Usage, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
            data = f.readAll();
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Usage,
                        QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        AppealInput input;
        QList<FieldError> errors;
        if (!AppealJson::parseInput(doc.object(), &input, &errors)) {
            QStringList reasons;
            for (const FieldError &e : errors)
                reasons << e.field + QStringLiteral(": ") + e.message;
            return fail(Usage, reasons.join(QStringLiteral("; ")));
        }
        QString error;
        QSqlDatabase db = connect(&error);
        if (!error.isEmpty())
            return fail(Usage, error);
        const auto r = AppealRepository(db).registerAppeal(input, QDateTime::currentDateTime());
        switch (r.outcome) {
        case AppealRepository::RegisterResult::Outcome::Stored:
        case AppealRepository::RegisterResult::Outcome::AlreadyStored:
            return printJson(AppealJson::toJson(r.appeal));
        case AppealRepository::RegisterResult::Outcome::Refused:
            printJson(AppealJson::errorsToJson(r.errors, QStringLiteral("refused")));
            return Finding;
        case AppealRepository::RegisterResult::Outcome::Failed:
            break;
        }
        if (r.dbError.kind == DbError::Kind::Constraint ||
            r.dbError.kind == DbError::Kind::PermissionDenied) {
            printJson(AppealJson::errorsToJson({{QStringLiteral("database"), r.dbError.detail}},
                                               QStringLiteral("refused")));
            return Finding;
        }
        return fail(Usage, r.dbError.detail);
    }
    if (verb == QLatin1String("show")) {
        if (m_args.size() != 3)
            return usage(QStringLiteral("appeal show takes one REGNO"));
        QString error;
        QSqlDatabase db = connect(&error);
        if (!error.isEmpty())
            return fail(Usage, error);
        DbError dbError;
        const auto appeal = AppealRepository(db).findByRegIndex(m_args.at(2), &dbError);
        if (dbError.isError())
            return fail(Usage, dbError.detail);
        if (!appeal)
            return fail(Finding, QStringLiteral("no appeal %1").arg(m_args.at(2)));
        return printJson(AppealJson::toJson(*appeal));
    }
    if (verb == QLatin1String("extend")) {
        QString to;
        if (!takeOption(QStringLiteral("--to"), &to) || to.isEmpty())
            return usage(QStringLiteral("appeal extend needs --to YYYY-MM-DD"));
        if (m_args.size() != 3)
            return usage(QStringLiteral("appeal extend takes one REGNO"));
        const QDate due = QDate::fromString(to, Qt::ISODate);
        if (!due.isValid())
            return usage(QStringLiteral("not a date: \"%1\"").arg(to));
        QString error;
        QSqlDatabase db = connect(&error);
        if (!error.isEmpty())
            return fail(Usage, error);
        const auto r = AppealRepository(db).extend(
            m_args.at(2), due,
            QStringLiteral("extended to %1").arg(due.toString(QStringLiteral("dd.MM.yyyy"))));
        switch (r.outcome) {
        case AppealRepository::ExtendResult::Outcome::Extended:
            return printJson(AppealJson::toJson(r.appeal));
        case AppealRepository::ExtendResult::Outcome::BeyondLimit:
            printJson(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("refused")},
                {QStringLiteral("reason"),
                 QStringLiteral("beyond 45 days from receipt: the latest lawful term is %1")
                     .arg(r.maxDue.toString(Qt::ISODate))},
                {QStringLiteral("max_due_date"), r.maxDue.toString(Qt::ISODate)}});
            return Finding;
        case AppealRepository::ExtendResult::Outcome::NotAllowed:
            printJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")},
                                  {QStringLiteral("reason"), r.dbError.detail}});
            return Finding;
        case AppealRepository::ExtendResult::Outcome::NotFound:
            return fail(Finding, QStringLiteral("no appeal %1").arg(m_args.at(2)));
        case AppealRepository::ExtendResult::Outcome::Failed:
            break;
        }
        return fail(Usage, r.dbError.detail);
    }
    return usage(QStringLiteral("appeal takes add, show or extend"));
}

int CliApp::cmdDemo()
{
    // demo [--cases N] [--seed S] [--append]
    QString casesText;
    QString seedText;
    DemoDataGenerator::Options options;
    if (takeOption(QStringLiteral("--cases"), &casesText)) {
        bool ok = false;
        options.cases = casesText.toInt(&ok);
        if (!ok || options.cases < 1 || options.cases > 50000000)
            return usage(QStringLiteral("--cases needs a number from 1 to 50000000"));
    }
    if (takeOption(QStringLiteral("--seed"), &seedText)) {
        bool ok = false;
        options.seed = seedText.toLongLong(&ok);
        if (!ok || options.seed < 0)
            return usage(QStringLiteral("--seed needs a non-negative integer"));
    }
    options.append = takeFlag(QStringLiteral("--append"));
    if (m_args.size() != 1)
        return usage(QStringLiteral("demo takes only --cases, --seed and --append"));

    QString error;
    QSqlDatabase db = connect(&error);
    if (!error.isEmpty())
        return fail(Usage, error);
    const auto result = DemoDataGenerator(db).generate(
        options,
        [this](qint64 done, qint64 total) {
            m_err << "demo: " << done << "/" << total << " appeals" << Qt::endl;
        },
        [this](const QString &line) { m_err << "demo: " << line << Qt::endl; });
    switch (result.outcome) {
    case DemoDataGenerator::Result::Outcome::Generated:
        break;
    case DemoDataGenerator::Result::Outcome::NotEmpty:
    case DemoDataGenerator::Result::Outcome::NotMigrated:
    case DemoDataGenerator::Result::Outcome::Refused:
        return fail(Finding, result.message);
    case DemoDataGenerator::Result::Outcome::Failed:
        return fail(result.dbError.kind == DbError::Kind::Constraint ||
                            result.dbError.kind == DbError::Kind::PermissionDenied
                        ? Finding
                        : Usage,
                    result.message.isEmpty() ? result.dbError.detail : result.message);
    }

    m_out << "SAMPLE DATA (demo, seed " << options.seed << "): " << result.appeals
          << " appeals received " << result.from.toString(QStringLiteral("dd.MM.yyyy")) << " - "
          << result.to.toString(QStringLiteral("dd.MM.yyyy")) << Qt::endl
          << Qt::endl;
    m_out << "Demo logins (passwords are shown only now):" << Qt::endl;
    m_out << QStringLiteral("  %1 %2 %3 %4")
                 .arg(QStringLiteral("login"), -12)
                 .arg(QStringLiteral("role"), -10)
                 .arg(QStringLiteral("org"), -6)
                 .arg(QStringLiteral("password"))
          << Qt::endl;
    for (const auto &u : result.users) {
        QString password;
        switch (u.state) {
        case DemoDataGenerator::User::State::Created:
            password = u.password;
            break;
        case DemoDataGenerator::User::State::Attached:
        case DemoDataGenerator::User::State::Skipped:
        case DemoDataGenerator::User::State::Failed:
            password = QStringLiteral("(%1)").arg(u.note);
            break;
        }
        m_out << QStringLiteral("  %1 %2 %3 %4")
                     .arg(u.login, -12)
                     .arg(u.role, -10)
                     .arg(u.orgCode.isEmpty() ? QStringLiteral("-") : u.orgCode, -6)
                     .arg(password)
              << Qt::endl;
    }
    m_out << Qt::endl << "Appeals by status:" << Qt::endl;
    for (const auto &s : result.statusCounts)
        m_out << QStringLiteral("  %1 %2").arg(s.first, -16).arg(s.second, 9) << Qt::endl;
    m_out << QStringLiteral("  %1 %2").arg(QStringLiteral("total"), -16).arg(result.appeals, 9)
          << Qt::endl
          << Qt::endl;
    m_out << "Rows: " << result.callers << " callers, " << result.phones << " phones, "
          << result.categories << " categories, " << result.links << " links, "
          << result.assignments << " assignments, " << result.replies << " replies, "
          << result.feedback << " callbacks; " << result.organisations << " new demo executors"
          << Qt::endl;
    m_out << "Time: " << QString::number(result.elapsedMs / 1000.0, 'f', 1) << " s ("
          << (result.bulk ? "bulk load, triggers off" : "ordinary inserts with triggers") << ")"
          << Qt::endl;
    return Ok;
}
