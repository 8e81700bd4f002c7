#include "extensionrequestdialog.h"

#include "ui_extensionrequestdialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace {
QString shortDate(QDate d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

ExtensionRequestDialog::ExtensionRequestDialog(const QString &regIndex, QDate currentDue,
                                               QDate maxTerm, QDate today, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExtensionRequestDialog>())
    , m_earliest(qMax(currentDue.addDays(1), today))
    , m_maxTerm(maxTerm)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Send &request"));
    setWindowTitle(tr("Ask for a longer term — %1").arg(regIndex));
    ui->currentDueValue->setText(shortDate(currentDue));
    ui->maxTermValue->setText(tr("%1 — 45 days from receipt, Law 393/96 art. 20; no extension "
                                 "may go beyond it")
                                  .arg(shortDate(maxTerm)));
    // The first value means "not chosen"; nothing past the legal maximum can be entered.
    const QDate last = qMax(maxTerm, m_earliest.addDays(-1));
    ui->requestedDueEdit->setSpecialValueText(tr("not chosen"));
    ui->requestedDueEdit->setDateRange(m_earliest.addDays(-1), last);
    ui->requestedDueEdit->setDate(m_earliest.addDays(-1));
    const bool possible = m_earliest <= maxTerm;
    ui->requestedDueEdit->setEnabled(possible);
    connect(ui->requestedDueEdit, &QDateEdit::dateChanged, this,
            &ExtensionRequestDialog::updateState);
    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this,
            &ExtensionRequestDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ExtensionRequestDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ExtensionRequestDialog::reject);
    ui->reasonEdit->installEventFilter(this);
    (possible ? static_cast<QWidget *>(ui->requestedDueEdit) : ui->buttonBox)->setFocus();
    updateState();
}

ExtensionRequestDialog::~ExtensionRequestDialog() = default;

ExtensionRequestDraft ExtensionRequestDialog::draft() const
{
    ExtensionRequestDraft d;
    const QDate date = ui->requestedDueEdit->date();
    if (date >= m_earliest && date <= m_maxTerm)
        d.requestedDue = date;
    d.reason = ui->reasonEdit->toPlainText().trimmed();
    return d;
}

QString ExtensionRequestDialog::invalidReason() const
{
    if (m_earliest > m_maxTerm)
        return tr("The term already is the legal maximum (%1): it cannot be extended.")
            .arg(shortDate(m_maxTerm));
    const ExtensionRequestDraft d = draft();
    if (!d.requestedDue.isValid())
        return tr("Choose the new term: from %1 to %2.")
            .arg(shortDate(m_earliest), shortDate(m_maxTerm));
    if (d.reason.size() < MinReasonLength)
        return tr("Explain why more time is needed (at least %n character(s)).", nullptr,
                  MinReasonLength);
    if (d.reason.size() > 2000)
        return tr("The reason is too long: at most 2000 characters.");
    return QString();
}

void ExtensionRequestDialog::updateState()
{
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Send the request to the head (Ctrl+Enter)") : why);
    ui->validationLabel->setText(why);
}

bool ExtensionRequestDialog::eventFilter(QObject *watched, QEvent *event)
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

void ExtensionRequestDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
