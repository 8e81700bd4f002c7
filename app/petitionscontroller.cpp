#include "petitionscontroller.h"

#include "mainwindow.h"
#include "petitionchecker.h"
#include "petitionrepository.h"

#include <QAction>
#include <QFileDialog>

namespace {
bool inGroup(const SessionInfo &info, StaffRole role, const char *group)
{
    return info.role == StaffRole::Owner || info.role == role ||
           info.groups.contains(QString::fromLatin1(group));
}
} // namespace

PetitionsController::PetitionsController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_model(new PetitionQueueModel(this))
{
    auto *action = new QAction(tr("&Petitions…"), window);
    action->setObjectName(QStringLiteral("petitionsAction"));
    connect(action, &QAction::triggered, this, &PetitionsController::open);
    window->addViewAction(action);
}

bool PetitionsController::mayOpen(const SessionInfo &info)
{
    return inGroup(info, StaffRole::Petitions, "kontakt_petitions") ||
           inGroup(info, StaffRole::Head, "kontakt_head") ||
           inGroup(info, StaffRole::Manager, "kontakt_manager") ||
           inGroup(info, StaffRole::Admin, "kontakt_admin");
}

PetitionRegistryWindow::Rights PetitionsController::rightsOf(const SessionInfo &info)
{
    PetitionRegistryWindow::Rights r;
    const bool petitions = inGroup(info, StaffRole::Petitions, "kontakt_petitions");
    const bool head = inGroup(info, StaffRole::Head, "kontakt_head");
    r.moderate = petitions;
    r.answer = petitions || head || inGroup(info, StaffRole::Manager, "kontakt_manager");
    // Conversion registers an appeal: the intake rights are needed as well.
    r.convert = info.mayRegisterAppeals();
    r.expire = petitions || head || inGroup(info, StaffRole::Admin, "kontakt_admin");
    return r;
}

void PetitionsController::open()
{
    if (!m_list) {
        m_list = new PetitionRegistryWindow(rightsOf(m_session.info), m_window);
        m_list->setWindowFlag(Qt::Window);
        m_list->setObjectName(QStringLiteral("petitionRegistryWindow"));
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        m_list->setSourceModel(m_model);
        connect(m_list, &PetitionRegistryWindow::refreshRequested, this,
                &PetitionsController::load);
        connect(m_list, &PetitionRegistryWindow::filterChanged, this, &PetitionsController::load);
        connect(m_list, &PetitionRegistryWindow::currentChanged, this,
                &PetitionsController::showCurrent);
        connect(m_list, &PetitionRegistryWindow::actionRequested, this,
                [this](const QString &action, qint64 id, int version,
                       const QList<PetitionFinding> &findings) {
                    m_session.db->run<WorkflowError>(
                        this,
                        [action, id, version, findings](QSqlDatabase &db) {
                            PetitionRepository repo(db);
                            PetitionRepository::Result r;
                            if (action == QLatin1String("take"))
                                r = repo.take(id, version);
                            else if (action == QLatin1String("publish"))
                                r = repo.publish(id, version, findings);
                            else if (action == QLatin1String("pass"))
                                r = repo.pass(id, version);
                            else if (action == QLatin1String("consider"))
                                r = repo.consider(id, version);
                            else if (action == QLatin1String("convert"))
                                r = repo.convertToAppeal(id, version, QDateTime::currentDateTime());
                            return r.error;
                        },
                        [this, id](WorkflowError e) { finish(e, tr("Done."), id); });
                });
        connect(
            m_list, &PetitionRegistryWindow::rejectRequested, this,
            [this](qint64 id, int version, const QStringList &reasons,
                   const QList<PetitionFinding> &findings) {
                m_session.db->run<WorkflowError>(
                    this,
                    [=](QSqlDatabase &db) {
                        return PetitionRepository(db).reject(id, version, reasons, findings).error;
                    },
                    [this, id](WorkflowError e) {
                        finish(e, tr("The petition is rejected; the reasons are recorded."), id);
                    });
            });
        connect(m_list, &PetitionRegistryWindow::signaturesRequested, this,
                [this](qint64 id, int online, int paper, const QString &note) {
                    m_session.db->run<WorkflowError>(
                        this,
                        [=](QSqlDatabase &db) {
                            return PetitionRepository(db).signatures(id, online, paper, note).error;
                        },
                        [this, id](WorkflowError e) {
                            finish(e, tr("The signatures are counted."), id);
                        });
                });
        connect(
            m_list, &PetitionRegistryWindow::answerRequested, this,
            [this](qint64 id, int version, const QString &decision, const QString &text) {
                m_session.db->run<WorkflowError>(
                    this,
                    [=](QSqlDatabase &db) {
                        return PetitionRepository(db).answer(id, version, decision, text).error;
                    },
                    [this, id](WorkflowError e) { finish(e, tr("The answer is recorded."), id); });
            });
        connect(m_list, &PetitionRegistryWindow::expireRequested, this, [this] {
            m_session.db->run<WorkflowError>(
                this, [](QSqlDatabase &db) { return PetitionRepository(db).expireDue().error; },
                [this](WorkflowError e) { finish(e, tr("Overdue petitions are expired."), 0); });
        });
        connect(m_list, &PetitionRegistryWindow::printRequested, this,
                [this](PetitionPrinter::Document which, const PetitionRecord &p) {
                    const QString path = QFileDialog::getSaveFileName(
                        m_list, tr("Save as PDF"),
                        QStringLiteral("%1-%2.pdf")
                            .arg(p.number, which == PetitionPrinter::Document::Submission
                                               ? QStringLiteral("submission")
                                               : QStringLiteral("decision")),
                        tr("PDF (*.pdf)"));
                    if (path.isEmpty())
                        return;
                    QString error;
                    if (PetitionPrinter::printToPdf(p, which, path, &error))
                        m_list->showMessage(tr("Saved %1.").arg(path), false);
                    else
                        m_list->showMessage(error, true);
                });
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    load();
}

void PetitionsController::finish(const WorkflowError &error, const QString &done, qint64 id)
{
    if (m_list) {
        if (error.isError())
            m_list->showMessage(
                error.message() + QStringLiteral(" (") + error.detail + QLatin1Char(')'), true);
        else
            m_list->showMessage(done, false);
        load();
        if (id > 0)
            showCurrent(id);
    }
    emit actionFinished(!error.isError());
}

void PetitionsController::load()
{
    if (!m_list)
        return;
    struct Listed {
        QList<PetitionRecord> rows;
        DbError error;
    };
    const QStringList statuses = m_list->statusFilter();
    const quint64 generation = ++m_generation;
    const qint64 keep = m_list->current() ? m_list->current()->id : 0;
    m_session.db->run<Listed>(
        this,
        [statuses](QSqlDatabase &db) {
            Listed l;
            l.rows = PetitionRepository(db).list(statuses, &l.error);
            return l;
        },
        [this, generation, keep](Listed l) {
            if (!m_list || generation != m_generation)
                return;
            if (l.error.isError())
                m_list->showMessage(l.error.userMessage(), true);
            m_model->setPetitions(l.rows);
            if (keep > 0)
                m_list->select(keep);
            emit loaded(int(l.rows.size()));
        });
}

void PetitionsController::showCurrent(qint64 id)
{
    if (!m_list)
        return;
    if (id <= 0) {
        m_list->showPetition(std::nullopt, {});
        return;
    }
    struct Shown {
        std::optional<PetitionRecord> petition;
        QList<PetitionFinding> findings;
    };
    m_session.db->run<Shown>(
        this,
        [id](QSqlDatabase &db) {
            Shown s;
            DbError error;
            PetitionRepository repo(db);
            s.petition = repo.find(id, &error);
            if (s.petition) {
                // The formal checks, with the duplicate check against the active petitions.
                const PetitionChecker checker;
                s.findings =
                    checker.check({s.petition->title, s.petition->text, s.petition->authorName,
                                   s.petition->authorEmail, s.petition->submittedAt},
                                  repo.activeReferences(&error, id));
            }
            return s;
        },
        [this](Shown s) {
            if (m_list)
                m_list->showPetition(s.petition, s.findings);
        });
}
