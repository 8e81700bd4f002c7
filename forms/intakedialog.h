#pragma once

#include "draftstore.h"
#include "intakedata.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class ConsultationPanel;
class IntakeService;
class QWidget;
struct KbHit;
namespace Ui {
class IntakeDialog;
}

// The operator's intake form: one call from the first ring to a registered appeal, by keyboard.
// Typing the phone number finds the caller and their history; the legal term is shown with its
// reason as the form is filled; every change is saved as a local draft; Enter saves.
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    IntakeDialog(IntakeService *service, const IntakeReference &reference, DraftStore *drafts,
                 QWidget *parent = nullptr);
    ~IntakeDialog() override;

    // A new call (from F2 or a telephony hook); the number may be empty.
    void startCall(const QString &phone = QString());
    void restoreDraft(const DraftStore::Draft &draft);
    // A letter of the Incoming e-mail queue: the form filled from it (channel e-mail, sender,
    // text); registering it ties the letter to the case and acknowledges it to the citizen.
    void startFromMail(const AppealInput &prefill);
    qint64 mailId() const { return m_mailId; }
    // The consultation side panel (issue 8): placed right of the form, fed with what the form
    // holds; its chosen answer closes the call as a consultation linked to the article.
    void setConsultationPanel(ConsultationPanel *panel);

    AppealInput input() const;
    QUuid draftId() const { return m_draftId; }
    // The stored appeal after a successful save (for printing the card).
    const Appeal &stored() const { return m_stored; }

signals:
    void registered(const Appeal &appeal);
    void printRequested(const Appeal &appeal);

protected:
    void reject() override;

private:
    void fillReferenceData();
    void connectSignals();
    void onPhoneEdited();
    void onCallersFound(const QString &e164, const QList<CallerMatch> &callers);
    void applyCaller(const CallerMatch &caller);
    void onHistoryLoaded(qint64 callerId, const QList<CallerHistoryItem> &items);
    void onSameProblemFound(const QList<Appeal> &cases);
    void onSubmitted(const SubmitOutcome &outcome);
    void updateTerm();
    void updateOutcomeFields();
    void updatePriority();
    void markDirty();
    void saveDraft();
    void save();
    void attachAsCoApplicant();
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void setEditable(bool editable);
    void resetForm();
    void fillFrom(const AppealInput &in);
    QString topicCode() const;
    QWidget *widgetForField(const QString &field) const;
    void updateConsultationContext();
    void answerFromArticle(const KbHit &hit);

    std::unique_ptr<Ui::IntakeDialog> ui;
    IntakeService *m_service;
    IntakeReference m_reference;
    DraftStore *m_drafts;
    QUuid m_draftId;
    QUuid m_idempotencyKey;
    qint64 m_callerId = 0;
    qint64 m_coApplicantOf = 0;
    QString m_lookedUpPhone;
    QTimer m_phoneTimer;
    QTimer m_sameProblemTimer;
    bool m_loading = false; // filling fields programmatically: not an edit
    bool m_submitting = false;
    bool m_done = false;
    Appeal m_stored;
    ConsultationPanel *m_panel = nullptr;
    qint64 m_kbArticleId = 0;
    qint64 m_mailId = 0;
};
