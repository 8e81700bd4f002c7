#pragma once

#include "routingtypes.h"

#include <QDialog>
#include <memory>

namespace Ui {
class InspectionDialog;
}

// An on-site inspection (regulation 3.7): who inspected, when (not in the future), the
// findings (required) and photos (images only, checked by AttachmentPolicy).
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    InspectionDialog(const QString &regIndex, const QDateTime &now, QWidget *parent = nullptr);
    ~InspectionDialog() override;

    void setDraft(const InspectionDraft &draft);
    InspectionDraft draft() const;
    QString invalidReason() const;
    // Test hook: checks and attaches photos; returns how many were taken.
    int addPhotos(const QStringList &paths);
    QStringList photoRefusals() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    std::unique_ptr<Ui::InspectionDialog> ui;
    QDateTime m_now;
};
