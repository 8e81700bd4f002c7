#pragma once

#include "appeal.h"

#include <QDateTime>
#include <QList>

// An earlier appeal of the same author on the same topic, as repeat detection sees it.
struct EarlierAppeal {
    qint64 id = 0;
    QString regIndex;
    AppealStatus status = AppealStatus::Registered;
    QDateTime receivedAt;
    QDateTime closedAt; // when decided
};

struct RepeatVerdict {
    QString arrivalCode = QStringLiteral("2.1"); // primary
    std::optional<AppealLink> link;              // to the earlier appeal
    qint64 parentId = 0; // a duplicate hangs under the open case: no second task for executors
};

// Classifier 2.x "how it arrived": an earlier appeal of the same author on the same topic that is
// still open makes a duplicate (2.3); one decided within the window makes a repeated appeal
// (2.2); otherwise primary (2.1).
namespace RepeatRules {
bool isOpen(AppealStatus status);
RepeatVerdict classify(const QList<EarlierAppeal> &earlier, const QDateTime &now, int windowMonths);
} // namespace RepeatRules
