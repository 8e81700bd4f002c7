#pragma once

#include "routingtypes.h"

#include <QWidget>
#include <memory>

namespace Ui {
class InstructionListWindow;
}

// The mayor's and deputies' instructions: open ones first by term, with the cases they concern.
// The mayor's office records new ones and marks them executed; desks read.
class InstructionListWindow : public QWidget
{
    Q_OBJECT
public:
    explicit InstructionListWindow(bool mayEdit, QWidget *parent = nullptr);
    ~InstructionListWindow() override;

    void setRows(const QList<InstructionRow> &rows);
    void showMessage(const QString &text, bool error);
    // The selected row, if any.
    std::optional<InstructionRow> selected() const;

signals:
    void newRequested();
    void doneRequested(const InstructionRow &row);
    void refreshRequested();

private:
    std::unique_ptr<Ui::InstructionListWindow> ui;
    QList<InstructionRow> m_rows;
};
