#pragma once

#include "petition.h"
#include "petitionprinter.h"

#include <QWidget>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QSortFilterProxyModel;
class DeadlineColorProxy;
namespace Ui {
class PetitionRegistryWindow;
}

// The e-petition registry: a status filter, the petitions with the deadline colours of the case
// queues, the selected petition's card with the formal findings shown to the moderator (and the
// decision recorded with them), the status actions and the printable documents. Knows no
// database: the controller loads the rows, shows the selected petition and carries out the
// requests (the database checks every one).
class PetitionRegistryWindow : public QWidget
{
    Q_OBJECT
public:
    struct Rights {
        bool moderate = false; // the petitions group
        bool answer = false;   // petitions, head, manager (the mayor's office)
        bool convert = false;  // petitions, head, operator (registers the appeal)
        bool expire = false;   // petitions, head, admin
    };

    explicit PetitionRegistryWindow(const Rights &rights, QWidget *parent = nullptr);
    ~PetitionRegistryWindow() override;

    // The registry model (PetitionQueueModel); the window shows it through the deadline colours.
    void setSourceModel(QAbstractItemModel *model);
    // The selected petition (nullopt: none) and the formal findings for it now.
    void showPetition(const std::optional<PetitionRecord> &petition,
                      const QList<PetitionFinding> &findings);
    void showMessage(const QString &text, bool error);
    // The statuses the filter shows (empty: all).
    QStringList statusFilter() const;
    // Selects the row of this id in the view; false when it is not listed.
    bool select(qint64 id);
    std::optional<PetitionRecord> current() const { return m_current; }

signals:
    void filterChanged(const QStringList &statuses);
    void refreshRequested();
    void currentChanged(qint64 id);
    // action: take, publish, pass, consider, convert
    void actionRequested(const QString &action, qint64 id, int version,
                         const QList<PetitionFinding> &findings);
    void rejectRequested(qint64 id, int version, const QStringList &reasons,
                         const QList<PetitionFinding> &findings);
    void signaturesRequested(qint64 id, int online, int paper, const QString &note);
    void answerRequested(qint64 id, int version, const QString &decision, const QString &text);
    void expireRequested();
    void printRequested(PetitionPrinter::Document which, const PetitionRecord &petition);

private:
    void selectionChanged();
    void updateButtons();
    void request(const QString &action);
    void askReject();
    void askSignatures();
    void askAnswer();

    std::unique_ptr<Ui::PetitionRegistryWindow> ui;
    DeadlineColorProxy *m_colors;
    QSortFilterProxyModel *m_sort;
    Rights m_rights;
    std::optional<PetitionRecord> m_current;
    QList<PetitionFinding> m_findings;
};
