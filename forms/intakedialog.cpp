#include "intakedialog.h"

#include "appealjson.h"
#include "appealvalidator.h"
#include "consultationpanel.h"
#include "intakeservice.h"
#include "phonenumber.h"
#include "ui_intakedialog.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>

namespace {
constexpr int kCodeRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

IntakeDialog::IntakeDialog(IntakeService *service, const IntakeReference &reference,
                           DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::IntakeDialog>())
    , m_service(service)
    , m_reference(reference)
    , m_drafts(drafts)
{
    ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_phoneTimer.setSingleShot(true);
    m_phoneTimer.setInterval(250);
    m_sameProblemTimer.setSingleShot(true);
    m_sameProblemTimer.setInterval(600);
    fillReferenceData();
    connectSignals();
    startCall();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::fillReferenceData()
{
    auto fillCombo = [this](QComboBox *combo, const QString &section, bool optional) {
        combo->clear();
        if (optional)
            combo->addItem(tr("— not given —"), QString());
        for (const ClassifierEntry &e : m_reference.section(section))
            combo->addItem(e.code + QStringLiteral(" ") + e.name, e.code);
    };
    fillCombo(ui->kindCombo, QStringLiteral("kind"), false);
    fillCombo(ui->subjectCombo, QStringLiteral("subject"), false);
    fillCombo(ui->sexCombo, QStringLiteral("sex"), true);
    fillCombo(ui->socialCombo, QStringLiteral("social"), true);

    ui->categoriesList->clear();
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("author"))) {
        auto *item = new QListWidgetItem(e.code + QStringLiteral(" ") + e.name +
                                             (e.privileged ? QStringLiteral(" ★") : QString()),
                                         ui->categoriesList);
        item->setData(kCodeRole, e.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (e.privileged)
            item->setToolTip(tr("Privileged category: considered first"));
    }

    ui->channelCombo->clear();
    for (Channel c : {Channel::Phone, Channel::Email, Channel::Web, Channel::Visit, Channel::Post})
        ui->channelCombo->addItem(AppealKeys::channelName(c), AppealKeys::channelKey(c));

    ui->outcomeCombo->clear();
    ui->outcomeCombo->addItem(tr("Register for routing"),
                              AppealKeys::outcomeKey(IntakeOutcome::Register));
    ui->outcomeCombo->addItem(tr("Consultation: answered at once"),
                              AppealKeys::outcomeKey(IntakeOutcome::Consultation));
    ui->outcomeCombo->addItem(tr("Forward by competence (art. 7)"),
                              AppealKeys::outcomeKey(IntakeOutcome::Forward));
    ui->outcomeCombo->addItem(tr("Return to the author (art. 5)"),
                              AppealKeys::outcomeKey(IntakeOutcome::Return));
    ui->outcomeCombo->addItem(tr("Not considered (art. 8)"),
                              AppealKeys::outcomeKey(IntakeOutcome::NotConsidered));

    // Type-ahead: topic by code or words, streets, bodies to forward to.
    QStringList topics;
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic")))
        topics << e.code + QStringLiteral(" ") + e.name;
    auto makeCompleter = [this](const QStringList &items, QLineEdit *edit) {
        auto *completer = new QCompleter(items, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
    };
    makeCompleter(topics, ui->topicEdit);
    makeCompleter(m_reference.streets, ui->addressEdit);
    makeCompleter(m_reference.streets, ui->problemAddressEdit);
    makeCompleter(m_reference.bodies, ui->forwardToEdit);
}

void IntakeDialog::connectSignals()
{
    connect(ui->phoneEdit, &QLineEdit::textEdited, this, [this]() {
        m_phoneTimer.start();
        markDirty();
    });
    connect(&m_phoneTimer, &QTimer::timeout, this, &IntakeDialog::onPhoneEdited);
    connect(&m_sameProblemTimer, &QTimer::timeout, this, [this]() {
        const QString topic = topicCode();
        const QString address = ui->problemAddressEdit->text().trimmed().isEmpty()
                                    ? ui->addressEdit->text()
                                    : ui->problemAddressEdit->text();
        if (!topic.isEmpty() && address.trimmed().size() >= 4)
            m_service->findSameProblem(topic, address, m_callerId);
    });
    connect(m_service, &IntakeService::callersFound, this, &IntakeDialog::onCallersFound);
    connect(m_service, &IntakeService::historyLoaded, this, &IntakeDialog::onHistoryLoaded);
    connect(m_service, &IntakeService::sameProblemFound, this, &IntakeDialog::onSameProblemFound);
    connect(m_service, &IntakeService::submitted, this, &IntakeDialog::onSubmitted);

    for (QLineEdit *edit : {ui->surnameEdit, ui->firstNameEdit, ui->patronymicEdit, ui->addressEdit,
                            ui->summaryEdit, ui->emailEdit, ui->reasonEdit, ui->forwardToEdit})
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::markDirty);
    for (QLineEdit *edit : {ui->topicEdit, ui->problemAddressEdit, ui->addressEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            markDirty();
            updateTerm();
            m_sameProblemTimer.start();
        });
    }
    connect(ui->fullTextEdit, &QPlainTextEdit::textChanged, this, &IntakeDialog::markDirty);
    for (QComboBox *combo : {ui->kindCombo, ui->sexCombo, ui->socialCombo, ui->channelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeDialog::markDirty);
    connect(ui->channelCombo, &QComboBox::currentIndexChanged, this,
            &IntakeDialog::updateOutcomeFields);
    connect(ui->subjectCombo, &QComboBox::currentIndexChanged, this, [this]() {
        const bool collective = ui->subjectCombo->currentData().toString() == QLatin1String("5.2");
        ui->signatoriesSpin->setEnabled(collective);
        if (collective && ui->signatoriesSpin->value() < 2)
            ui->signatoriesSpin->setValue(2);
        if (!collective)
            ui->signatoriesSpin->setValue(1);
        markDirty();
    });
    connect(ui->signatoriesSpin, &QSpinBox::valueChanged, this, &IntakeDialog::markDirty);
    connect(ui->outcomeCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateOutcomeFields();
        updateTerm();
        markDirty();
    });
    for (QCheckBox *check :
         {ui->needsStudyCheck, ui->confidentialCheck, ui->consentCheck, ui->authorNotifiedCheck})
        connect(check, &QCheckBox::toggled, this, &IntakeDialog::markDirty);
    connect(ui->needsStudyCheck, &QCheckBox::toggled, this, &IntakeDialog::updateTerm);
    connect(ui->receivedEdit, &QDateTimeEdit::dateTimeChanged, this, [this]() {
        updateTerm();
        markDirty();
    });
    connect(ui->categoriesList, &QListWidget::itemChanged, this, [this]() {
        updatePriority();
        markDirty();
    });
    connect(ui->callersList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        CallerMatch m;
        m.id = item->data(kIdRole).toLongLong();
        m.author = AppealJson::parseAuthor(item->data(kCodeRole).toJsonObject());
        applyCaller(m);
    });
    connect(ui->attachButton, &QPushButton::clicked, this, &IntakeDialog::attachAsCoApplicant);
    connect(ui->saveButton, &QPushButton::clicked, this, [this]() {
        if (m_done)
            startCall();
        else
            save();
    });
    connect(ui->newButton, &QPushButton::clicked, this, [this]() { startCall(); });
    connect(ui->printButton, &QPushButton::clicked, this,
            [this]() { emit printRequested(m_stored); });
    connect(ui->closeButton, &QPushButton::clicked, this, &IntakeDialog::reject);
    auto *ctrlEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(ctrlEnter, &QShortcut::activated, this, [this]() {
        if (!m_done)
            save();
    });
    auto *ctrlS = new QShortcut(QKeySequence::Save, this);
    connect(ctrlS, &QShortcut::activated, this, [this]() {
        if (!m_done)
            save();
    });
}

void IntakeDialog::startCall(const QString &phone)
{
    resetForm();
    m_draftId = QUuid::createUuid();
    m_idempotencyKey = QUuid::createUuid();
    m_loading = true;
    ui->receivedEdit->setDateTime(QDateTime::currentDateTime());
    ui->phoneEdit->setText(phone);
    m_loading = false;
    ui->phoneEdit->setFocus();
    if (!phone.isEmpty())
        onPhoneEdited();
    updateTerm();
}

void IntakeDialog::resetForm()
{
    m_loading = true;
    m_done = false;
    m_submitting = false;
    m_callerId = 0;
    m_coApplicantOf = 0;
    m_kbArticleId = 0;
    m_mailId = 0;
    if (m_panel)
        m_panel->clear();
    m_lookedUpPhone.clear();
    m_stored = Appeal();
    for (QLineEdit *edit : {ui->phoneEdit, ui->surnameEdit, ui->firstNameEdit, ui->patronymicEdit,
                            ui->addressEdit, ui->topicEdit, ui->summaryEdit, ui->problemAddressEdit,
                            ui->emailEdit, ui->reasonEdit, ui->forwardToEdit})
        edit->clear();
    ui->fullTextEdit->clear();
    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(QStringLiteral("3.2"))));
    ui->subjectCombo->setCurrentIndex(qMax(0, ui->subjectCombo->findData(QStringLiteral("5.1"))));
    ui->signatoriesSpin->setValue(1);
    ui->signatoriesSpin->setEnabled(false);
    ui->sexCombo->setCurrentIndex(0);
    ui->socialCombo->setCurrentIndex(0);
    ui->channelCombo->setCurrentIndex(0);
    ui->outcomeCombo->setCurrentIndex(0);
    for (QCheckBox *check :
         {ui->needsStudyCheck, ui->confidentialCheck, ui->consentCheck, ui->authorNotifiedCheck})
        check->setChecked(false);
    for (int i = 0; i < ui->categoriesList->count(); ++i)
        ui->categoriesList->item(i)->setCheckState(Qt::Unchecked);
    ui->callersList->clear();
    ui->callersList->hide();
    ui->callersLabel->hide();
    ui->historyList->clear();
    ui->sameProblemList->clear();
    ui->sameProblemList->hide();
    ui->sameProblemLabel->hide();
    ui->attachButton->hide();
    ui->phoneStatusLabel->clear();
    ui->resultLabel->clear();
    ui->resultLabel->hide();
    ui->draftLabel->clear();
    ui->printButton->hide();
    ui->newButton->hide();
    ui->saveButton->setText(tr("&Save (Enter)"));
    clearErrors();
    setEditable(true);
    m_loading = false;
    updateOutcomeFields();
    updatePriority();
    setWindowTitle(tr("New appeal"));
}

void IntakeDialog::startFromMail(const AppealInput &prefill)
{
    resetForm();
    m_draftId = QUuid::createUuid();
    m_idempotencyKey = QUuid::createUuid();
    fillFrom(prefill);
    ui->draftLabel->setText(tr("From the incoming letter: check the name and address, choose "
                               "the topic; the citizen gets the registration number by e-mail."));
    setWindowTitle(tr("New appeal from an e-mail letter"));
    if (ui->surnameEdit->text().isEmpty())
        ui->surnameEdit->setFocus();
    else
        ui->addressEdit->setFocus();
    // No draft yet: until the operator types, the letter itself waits in the queue.
}

// The form shows an appeal that is not stored yet (a draft, or a letter of the Incoming e-mail
// queue).
void IntakeDialog::fillFrom(const AppealInput &in)
{
    m_loading = true;
    m_mailId = in.mailId;
    m_callerId = in.callerId;
    m_coApplicantOf = in.coApplicantOf;
    ui->phoneEdit->setText(in.author.phone);
    ui->surnameEdit->setText(in.author.surname);
    ui->firstNameEdit->setText(in.author.firstName);
    ui->patronymicEdit->setText(in.author.patronymic);
    ui->addressEdit->setText(in.author.address);
    ui->emailEdit->setText(in.author.email);
    ui->sexCombo->setCurrentIndex(qMax(0, ui->sexCombo->findData(in.author.sexCode)));
    ui->socialCombo->setCurrentIndex(qMax(0, ui->socialCombo->findData(in.author.socialCode)));
    for (int i = 0; i < ui->categoriesList->count(); ++i) {
        QListWidgetItem *item = ui->categoriesList->item(i);
        item->setCheckState(in.author.categories.contains(item->data(kCodeRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    ui->channelCombo->setCurrentIndex(
        qMax(0, ui->channelCombo->findData(AppealKeys::channelKey(in.channel))));
    if (in.receivedAt.isValid())
        ui->receivedEdit->setDateTime(in.receivedAt.toLocalTime());
    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(in.kindCode)));
    ui->subjectCombo->setCurrentIndex(qMax(0, ui->subjectCombo->findData(in.subjectCode)));
    ui->signatoriesSpin->setValue(in.signatories);
    const QString topicName = m_reference.name(QStringLiteral("topic"), in.topicCode);
    ui->topicEdit->setText(in.topicCode.isEmpty() ? QString()
                                                  : in.topicCode + QStringLiteral(" ") + topicName);
    ui->summaryEdit->setText(in.summary);
    ui->fullTextEdit->setPlainText(in.fullText);
    ui->problemAddressEdit->setText(in.problemAddress);
    ui->needsStudyCheck->setChecked(in.needsStudy);
    ui->confidentialCheck->setChecked(in.confidential);
    ui->consentCheck->setChecked(in.consentUpdates);
    ui->authorNotifiedCheck->setChecked(in.authorNotified);
    ui->outcomeCombo->setCurrentIndex(
        qMax(0, ui->outcomeCombo->findData(AppealKeys::outcomeKey(in.outcome))));
    ui->reasonEdit->setText(in.reason);
    ui->forwardToEdit->setText(in.forwardTo);
    m_loading = false;
    updateOutcomeFields();
    updatePriority();
    updateTerm();
}

void IntakeDialog::restoreDraft(const DraftStore::Draft &draft)
{
    AppealInput in;
    QList<FieldError> ignored;
    AppealJson::parseInput(draft.state, &in, &ignored);
    resetForm();
    m_draftId = draft.id;
    m_idempotencyKey = in.idempotencyKey.isNull() ? QUuid::createUuid() : in.idempotencyKey;
    fillFrom(in);
    ui->draftLabel->setText(
        tr("Draft from %1 restored")
            .arg(draft.savedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"))));
    setWindowTitle(tr("New appeal (restored draft)"));
}

void IntakeDialog::setConsultationPanel(ConsultationPanel *panel)
{
    m_panel = panel;
    panel->setObjectName(QStringLiteral("consultationPanel"));
    panel->setMinimumWidth(320);
    ui->columnsLayout->addWidget(panel);
    ui->columnsLayout->setStretch(ui->columnsLayout->count() - 1, 3);
    resize(qMax(width(), 1500), height());
    for (QLineEdit *edit :
         {ui->topicEdit, ui->summaryEdit, ui->problemAddressEdit, ui->addressEdit})
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::updateConsultationContext);
    connect(ui->fullTextEdit, &QPlainTextEdit::textChanged, this,
            &IntakeDialog::updateConsultationContext);
    connect(panel, &ConsultationPanel::answerChosen, this, &IntakeDialog::answerFromArticle);
    auto *f8 = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(f8, &QShortcut::activated, panel, &ConsultationPanel::chooseCurrent);
    auto *f6 = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(f6, &QShortcut::activated, panel, &ConsultationPanel::focusSearch);
}

void IntakeDialog::updateConsultationContext()
{
    if (!m_panel || m_loading || m_done)
        return;
    // The answer inserted from an article is not a new question.
    if (m_kbArticleId)
        return;
    QString topicWords;
    const QString code = topicCode();
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic"))) {
        if (e.code == code)
            topicWords = e.name;
    }
    const QString text =
        ui->summaryEdit->text() + QLatin1Char(' ') + ui->fullTextEdit->toPlainText().left(500);
    const QString address = ui->problemAddressEdit->text().trimmed().isEmpty()
                                ? ui->addressEdit->text()
                                : ui->problemAddressEdit->text();
    m_panel->setContext(text.trimmed().isEmpty() ? topicWords : text, address, code);
}

void IntakeDialog::answerFromArticle(const KbHit &hit)
{
    if (m_done || m_submitting)
        return;
    m_kbArticleId = hit.id;
    ui->outcomeCombo->setCurrentIndex(
        ui->outcomeCombo->findData(AppealKeys::outcomeKey(IntakeOutcome::Consultation)));
    if (ui->summaryEdit->text().trimmed().isEmpty())
        ui->summaryEdit->setText(hit.title);
    ui->fullTextEdit->setPlainText(ConsultationPanel::answerText(hit));
    if (topicCode().isEmpty() && !hit.topicCodes.isEmpty()) {
        for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic"))) {
            if (e.code == hit.topicCodes.first())
                ui->topicEdit->setText(e.code + QStringLiteral(" ") + e.name);
        }
    }
    save();
}

QString IntakeDialog::topicCode() const
{
    const QString text = ui->topicEdit->text().trimmed();
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    for (const ClassifierEntry &e : m_reference.section(QStringLiteral("topic"))) {
        if (e.code == first || e.name.compare(text, Qt::CaseInsensitive) == 0)
            return e.code;
    }
    return text.isEmpty() ? QString() : text; // an unknown code: validation says so
}

AppealInput IntakeDialog::input() const
{
    AppealInput in;
    in.channel = AppealKeys::channelFromKey(ui->channelCombo->currentData().toString())
                     .value_or(Channel::Phone);
    in.receivedAt = ui->receivedEdit->dateTime();
    in.author.phone = ui->phoneEdit->text().trimmed();
    in.author.surname = ui->surnameEdit->text().trimmed();
    in.author.firstName = ui->firstNameEdit->text().trimmed();
    in.author.patronymic = ui->patronymicEdit->text().trimmed();
    in.author.address = ui->addressEdit->text().trimmed();
    in.author.email = ui->emailEdit->text().trimmed();
    in.author.sexCode = ui->sexCombo->currentData().toString();
    in.author.socialCode = ui->socialCombo->currentData().toString();
    for (int i = 0; i < ui->categoriesList->count(); ++i) {
        const QListWidgetItem *item = ui->categoriesList->item(i);
        if (item->checkState() == Qt::Checked)
            in.author.categories << item->data(kCodeRole).toString();
    }
    in.callerId = m_callerId;
    in.kindCode = ui->kindCombo->currentData().toString();
    in.subjectCode = ui->subjectCombo->currentData().toString();
    in.signatories = ui->signatoriesSpin->value();
    in.topicCode = topicCode();
    in.summary = ui->summaryEdit->text().trimmed();
    in.fullText = ui->fullTextEdit->toPlainText().trimmed();
    in.problemAddress = ui->problemAddressEdit->text().trimmed();
    in.needsStudy = ui->needsStudyCheck->isChecked();
    in.confidential = ui->confidentialCheck->isChecked();
    in.consentUpdates = ui->consentCheck->isChecked();
    in.outcome = AppealKeys::outcomeFromKey(ui->outcomeCombo->currentData().toString())
                     .value_or(IntakeOutcome::Register);
    in.reason = ui->reasonEdit->text().trimmed();
    in.forwardTo = ui->forwardToEdit->text().trimmed();
    in.authorNotified = ui->authorNotifiedCheck->isChecked();
    in.coApplicantOf = m_coApplicantOf;
    in.mailId = m_mailId;
    in.kbArticleId = in.outcome == IntakeOutcome::Consultation ? m_kbArticleId : 0;
    in.idempotencyKey = m_idempotencyKey;
    return in;
}

void IntakeDialog::onPhoneEdited()
{
    const QString text = ui->phoneEdit->text().trimmed();
    if (text.isEmpty()) {
        ui->phoneStatusLabel->clear();
        return;
    }
    QString error;
    const auto e164 = PhoneNumber::normalize(text, m_reference.areaCode, &error);
    if (!e164) {
        ui->phoneStatusLabel->setText(error);
        return;
    }
    if (*e164 == m_lookedUpPhone)
        return;
    m_lookedUpPhone = *e164;
    ui->phoneStatusLabel->setText(tr("%1 — searching…").arg(PhoneNumber::format(*e164)));
    m_service->lookupPhone(*e164);
}

void IntakeDialog::onCallersFound(const QString &e164, const QList<CallerMatch> &callers)
{
    if (e164 != m_lookedUpPhone || m_done)
        return;
    ui->callersList->clear();
    if (callers.isEmpty()) {
        ui->phoneStatusLabel->setText(tr("%1 — new caller").arg(PhoneNumber::format(e164)));
        ui->callersList->hide();
        ui->callersLabel->hide();
        ui->historyList->clear();
        m_callerId = 0;
        return;
    }
    if (callers.size() == 1) {
        ui->callersList->hide();
        ui->callersLabel->hide();
        applyCaller(callers.first());
        return;
    }
    ui->phoneStatusLabel->setText(tr("%1 — %n people use this number", nullptr, int(callers.size()))
                                      .arg(PhoneNumber::format(e164)));
    for (const CallerMatch &c : callers) {
        auto *item = new QListWidgetItem(tr("%1, %2 (appeals: %3, open: %4)")
                                             .arg(c.author.fullName(), c.author.address)
                                             .arg(c.allAppeals)
                                             .arg(c.openAppeals),
                                         ui->callersList);
        item->setData(kIdRole, c.id);
        item->setData(kCodeRole, AppealJson::authorToJson(c.author));
    }
    ui->callersList->show();
    ui->callersLabel->show();
    ui->callersList->setCurrentRow(0);
}

void IntakeDialog::applyCaller(const CallerMatch &c)
{
    m_callerId = c.id;
    m_loading = true;
    // What the operator already typed wins over what the database remembers.
    auto fill = [](QLineEdit *edit, const QString &value) {
        if (edit->text().trimmed().isEmpty())
            edit->setText(value);
    };
    fill(ui->surnameEdit, c.author.surname);
    fill(ui->firstNameEdit, c.author.firstName);
    fill(ui->patronymicEdit, c.author.patronymic);
    fill(ui->addressEdit, c.author.address);
    fill(ui->emailEdit, c.author.email);
    if (ui->sexCombo->currentIndex() == 0)
        ui->sexCombo->setCurrentIndex(qMax(0, ui->sexCombo->findData(c.author.sexCode)));
    if (ui->socialCombo->currentIndex() == 0)
        ui->socialCombo->setCurrentIndex(qMax(0, ui->socialCombo->findData(c.author.socialCode)));
    for (int i = 0; i < ui->categoriesList->count(); ++i) {
        QListWidgetItem *item = ui->categoriesList->item(i);
        if (c.author.categories.contains(item->data(kCodeRole).toString()))
            item->setCheckState(Qt::Checked);
    }
    m_loading = false;
    updatePriority();
    markDirty();
    ui->phoneStatusLabel->setText(
        tr("%1 — %2").arg(PhoneNumber::format(m_lookedUpPhone), c.author.fullName()));
    m_service->loadHistory(c.id);
}

void IntakeDialog::onHistoryLoaded(qint64 callerId, const QList<CallerHistoryItem> &items)
{
    if (callerId != m_callerId)
        return;
    ui->historyList->clear();
    for (const CallerHistoryItem &h : items) {
        QString text = QStringLiteral("%1 · %2 · %3")
                           .arg(h.regIndex, dateText(h.receivedAt.toLocalTime().date()),
                                AppealKeys::statusName(h.status));
        if (h.dueDate && h.open)
            text += tr(" · due %1").arg(dateText(*h.dueDate));
        text += QStringLiteral("\n") + h.summary.left(120);
        auto *item = new QListWidgetItem(text, ui->historyList);
        item->setData(kIdRole, h.id);
        QFont f = item->font();
        f.setBold(h.open);
        item->setFont(f);
        item->setToolTip(h.summary);
    }
    if (items.isEmpty())
        new QListWidgetItem(tr("No earlier appeals."), ui->historyList);
}

void IntakeDialog::onSameProblemFound(const QList<Appeal> &cases)
{
    ui->sameProblemList->clear();
    const bool any = !cases.isEmpty() && !m_done;
    ui->sameProblemList->setVisible(any);
    ui->sameProblemLabel->setVisible(any);
    ui->attachButton->setVisible(any);
    for (const Appeal &a : cases) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3")
                .arg(a.regIndex, a.input.problemAddress, a.input.summary.left(80)),
            ui->sameProblemList);
        item->setData(kIdRole, a.id);
        if (a.id == m_coApplicantOf)
            ui->sameProblemList->setCurrentItem(item);
    }
}

void IntakeDialog::attachAsCoApplicant()
{
    QListWidgetItem *item = ui->sameProblemList->currentItem();
    if (!item)
        return;
    m_coApplicantOf = item->data(kIdRole).toLongLong();
    ui->sameProblemLabel->setText(tr("Will be registered as a co-applicant of %1.")
                                      .arg(item->text().section(QStringLiteral(" · "), 0, 0)));
    markDirty();
}

void IntakeDialog::updateOutcomeFields()
{
    const auto outcome = AppealKeys::outcomeFromKey(ui->outcomeCombo->currentData().toString())
                             .value_or(IntakeOutcome::Register);
    const bool needsReason =
        outcome == IntakeOutcome::Return || outcome == IntakeOutcome::NotConsidered;
    const bool forward = outcome == IntakeOutcome::Forward;
    ui->reasonEdit->setEnabled(needsReason);
    ui->reasonEditLabel->setEnabled(needsReason);
    ui->forwardToEdit->setEnabled(forward);
    ui->forwardToEditLabel->setEnabled(forward);
    ui->authorNotifiedCheck->setEnabled(forward || needsReason);
}

void IntakeDialog::updatePriority()
{
    QStringList categories;
    for (int i = 0; i < ui->categoriesList->count(); ++i) {
        const QListWidgetItem *item = ui->categoriesList->item(i);
        if (item->checkState() == Qt::Checked)
            categories << item->data(kCodeRole).toString();
    }
    ui->priorityLabel->setText(m_reference.isPrivileged(categories)
                                   ? tr("★ Privileged author: the appeal is considered first.")
                                   : QString());
}

void IntakeDialog::updateTerm()
{
    const AppealInput in = input();
    const IntakeOutcome outcome = AppealValidator::effectiveOutcome(in);
    const QDate received = DeadlineCalculator::kyivDate(in.receivedAt);
    QString text;
    switch (outcome) {
    case IntakeOutcome::Register: {
        const TermRule rule = m_reference.topicTerms.value(in.topicCode);
        const Term term =
            DeadlineCalculator(m_reference.calendar).appealTerm(in.receivedAt, in.needsStudy, rule);
        if (term.due.isValid())
            text = tr("Term: <b>%1</b> — %2").arg(dateText(term.due), term.reason.toHtmlEscaped());
        break;
    }
    case IntakeOutcome::Consultation:
        text = tr("Consultation: closed at first contact, no term.");
        break;
    case IntakeOutcome::Forward:
        text =
            tr("Forward to the competent body by <b>%1</b> (5 days, art. 7) and tell the author.")
                .arg(dateText(received.addDays(5)));
        break;
    case IntakeOutcome::Return:
        text = tr("Return to the author with an explanation by <b>%1</b> (10 days, art. 5).")
                   .arg(dateText(received.addDays(10)));
        break;
    case IntakeOutcome::NotConsidered:
        text =
            AppealValidator::isAnonymous(in)
                ? tr("Not considered: %1").arg(AppealValidator::anonymousReason().toHtmlEscaped())
                : tr("Not considered (art. 8): give the reason; the author is told.");
        break;
    }
    ui->termLabel->setText(text);
}

void IntakeDialog::markDirty()
{
    if (m_loading || m_done)
        return;
    saveDraft();
}

void IntakeDialog::saveDraft()
{
    if (!m_drafts)
        return;
    QString error;
    if (m_drafts->save(m_draftId, AppealJson::inputToJson(input()), &error))
        ui->draftLabel->setText(
            tr("Draft saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    else
        ui->draftLabel->setText(tr("The draft could not be saved: %1").arg(error));
}

void IntakeDialog::clearErrors()
{
    ui->errorsLabel->clear();
    ui->errorsLabel->hide();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            w->setStyleSheet(QString());
            w->setToolTip(QString());
        }
    }
}

QWidget *IntakeDialog::widgetForField(const QString &field) const
{
    static const QHash<QString, QString> names{
        {QStringLiteral("author.last_name"), QStringLiteral("surnameEdit")},
        {QStringLiteral("author.first_name"), QStringLiteral("firstNameEdit")},
        {QStringLiteral("author.patronymic"), QStringLiteral("patronymicEdit")},
        {QStringLiteral("author.address"), QStringLiteral("addressEdit")},
        {QStringLiteral("author.phone"), QStringLiteral("phoneEdit")},
        {QStringLiteral("author.email"), QStringLiteral("emailEdit")},
        {QStringLiteral("author.sex"), QStringLiteral("sexCombo")},
        {QStringLiteral("author.social_status"), QStringLiteral("socialCombo")},
        {QStringLiteral("author.categories"), QStringLiteral("categoriesList")},
        {QStringLiteral("summary"), QStringLiteral("summaryEdit")},
        {QStringLiteral("text"), QStringLiteral("fullTextEdit")},
        {QStringLiteral("problem_address"), QStringLiteral("problemAddressEdit")},
        {QStringLiteral("reason"), QStringLiteral("reasonEdit")},
        {QStringLiteral("forward_to"), QStringLiteral("forwardToEdit")},
        {QStringLiteral("received_at"), QStringLiteral("receivedEdit")},
        {QStringLiteral("kind"), QStringLiteral("kindCombo")},
        {QStringLiteral("subject"), QStringLiteral("subjectCombo")},
        {QStringLiteral("signatories"), QStringLiteral("signatoriesSpin")},
        {QStringLiteral("topic"), QStringLiteral("topicEdit")},
    };
    return findChild<QWidget *>(names.value(field));
}

void IntakeDialog::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        QWidget *w = widgetForField(e.field);
        QString label = e.field == QLatin1String("mail") ? tr("Incoming letter") : e.field;
        if (w) {
            if (auto *buddy = findChild<QLabel *>(w->objectName() + QStringLiteral("Label")))
                label = buddy->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
            w->setProperty("invalid", true);
            w->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
            w->setToolTip(e.message);
            if (!first)
                first = w;
        }
        lines << QStringLiteral("%1: %2").arg(label, e.message);
    }
    ui->errorsLabel->setText(lines.join(QLatin1Char('\n')));
    ui->errorsLabel->show();
    if (first)
        first->setFocus();
}

void IntakeDialog::save()
{
    if (m_submitting)
        return;
    AppealInput in = input();
    QList<FieldError> errors = AppealValidator::validate(in, QDateTime::currentDateTime());
    QString phoneError;
    if (!in.author.phone.isEmpty() &&
        !PhoneNumber::normalize(in.author.phone, m_reference.areaCode, &phoneError))
        errors.append({QStringLiteral("author.phone"), phoneError});
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    clearErrors();
    saveDraft();
    m_submitting = true;
    ui->saveButton->setEnabled(false);
    ui->resultLabel->setText(tr("Saving…"));
    ui->resultLabel->show();
    m_service->submit(in);
}

void IntakeDialog::onSubmitted(const SubmitOutcome &outcome)
{
    if (!m_submitting)
        return;
    m_submitting = false;
    ui->saveButton->setEnabled(true);
    switch (outcome.kind) {
    case SubmitOutcome::Kind::Stored:
    case SubmitOutcome::Kind::AlreadyStored: {
        m_stored = outcome.appeal;
        m_done = true;
        if (m_drafts)
            m_drafts->remove(m_draftId);
        QString text = m_stored.status == AppealStatus::Registered
                           ? tr("Registered: %1").arg(m_stored.regIndex)
                           : tr("Saved: %1 — %2")
                                 .arg(m_stored.regIndex, AppealKeys::statusName(m_stored.status));
        if (m_stored.dueDate)
            text += tr(", term %1").arg(dateText(*m_stored.dueDate));
        if (outcome.kind == SubmitOutcome::Kind::AlreadyStored)
            text += tr(" (it had already been stored: nothing was registered twice)");
        if (m_stored.arrivalCode == QLatin1String("2.2") ||
            m_stored.arrivalCode == QLatin1String("2.3")) {
            QStringList earlier;
            for (const AppealLink &l : m_stored.links)
                earlier << l.regIndex;
            text += m_stored.arrivalCode == QLatin1String("2.3")
                        ? tr(". Duplicate of the open case %1: no second task for executors.")
                              .arg(earlier.join(QStringLiteral(", ")))
                        : tr(". Repeated appeal, linked to %1.")
                              .arg(earlier.join(QStringLiteral(", ")));
        }
        ui->resultLabel->setText(text);
        ui->draftLabel->clear();
        setEditable(false);
        ui->printButton->show();
        ui->newButton->show();
        ui->saveButton->setText(tr("&Next call (Enter)"));
        ui->saveButton->setFocus();
        setWindowTitle(tr("Appeal %1").arg(m_stored.regIndex));
        emit registered(m_stored);
        break;
    }
    case SubmitOutcome::Kind::Refused:
        ui->resultLabel->hide();
        showErrors(outcome.errors);
        break;
    case SubmitOutcome::Kind::Failed:
        // Nothing typed is lost: the draft stays, the same idempotency key is reused on retry.
        ui->resultLabel->hide();
        ui->errorsLabel->setText(
            tr("Not saved: %1 The form and its draft are kept; press Enter to retry.")
                .arg(outcome.message));
        ui->errorsLabel->show();
        break;
    }
}

void IntakeDialog::setEditable(bool editable)
{
    for (QWidget *w :
         {static_cast<QWidget *>(ui->callGroup), static_cast<QWidget *>(ui->cardGroup)})
        w->setEnabled(editable);
    ui->attachButton->setEnabled(editable);
}

void IntakeDialog::reject()
{
    if (!m_done && m_drafts && !input().summary.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Close the form"),
            tr("The appeal is not saved. Keep it as a draft to finish later?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Discard)
            m_drafts->remove(m_draftId);
    } else if (!m_done && m_drafts) {
        m_drafts->remove(m_draftId); // nothing worth keeping
    }
    QDialog::reject();
}
