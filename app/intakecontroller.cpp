#include "intakecontroller.h"

#include "consultationpanel.h"
#include "intakedialog.h"
#include "registrationcardbuilder.h"
#include "registrationcardprinter.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <utility>

IntakeController::IntakeController(const Session &session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_service(session.params)
    , m_consultation(session.params)
{
    // The consultation panel has its own connection; without it the form works as before.
    m_consultation.open([](DbError) {});
    m_service.open([this](DbError error) {
        if (error.isError()) {
            emit failed(error.userMessage());
            return;
        }
        m_service.loadReference([this](IntakeReference reference, DbError error) {
            if (error.isError()) {
                emit failed(error.userMessage());
                return;
            }
            m_reference = reference;
            m_ready = true;
            emit ready();
            if (m_pendingMail)
                startFromMail(*std::exchange(m_pendingMail, std::nullopt));
            else if (m_pendingCall)
                newCall(m_pendingPhone);
            else
                offerDrafts();
        });
    });
}

IntakeController::~IntakeController()
{
    delete m_dialog;
}

void IntakeController::ensureDialog()
{
    if (m_dialog)
        return;
    m_dialog = new IntakeDialog(&m_service, m_reference, &m_drafts, m_window);
    m_dialog->setConsultationPanel(new ConsultationPanel(&m_consultation, m_dialog));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_dialog, &IntakeDialog::registered, this, &IntakeController::appealRegistered);
    connect(m_dialog, &IntakeDialog::printRequested, this, &IntakeController::printCard);
}

void IntakeController::newCall(const QString &phone)
{
    if (!m_ready) {
        m_pendingCall = true;
        m_pendingPhone = phone;
        return;
    }
    m_pendingCall = false;
    ensureDialog();
    // A form with unsaved typing is not thrown away by a second F2: its draft is kept.
    m_dialog->startCall(phone);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IntakeController::startFromMail(const AppealInput &prefill)
{
    if (!m_ready) {
        m_pendingMail = prefill;
        return;
    }
    ensureDialog();
    m_dialog->startFromMail(prefill);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IntakeController::offerDrafts()
{
    const QList<DraftStore::Draft> drafts = m_drafts.list();
    if (drafts.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Unfinished appeals"),
        tr("Unfinished appeals from an earlier session: %n (the program was closed or the "
           "computer lost power). Open the latest now?",
           nullptr, int(drafts.size())),
        QMessageBox::Open | QMessageBox::Ignore, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return;
    ensureDialog();
    m_dialog->restoreDraft(drafts.first());
    m_dialog->show();
    m_dialog->raise();
}

void IntakeController::showCard(qint64 appealId)
{
    m_service.loadAppeal(appealId, [this](std::optional<Appeal> appeal, DbError error) {
        if (!appeal) {
            emit failed(error.isError() ? error.userMessage() : tr("The appeal was not found."));
            return;
        }
        printCard(*appeal);
    });
}

void IntakeController::printCard(const Appeal &appeal)
{
    const RegistrationCard card = RegistrationCardBuilder::fromAppeal(appeal, m_reference);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(RegistrationCardPrinter::pageLayout());
    printer.setDocName(tr("Registration card %1").arg(appeal.regIndex));
    QPrintPreviewDialog preview(&printer, m_dialog ? static_cast<QWidget *>(m_dialog) : m_window);
    preview.setWindowTitle(tr("Registration card %1").arg(appeal.regIndex));
    RegistrationCardPrinter cardPrinter(card);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&cardPrinter](QPrinter *p) { cardPrinter.print(p); });
    preview.exec();
}
