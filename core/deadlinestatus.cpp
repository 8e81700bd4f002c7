#include "deadlinestatus.h"

#include "deadlinecalculator.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace DeadlineStatus {

int workingDaysBetween(const QDate &from, const QDate &to, const WorkingCalendar &calendar)
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to && n < 1000; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            ++n;
    }
    return n;
}

DeadlineState classify(const std::optional<QDate> &due, bool closed, const QDateTime &now,
                       const WorkingCalendar &calendar, const DeadlineThresholds &t)
{
    if (closed)
        return DeadlineState::Closed;
    if (!due || !due->isValid())
        return DeadlineState::None;
    const QDate today = DeadlineCalculator::kyivDate(now);
    if (*due < today)
        return DeadlineState::Overdue;
    // Working days left after today: 0 = due today, 1 = due on the next working day.
    const int left = workingDaysBetween(today, *due, calendar);
    if (left <= t.urgentWorkingDays)
        return DeadlineState::Urgent;
    if (left <= t.soonWorkingDays)
        return DeadlineState::Soon;
    return DeadlineState::Normal;
}

QString countdown(const std::optional<QDate> &due, bool closed, const QDateTime &now)
{
    if (closed || !due || !due->isValid())
        return {};
    static const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    const QDateTime end = QDateTime(due->addDays(1), QTime(0, 0), kyiv);
    const qint64 seconds = now.secsTo(end);
    if (seconds <= 0) {
        const qint64 days = (-seconds) / 86400 + ((-seconds) % 86400 ? 1 : 0);
        return QCoreApplication::translate("DeadlineStatus", "overdue %1 d")
            .arg(qMax<qint64>(1, days));
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (days == 0)
        return QCoreApplication::translate("DeadlineStatus", "%1 h").arg(qMax<qint64>(1, hours));
    return QCoreApplication::translate("DeadlineStatus", "%1 d %2 h").arg(days).arg(hours);
}

QString stateName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None:
        return QCoreApplication::translate("DeadlineStatus", "no term");
    case DeadlineState::Normal:
        return QCoreApplication::translate("DeadlineStatus", "in time");
    case DeadlineState::Soon:
        return QCoreApplication::translate("DeadlineStatus", "due within 3 working days");
    case DeadlineState::Urgent:
        return QCoreApplication::translate("DeadlineStatus", "due within 1 working day");
    case DeadlineState::Overdue:
        return QCoreApplication::translate("DeadlineStatus", "overdue");
    case DeadlineState::Closed:
        return QCoreApplication::translate("DeadlineStatus", "closed");
    }
    return {};
}

QString stateSymbol(DeadlineState state)
{
    // Shapes from DejaVu Sans (the fonts the package depends on): emoji would print as boxes.
    switch (state) {
    case DeadlineState::Overdue:
        return QStringLiteral("✖");
    case DeadlineState::Urgent:
        return QStringLiteral("⚠");
    case DeadlineState::Soon:
        return QStringLiteral("◆");
    case DeadlineState::Closed:
        return QStringLiteral("✔");
    case DeadlineState::Normal:
    case DeadlineState::None:
        break;
    }
    return {};
}

} // namespace DeadlineStatus
