#include "approvalqueueactions.h"

#include "casecardcontroller.h"
#include "casequeuepage.h"
#include "mainwindow.h"

#include <QAction>
#include <QMessageBox>
#include <QTableView>

ApprovalQueueActions::ApprovalQueueActions(CaseQueuePage *page, CaseCardController *cards,
                                           MainWindow *window)
    : QObject(page)
    , m_page(page)
    , m_cards(cards)
    , m_window(window)
{
    page->setMultiSelect(true);
    QTableView *view = page->view();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto add = [view](const QString &text, const QString &keys, const QString &name) {
        auto *a = new QAction(text, view);
        a->setObjectName(name);
        a->setShortcut(QKeySequence(keys));
        a->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(a);
        return a;
    };
    QAction *approve = add(tr("Approve selected (A)"), QStringLiteral("A"),
                           QStringLiteral("approveSelectedAction"));
    QAction *edit =
        add(tr("Edit and approve… (E)"), QStringLiteral("E"), QStringLiteral("editApproveAction"));
    QAction *reject = add(tr("Reject… (R)"), QStringLiteral("R"), QStringLiteral("rejectAction"));
    view->setToolTip(tr("A: approve the selected proposals · E: edit and approve · R: reject · "
                        "Enter: open the case"));
    connect(approve, &QAction::triggered, this, [this]() {
        const QList<qint64> ids = m_page->selectedIds();
        if (ids.isEmpty())
            return;
        if (ids.size() > 1 &&
            QMessageBox::question(m_page, tr("Approve"),
                                  tr("Approve the routing of %n case(s) as proposed?", nullptr,
                                     int(ids.size()))) != QMessageBox::Yes)
            return;
        m_cards->approveMany(ids);
    });
    connect(edit, &QAction::triggered, this, [this]() {
        const QList<qint64> ids = m_page->selectedIds();
        if (!ids.isEmpty())
            m_cards->runAction(ids.first(), CaseAction::EditAndApprove);
    });
    connect(reject, &QAction::triggered, this, [this]() {
        const QList<qint64> ids = m_page->selectedIds();
        if (!ids.isEmpty())
            m_cards->runAction(ids.first(), CaseAction::Reject);
    });
    connect(cards, &CaseCardController::bulkApproved, this,
            [this](int approved, const QStringList &refusals) {
                if (m_window)
                    m_window->showMessage(tr("%n case(s) approved", nullptr, approved));
                if (!refusals.isEmpty())
                    QMessageBox::warning(
                        m_page, tr("Approve"),
                        tr("Not approved:\n%1").arg(refusals.join(QLatin1Char('\n'))));
            });
}
