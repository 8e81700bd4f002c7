#include "workflowerror.h"

#include <QCoreApplication>
#include <QTimeZone>

QString WorkflowError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotAllowed:
        return QCoreApplication::translate("WorkflowError",
                                           "Your role does not allow this action on this case.");
    case Kind::WrongState:
        return QCoreApplication::translate(
            "WorkflowError", "This action is not possible in the current state of the case.");
    case Kind::StaleVersion: {
        if (changedBy.isEmpty())
            return QCoreApplication::translate(
                "WorkflowError", "The case was changed by someone else. Reload it and try again.");
        const QString at = changedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                               .toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        return QCoreApplication::translate("WorkflowError",
                                           "The case was changed by %1 at %2. Reload it and "
                                           "try again.")
            .arg(changedBy, at);
    }
    case Kind::BeyondLegalTerm:
        return QCoreApplication::translate("WorkflowError",
                                           "The term is beyond the legal limit (45 days from "
                                           "receipt) or beyond the term of the case.");
    case Kind::MissingResult:
        return QCoreApplication::translate(
            "WorkflowError", "A case is closed only with a result from classifier section 9.");
    case Kind::NotFound:
        return QCoreApplication::translate("WorkflowError",
                                           "The case or assignment was not found.");
    case Kind::InvalidInput:
        return QCoreApplication::translate("WorkflowError", "The data was refused: %1").arg(detail);
    case Kind::Failed:
        return QCoreApplication::translate("WorkflowError", "Database error: %1").arg(detail);
    }
    return {};
}

QString WorkflowError::key() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::NotAllowed:
        return QStringLiteral("not_allowed");
    case Kind::WrongState:
        return QStringLiteral("wrong_state");
    case Kind::StaleVersion:
        return QStringLiteral("stale_version");
    case Kind::BeyondLegalTerm:
        return QStringLiteral("beyond_legal_term");
    case Kind::MissingResult:
        return QStringLiteral("missing_result");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

WorkflowError::Kind WorkflowError::kindFromSqlState(const QString &s)
{
    if (s == QLatin1String("KT403") || s == QLatin1String("42501"))
        return Kind::NotAllowed;
    if (s == QLatin1String("KT422"))
        return Kind::WrongState;
    if (s == QLatin1String("KT409"))
        return Kind::StaleVersion;
    if (s == QLatin1String("KT445"))
        return Kind::BeyondLegalTerm;
    if (s == QLatin1String("KT423"))
        return Kind::MissingResult;
    if (s == QLatin1String("KT404"))
        return Kind::NotFound;
    if (s == QLatin1String("KT400") || s.startsWith(QLatin1String("23")) ||
        s.startsWith(QLatin1String("22")))
        return Kind::InvalidInput;
    return Kind::Failed;
}

WorkflowError WorkflowError::make(Kind kind, const QString &detail)
{
    WorkflowError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}
