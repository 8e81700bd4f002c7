#include "replydialog.h"

#include "ui_replydialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

ReplyDialog::ReplyDialog(const QString &caseTitle, QDate today, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReplyDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Send reply"));
    ui->caseLabel->setText(caseTitle);
    ui->caseLabel->setVisible(!caseTitle.isEmpty());
    ui->answerDateEdit->setMaximumDate(today);
    ui->answerDateEdit->setDate(today);
    ui->attachmentsEditor->setKind(AttachmentPolicy::Kind::Document);

    for (QRadioButton *r : {ui->resultDoneRadio, ui->resultExplainedRadio, ui->resultRefusedRadio,
                            ui->resultImpossibleRadio})
        connect(r, &QRadioButton::toggled, this, &ReplyDialog::updateState);
    connect(ui->replyTextEdit, &QPlainTextEdit::textChanged, this, &ReplyDialog::updateState);
    connect(ui->answerGroup, &QGroupBox::toggled, this, &ReplyDialog::updateState);
    connect(ui->answerIndexEdit, &QLineEdit::textChanged, this, &ReplyDialog::updateState);
    connect(ui->attachmentsEditor, &AttachmentListEditor::filesChanged, this,
            &ReplyDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ReplyDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ReplyDialog::reject);
    ui->replyTextEdit->installEventFilter(this);
    ui->resultDoneRadio->setFocus();
    updateState();
}

ReplyDialog::~ReplyDialog() = default;

QString ReplyDialog::resultCode() const
{
    if (ui->resultDoneRadio->isChecked())
        return QStringLiteral("done");
    if (ui->resultExplainedRadio->isChecked())
        return QStringLiteral("explained");
    if (ui->resultRefusedRadio->isChecked())
        return QStringLiteral("refused");
    if (ui->resultImpossibleRadio->isChecked())
        return QStringLiteral("impossible_now");
    return QString();
}

void ReplyDialog::setDraft(const ReplyDraft &d)
{
    // Auto-exclusive radio buttons cannot be unchecked one by one: lift it while setting.
    const QList<QRadioButton *> radios{ui->resultDoneRadio, ui->resultExplainedRadio,
                                       ui->resultRefusedRadio, ui->resultImpossibleRadio};
    const QStringList codes{QStringLiteral("done"), QStringLiteral("explained"),
                            QStringLiteral("refused"), QStringLiteral("impossible_now")};
    for (int i = 0; i < radios.size(); ++i) {
        radios.at(i)->setAutoExclusive(false);
        radios.at(i)->setChecked(d.result == codes.at(i));
        radios.at(i)->setAutoExclusive(true);
    }
    ui->replyTextEdit->setPlainText(d.text);
    ui->answerGroup->setChecked(!d.answerIndex.isEmpty() || d.answerDate.isValid());
    ui->answerIndexEdit->setText(d.answerIndex);
    if (d.answerDate.isValid())
        ui->answerDateEdit->setDate(d.answerDate);
    ui->attachmentsEditor->setFiles(d.files);
    updateState();
}

ReplyDraft ReplyDialog::draft() const
{
    ReplyDraft d;
    d.result = resultCode();
    d.text = ui->replyTextEdit->toPlainText().trimmed();
    if (ui->answerGroup->isChecked()) {
        d.answerIndex = ui->answerIndexEdit->text().trimmed();
        d.answerDate = ui->answerDateEdit->date();
    }
    d.files = ui->attachmentsEditor->files();
    return d;
}

int ReplyDialog::addFiles(const QStringList &paths)
{
    return ui->attachmentsEditor->addFiles(paths);
}

QStringList ReplyDialog::attachmentRefusals() const
{
    return ui->attachmentsEditor->refusals();
}

QString ReplyDialog::invalidReason() const
{
    if (resultCode().isEmpty())
        return tr("Choose the result: done, explained, refused or impossible in this period.");
    const int length = int(ui->replyTextEdit->toPlainText().trimmed().size());
    if (length == 0)
        return tr("Write the reply text.");
    if (length > MaxTextLength)
        return tr("The reply is too long: %1 characters, at most %2. Attach the full text as a "
                  "file.")
            .arg(QLocale().toString(length), QLocale().toString(MaxTextLength));
    if (ui->answerGroup->isChecked() && ui->answerIndexEdit->text().trimmed().isEmpty())
        return tr("Enter the number of the outgoing letter, or untick \"Outgoing letter\".");
    return QString();
}

void ReplyDialog::updateState()
{
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Send the reply (Ctrl+Enter)") : why);
    ui->validationLabel->setText(why);
    const int length = int(ui->replyTextEdit->toPlainText().trimmed().size());
    ui->textCountLabel->setText(
        tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(MaxTextLength)));
}

bool ReplyDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->replyTextEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReplyDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
