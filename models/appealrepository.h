#pragma once

#include "appeal.h"
#include "appealvalidator.h"
#include "sqlerror.h"

#include <QSqlDatabase>
#include <optional>

// Registers and reads appeals. The same code path serves the intake form, `kontaktctl appeal`
// and mail intake: validation, caller matching, repeat detection, the legal term with its
// reason, the registration index, and idempotent retries — all in one transaction.
class AppealRepository
{
public:
    explicit AppealRepository(QSqlDatabase db);

    struct RegisterResult {
        enum class Outcome { Stored, AlreadyStored, Refused, Failed };
        Outcome outcome = Outcome::Failed;
        Appeal appeal;            // Stored / AlreadyStored
        QList<FieldError> errors; // Refused: what to fix
        DbError dbError;          // Failed (or a refusal by a database constraint)
        bool ok() const { return outcome == Outcome::Stored || outcome == Outcome::AlreadyStored; }
    };
    // `now` is the desk's clock (validation of the time of receipt).
    RegisterResult registerAppeal(const AppealInput &input, const QDateTime &now);

    std::optional<Appeal> findById(qint64 id, DbError *error);
    std::optional<Appeal> findByRegIndex(const QString &regIndex, DbError *error);
    std::optional<Appeal> findByIdempotencyKey(const QUuid &key, DbError *error);

    // Open cases of other callers with the same topic and a similar problem address within the
    // last `hours`: the "same problem" suggestion.
    QList<Appeal> sameProblemCandidates(const QString &topicCode, const QString &problemAddress,
                                        qint64 excludeCallerId, int hours, DbError *error);

    struct ExtendResult {
        enum class Outcome { Extended, BeyondLimit, NotAllowed, NotFound, Failed };
        Outcome outcome = Outcome::Failed;
        QDate maxDue;
        Appeal appeal;
        DbError dbError;
    };
    // Head only (the database refuses others); never beyond 45 days from receipt.
    ExtendResult extend(const QString &regIndex, const QDate &newDue, const QString &note);

private:
    std::optional<Appeal> load(const QString &where, const QVariant &value, DbError *error);
    QSqlDatabase m_db;
};
