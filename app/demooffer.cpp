#include "demooffer.h"

#include "databaseconnector.h"
#include "demodatagenerator.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSqlQuery>
#include <QtConcurrent>

namespace {
struct Loaded {
    bool ok = false;
    QString message;
    QList<DemoDataGenerator::User> users;
    qint64 appeals = 0;
};
} // namespace

DemoOffer::DemoOffer(const LocalClusterLayout &layout, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_layout(layout)
    , m_window(window)
{}

void DemoOffer::offerIfEmpty()
{
    if (QSettings().value(QStringLiteral("demo/offered")).toBool())
        return;
    const LocalClusterLayout layout = m_layout;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        if (!watcher->result() || !m_window)
            return;
        QSettings().setValue(QStringLiteral("demo/offered"), true);
        auto *box = new QMessageBox(QMessageBox::Question, tr("Demo data"),
                                    tr("The local database is empty. Load sample data of a city "
                                       "contact centre (10 000 appeals over five years, demo "
                                       "executors and one demo login per role) to try Kontakt?"),
                                    QMessageBox::Yes | QMessageBox::No, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int answer) {
            if (answer == QMessageBox::Yes)
                load(10000);
        });
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([layout]() {
        const QString name = QStringLiteral("kontakt-demo-check");
        bool empty = false;
        {
            DbError error;
            QSqlDatabase db = DatabaseConnector::open(
                name, ConnectParams::forLocalCluster(layout, layout.ownerRole), &error);
            QSqlQuery q(db);
            empty = !error.isError() &&
                    q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM kontakt.appeal)")) &&
                    q.next() && q.value(0).toBool();
        }
        DatabaseConnector::close(name);
        return empty;
    }));
}

void DemoOffer::load(int cases)
{
    auto *progress = new QProgressDialog(tr("Loading sample data…"), QString(), 0, cases, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    const LocalClusterLayout layout = m_layout;
    QPointer<QProgressDialog> bar(progress);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, bar]() {
        watcher->deleteLater();
        if (bar)
            bar->close();
        const Loaded l = watcher->result();
        if (!m_window)
            return;
        if (!l.ok) {
            QMessageBox::warning(m_window, tr("Demo data"),
                                 tr("Sample data could not be loaded: %1").arg(l.message));
            return;
        }
        QStringList lines;
        for (const auto &u : l.users) {
            if (u.state == DemoDataGenerator::User::State::Created)
                lines << QStringLiteral("%1 (%2): %3").arg(u.login, u.role, u.password);
        }
        auto *box = new QMessageBox(QMessageBox::Information, tr("Demo data"),
                                    tr("%1 sample appeals loaded. Demo logins — the passwords are "
                                       "shown only now:\n\n%2")
                                        .arg(l.appeals)
                                        .arg(lines.join(QLatin1Char('\n'))),
                                    QMessageBox::Ok, m_window);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([layout, cases, bar]() {
        Loaded l;
        const QString name = QStringLiteral("kontakt-demo-load");
        {
            DbError error;
            QSqlDatabase db = DatabaseConnector::open(
                name, ConnectParams::forLocalCluster(layout, layout.ownerRole), &error);
            if (error.isError()) {
                l.message = error.userMessage();
            } else {
                DemoDataGenerator::Options o;
                o.cases = cases;
                const auto r = DemoDataGenerator(db).generate(o, [bar](qint64 done, qint64) {
                    QMetaObject::invokeMethod(
                        bar,
                        [bar, done]() {
                            if (bar)
                                bar->setValue(int(done));
                        },
                        Qt::QueuedConnection);
                });
                l.ok = r.ok();
                l.message = r.message.isEmpty() ? r.dbError.detail : r.message;
                l.users = r.users;
                l.appeals = r.appeals;
            }
        }
        DatabaseConnector::close(name);
        return l;
    }));
}
