#include "instructionscontroller.h"

#include "deadlinecalculator.h"
#include "instructiondialog.h"
#include "instructionlistwindow.h"
#include "instructionrepository.h"
#include "mainwindow.h"
#include "reasondialog.h"

#include <QAction>

InstructionsController::InstructionsController(const Session &session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    const QStringList &g = session.info.groups;
    m_mayEdit =
        session.info.role == StaffRole::Owner || g.contains(QStringLiteral("kontakt_manager"));
    auto *action = new QAction(tr("&Instructions of the mayor…"), window);
    action->setObjectName(QStringLiteral("instructionsAction"));
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(action, &QAction::triggered, this, &InstructionsController::open);
    window->addViewAction(action);
}

void InstructionsController::open()
{
    if (!m_list) {
        m_list = new InstructionListWindow(m_mayEdit, m_window);
        m_list->setObjectName(QStringLiteral("instructionList"));
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_list, &InstructionListWindow::refreshRequested, this,
                &InstructionsController::load);
        connect(m_list, &InstructionListWindow::newRequested, this,
                &InstructionsController::create);
        connect(
            m_list, &InstructionListWindow::doneRequested, this, [this](const InstructionRow &row) {
                ReasonDialog dialog(tr("Instruction executed"),
                                    tr("How was the instruction executed?"), 5, m_list);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QString note = dialog.reason();
                struct Done {
                    bool ok = false;
                    DbError error;
                };
                m_session.db->run<Done>(
                    this,
                    [row, note](QSqlDatabase &db) {
                        Done d;
                        d.ok =
                            InstructionRepository(db).markDone(row.id, row.version, note, &d.error);
                        return d;
                    },
                    [this](Done d) {
                        if (!m_list)
                            return;
                        if (d.error.isError())
                            m_list->showMessage(d.error.userMessage(), true);
                        else if (!d.ok)
                            m_list->showMessage(tr("Somebody changed the instruction "
                                                   "meanwhile; the list is read again."),
                                                true);
                        else
                            m_list->showMessage(tr("Marked executed."), false);
                        load();
                    });
            });
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    load();
}

void InstructionsController::load()
{
    struct Listed {
        QList<InstructionRow> rows;
        DbError error;
    };
    m_session.db->run<Listed>(
        this,
        [](QSqlDatabase &db) {
            Listed l;
            for (const auto &i : InstructionRepository(db).list(&l.error)) {
                InstructionRow r;
                r.id = i.id;
                r.version = i.version;
                r.number = i.number;
                r.authorName = i.authorName;
                r.text = i.text;
                r.status = i.status;
                r.dueDate = i.dueDate;
                r.issuedAt = i.issuedAt;
                r.regIndexes = i.regIndexes;
                l.rows << r;
            }
            return l;
        },
        [this](Listed l) {
            if (!m_list)
                return;
            if (l.error.isError())
                m_list->showMessage(l.error.userMessage(), true);
            m_list->setRows(l.rows);
            emit loaded(int(l.rows.size()));
        });
}

void InstructionsController::create()
{
    const QStringList authors = {tr("Mayor"), tr("Secretary of the city council"),
                                 tr("First deputy mayor"), tr("Deputy mayor")};
    InstructionDialog dialog(authors, DeadlineCalculator::kyivDate(QDateTime::currentDateTime()),
                             m_list);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InstructionDraft d = dialog.draft();
    struct Created {
        qint64 id = 0;
        QStringList unknown;
        DbError error;
    };
    m_session.db->run<Created>(
        this,
        [d](QSqlDatabase &db) {
            Created c;
            c.id = InstructionRepository(db).create(d.number, d.authorName, d.text, d.dueDate,
                                                    d.regIndexes, &c.unknown, &c.error);
            return c;
        },
        [this](Created c) {
            if (!m_list)
                return;
            if (!c.unknown.isEmpty())
                m_list->showMessage(tr("No case has the index %1; nothing was saved.")
                                        .arg(c.unknown.join(QStringLiteral(", "))),
                                    true);
            else if (c.error.isError())
                m_list->showMessage(c.error.userMessage(), true);
            else {
                m_list->showMessage(tr("The instruction is recorded."), false);
                emit saved();
            }
            load();
        });
}
