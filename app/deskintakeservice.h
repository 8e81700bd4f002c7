#pragma once

#include "databasethread.h"
#include "intakeservice.h"

#include <memory>

// The intake form's database access on the desk: its own worker thread and connection, so a
// slow server never freezes the form while the citizen is talking.
class DeskIntakeService : public IntakeService
{
    Q_OBJECT
public:
    DeskIntakeService(const ConnectParams &params, QObject *parent = nullptr);

    void open(std::function<void(DbError)> done);
    void loadReference(std::function<void(IntakeReference, DbError)> done);

    void lookupPhone(const QString &e164) override;
    void loadHistory(qint64 callerId) override;
    void findSameProblem(const QString &topicCode, const QString &problemAddress,
                         qint64 callerId) override;
    void submit(const AppealInput &input) override;
    void loadAppeal(qint64 id, std::function<void(std::optional<Appeal>, DbError)> done);

private:
    ConnectParams m_params;
    std::unique_ptr<DatabaseThread> m_db;
};
