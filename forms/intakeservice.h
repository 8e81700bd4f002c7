#pragma once

#include "intakedata.h"

#include <QObject>

// What the intake form asks of the database, asynchronously: the app answers from its
// database thread, tests answer from memory. Results arrive as signals in the GUI thread.
class IntakeService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void lookupPhone(const QString &e164) = 0;
    virtual void loadHistory(qint64 callerId) = 0;
    virtual void findSameProblem(const QString &topicCode, const QString &problemAddress,
                                 qint64 callerId) = 0;
    virtual void submit(const AppealInput &input) = 0;

signals:
    void callersFound(const QString &e164, const QList<CallerMatch> &callers);
    void historyLoaded(qint64 callerId, const QList<CallerHistoryItem> &items);
    void sameProblemFound(const QList<Appeal> &cases);
    void submitted(const SubmitOutcome &outcome);
};
