#pragma once

#include "deskconsultationservice.h"
#include "deskintakeservice.h"
#include "draftstore.h"
#include "intakedata.h"
#include "intakedialog.h"
#include "session.h"

#include <QObject>
#include <QPointer>
class QWidget;

// Wires the intake form into a logged-in desk: its database service, the reference data, the
// local drafts (offered again after a crash) and the printed card.
class IntakeController : public QObject
{
    Q_OBJECT
public:
    IntakeController(const Session &session, QWidget *window, QObject *parent = nullptr);
    ~IntakeController() override;

    // Opens (or raises) the form for a new call.
    void newCall(const QString &phone = QString());
    // The form filled from a letter of the Incoming e-mail queue.
    void startFromMail(const AppealInput &prefill);
    IntakeDialog *dialog() const { return m_dialog; }
    // The registration-and-control card of a stored appeal, in print preview.
    void showCard(qint64 appealId);
    bool isReady() const { return m_ready; }

signals:
    void ready();
    void appealRegistered(const Appeal &appeal);
    void failed(const QString &message);

private:
    void ensureDialog();
    void offerDrafts();
    void printCard(const Appeal &appeal);

    QWidget *m_window;
    DeskIntakeService m_service;
    DeskConsultationService m_consultation;
    DraftStore m_drafts;
    IntakeReference m_reference;
    QPointer<IntakeDialog> m_dialog;
    bool m_ready = false;
    QString m_pendingPhone;
    bool m_pendingCall = false;
    std::optional<AppealInput> m_pendingMail;
};
