#include "workingcalendar.h"

#include <QCoreApplication>

namespace {
bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() == Qt::Saturday || day.dayOfWeek() == Qt::Sunday;
}

QString withNote(const QString &what, const QString &note)
{
    const QString n = note.trimmed();
    return n.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, n);
}
} // namespace

void WorkingCalendar::setMartialLaw(bool on)
{
    m_martialLaw = on;
}

bool WorkingCalendar::martialLaw() const
{
    return m_martialLaw;
}

void WorkingCalendar::setDay(const QDate &day, DayKind kind, const QString &note)
{
    if (!day.isValid())
        return;
    m_days.insert(day, Entry{kind, note});
}

void WorkingCalendar::clearDays()
{
    m_days.clear();
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd()) {
        switch (it->kind) {
        case DayKind::WorkingTransfer:
            return true;
        case DayKind::NonWorking:
            return false;
        case DayKind::Holiday:
            // Under martial law a holiday is an ordinary day: a weekday works, a weekend does not.
            if (!m_martialLaw)
                return false;
            break;
        }
    }
    return !isWeekend(day);
}

QString WorkingCalendar::nonWorkingReason(const QDate &day) const
{
    if (!day.isValid() || isWorkingDay(day))
        return QString();
    // The most specific cause first: an administrator's entry explains more than the weekday.
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd()) {
        if (it->kind == DayKind::NonWorking)
            return withNote(QCoreApplication::translate("WorkingCalendar", "non-working day"),
                            it->note);
        if (it->kind == DayKind::Holiday && !m_martialLaw)
            return withNote(QCoreApplication::translate("WorkingCalendar", "public holiday"),
                            it->note);
    }
    if (day.dayOfWeek() == Qt::Saturday)
        return QCoreApplication::translate("WorkingCalendar", "Saturday");
    return QCoreApplication::translate("WorkingCalendar", "Sunday");
}

QDate WorkingCalendar::firstWorkingDayFrom(const QDate &day) const
{
    if (!day.isValid())
        return QDate();
    // Terminates: besides weekends only the finitely many entered days can be off.
    QDate d = day;
    while (d.isValid() && !isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int n) const
{
    if (!start.isValid() || n < 0)
        return QDate();
    QDate d = start;
    for (int left = n; left > 0 && d.isValid();) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}
