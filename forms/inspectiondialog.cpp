#include "inspectiondialog.h"

#include "ui_inspectiondialog.h"

#include <QKeyEvent>
#include <QPushButton>

InspectionDialog::InspectionDialog(const QString &regIndex, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::InspectionDialog>())
    , m_now(now)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setWindowTitle(tr("On-site inspection — %1").arg(regIndex));
    ui->inspectedAtEdit->setMaximumDateTime(now);
    ui->inspectedAtEdit->setDateTime(now);
    ui->photosEditor->setKind(AttachmentPolicy::Kind::Image);
    connect(ui->inspectorEdit, &QLineEdit::textChanged, this, &InspectionDialog::updateState);
    connect(ui->inspectedAtEdit, &QDateTimeEdit::dateTimeChanged, this,
            &InspectionDialog::updateState);
    connect(ui->findingsEdit, &QPlainTextEdit::textChanged, this, &InspectionDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &InspectionDialog::reject);
    ui->findingsEdit->installEventFilter(this);
    ui->inspectorEdit->setFocus();
    updateState();
}

InspectionDialog::~InspectionDialog() = default;

void InspectionDialog::setDraft(const InspectionDraft &d)
{
    ui->inspectorEdit->setText(d.inspector);
    if (d.inspectedAt.isValid())
        ui->inspectedAtEdit->setDateTime(d.inspectedAt);
    ui->findingsEdit->setPlainText(d.findings);
    ui->photosEditor->setFiles(d.photos);
    updateState();
}

InspectionDraft InspectionDialog::draft() const
{
    InspectionDraft d;
    d.inspector = ui->inspectorEdit->text().simplified();
    d.inspectedAt = ui->inspectedAtEdit->dateTime();
    d.findings = ui->findingsEdit->toPlainText().trimmed();
    d.photos = ui->photosEditor->files();
    return d;
}

int InspectionDialog::addPhotos(const QStringList &paths)
{
    return ui->photosEditor->addFiles(paths);
}

QStringList InspectionDialog::photoRefusals() const
{
    return ui->photosEditor->refusals();
}

QString InspectionDialog::invalidReason() const
{
    const InspectionDraft d = draft();
    if (d.inspector.isEmpty())
        return tr("Who inspected? Enter the inspector's name.");
    if (d.inspectedAt > m_now)
        return tr("The inspection cannot be in the future.");
    if (d.findings.isEmpty())
        return tr("Write the findings of the inspection.");
    if (d.findings.size() > 20000)
        return tr("The findings are too long: at most 20000 characters.");
    return QString();
}

void InspectionDialog::updateState()
{
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Save the inspection (Ctrl+Enter in the findings)") : why);
    ui->validationLabel->setText(why);
}

bool InspectionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->findingsEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void InspectionDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
