#pragma once

#include "petition.h"
#include "petitionchecker.h"
#include "sqlerror.h"
#include "workflowerror.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// E-petitions (kontakt.petition; workflow functions in 0015_petitions.sql). Every status change
// is one SECURITY DEFINER function: the database checks the caller's group, the status and
// the version read (stale_version when somebody else changed the petition meanwhile).
class PetitionRepository
{
public:
    explicit PetitionRepository(QSqlDatabase db);

    struct Result {
        qint64 id = 0;
        QString status; // signatures(): the status after the count
        WorkflowError error;
        bool ok() const { return !error.isError(); }
    };

    struct NewPetition {
        QString number; // empty: the database numbers it (П-YYYY-NNNN)
        QString title;
        QString text;
        QString authorName;
        QString authorEmail;
        QString authorPhone;
        QString authorAddress;
        QDateTime submittedAt; // invalid: now
    };

    Result submit(const NewPetition &p);
    Result take(qint64 id, int version);
    Result publish(qint64 id, int version, const QList<PetitionFinding> &findings);
    Result reject(qint64 id, int version, const QStringList &reasons,
                  const QList<PetitionFinding> &findings);
    // A new count of signatures; at: when it was taken (invalid: now).
    Result signatures(qint64 id, int online, int paper, const QString &note,
                      const QDateTime &at = QDateTime());
    Result pass(qint64 id, int version);
    Result consider(qint64 id, int version);
    Result answer(qint64 id, int version, const QString &decision, const QString &text);
    // Expires the petitions whose collection term ended before `today` (invalid: the database's
    // today) with too few signatures; Result.id is how many.
    Result expireDue(const QDate &today = QDate());
    // An expired petition becomes an ordinary appeal registered through the intake code path
    // (AppealRepository, channel web, the petition's author as author, collective); then the
    // petition is linked to it. Retrying after a failure reuses the same appeal (idempotency
    // key derived from the petition). Result.id is the appeal's id.
    Result convertToAppeal(qint64 id, int version, const QDateTime &now);

    std::optional<PetitionRecord> find(qint64 id, DbError *error);
    std::optional<PetitionRecord> findByNumber(const QString &number, DbError *error);
    // The registry: all petitions, or those with one of the statuses; newest first.
    QList<PetitionRecord> list(const QStringList &statuses, DbError *error);
    QList<PetitionEvent> events(qint64 id, DbError *error);

    // Petitions that are still alive (submitted .. under consideration): the duplicate check
    // compares a new petition with these.
    QList<PetitionReference> activeReferences(DbError *error, qint64 exceptId = 0);

    static QString findingsJson(const QList<PetitionFinding> &findings);

private:
    Result call(const QString &sql, const QVariantList &values, qint64 rowId);
    QList<PetitionRecord> load(const QString &where, const QVariantList &binds, DbError *error);
    QSqlDatabase m_db;
};
