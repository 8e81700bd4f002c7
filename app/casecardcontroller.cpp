#include "casecardcontroller.h"

#include "assignmentdialog.h"
#include "attachmentrepository.h"
#include "callbackdialog.h"
#include "casecardwindow.h"
#include "deadlinecalculator.h"
#include "extensiondecisiondialog.h"
#include "extensionrequestdialog.h"
#include "presencerepository.h"
#include "reasondialog.h"
#include "referencerepository.h"
#include "replydialog.h"

#include <QInputDialog>
#include <QSqlQuery>

#if __has_include("inspectiondialog.h")
#include "inspectiondialog.h"
#define KONTAKT_HAS_INSPECTION_DIALOG 1
#endif

Q_DECLARE_METATYPE(RoutingDraft)
Q_DECLARE_METATYPE(ReplyDraft)

namespace {
QList<WorkflowRepository::NewFile> newFiles(const QList<AttachmentFile> &files)
{
    QList<WorkflowRepository::NewFile> out;
    for (const AttachmentFile &f : files)
        out.append({f.fileName, f.mimeType, f.data, f.sha256Hex});
    return out;
}

QDate today()
{
    return DeadlineCalculator::kyivDate(QDateTime::currentDateTime());
}

QString doneText(CaseAction a)
{
    switch (a) {
    case CaseAction::Route:
        return CaseCardController::tr("The routing is proposed; the head approves it.");
    case CaseAction::Approve:
    case CaseAction::EditAndApprove:
        return CaseCardController::tr("Approved: the executors are notified.");
    case CaseAction::Reject:
        return CaseCardController::tr("Sent back to the operator.");
    case CaseAction::Accept:
        return CaseCardController::tr("Accepted: the case is in work.");
    case CaseAction::Reply:
        return CaseCardController::tr("The reply is recorded.");
    case CaseAction::NotCompetent:
        return CaseCardController::tr("Returned to the head for re-routing.");
    case CaseAction::RequestExtension:
        return CaseCardController::tr("The request for more time waits for the head.");
    case CaseAction::DecideExtension:
        return CaseCardController::tr("The decision on the extension is recorded.");
    case CaseAction::Callback:
        return CaseCardController::tr("The call is recorded.");
    case CaseAction::Rework:
        return CaseCardController::tr("Sent back to the executor for rework.");
    case CaseAction::Close:
        return CaseCardController::tr("The case is closed.");
    case CaseAction::AddNote:
        return CaseCardController::tr("The note is added.");
    case CaseAction::AddInspection:
        return CaseCardController::tr("The inspection is recorded.");
    }
    return {};
}
} // namespace

CaseCardController::CaseCardController(const Session &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_parentWindow(window)
    , m_db(std::make_unique<DatabaseThread>(
          QStringLiteral("kontakt-cards-%1").arg(quintptr(this), 0, 16)))
{
    ConnectParams p = session.params;
    p.applicationName = QStringLiteral("kontakt-cards");
    m_db->open(this, p, [](DbError) {});
    struct Ref {
        IntakeReference reference;
        DbError error;
    };
    m_db->run<Ref>(
        this,
        [](QSqlDatabase &db) {
            Ref r;
            ReferenceRepository(db).loadIntakeReference(&r.reference, &r.error);
            return r;
        },
        [this](Ref r) {
            m_reference = r.reference;
            for (const ClassifierEntry &e : m_reference.classifier)
                m_names.insert(e.code, e.name);
        });
    // Reminders and escalations of overdue assignments are written by whichever desk runs
    // first (escalate_overdue() is idempotent): a minute after login and every 15 minutes.
    const QStringList &g = session.info.groups;
    if (session.info.role == StaffRole::Owner || g.contains(QStringLiteral("kontakt_operator")) ||
        g.contains(QStringLiteral("kontakt_head")) || g.contains(QStringLiteral("kontakt_admin"))) {
        m_escalation.setInterval(15 * 60 * 1000);
        connect(&m_escalation, &QTimer::timeout, this, &CaseCardController::escalateOverdue);
        m_escalation.start();
        QTimer::singleShot(60 * 1000, this, &CaseCardController::escalateOverdue);
    }
    m_heartbeat.setInterval(PresenceRepository::heartbeatMs());
    connect(&m_heartbeat, &QTimer::timeout, this, &CaseCardController::heartbeat);
}

CaseCardController::~CaseCardController()
{
    // Leave every open case so that other desks stop seeing us at once, not after 90 s.
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const qint64 id = it.key();
        m_db->run<int>(
            nullptr,
            [id](QSqlDatabase &db) {
                DbError e;
                PresenceRepository(db).leave(id, &e);
                return 0;
            },
            [](int) {});
        if (it.value())
            delete it.value().data();
    }
}

CaseCardWindow *CaseCardController::window(qint64 appealId) const
{
    return m_cards.value(appealId).data();
}

void CaseCardController::open(qint64 appealId)
{
    if (CaseCardWindow *card = window(appealId)) {
        card->showNormal();
        card->raise();
        card->activateWindow();
        load(appealId);
        return;
    }
    auto *card = new CaseCardWindow(m_parentWindow);
    card->setObjectName(QStringLiteral("caseCard_%1").arg(appealId));
    card->setCalendar(m_reference.calendar);
    card->setNames(m_names);
    card->setPrintAvailable(m_printAvailable);
    m_cards.insert(appealId, card);
    connect(card, &CaseCardWindow::actionRequested, this,
            [this, card](CaseAction a) { ask(card, a); });
    connect(card, &CaseCardWindow::reloadRequested, this, [this, appealId]() { load(appealId); });
    connect(card, &CaseCardWindow::attachmentRequested, this, [this, appealId](qint64 fileId) {
        struct File {
            QString name;
            QByteArray data;
            DbError error;
        };
        m_db->run<File>(
            this,
            [fileId](QSqlDatabase &db) {
                File f;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT file_name FROM kontakt.attachment WHERE id = ?"));
                q.addBindValue(fileId);
                if (q.exec() && q.next())
                    f.name = q.value(0).toString();
                f.data = AttachmentRepository(db).data(fileId, &f.error);
                return f;
            },
            [this, appealId](File f) {
                CaseCardWindow *c = window(appealId);
                if (!c)
                    return;
                if (f.error.isError() || f.name.isEmpty())
                    c->showMessage(f.error.userMessage(), true);
                else
                    c->openFile(f.name, f.data);
            });
    });
    connect(card, &CaseCardWindow::printRequested, this,
            [this, appealId]() { emit printRequested(appealId); });
    connect(card, &CaseCardWindow::closed, this, [this](qint64) {
        for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
            if (it.value() == sender()) {
                const qint64 id = it.key();
                m_cards.erase(it);
                leave(id);
                break;
            }
        }
        if (auto *w = qobject_cast<QWidget *>(sender()))
            w->deleteLater();
    });
    card->setBusy(true);
    card->show();
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    load(appealId);
}

void CaseCardController::load(qint64 appealId)
{
    m_db->run<Loaded>(
        this,
        [appealId](QSqlDatabase &db) {
            Loaded l;
            WorkflowRepository repo(db);
            if (auto d = repo.loadCase(appealId, &l.error))
                l.details = *d;
            else
                return l;
            l.history = repo.history(appealId, &l.error);
            DbError e;
            l.presence = PresenceRepository(db).enter(appealId, true, &e);
            const auto whose = [](const QString &owner) {
                if (owner == QLatin1String("reply"))
                    return CaseCardController::tr("reply");
                if (owner == QLatin1String("inspection"))
                    return CaseCardController::tr("inspection");
                return CaseCardController::tr("appeal");
            };
            for (const AttachmentRepository::Listed &f :
                 AttachmentRepository(db).listForAppeal(appealId, &e)) {
                l.files.append({f.id, QStringLiteral("%1 — %2 KB, %3, %4")
                                          .arg(f.fileName)
                                          .arg((f.size + 1023) / 1024)
                                          .arg(whose(f.owner), f.createdBy)});
            }
            // Opening a card shows personal data: the audit log keeps who looked.
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT kontakt.log_access('appeal', ?, 'VIEW')"));
            q.addBindValue(appealId);
            q.exec();
            return l;
        },
        [this, appealId](Loaded l) { show(appealId, l); });
}

void CaseCardController::show(qint64 appealId, const Loaded &l)
{
    CaseCardWindow *card = window(appealId);
    if (!card)
        return;
    card->setBusy(false);
    if (l.error.isError() && l.details.id == 0) {
        card->showMessage(l.error.message(), true);
        return;
    }
    card->setNames(m_names);
    card->setCalendar(m_reference.calendar);
    card->showCase(l.details, l.history, CaseActions::available(l.details, actor(l.details)));
    card->setPresence(l.presence);
    card->setAttachments(l.files);
    emit loaded(appealId);
}

void CaseCardController::heartbeat()
{
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const qint64 id = it.key();
        m_db->run<QString>(
            this,
            [id](QSqlDatabase &db) {
                DbError e;
                return PresenceRepository(db).enter(id, true, &e);
            },
            [this, id](QString others) {
                if (CaseCardWindow *card = window(id))
                    card->setPresence(others);
            });
    }
    if (m_cards.isEmpty())
        m_heartbeat.stop();
}

void CaseCardController::leave(qint64 appealId)
{
    m_db->run<int>(
        this,
        [appealId](QSqlDatabase &db) {
            DbError e;
            PresenceRepository(db).leave(appealId, &e);
            return 0;
        },
        [](int) {});
}

CaseActor CaseCardController::actor(const CaseDetails &details) const
{
    CaseActor a;
    a.groups = m_session.info.groups;
    a.owner = m_session.info.role == StaffRole::Owner;
    a.orgId = details.myOrgId;
    return a;
}

QString CaseCardController::topicName(const QString &code) const
{
    return m_names.value(code);
}

void CaseCardController::withOrganisations(std::function<void()> then)
{
    if (m_orgsLoaded) {
        then();
        return;
    }
    struct Orgs {
        QList<WorkflowRepository::Organisation> list;
        WorkflowError error;
    };
    m_db->run<Orgs>(
        this,
        [](QSqlDatabase &db) {
            Orgs o;
            o.list = WorkflowRepository(db).organisations(&o.error);
            return o;
        },
        [this, then](Orgs o) {
            m_orgs = o.list;
            m_orgsLoaded = !o.error.isError();
            then();
        });
}

QList<OrgChoice> CaseCardController::orgChoices() const
{
    QList<OrgChoice> out;
    for (const WorkflowRepository::Organisation &o : m_orgs) {
        OrgChoice c;
        c.id = o.id;
        c.parentId = o.parentId;
        c.code = o.code;
        c.name = o.name;
        c.kind = o.kind;
        c.topicCodes = o.topics;
        out << c;
    }
    return out;
}

void CaseCardController::runAction(qint64 appealId, CaseAction action)
{
    CaseCardWindow *card = window(appealId);
    if (!card) {
        open(appealId);
        card = window(appealId);
        // The action follows once the card has loaded its case (and its version).
        auto *once = new QObject(this);
        connect(this, &CaseCardController::loaded, once, [this, once, appealId, action](qint64 id) {
            if (id != appealId)
                return;
            once->deleteLater();
            if (CaseCardWindow *c = window(id))
                ask(c, action);
        });
        return;
    }
    ask(card, action);
}

void CaseCardController::ask(CaseCardWindow *card, CaseAction action)
{
    const CaseDetails d = card->details();
    const qint64 id = d.id;
    const int version = d.version;
    const QString title = QStringLiteral("%1 — %2").arg(d.regIndex, d.summary.left(80));
    const std::optional<CaseAssignment> work =
        d.assignmentFor(actor(d).has("kontakt_executor") ? d.myOrgId : 0);
    using R = WorkflowRepository::Result;
    switch (action) {
    case CaseAction::Route:
    case CaseAction::EditAndApprove:
        withOrganisations([this, card, action, d, id, version]() {
            const QStringList templates = {
                tr("Consider the appeal and reply to the author within the term."),
                tr("Inspect the place, eliminate the problem and report the result."),
                tr("Give the author an explanation in writing and inform the contact centre.")};
            AssignmentDialog dialog(orgChoices(), d.topicCode, topicName(d.topicCode), today(),
                                    d.maxDueDate, d.dueDate, templates, card);
            if (action == CaseAction::EditAndApprove) {
                RoutingDraft proposal;
                for (const CaseAssignment &s : d.assignments) {
                    if (s.status != QLatin1String("proposed"))
                        continue;
                    if (s.isMain) {
                        proposal.mainOrgId = s.orgId;
                        proposal.instruction = s.instruction;
                        proposal.term = s.term;
                    } else {
                        proposal.coOrgIds << s.orgId;
                    }
                }
                dialog.setDraft(proposal);
            } else if (m_lastDraft.value(id).canConvert<RoutingDraft>()) {
                dialog.setDraft(m_lastDraft.value(id).value<RoutingDraft>());
            }
            if (dialog.exec() != QDialog::Accepted)
                return;
            const RoutingDraft r = dialog.draft();
            m_lastDraft.insert(id, QVariant::fromValue(r));
            if (action == CaseAction::Route) {
                perform(card, action, [=](QSqlDatabase &db) {
                    return WorkflowRepository(db).route(id, version, r.mainOrgId, r.coOrgIds,
                                                        r.instruction, r.term);
                });
            } else {
                WorkflowRepository::RoutingEdit e{r.mainOrgId, r.coOrgIds, r.instruction, r.term};
                perform(card, action, [=](QSqlDatabase &db) {
                    return WorkflowRepository(db).approve(id, version, e);
                });
            }
        });
        return;
    case CaseAction::Approve:
        perform(card, action,
                [=](QSqlDatabase &db) { return WorkflowRepository(db).approve(id, version); });
        return;
    case CaseAction::Reject: {
        ReasonDialog dialog(tr("Reject the routing"),
                            tr("Why does the routing go back to the operator?"), 5, card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString reason = dialog.reason();
        perform(card, action, [=](QSqlDatabase &db) {
            return WorkflowRepository(db).reject(id, version, reason);
        });
        return;
    }
    case CaseAction::Accept:
        if (!work)
            return;
        perform(card, action, [id = work->id, v = work->version](QSqlDatabase &db) {
            return WorkflowRepository(db).accept(id, v);
        });
        return;
    case CaseAction::Reply: {
        if (!work)
            return;
        ReplyDialog dialog(title, today(), card);
        if (m_lastDraft.value(id).canConvert<ReplyDraft>())
            dialog.setDraft(m_lastDraft.value(id).value<ReplyDraft>());
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ReplyDraft r = dialog.draft();
        m_lastDraft.insert(id, QVariant::fromValue(r));
        perform(card, action, [r, aid = work->id, v = work->version](QSqlDatabase &db) {
            // The reply and its files are one transaction: both or neither.
            return WorkflowRepository(db).reply(aid, v, r.result, r.text, r.answerIndex,
                                                r.answerDate, newFiles(r.files));
        });
        return;
    }
    case CaseAction::NotCompetent: {
        if (!work)
            return;
        ReasonDialog dialog(tr("Not in our competence"),
                            tr("Why is the case not in the organisation's competence, and who "
                               "should handle it?"),
                            10, card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString note = dialog.reason();
        perform(card, action, [note, aid = work->id, v = work->version](QSqlDatabase &db) {
            return WorkflowRepository(db).notCompetent(aid, v, note);
        });
        return;
    }
    case CaseAction::RequestExtension: {
        if (!work)
            return;
        ExtensionRequestDialog dialog(d.regIndex, d.dueDate, d.maxDueDate, today(), card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ExtensionRequestDraft r = dialog.draft();
        perform(card, action, [r, aid = work->id](QSqlDatabase &db) {
            return WorkflowRepository(db).requestExtension(aid, r.requestedDue, r.reason);
        });
        return;
    }
    case CaseAction::DecideExtension: {
        const std::optional<CaseExtension> ext = d.pendingExtension();
        if (!ext)
            return;
        ExtensionDecisionDialog dialog(d.regIndex, ext->requestedBy,
                                       ExtensionRequestDraft{ext->requestedDue, ext->reason},
                                       d.dueDate, d.maxDueDate, card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ExtensionDecisionDraft r = dialog.draft();
        perform(card, action, [r, eid = ext->id, v = ext->version](QSqlDatabase &db) {
            return WorkflowRepository(db).decideExtension(eid, v, r.granted, r.due, r.note,
                                                          r.authorNotified);
        });
        return;
    }
    case CaseAction::Callback: {
        QString replySummary;
        if (!d.replies.isEmpty())
            replySummary = d.replies.last().text.left(400);
        CallbackDialog dialog(d.regIndex, d.authorName, d.authorPhone, replySummary,
                              d.callbackAttempts(), today(), d.maxDueDate, card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const CallbackDraft r = dialog.draft();
        perform(card, action, [=](QSqlDatabase &db) {
            WorkflowRepository repo(db);
            R res = repo.callback(id, version, r.reached, r.outcome, r.rating, r.comment);
            if (!res.ok() || !r.sendToRework)
                return res;
            // Not done: straight back to the executor with the citizen's words.
            WorkflowError e;
            const std::optional<CaseDetails> now = repo.loadCase(id, &e);
            if (!now) {
                res.error = e;
                return res;
            }
            return repo.rework(id, now->version, r.citizenWords, r.reworkTerm);
        });
        return;
    }
    case CaseAction::Rework: {
        ReasonDialog dialog(tr("Send to rework"),
                            tr("What did the citizen say? The executor gets these words."), 5,
                            card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString words = dialog.reason();
        perform(card, action, [=](QSqlDatabase &db) {
            return WorkflowRepository(db).rework(id, version, words);
        });
        return;
    }
    case CaseAction::Close: {
        QStringList items;
        for (const ClassifierEntry &e : m_reference.section(QStringLiteral("result")))
            items << QStringLiteral("%1 %2").arg(e.code, e.name);
        bool ok = false;
        const QString item = QInputDialog::getItem(
            card, tr("Close the case"), tr("Result of consideration (classifier section 9):"),
            items, 0, false, &ok);
        if (!ok || item.isEmpty())
            return;
        const QString code = item.section(QLatin1Char(' '), 0, 0);
        perform(card, action,
                [=](QSqlDatabase &db) { return WorkflowRepository(db).close(id, version, code); });
        return;
    }
    case CaseAction::AddNote: {
        ReasonDialog dialog(tr("Internal note"),
                            tr("A note for colleagues (the citizen does not see it):"), 1, card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString text = dialog.reason();
        perform(card, action,
                [=](QSqlDatabase &db) { return WorkflowRepository(db).addNote(id, text); });
        return;
    }
    case CaseAction::AddInspection: {
#ifdef KONTAKT_HAS_INSPECTION_DIALOG
        InspectionDialog dialog(d.regIndex, QDateTime::currentDateTime(), card);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const InspectionDraft r = dialog.draft();
        perform(card, action, [=](QSqlDatabase &db) {
            return WorkflowRepository(db).addInspection(id, r.inspector, r.inspectedAt, r.findings,
                                                        newFiles(r.photos));
        });
#endif
        return;
    }
    }
}

void CaseCardController::perform(CaseCardWindow *card, CaseAction action,
                                 std::function<WorkflowRepository::Result(QSqlDatabase &)> job)
{
    const qint64 id = card->appealId();
    card->setBusy(true);
    m_db->run<WorkflowRepository::Result>(
        this, std::move(job), [this, id, action](WorkflowRepository::Result r) {
            CaseCardWindow *card = window(id);
            if (card)
                card->setBusy(false);
            if (!r.ok()) {
                const QString message = r.error.message();
                if (card)
                    card->showMessage(message, true);
                emit actionFailed(id, action, message);
                // Somebody else changed the case: show the current state; what was typed
                // stays for the next try.
                if (r.error.kind == WorkflowError::Kind::StaleVersion)
                    load(id);
                return;
            }
            m_lastDraft.remove(id);
            if (card)
                card->showMessage(doneText(action), false);
            emit actionDone(id, action);
            load(id);
        });
}

void CaseCardController::approveMany(const QList<qint64> &appealIds)
{
    struct Bulk {
        int approved = 0;
        QStringList refusals;
    };
    m_db->run<Bulk>(
        this,
        [appealIds](QSqlDatabase &db) {
            Bulk b;
            WorkflowRepository repo(db);
            for (qint64 id : appealIds) {
                WorkflowError e;
                const std::optional<CaseDetails> d = repo.loadCase(id, &e);
                if (!d) {
                    b.refusals << e.message();
                    continue;
                }
                const WorkflowRepository::Result r = repo.approve(id, d->version);
                if (r.ok())
                    ++b.approved;
                else
                    b.refusals << QStringLiteral("%1: %2").arg(d->regIndex, r.error.message());
            }
            return b;
        },
        [this](Bulk b) { emit bulkApproved(b.approved, b.refusals); });
}

void CaseCardController::escalateOverdue()
{
    m_db->run<int>(
        this,
        [](QSqlDatabase &db) {
            WorkflowError e;
            return int(WorkflowRepository(db).escalateOverdue(today(), &e).size());
        },
        [this](int steps) {
            if (steps > 0)
                emit escalated(steps);
        });
}
