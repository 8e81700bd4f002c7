#include "extensiondecisiondialog.h"

#include "ui_extensiondecisiondialog.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace {
QString shortDate(QDate d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

ExtensionDecisionDialog::ExtensionDecisionDialog(const QString &regIndex,
                                                 const QString &requestedBy,
                                                 const ExtensionRequestDraft &request,
                                                 QDate currentDue, QDate maxTerm, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExtensionDecisionDialog>())
    , m_earliest(currentDue.addDays(1))
    , m_maxTerm(maxTerm)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Decide"));
    setWindowTitle(tr("Extension of the term — %1").arg(regIndex));
    QString requestText = tr("<b>%1</b> asks to extend the term of <b>%2</b> from %3 to <b>%4</b>.")
                              .arg(requestedBy.toHtmlEscaped(), regIndex.toHtmlEscaped(),
                                   shortDate(currentDue), shortDate(request.requestedDue));
    if (request.requestedDue > maxTerm) {
        requestText += QStringLiteral("<br>") +
                       tr("The requested date is beyond the legal maximum: at most %1 can be "
                          "granted.")
                           .arg(shortDate(maxTerm));
    }
    ui->requestLabel->setText(requestText);
    ui->requestReasonView->setPlainText(request.reason);
    ui->maxTermLabel->setText(tr("Legal maximum: %1 (45 days from receipt, Law 393/96 art. 20).")
                                  .arg(shortDate(maxTerm)));
    const bool possible = m_earliest <= maxTerm;
    ui->dueEdit->setDateRange(m_earliest, possible ? maxTerm : m_earliest);
    ui->dueEdit->setDate(request.requestedDue.isValid()
                             ? qBound(m_earliest, request.requestedDue, maxTerm)
                             : maxTerm);
    ui->grantRadio->setEnabled(possible);

    connect(ui->grantRadio, &QRadioButton::toggled, this,
            &ExtensionDecisionDialog::onDecisionChanged);
    connect(ui->refuseRadio, &QRadioButton::toggled, this,
            &ExtensionDecisionDialog::onDecisionChanged);
    connect(ui->dueEdit, &QDateEdit::dateChanged, this, &ExtensionDecisionDialog::updateState);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this,
            &ExtensionDecisionDialog::updateState);
    connect(ui->authorNotifiedCheck, &QCheckBox::toggled, this,
            &ExtensionDecisionDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ExtensionDecisionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ExtensionDecisionDialog::reject);
    ui->noteEdit->installEventFilter(this);
    ui->grantRadio->setFocus();
    onDecisionChanged();
}

ExtensionDecisionDialog::~ExtensionDecisionDialog() = default;

void ExtensionDecisionDialog::onDecisionChanged()
{
    const bool grant = ui->grantRadio->isChecked();
    const bool refuse = ui->refuseRadio->isChecked();
    ui->dueEdit->setEnabled(grant);
    // Ticked by default when granting: the author must be told (art. 20); nothing to tell
    // about a refusal here.
    ui->authorNotifiedCheck->setEnabled(grant);
    if (grant || refuse) {
        const QSignalBlocker block(ui->authorNotifiedCheck);
        ui->authorNotifiedCheck->setChecked(grant);
    }
    ui->noteLabel->setText(refuse ? tr("&Note (required):") : tr("&Note:"));
    updateState();
}

ExtensionDecisionDraft ExtensionDecisionDialog::draft() const
{
    ExtensionDecisionDraft d;
    d.granted = ui->grantRadio->isChecked();
    if (d.granted) {
        d.due = ui->dueEdit->date();
        d.authorNotified = ui->authorNotifiedCheck->isChecked();
    }
    d.note = ui->noteEdit->toPlainText().trimmed();
    return d;
}

QString ExtensionDecisionDialog::invalidReason() const
{
    if (!ui->grantRadio->isChecked() && !ui->refuseRadio->isChecked())
        return m_earliest > m_maxTerm
                   ? tr("The term already is the legal maximum: the extension can only be "
                        "refused.")
                   : tr("Grant or refuse the extension.");
    const ExtensionDecisionDraft d = draft();
    if (d.granted && (d.due < m_earliest || d.due > m_maxTerm))
        return tr("The new term must be after the current one and not after %1.")
            .arg(shortDate(m_maxTerm));
    if (!d.granted && d.note.size() < 5)
        return tr("Write why the extension is refused: the executor will read it.");
    if (d.note.size() > 2000)
        return tr("The note is too long: at most 2000 characters.");
    return QString();
}

void ExtensionDecisionDialog::updateState()
{
    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Record the decision (Enter)") : why);
    QString message = why;
    if (why.isEmpty() && ui->grantRadio->isChecked() && !ui->authorNotifiedCheck->isChecked())
        message = tr("Remember to inform the author of the new term.");
    ui->validationLabel->setText(message);
}

bool ExtensionDecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->noteEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ExtensionDecisionDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
