#pragma once

#include "attachmentpolicy.h"
#include "routingtypes.h"

#include <QWidget>
#include <memory>

class QTemporaryDir;
namespace Ui {
class AttachmentListEditor;
}

// The list of files attached to a reply or an inspection: Add (a file dialog, several at once;
// every file is checked by AttachmentPolicy before it is taken, refused ones are listed with
// their reason), Remove, Open (a copy in a temporary folder, shown by the system viewer) and
// the total size. Used inside ReplyDialog and InspectionDialog (promoted in their .ui).
class AttachmentListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentListEditor(QWidget *parent = nullptr);
    ~AttachmentListEditor() override;

    void setKind(AttachmentPolicy::Kind kind);
    AttachmentPolicy::Kind kind() const { return m_kind; }

    // Files already stored (id != 0) or restored from a draft; not checked again.
    void setFiles(const QList<AttachmentFile> &files);
    QList<AttachmentFile> files() const { return m_files; }
    qint64 totalSize() const;

    // Checks and adds files from disk; returns how many were taken. The reasons of refused
    // ones are shown under the list (refusals()). A file with the same content as one already
    // in the list is not added twice.
    int addFiles(const QStringList &paths);
    QStringList refusals() const { return m_refusals; }

signals:
    void filesChanged();

private:
    void browse();
    void removeCurrent();
    void openCurrent();
    void refresh();
    void showRefusals();

    std::unique_ptr<Ui::AttachmentListEditor> ui;
    AttachmentPolicy::Kind m_kind = AttachmentPolicy::Kind::Document;
    QList<AttachmentFile> m_files;
    QStringList m_refusals;
    std::unique_ptr<QTemporaryDir> m_openDir;
};
