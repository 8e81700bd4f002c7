#include "deskintakeservice.h"

#include "appealrepository.h"
#include "callerrepository.h"
#include "referencerepository.h"

#include <QCoreApplication>

DeskIntakeService::DeskIntakeService(const ConnectParams &params, QObject *parent)
    : IntakeService(parent)
    , m_params(params)
    , m_db(std::make_unique<DatabaseThread>(QStringLiteral("kontakt-intake")))
{
    m_params.applicationName = QStringLiteral("kontakt-intake");
}

void DeskIntakeService::open(std::function<void(DbError)> done)
{
    m_db->open(this, m_params, std::move(done));
}

void DeskIntakeService::loadReference(std::function<void(IntakeReference, DbError)> done)
{
    struct Loaded {
        IntakeReference reference;
        DbError error;
    };
    m_db->run<Loaded>(
        this,
        [](QSqlDatabase &db) {
            Loaded l;
            ReferenceRepository(db).loadIntakeReference(&l.reference, &l.error);
            return l;
        },
        [done](Loaded l) { done(l.reference, l.error); });
}

void DeskIntakeService::lookupPhone(const QString &e164)
{
    m_db->run<QList<CallerMatch>>(
        this,
        [e164](QSqlDatabase &db) {
            DbError error;
            return CallerRepository(db).findByPhone(e164, &error);
        },
        [this, e164](QList<CallerMatch> callers) { emit callersFound(e164, callers); });
}

void DeskIntakeService::loadHistory(qint64 callerId)
{
    m_db->run<QList<CallerHistoryItem>>(
        this,
        [callerId](QSqlDatabase &db) {
            DbError error;
            return CallerRepository(db).history(callerId, 50, &error);
        },
        [this, callerId](QList<CallerHistoryItem> items) { emit historyLoaded(callerId, items); });
}

void DeskIntakeService::findSameProblem(const QString &topicCode, const QString &problemAddress,
                                        qint64 callerId)
{
    m_db->run<QList<Appeal>>(
        this,
        [topicCode, problemAddress, callerId](QSqlDatabase &db) {
            DbError error;
            AppealRepository repo(db);
            const int hours = ReferenceRepository(db).intSetting(
                QStringLiteral("same_problem_hours"), 72, &error);
            return repo.sameProblemCandidates(topicCode, problemAddress, callerId, hours, &error);
        },
        [this](QList<Appeal> cases) { emit sameProblemFound(cases); });
}

void DeskIntakeService::submit(const AppealInput &input)
{
    m_db->run<SubmitOutcome>(
        this,
        [input](QSqlDatabase &db) {
            const auto r = AppealRepository(db).registerAppeal(input, QDateTime::currentDateTime());
            SubmitOutcome o;
            o.appeal = r.appeal;
            o.errors = r.errors;
            switch (r.outcome) {
            case AppealRepository::RegisterResult::Outcome::Stored:
                o.kind = SubmitOutcome::Kind::Stored;
                break;
            case AppealRepository::RegisterResult::Outcome::AlreadyStored:
                o.kind = SubmitOutcome::Kind::AlreadyStored;
                break;
            case AppealRepository::RegisterResult::Outcome::Refused:
                o.kind = SubmitOutcome::Kind::Refused;
                break;
            case AppealRepository::RegisterResult::Outcome::Failed:
                o.kind = SubmitOutcome::Kind::Failed;
                o.message = r.dbError.userMessage();
                break;
            }
            return o;
        },
        [this](SubmitOutcome o) { emit submitted(o); });
}

void DeskIntakeService::loadAppeal(qint64 id,
                                   std::function<void(std::optional<Appeal>, DbError)> done)
{
    struct Loaded {
        std::optional<Appeal> appeal;
        DbError error;
    };
    m_db->run<Loaded>(
        this,
        [id](QSqlDatabase &db) {
            Loaded l;
            l.appeal = AppealRepository(db).findById(id, &l.error);
            return l;
        },
        [done](Loaded l) { done(l.appeal, l.error); });
}
