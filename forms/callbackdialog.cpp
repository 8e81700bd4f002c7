#include "callbackdialog.h"

#include "phonenumber.h"
#include "ui_callbackdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace {
constexpr int MaxTextLength = 4000;
}

CallbackDialog::CallbackDialog(const QString &regIndex, const QString &callerName,
                               const QString &phoneE164, const QString &replySummary,
                               int previousAttempts, QDate today, QDate maxTerm, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CallbackDialog>())
    , m_phone(phoneE164)
    , m_previousAttempts(qMax(0, previousAttempts))
    , m_today(today)
    , m_maxTerm(maxTerm)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    setWindowTitle(tr("Callback — %1").arg(regIndex));
    ui->headerLabel->setText(
        QStringLiteral("<b>%1</b> — %2").arg(regIndex.toHtmlEscaped(), callerName.toHtmlEscaped()));
    const QString shown =
        phoneE164.isEmpty() ? tr("no phone number") : PhoneNumber::format(phoneE164);
    ui->phoneLabel->setText(shown);
    ui->phoneLabel->setToolTip(tr("The citizen's number; select it or press \"Copy number\""));
    ui->copyNumberButton->setEnabled(!phoneE164.isEmpty());
    ui->dialLinkLabel->setText(phoneE164.isEmpty()
                                   ? QString()
                                   : QStringLiteral("<a href=\"tel:%1\">%2</a>")
                                         .arg(phoneE164.toHtmlEscaped(), tr("Call")));
    ui->dialLinkLabel->setToolTip(tr("Dial with the softphone (tel: link)"));
    ui->replyView->setPlainText(replySummary);
    ui->attemptLabel->setText(m_previousAttempts == 0
                                  ? tr("Attempt 1")
                                  : tr("Attempt %1 (%n earlier attempt(s) without an answer)",
                                       nullptr, m_previousAttempts)
                                        .arg(attempt()));

    ui->ratingSpin->setRange(0, 5);
    ui->ratingSpin->setSpecialValueText(tr("not given"));
    ui->ratingSpin->setValue(0);
    const bool termPossible = maxTerm.isValid() && maxTerm >= today;
    ui->reworkTermEdit->setDateRange(today, termPossible ? maxTerm : today);
    ui->reworkTermEdit->setDate(termPossible ? maxTerm : today);
    ui->newTermCheck->setEnabled(termPossible);
    ui->reworkTermHintLabel->setText(
        termPossible ? tr("at most %1 (legal maximum, 45 days from receipt)")
                           .arg(maxTerm.toString(QStringLiteral("dd.MM.yyyy")))
                     : tr("the legal maximum has passed: the term cannot be changed"));

    const QList<QAbstractButton *> buttons{ui->reachedYesRadio,       ui->reachedNoRadio,
                                           ui->outcomeConfirmedRadio, ui->outcomePartlyRadio,
                                           ui->outcomeNotDoneRadio,   ui->reworkCheck,
                                           ui->newTermCheck};
    for (QAbstractButton *b : buttons)
        connect(b, &QAbstractButton::toggled, this, &CallbackDialog::updateState);
    connect(ui->citizenWordsEdit, &QPlainTextEdit::textChanged, this, &CallbackDialog::updateState);
    connect(ui->commentEdit, &QPlainTextEdit::textChanged, this, &CallbackDialog::updateState);
    connect(ui->copyNumberButton, &QPushButton::clicked, this, &CallbackDialog::copyNumber);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CallbackDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CallbackDialog::reject);
    const QList<QWidget *> filtered{ui->reachedYesRadio, ui->reachedNoRadio, ui->citizenWordsEdit,
                                    ui->commentEdit};
    for (QWidget *w : filtered)
        w->installEventFilter(this);
    ui->reachedYesRadio->setFocus();
    updateState();
}

CallbackDialog::~CallbackDialog() = default;

void CallbackDialog::copyNumber()
{
    QGuiApplication::clipboard()->setText(m_phone);
    ui->copyNumberButton->setText(tr("Copied"));
}

QString CallbackDialog::outcome() const
{
    if (ui->outcomeConfirmedRadio->isChecked())
        return QStringLiteral("confirmed");
    if (ui->outcomePartlyRadio->isChecked())
        return QStringLiteral("partly");
    if (ui->outcomeNotDoneRadio->isChecked())
        return QStringLiteral("not_done");
    return QString();
}

CallbackDraft CallbackDialog::draft() const
{
    CallbackDraft d;
    d.attempt = attempt();
    d.reached = ui->reachedYesRadio->isChecked();
    d.comment = ui->commentEdit->toPlainText().trimmed();
    if (!d.reached)
        return d;
    d.outcome = outcome();
    d.rating = ui->ratingSpin->value();
    const bool notDone =
        d.outcome == QLatin1String("partly") || d.outcome == QLatin1String("not_done");
    d.sendToRework = notDone && ui->reworkCheck->isChecked();
    if (d.sendToRework) {
        d.citizenWords = ui->citizenWordsEdit->toPlainText().trimmed();
        if (ui->newTermCheck->isChecked() && ui->newTermCheck->isEnabled())
            d.reworkTerm = ui->reworkTermEdit->date();
    }
    return d;
}

QString CallbackDialog::invalidReason() const
{
    if (!ui->reachedYesRadio->isChecked() && !ui->reachedNoRadio->isChecked())
        return tr("Was the citizen reached? Choose Yes or No.");
    const CallbackDraft d = draft();
    if (d.comment.size() > MaxTextLength)
        return tr("The comment is too long: at most %1 characters.").arg(MaxTextLength);
    if (!d.reached)
        return QString();
    if (d.outcome.isEmpty())
        return tr("Choose what the citizen says: confirmed done, partly done or not done.");
    if (d.sendToRework && d.citizenWords.isEmpty())
        return tr("Write down the citizen's words for the executor (what is still not done).");
    if (d.citizenWords.size() > MaxTextLength)
        return tr("The citizen's words are too long: at most %1 characters.").arg(MaxTextLength);
    return QString();
}

void CallbackDialog::updateState()
{
    const bool reached = ui->reachedYesRadio->isChecked();
    const QString out = outcome();
    const bool notDone = out == QLatin1String("partly") || out == QLatin1String("not_done");
    ui->outcomeGroup->setVisible(reached);
    ui->ratingLabel->setVisible(reached);
    ui->ratingSpin->setVisible(reached);
    ui->reworkCheck->setVisible(reached && notDone);
    ui->reworkFrame->setVisible(reached && notDone);
    ui->reworkFrame->setEnabled(ui->reworkCheck->isChecked());
    ui->reworkTermEdit->setEnabled(ui->newTermCheck->isChecked());
    if (ui->reachedNoRadio->isChecked()) {
        ui->attemptLabel->setText(
            tr("Attempt %1: not reached — the case stays in \"Callback due\".").arg(attempt()));
    }

    const QString why = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why.isEmpty() ? tr("Save the callback (Ctrl+Enter)") : why);
    ui->validationLabel->setText(why);
}

bool CallbackDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if ((watched == ui->reachedYesRadio || watched == ui->reachedNoRadio) &&
        key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Y) {
            ui->reachedYesRadio->setChecked(true);
            ui->reachedYesRadio->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_N) {
            ui->reachedNoRadio->setChecked(true);
            ui->reachedNoRadio->setFocus();
            return true;
        }
    }
    if ((watched == ui->citizenWordsEdit || watched == ui->commentEdit) &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        (key->modifiers() & Qt::ControlModifier)) {
        accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CallbackDialog::accept()
{
    updateState();
    if (invalidReason().isEmpty())
        QDialog::accept();
}
