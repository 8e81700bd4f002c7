#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QTreeWidgetItem;
class QListWidgetItem;
namespace Ui {
class AssignmentDialog;
}

// Routing of one appeal: the operator proposes (and the head edits) one main executor, optional
// co-executors, the instruction text and the term. The organisation tree is searchable as you
// type (name or code, any case, Cyrillic); organisations competent for the appeal's topic are
// listed on top and marked in the tree. Keyboard: Space chooses the main executor, Insert (or
// Ctrl+Space) ticks a co-executor, Enter (Ctrl+Enter in the instruction) is OK once valid.
// OK stays disabled, with the reason shown under the form, until a main executor and a lawful
// term are chosen. The caller reads draft() after exec() == Accepted.
class AssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    // maxTerm: the appeal's legal maximum (DeadlineCalculator::maxDue of its receipt date);
    // defaultTerm: the proposed term (the appeal's due date), cut to [today, maxTerm]; invalid =
    // none chosen. instructionTemplates: texts offered in the template box.
    AssignmentDialog(const QList<OrgChoice> &orgs, const QString &topicCode,
                     const QString &topicName, QDate today, QDate maxTerm, QDate defaultTerm,
                     const QStringList &instructionTemplates, QWidget *parent = nullptr);
    ~AssignmentDialog() override;

    // The proposal to edit (the head's approval). Unknown or inactive organisations are left
    // out and said so under the form; a term outside [today, maxTerm] is cut to it.
    void setDraft(const RoutingDraft &draft);
    RoutingDraft draft() const;

    // Empty when OK may be pressed, else why not (as shown under the form).
    QString invalidReason() const;
    // Organisations competent for the topic, best first (exact topic before a broader one).
    QList<qint64> recommendedOrgIds() const { return m_recommended; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTree();
    void buildRecommended();
    void applyFilter();
    bool setMain(qint64 orgId);
    void toggleCo(qint64 orgId);
    qint64 currentOrgId() const;
    void onItemChanged(QTreeWidgetItem *item, int column);
    void insertTemplate();
    void updateState();
    int competenceRank(const OrgChoice &org) const; // 0 = none, 1 = broader topic, 2 = exact

    std::unique_ptr<Ui::AssignmentDialog> ui;
    QList<OrgChoice> m_orgs;
    QHash<qint64, int> m_index; // id -> position in m_orgs
    QHash<qint64, QTreeWidgetItem *> m_items;
    QList<qint64> m_recommended;
    QString m_topicCode;
    QDate m_today, m_maxTerm;
    qint64 m_mainId = 0;
    QString m_note; // a one-off remark (refused choice, dropped organisation)
    bool m_updating = false;
};
