#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReplyDialog;
}

// The executor's reply to an assignment: the proposed result (done, explained, refused,
// impossible in this period), the reply text (required, at most 50 000 characters), the
// outgoing letter's number and date (optional) and attachments checked by AttachmentPolicy
// before they are taken. Ctrl+Enter is OK once valid; Esc cancels.
class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxTextLength = 50000;

    // caseTitle: "Б-123/2026 — no heating at Heroiv Ukrainy St. 5" (shown on top);
    // today: the latest date the outgoing letter may carry.
    ReplyDialog(const QString &caseTitle, QDate today, QWidget *parent = nullptr);
    ~ReplyDialog() override;

    void setDraft(const ReplyDraft &draft); // a reply sent back for rework, stored files kept
    ReplyDraft draft() const;
    QString invalidReason() const;

    // Test hook (and drag-and-drop later): checks and attaches files; returns how many were
    // taken; refusals are shown under the list.
    int addFiles(const QStringList &paths);
    QStringList attachmentRefusals() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString resultCode() const;
    void updateState();

    std::unique_ptr<Ui::ReplyDialog> ui;
};
