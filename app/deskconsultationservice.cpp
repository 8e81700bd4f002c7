#include "deskconsultationservice.h"

#include "knowledgebaserepository.h"
#include "outagerepository.h"

#include <QDateTime>

DeskConsultationService::DeskConsultationService(const ConnectParams &params, QObject *parent)
    : ConsultationService(parent)
    , m_params(params)
    , m_db(std::make_unique<DatabaseThread>(QStringLiteral("kontakt-consult")))
{
    m_params.applicationName = QStringLiteral("kontakt-consult");
}

void DeskConsultationService::open(std::function<void(DbError)> done)
{
    m_db->open(this, m_params, std::move(done));
}

ConsultationResults DeskConsultationService::searchNow(QSqlDatabase &db, quint64 request,
                                                       const QString &text, const QString &address,
                                                       const QString &topicCode)
{
    ConsultationResults r;
    r.request = request;
    r.text = text;
    r.address = address;
    DbError error;
    KnowledgeBaseRepository kb(db);
    if (!text.trimmed().isEmpty()) {
        const auto found = kb.search(text, 8, topicCode, &error);
        r.hits = found.hits;
        QList<qint64> orgs;
        for (const KbHit &h : std::as_const(r.hits).mid(0, 3)) {
            for (qint64 o : h.orgIds) {
                if (!orgs.contains(o))
                    orgs << o;
            }
        }
        if (!error.isError())
            r.directory = kb.directory(text, orgs, 6, &error);
    }
    if (!error.isError() && !address.trimmed().isEmpty())
        r.outages =
            OutageRepository(db).forAddress(address, QDateTime::currentDateTime(), 24, &error);
    if (error.isError())
        r.error = error.userMessage();
    return r;
}

void DeskConsultationService::search(quint64 request, const QString &text, const QString &address,
                                     const QString &topicCode)
{
    m_pending = Pending{request, text, address, topicCode};
    if (!m_busy)
        runNext();
}

void DeskConsultationService::runNext()
{
    if (!m_pending)
        return;
    const Pending p = *m_pending;
    m_pending.reset();
    m_busy = true;
    m_db->run<ConsultationResults>(
        this,
        [p](QSqlDatabase &db) { return searchNow(db, p.request, p.text, p.address, p.topic); },
        [this](ConsultationResults results) {
            m_busy = false;
            emit resultsReady(results);
            runNext();
        });
}

void DeskConsultationService::logMiss(const QString &text)
{
    m_db->run<bool>(
        this,
        [text](QSqlDatabase &db) {
            DbError error;
            return KnowledgeBaseRepository(db).logMiss(text, &error);
        },
        [](bool) {});
}
