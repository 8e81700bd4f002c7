#include "reasondialog.h"

#include "ui_reasondialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, int minLength,
                           QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReasonDialog>())
    , m_minLength(qBound(1, minLength, int(MaxLength)))
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setWindowTitle(title);
    ui->promptLabel->setText(prompt);
    ui->reasonEdit->installEventFilter(this);
    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    ui->reasonEdit->setFocus();
    updateState();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::setReason(const QString &text)
{
    ui->reasonEdit->setPlainText(text);
}

QString ReasonDialog::reason() const
{
    return ui->reasonEdit->toPlainText().trimmed();
}

void ReasonDialog::setOkText(const QString &text)
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(text);
}

QString ReasonDialog::invalidReason() const
{
    const int length = int(reason().size());
    if (length < m_minLength)
        return tr("Write the reason: at least %n character(s).", nullptr, m_minLength);
    if (length > MaxLength)
        return tr("The reason is too long: %1 characters, at most %2.")
            .arg(QLocale().toString(length), QLocale().toString(MaxLength));
    return QString();
}

void ReasonDialog::updateState()
{
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Ctrl+Enter") : why);
    ui->validationLabel->setText(why);
    ui->countLabel->setText(
        tr("%1 / %2").arg(QLocale().toString(int(reason().size())), QLocale().toString(MaxLength)));
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->reasonEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReasonDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
