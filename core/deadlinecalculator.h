#pragma once

#include "workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A per-topic default term (classifier item: emergency / N days). It may shorten the law's
// term, never lengthen it: a longer rule is cut to the law (Term::capped).
struct TermRule {
    enum class Kind { Law, Days, Hours };
    Kind kind = Kind::Law;
    int value = 0; // days or hours; a value below 1 means "no rule": the law's term applies
};

struct Term {
    QDate due;           // the term of execution
    QDate nominal;       // before moving off a non-working day
    bool moved = false;  // due != nominal
    bool capped = false; // a topic rule longer than the law was cut to the law
    QString reason;      // "1 month from 27.11.2026 → 27.12.2026 is a Sunday → 28.12.2026"
};

// Terms of appeals and petitions (LAW.md §1, §2, §5). The database computes the same limits
// (max_due_date(), add_working_days()); this class lets the client show them, with the reason,
// before anything is saved.
class DeadlineCalculator
{
public:
    // The calendar must outlive the calculator (it is read, not copied, so that an
    // administrator's change is seen at once).
    explicit DeadlineCalculator(const WorkingCalendar &calendar);

    // Law 393/96 art. 20 + Civil Code art. 253-254: counting starts the day after receipt;
    // needsStudy=false: 15 calendar days (received + 15); needsStudy=true: 1 month (the same-
    // numbered day of the next month, or that month's last day if it has no such day); the end
    // moves to the first working day after a weekend/holiday/non-working day. receivedAt is
    // taken as a Europe/Kyiv date. A topic rule in days works the same way; one in hours ends
    // on the Kyiv date receivedAt + hours and is not moved (emergencies are worked on any day).
    // An invalid receivedAt gives an empty Term.
    Term appealTerm(const QDateTime &receivedAt, bool needsStudy,
                    const TermRule &topicRule = {}) const;
    // Latest lawful term: 45 calendar days counted from the day after receipt (received + 45),
    // moved to the next working day if it is not one (the database's max_due_date() agrees).
    QDate maxDue(const QDate &received) const;
    // An extension may only be granted by the head and never beyond maxDue(received); a term
    // before the day of receipt is not lawful either.
    bool isWithinLawfulLimit(const QDate &received, const QDate &due) const;
    // Petition terms are working days (LAW.md §2, §5): n working days after start, never moved.
    // A negative n or an invalid start gives an empty Term.
    Term petitionTerm(const QDate &start, int workingDays) const;

    // The Europe/Kyiv calendar date of an instant (the database's local_date()).
    static QDate kyivDate(const QDateTime &at);

private:
    Term lawTerm(const QDate &received, bool needsStudy) const;
    Term daysTerm(const QDate &received, int days) const;
    QString endOfReason(const Term &term) const;

    const WorkingCalendar *m_calendar;
};
