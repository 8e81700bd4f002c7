#pragma once

#include "knowledgebase.h"

#include <QDialog>
#include <memory>

namespace Ui {
class OutageDialog;
}

// An outage phoned in by a utility's dispatcher (operators, the head, the admin): who, what,
// the street and houses ("1-15 непарні", "2, 4, 6-10", "12-А"; empty: the whole street), the
// time window. OK is enabled only when the houses can be read and the window is right.
class OutageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutageDialog(const QStringList &streets, QWidget *parent = nullptr);
    ~OutageDialog() override;

    Outage outage() const;

private:
    void validate();

    std::unique_ptr<Ui::OutageDialog> ui;
};
