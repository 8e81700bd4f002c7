#include "attachmentlisteditor.h"

#include "ui_attachmentlisteditor.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

AttachmentListEditor::AttachmentListEditor(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AttachmentListEditor>())
{
    ui->setupUi(this);
    connect(ui->addFileButton, &QPushButton::clicked, this, &AttachmentListEditor::browse);
    connect(ui->removeFileButton, &QPushButton::clicked, this,
            &AttachmentListEditor::removeCurrent);
    connect(ui->openFileButton, &QPushButton::clicked, this, &AttachmentListEditor::openCurrent);
    connect(ui->attachmentList, &QListWidget::itemActivated, this,
            &AttachmentListEditor::openCurrent);
    connect(ui->attachmentList, &QListWidget::currentRowChanged, this,
            &AttachmentListEditor::refresh);
    setKind(AttachmentPolicy::Kind::Document);
}

AttachmentListEditor::~AttachmentListEditor() = default;

void AttachmentListEditor::setKind(AttachmentPolicy::Kind kind)
{
    m_kind = kind;
    ui->addFileButton->setToolTip(
        tr("Attach files (several at once): %1; at most %2 each. Programs and scripts are "
           "refused.")
            .arg(AttachmentPolicy::allowedSuffixes(kind).join(QStringLiteral(", ")),
                 AttachmentPolicy::formatSize(AttachmentPolicy::MaxFileSize)));
    refresh();
}

void AttachmentListEditor::setFiles(const QList<AttachmentFile> &files)
{
    m_files = files;
    m_refusals.clear();
    showRefusals();
    refresh();
    ui->attachmentList->setCurrentRow(m_files.isEmpty() ? -1 : 0);
    emit filesChanged();
}

qint64 AttachmentListEditor::totalSize() const
{
    qint64 total = 0;
    for (const AttachmentFile &f : m_files)
        total += f.size();
    return total;
}

int AttachmentListEditor::addFiles(const QStringList &paths)
{
    m_refusals.clear();
    int added = 0;
    for (const QString &path : paths) {
        QString error;
        AttachmentFile file = AttachmentPolicy::load(path, &error, m_kind);
        if (!error.isEmpty()) {
            m_refusals << error;
            continue;
        }
        const bool duplicate =
            std::any_of(m_files.cbegin(), m_files.cend(), [&file](const AttachmentFile &f) {
                return f.sha256Hex == file.sha256Hex && !f.sha256Hex.isEmpty();
            });
        if (duplicate) {
            m_refusals << tr("%1 is already attached.").arg(file.fileName);
            continue;
        }
        m_files << file;
        ++added;
    }
    showRefusals();
    refresh();
    if (added > 0) {
        ui->attachmentList->setCurrentRow(m_files.size() - 1);
        emit filesChanged();
    }
    return added;
}

void AttachmentListEditor::browse()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), start,
        AttachmentPolicy::fileDialogFilter(m_kind) + QStringLiteral(";;") + tr("All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentListEditor::removeCurrent()
{
    const int row = ui->attachmentList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    refresh();
    ui->attachmentList->setCurrentRow(qMin(row, int(m_files.size()) - 1));
    emit filesChanged();
}

void AttachmentListEditor::openCurrent()
{
    const int row = ui->attachmentList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const AttachmentFile &f = m_files.at(row);
    // A copy under a private temporary folder (removed with the dialog): the viewer opens a
    // file, the bytes live in memory or in the database.
    if (!m_openDir || !m_openDir->isValid())
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString subdir = m_openDir->filePath(QString::number(row));
    QDir().mkpath(subdir);
    const QString path = QDir(subdir).filePath(QFileInfo(f.fileName).fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size()) {
        ui->refusalLabel->setText(tr("%1 cannot be opened: %2").arg(f.fileName, out.errorString()));
        ui->refusalLabel->show();
        return;
    }
    out.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        ui->refusalLabel->setText(tr("No program to show %1 was found.").arg(f.fileName));
        ui->refusalLabel->show();
    }
}

void AttachmentListEditor::refresh()
{
    const int current = ui->attachmentList->currentRow();
    if (ui->attachmentList->count() != m_files.size()) {
        const QSignalBlocker block(ui->attachmentList);
        ui->attachmentList->clear();
        for (int i = 0; i < m_files.size(); ++i)
            ui->attachmentList->addItem(QString());
        ui->attachmentList->setCurrentRow(qMin(current, int(m_files.size()) - 1));
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const AttachmentFile &f = m_files.at(i);
        QListWidgetItem *item = ui->attachmentList->item(i);
        item->setText(
            QStringLiteral("%1 — %2").arg(f.fileName, AttachmentPolicy::formatSize(f.size())));
        item->setToolTip(tr("%1\nType: %2\nSHA-256: %3%4")
                             .arg(f.fileName, f.mimeType, QString::fromLatin1(f.sha256Hex),
                                  f.id != 0 ? tr("\nStored in the case") : tr("\nNew")));
    }
    const bool hasCurrent = ui->attachmentList->currentRow() >= 0;
    ui->removeFileButton->setEnabled(hasCurrent);
    ui->openFileButton->setEnabled(hasCurrent);
    ui->totalLabel->setText(m_files.isEmpty()
                                ? tr("No files attached.")
                                : tr("%n file(s), %1 in total", nullptr, int(m_files.size()))
                                      .arg(AttachmentPolicy::formatSize(totalSize())));
}

void AttachmentListEditor::showRefusals()
{
    ui->refusalLabel->setText(m_refusals.join(QLatin1Char('\n')));
    ui->refusalLabel->setVisible(!m_refusals.isEmpty());
}
