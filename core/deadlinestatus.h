#pragma once

#include "workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// How urgent a case is, at a glance: the queues colour rows by it and always add an icon or
// words, so that colour is never the only signal (colour-blind users, black-and-white prints).
enum class DeadlineState { None, Normal, Soon, Urgent, Overdue, Closed };

struct DeadlineThresholds {
    int urgentWorkingDays = 1; // orange: due within this many working days
    int soonWorkingDays = 3;   // yellow
};

namespace DeadlineStatus {
// A term ends at the end of its due day (Kyiv time).
DeadlineState classify(const std::optional<QDate> &due, bool closed, const QDateTime &now,
                       const WorkingCalendar &calendar, const DeadlineThresholds &thresholds = {});
// Working days from `from` (exclusive) to `to` (inclusive); 0 when to <= from.
int workingDaysBetween(const QDate &from, const QDate &to, const WorkingCalendar &calendar);
// "2 д 3 год", "5 год", "прострочено 4 д" (translated); empty without a term or when closed.
QString countdown(const std::optional<QDate> &due, bool closed, const QDateTime &now);
QString stateName(DeadlineState state);   // translated words for the legend and printouts
QString stateSymbol(DeadlineState state); // a glyph beside the colour
} // namespace DeadlineStatus
