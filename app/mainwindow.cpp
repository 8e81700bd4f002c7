#include "mainwindow.h"

#include "kontakt_version.h"
#include "language.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSystemTrayIcon>

MainWindow::MainWindow(const SessionInfo &session, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/kontakt.svg")));
    m_baseTitle = tr("Kontakt — %1").arg(session.fullName);
    setWindowTitle(m_baseTitle);

    auto *languages = new QActionGroup(this);
    languages->addAction(ui->ukrainianAction);
    languages->addAction(ui->englishAction);
    (Language::current() == QLatin1String("en") ? ui->englishAction : ui->ukrainianAction)
        ->setChecked(true);
    connect(ui->ukrainianAction, &QAction::triggered, this,
            [this]() { chooseLanguage(QStringLiteral("uk")); });
    connect(ui->englishAction, &QAction::triggered, this,
            [this]() { chooseLanguage(QStringLiteral("en")); });

    connect(ui->newAppealAction, &QAction::triggered, this, &MainWindow::newAppealRequested);
    ui->newAppealAction->setEnabled(false); // until the intake service is ready
    connect(ui->switchUserAction, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(ui->connectionSettingsAction, &QAction::triggered, this,
            &MainWindow::connectionSettingsRequested);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    setUpStatusBar();
    ui->staleBanner->hide();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray())) {
        // First start: most of the screen, the queue needs the width.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect free = screen->availableGeometry();
            resize(free.width() * 9 / 10, free.height() * 9 / 10);
            move(free.center() - rect().center());
        }
    }
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QTabWidget *MainWindow::queueTabs() const
{
    return ui->queueTabs;
}

void MainWindow::setUpStatusBar()
{
    auto *user = new QLabel(this);
    user->setObjectName(QStringLiteral("userStatusLabel"));
    user->setText(tr("User: %1 (%2)").arg(m_session.fullName, m_session.login));
    auto *role = new QLabel(this);
    role->setObjectName(QStringLiteral("roleStatusLabel"));
    QString roleText = StaffRoles::displayName(m_session.role);
    if (!m_session.orgName.isEmpty())
        roleText += QStringLiteral(" — ") + m_session.orgName;
    role->setText(tr("Role: %1").arg(roleText));
    auto *server = new QLabel(this);
    server->setObjectName(QStringLiteral("serverStatusLabel"));
    const QString where = m_session.serverDescription == QLatin1String("local")
                              ? tr("local database")
                              : m_session.serverDescription;
    server->setText(tr("Server: %1").arg(where));
    server->setToolTip(tr("Schema version %1").arg(m_session.schemaVersion));
    for (QLabel *label : {user, role, server}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::setIntakeEnabled(bool enabled)
{
    ui->newAppealAction->setEnabled(enabled);
}

void MainWindow::setStale(bool stale)
{
    ui->staleBanner->setVisible(stale);
}

void MainWindow::setWorkCount(int count)
{
    setWindowTitle(count > 0 ? QStringLiteral("(%1) %2").arg(count).arg(m_baseTitle) : m_baseTitle);
}

void MainWindow::announceNewWork(int added)
{
    const QString text = tr("%n new case(s) in your work", nullptr, added);
    showMessage(text);
    QApplication::alert(this);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(m_baseTitle);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_tray->showMessage(tr("Kontakt"), text, QSystemTrayIcon::Information, 10000);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    Language::setCurrent(code);
    QMessageBox::information(this, tr("Language"),
                             tr("The language will change the next time Kontakt starts."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kontakt"),
                       tr("<b>Kontakt</b> %1<br>The contact centre of a city council: appeals, "
                          "routing, deadlines, callbacks, petitions and reports.<br>Database "
                          "schema version %2.")
                           .arg(QStringLiteral(KONTAKT_VERSION))
                           .arg(m_session.schemaVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    event->accept();
}

void MainWindow::addViewAction(QAction *action)
{
    ui->viewMenu->insertAction(ui->viewMenu->actions().value(0), action);
}

void MainWindow::addSettingsAction(QAction *action)
{
    const QList<QAction *> actions = ui->fileMenu->actions();
    const int i = int(actions.indexOf(ui->connectionSettingsAction));
    ui->fileMenu->insertAction(actions.value(i + 1), action);
}

void MainWindow::addReportAction(QAction *action)
{
    if (!m_reportsMenu) {
        m_reportsMenu = new QMenu(tr("&Reports"), this);
        m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
        ui->menuBar->insertMenu(ui->helpMenu->menuAction(), m_reportsMenu);
    }
    m_reportsMenu->addAction(action);
}
