#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExtensionDecisionDialog;
}

// The head decides an executor's request for a longer term: grant with a date (after the
// current term, never beyond the legal maximum; the requested date is proposed, cut to the
// maximum) or refuse with a note (required). "Author notified of the extension" is ticked by
// default on grant: Law 393/96 art. 20 requires telling the author when the term is extended.
class ExtensionDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    ExtensionDecisionDialog(const QString &regIndex, const QString &requestedBy,
                            const ExtensionRequestDraft &request, QDate currentDue, QDate maxTerm,
                            QWidget *parent = nullptr);
    ~ExtensionDecisionDialog() override;

    ExtensionDecisionDraft draft() const;
    QString invalidReason() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onDecisionChanged();
    void updateState();

    std::unique_ptr<Ui::ExtensionDecisionDialog> ui;
    QDate m_earliest, m_maxTerm;
};
