#include "instructiondialog.h"

#include "ui_instructiondialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

InstructionDialog::InstructionDialog(const QStringList &authors, QDate today, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::InstructionDialog>())
    , m_today(today)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->authorCombo->addItems(authors);
    ui->dueDateEdit->setSpecialValueText(tr("not chosen"));
    ui->dueDateEdit->setMinimumDate(today.addDays(-1));
    ui->dueDateEdit->setMaximumDate(today.addYears(2));
    ui->dueDateEdit->setDate(today.addDays(-1));

    connect(ui->numberEdit, &QLineEdit::textChanged, this, &InstructionDialog::updateState);
    connect(ui->authorCombo, &QComboBox::currentTextChanged, this, &InstructionDialog::updateState);
    connect(ui->textEdit, &QPlainTextEdit::textChanged, this, &InstructionDialog::updateState);
    connect(ui->dueDateEdit, &QDateEdit::dateChanged, this, &InstructionDialog::updateState);
    connect(ui->regIndexEdit, &QLineEdit::textChanged, this, [this]() {
        m_indexNote.clear();
        updateState();
    });
    connect(ui->addIndexButton, &QPushButton::clicked, this, [this]() { addIndex(); });
    connect(ui->removeIndexButton, &QPushButton::clicked, this, &InstructionDialog::removeIndex);
    connect(ui->indexList, &QListWidget::currentRowChanged, this, &InstructionDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &InstructionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &InstructionDialog::reject);
    ui->regIndexEdit->installEventFilter(this);
    ui->indexList->installEventFilter(this);
    ui->textEdit->installEventFilter(this);
    ui->numberEdit->setFocus();
    updateState();
}

InstructionDialog::~InstructionDialog() = default;

void InstructionDialog::setDraft(const InstructionDraft &d)
{
    ui->numberEdit->setText(d.number);
    ui->authorCombo->setCurrentText(d.authorName);
    ui->textEdit->setPlainText(d.text);
    if (d.dueDate.isValid())
        ui->dueDateEdit->setDate(qMax(d.dueDate, m_today));
    ui->indexList->clear();
    ui->indexList->addItems(d.regIndexes);
    updateState();
}

InstructionDraft InstructionDialog::draft() const
{
    InstructionDraft d;
    d.number = ui->numberEdit->text().trimmed();
    d.authorName = ui->authorCombo->currentText().simplified();
    d.text = ui->textEdit->toPlainText().trimmed();
    if (ui->dueDateEdit->date() >= m_today)
        d.dueDate = ui->dueDateEdit->date();
    for (int i = 0; i < ui->indexList->count(); ++i)
        d.regIndexes << ui->indexList->item(i)->text();
    return d;
}

bool InstructionDialog::addIndex()
{
    const QString index = ui->regIndexEdit->text().simplified();
    if (index.isEmpty())
        return false;
    for (int i = 0; i < ui->indexList->count(); ++i) {
        if (ui->indexList->item(i)->text().compare(index, Qt::CaseInsensitive) == 0) {
            m_indexNote = tr("%1 is already in the list.").arg(index);
            ui->indexList->setCurrentRow(i);
            ui->regIndexEdit->selectAll(); // kept, and replaced by whatever is typed next
            updateState();
            return true;
        }
    }
    ui->indexList->addItem(index);
    ui->indexList->setCurrentRow(ui->indexList->count() - 1);
    ui->regIndexEdit->clear();
    m_indexNote.clear();
    updateState();
    return true;
}

void InstructionDialog::removeIndex()
{
    const int row = ui->indexList->currentRow();
    if (row < 0)
        return;
    delete ui->indexList->takeItem(row);
    updateState();
}

QString InstructionDialog::invalidReason() const
{
    const InstructionDraft d = draft();
    if (d.number.isEmpty())
        return tr("Enter the number of the instruction.");
    if (d.authorName.isEmpty())
        return tr("Choose who gave the instruction (the mayor or a deputy).");
    if (d.text.isEmpty())
        return tr("Enter the text of the instruction.");
    if (d.text.size() > 20000)
        return tr("The text is too long: at most 20000 characters.");
    if (!d.dueDate.isValid())
        return tr("Choose the due date (today or later).");
    if (!ui->regIndexEdit->text().trimmed().isEmpty())
        return tr("Press Enter (or \"Add\") to add the typed registration index, or clear it.");
    return QString();
}

void InstructionDialog::updateState()
{
    ui->addIndexButton->setEnabled(!ui->regIndexEdit->text().trimmed().isEmpty());
    ui->removeIndexButton->setEnabled(ui->indexList->currentRow() >= 0);
    ui->indexCountLabel->setText(tr("%n appeal(s) linked", nullptr, ui->indexList->count()));
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Save the instruction (Enter)") : why);
    ui->validationLabel->setText(m_indexNote.isEmpty() ? why : m_indexNote);
}

bool InstructionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == ui->regIndexEdit && enter && key->modifiers() == Qt::NoModifier) {
        // Enter adds the typed index; on an empty field it is the dialog's OK as usual.
        if (addIndex())
            return true;
    }
    if (watched == ui->indexList && key->key() == Qt::Key_Delete) {
        removeIndex();
        return true;
    }
    if (watched == ui->textEdit && enter && (key->modifiers() & Qt::ControlModifier)) {
        accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void InstructionDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
