#pragma once

#include <QDate>
#include <QHash>
#include <QString>

// Which days count as working days for legal terms (LAW.md §5). Mirrors the database's
// calendar_day table and the martial_law setting so that the client shows the same terms the
// database enforces (is_working_day(), first_working_day_from(), add_working_days()).
class WorkingCalendar
{
public:
    // The values of calendar_day.kind: 'holiday', 'non_working', 'working_transfer'.
    enum class DayKind { Holiday, NonWorking, WorkingTransfer };

    // Under martial law (in force since 24.02.2022, so on by default) Labour Code art. 67 and 73
    // do not apply: public holidays are ordinary working days and nothing is moved.
    void setMartialLaw(bool on);
    bool martialLaw() const;

    // Enters (or replaces) the kind of one day; the note is shown in reasons ("Новий рік").
    void setDay(const QDate &day, DayKind kind, const QString &note = QString());
    void clearDays();

    bool isWorkingDay(const QDate &day) const;
    // Why a day is not a working day: "Saturday", "Sunday", "public holiday (<note>)",
    // "non-working day (<note>)" (translated); empty for a working day or an invalid date.
    QString nonWorkingReason(const QDate &day) const;
    // The day itself if it is a working day, else the first working day after it (Civil Code
    // art. 254 part 5). An invalid date gives an invalid date.
    QDate firstWorkingDayFrom(const QDate &day) const;
    // The date n working days after start, counting from the day AFTER start (petition terms):
    // n = 2 from a Friday gives the Tuesday; n = 0 gives start. A negative n or an invalid start
    // gives an invalid date (the database's add_working_days() refuses them too).
    QDate addWorkingDays(const QDate &start, int n) const;

private:
    struct Entry {
        DayKind kind = DayKind::NonWorking;
        QString note;
    };
    bool m_martialLaw = true;
    QHash<QDate, Entry> m_days;
};
