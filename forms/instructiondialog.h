#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class InstructionDialog;
}

// An instruction (доручення) of the mayor or a deputy mayor: number, author (chosen from the
// list or typed), text, due date (not before today) and the registration indexes of the
// appeals it covers (typed one by one: Enter or "Add"; Delete or "Remove" takes one out).
class InstructionDialog : public QDialog
{
    Q_OBJECT
public:
    // authors: "Міський голова Ігор Сапожко", deputies... (the first is proposed).
    InstructionDialog(const QStringList &authors, QDate today, QWidget *parent = nullptr);
    ~InstructionDialog() override;

    void setDraft(const InstructionDraft &draft);
    InstructionDraft draft() const;
    QString invalidReason() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool addIndex();
    void removeIndex();
    void updateState();

    std::unique_ptr<Ui::InstructionDialog> ui;
    QDate m_today;
    QString m_indexNote;
};
