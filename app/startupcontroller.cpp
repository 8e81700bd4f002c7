#include "startupcontroller.h"

#include "approvalqueueactions.h"
#include "casecardcontroller.h"
#include "casequeuepage.h"
#include "connectionsettingsdialog.h"
#include "demooffer.h"
#include "instructionscontroller.h"
#include "intakecontroller.h"
#include "intakedialog.h"
#include "knowledgebasecontroller.h"
#include "localdesk.h"
#include "logindialog.h"
#include "mailcontroller.h"
#include "mainwindow.h"
#include "migrator.h"
#include "outagecontroller.h"
#include "outboxcontroller.h"
#include "petitionscontroller.h"
#include "queuetabscontroller.h"
#include "reportscontroller.h"
#include "staffrepository.h"

#include <QFutureWatcher>
#include <QtConcurrent>

StartupController::StartupController(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_layout(LocalClusterLayout::forCurrentUser())
{}

StartupController::~StartupController()
{
    m_intake.reset();
    m_cards.reset();
    m_queues.reset();
    m_window.reset();
    delete m_dialog;
}

void StartupController::start()
{
    m_profile = m_store.current();
    showLoginDialog();
    if (m_profile.kind == ConnectionProfile::Kind::Embedded)
        prepareLocalDatabase();
}

QString StartupController::keychainKey(const QString &login) const
{
    return QStringLiteral("%1@%2").arg(login, m_profile.describe());
}

void StartupController::showLoginDialog()
{
    if (!m_dialog) {
        m_dialog = new LoginDialog();
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        m_dialog->setWindowIcon(QIcon(QStringLiteral(":/icons/kontakt.svg")));
        connect(m_dialog, &LoginDialog::loginRequested, this, &StartupController::attemptLogin);
        connect(m_dialog, &LoginDialog::settingsRequested, this,
                &StartupController::editConnectionSettings);
        connect(m_dialog, &QDialog::rejected, this, [this]() {
            if (!m_window)
                emit quitRequested();
        });
    }
    const bool embedded = m_profile.kind == ConnectionProfile::Kind::Embedded;
    m_dialog->setServerDescription(embedded ? tr("Local database on this computer")
                                            : tr("Server: %1").arg(m_profile.describe()));
    m_dialog->setKeychainAvailable(!embedded && PasswordStore::isAvailable());
    m_dialog->setPasswordlessLogin(embedded ? m_deskLogin : QString());
    m_dialog->setPassword(QString());
    m_dialog->setLogin(m_profile.lastLogin);
    if (!embedded && !m_profile.lastLogin.isEmpty()) {
        const QString login = m_profile.lastLogin;
        m_passwords.read(keychainKey(login), [this, login](const QString &password) {
            if (m_dialog && !password.isEmpty() && m_dialog->login() == login) {
                m_dialog->setPassword(password);
                m_dialog->setRemember(true);
            }
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void StartupController::prepareLocalDatabase()
{
    m_localReady = false;
    m_dialog->setBusy(true, tr("Starting the local database…"));
    const LocalClusterLayout layout = m_layout;
    auto *watcher = new QFutureWatcher<LocalDesk::Result>(this);
    connect(watcher, &QFutureWatcher<LocalDesk::Result>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const LocalDesk::Result r = watcher->result();
        if (!m_dialog || m_profile.kind != ConnectionProfile::Kind::Embedded)
            return;
        if (!r.ok) {
            m_dialog->showError(localFailureMessage(r));
            return;
        }
        m_localReady = true;
        m_deskLogin = r.deskLogin;
        m_dialog->setBusy(false);
        m_dialog->setPasswordlessLogin(m_deskLogin);
        if (m_dialog->login().isEmpty())
            m_dialog->setLogin(m_deskLogin);
        if (!m_options.forceLoginDialog && m_dialog->login() == m_deskLogin)
            attemptLogin();
    });
    watcher->setFuture(QtConcurrent::run([layout]() { return LocalDesk(layout).prepare(); }));
}

QString StartupController::localFailureMessage(const LocalDesk::Result &r)
{
    switch (r.clusterError) {
    case LocalCluster::Error::PostgresNotInstalled:
        return tr("PostgreSQL is not installed on this computer. Ask the administrator to install "
                  "it: %1")
            .arg(PostgresBinaries::installHint());
    case LocalCluster::Error::FolderNotWritable:
        return tr("The folder of the local database cannot be written: %1. Free some disk space "
                  "or choose a server in the connection settings.")
            .arg(r.clusterDetail);
    case LocalCluster::Error::InitFailed:
    case LocalCluster::Error::StartFailed:
    case LocalCluster::Error::StopFailed:
        return tr("The local database did not start: %1").arg(r.clusterDetail);
    case LocalCluster::Error::None:
        break;
    }
    if (r.newerSchema)
        return DbError{DbError::Kind::NewerSchema, r.message}.userMessage();
    return tr("The local database could not be prepared: %1").arg(r.message);
}

void StartupController::attemptLogin()
{
    if (!m_dialog)
        return;
    const bool embedded = m_profile.kind == ConnectionProfile::Kind::Embedded;
    if (embedded && !m_localReady) {
        prepareLocalDatabase();
        return;
    }
    ConnectParams params = ConnectParams::fromProfile(m_profile, m_layout);
    params.user = m_dialog->login();
    params.password = (embedded && params.user == m_deskLogin) ? QString() : m_dialog->password();
    const bool remember = m_dialog->remember();
    const QString password = params.password;
    m_dialog->setBusy(true, tr("Connecting…"));

    // A fresh worker (and connection name) per attempt: a slow, abandoned attempt can never
    // hand its connection to a later one.
    const QString name = QStringLiteral("kontakt-session-%1").arg(++m_attempt);
    m_pendingDb = std::make_shared<DatabaseThread>(name);
    std::weak_ptr<DatabaseThread> weak = m_pendingDb;
    m_pendingDb->run<LoginResult>(
        this,
        [name, params](QSqlDatabase &) {
            LoginResult r;
            QSqlDatabase db = DatabaseConnector::open(name, params, &r.error);
            if (r.error.isError())
                return r;
            Migrator migrator(db);
            Migrator::Status status;
            if (!migrator.status(&status, &r.error))
                return r;
            if (status.newer()) {
                r.error = {DbError::Kind::NewerSchema, QString()};
                return r;
            }
            if (!status.pending.isEmpty()) {
                const bool may = migrator.mayMigrate(&r.error);
                if (r.error.isError())
                    return r;
                if (!may) {
                    r.needsUpgrade = true;
                    return r;
                }
                const Migrator::Result m = migrator.migrate();
                if (m.outcome != Migrator::Outcome::Migrated &&
                    m.outcome != Migrator::Outcome::UpToDate) {
                    r.error = m.error;
                    return r;
                }
                r.schemaVersion = m.to;
            } else {
                r.schemaVersion = status.current;
            }
            const auto info = StaffRepository(db).sessionInfo(&r.error);
            if (!info) {
                r.notStaff = r.error.kind == DbError::Kind::PermissionDenied;
                return r;
            }
            r.info = *info;
            return r;
        },
        [this, weak, params, remember, password](LoginResult r) {
            if (weak.lock() != m_pendingDb)
                return; // superseded
            finishLogin(r, params, remember, password);
        });
}

void StartupController::finishLogin(const LoginResult &r, const ConnectParams &params,
                                    bool remember, const QString &password)
{
    if (!m_dialog)
        return;
    const bool failed = r.error.isError() || r.needsUpgrade;
    if (failed) {
        m_pendingDb.reset();
        if (r.needsUpgrade)
            m_dialog->showError(tr("The database needs an upgrade that only its administrator "
                                   "may apply (kontaktctl db migrate)."));
        else if (r.notStaff)
            m_dialog->showError(tr("This login is not registered as a Kontakt user. Ask the "
                                   "administrator to add it."));
        else
            m_dialog->showError(r.error.userMessage());
        return;
    }
    const bool embedded = m_profile.kind == ConnectionProfile::Kind::Embedded;
    m_store.saveLastLogin(params.user);
    m_profile.lastLogin = params.user;
    if (!embedded) {
        if (remember)
            m_passwords.write(keychainKey(params.user), password);
        else
            m_passwords.remove(keychainKey(params.user));
    }

    m_session = std::make_unique<Session>();
    m_session->params = params;
    m_session->info = r.info;
    m_session->info.serverDescription = embedded ? QStringLiteral("local") : m_profile.describe();
    m_session->info.schemaVersion = r.schemaVersion;
    m_session->db = std::move(m_pendingDb);

    m_dialog->setBusy(false);
    m_dialog->hide();
    m_window = std::make_unique<MainWindow>(m_session->info);
    connect(m_window.get(), &MainWindow::switchUserRequested, this, &StartupController::switchUser);
    connect(m_window.get(), &MainWindow::connectionSettingsRequested, this,
            &StartupController::editConnectionSettings);
    m_queues = std::make_unique<QueueTabsController>(*m_session, m_window->queueTabs());
    connect(m_queues.get(), &QueueTabsController::staleChanged, m_window.get(),
            &MainWindow::setStale);
    connect(m_queues.get(), &QueueTabsController::myWorkCountChanged, m_window.get(),
            &MainWindow::setWorkCount);
    connect(m_queues.get(), &QueueTabsController::newWorkArrived, m_window.get(),
            &MainWindow::announceNewWork);
    m_cards = std::make_unique<CaseCardController>(*m_session, m_window.get());
    connect(m_queues.get(), &QueueTabsController::openRequested, m_cards.get(),
            &CaseCardController::open);
    connect(m_cards.get(), &CaseCardController::actionFailed, m_window.get(),
            [this](qint64, CaseAction, const QString &message) { m_window->showMessage(message); });
    if (m_session->info.groups.contains(QStringLiteral("kontakt_head")) ||
        m_session->info.role == StaffRole::Owner) {
        if (CaseQueuePage *approvals = m_queues->page(CaseQueueQuery::Tab::AwaitingApproval))
            new ApprovalQueueActions(approvals, m_cards.get(), m_window.get());
    }
    if (m_session->info.role != StaffRole::Executor && m_session->info.role != StaffRole::Petitions)
        new InstructionsController(*m_session, m_window.get());
    if (ReportsController::mayRun(m_session->info)) {
        auto *reports = new ReportsController(*m_session, m_window.get());
        connect(reports, &ReportsController::openRequested, m_cards.get(),
                &CaseCardController::open);
    }
    if (KnowledgeBaseController::mayEdit(m_session->info))
        new KnowledgeBaseController(*m_session, m_window.get());
    if (OutageController::mayAdd(m_session->info))
        new OutageController(*m_session, m_window.get());
    if (PetitionsController::mayOpen(m_session->info))
        new PetitionsController(*m_session, m_window.get());
    if (OutboxController::mayRead(m_session->info)) {
        auto *outbox = new OutboxController(*m_session, m_window.get());
        connect(outbox, &OutboxController::openRequested, m_cards.get(), &CaseCardController::open);
    }
    if (m_session->info.mayRegisterAppeals()) {
        m_intake = std::make_unique<IntakeController>(*m_session, m_window.get());
        connect(m_intake.get(), &IntakeController::ready, m_window.get(),
                [this]() { m_window->setIntakeEnabled(true); });
        connect(m_intake.get(), &IntakeController::failed, m_window.get(),
                &MainWindow::showMessage);
        connect(m_intake.get(), &IntakeController::appealRegistered, m_window.get(),
                [this](const Appeal &a) {
                    m_window->showMessage(tr("Appeal %1 registered").arg(a.regIndex));
                });
        connect(m_cards.get(), &CaseCardController::printRequested, m_intake.get(),
                &IntakeController::showCard);
        m_cards->setPrintAvailable(true);
        connect(m_window.get(), &MainWindow::newAppealRequested, m_intake.get(),
                [this]() { m_intake->newCall(); });
    }
    if (MailController::mayRead(m_session->info) || MailController::mayConfigure(m_session->info)) {
        auto *mail = new MailController(*m_session, m_window.get(), m_intake.get());
        connect(mail, &MailController::openRequested, m_cards.get(), &CaseCardController::open);
    }
    m_window->show();
    if (embedded) {
        auto *offer = new DemoOffer(m_layout, m_window.get(), m_window.get());
        connect(offer, &DemoOffer::loaded, m_queues.get(), &QueueTabsController::refreshAll);
        offer->offerIfEmpty();
    }
    emit loggedIn();
}

void StartupController::editConnectionSettings()
{
    QWidget *parent = m_window ? static_cast<QWidget *>(m_window.get()) : m_dialog.data();
    ConnectionSettingsDialog dialog(parent);
    dialog.setProfile(m_profile);
    if (dialog.exec() != QDialog::Accepted || dialog.profile() == m_profile)
        return;
    m_profile = dialog.profile();
    m_store.saveUserChoice(m_profile);
    if (m_window)
        switchUser(); // a new server means a new login
    else
        start();
}

void StartupController::switchUser()
{
    m_intake.reset();
    m_queues.reset();
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    m_session.reset();
    m_options.forceLoginDialog = true;
    m_profile = m_store.current();
    showLoginDialog();
    if (m_profile.kind == ConnectionProfile::Kind::Embedded && !m_localReady)
        prepareLocalDatabase();
}
