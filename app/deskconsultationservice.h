#pragma once

#include "consultationservice.h"
#include "databasethread.h"

#include <memory>
#include <optional>

// The consultation panel's database access on the desk: its own worker thread and connection
// (a search never waits behind a registration), and only the newest request is run: while one
// search runs, further typing replaces the one waiting, so the panel keeps up with the keys.
class DeskConsultationService : public ConsultationService
{
    Q_OBJECT
public:
    explicit DeskConsultationService(const ConnectParams &params, QObject *parent = nullptr);

    void open(std::function<void(DbError)> done);
    void search(quint64 request, const QString &text, const QString &address,
                const QString &topicCode) override;
    void logMiss(const QString &text) override;

    // The same work in the calling thread (the worker's job; tests call it directly).
    static ConsultationResults searchNow(QSqlDatabase &db, quint64 request, const QString &text,
                                         const QString &address, const QString &topicCode);

private:
    struct Pending {
        quint64 request;
        QString text;
        QString address;
        QString topic;
    };
    void runNext();

    ConnectParams m_params;
    std::unique_ptr<DatabaseThread> m_db;
    bool m_busy = false;
    std::optional<Pending> m_pending;
};
