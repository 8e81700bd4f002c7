#include "repeatrules.h"

namespace RepeatRules {

bool isOpen(AppealStatus status)
{
    switch (status) {
    case AppealStatus::Registered:
    case AppealStatus::RoutingProposed:
    case AppealStatus::Approved:
    case AppealStatus::InProgress:
    case AppealStatus::Replied:
    case AppealStatus::Callback:
    case AppealStatus::Rework:
        return true;
    default:
        return false;
    }
}

RepeatVerdict classify(const QList<EarlierAppeal> &earlier, const QDateTime &now, int windowMonths)
{
    RepeatVerdict verdict;
    const EarlierAppeal *open = nullptr;
    const EarlierAppeal *decided = nullptr;
    const QDateTime windowStart = now.addMonths(-windowMonths);
    for (const EarlierAppeal &e : earlier) {
        if (isOpen(e.status)) {
            if (!open || e.receivedAt > open->receivedAt)
                open = &e;
        } else if (e.status == AppealStatus::Closed && e.closedAt.isValid() &&
                   e.closedAt >= windowStart) {
            if (!decided || e.closedAt > decided->closedAt)
                decided = &e;
        }
    }
    if (open) {
        verdict.arrivalCode = QStringLiteral("2.3");
        verdict.link = AppealLink{QStringLiteral("duplicate"), open->id, open->regIndex};
        verdict.parentId = open->id;
    } else if (decided) {
        verdict.arrivalCode = QStringLiteral("2.2");
        verdict.link = AppealLink{QStringLiteral("repeated"), decided->id, decided->regIndex};
    }
    return verdict;
}

} // namespace RepeatRules
