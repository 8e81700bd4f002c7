#include "deadlinecalculator.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QTimeZone kyivZone()
{
    // "Europe/Kyiv" is the tz database's name since 2022; older tz data (and Qt's Windows
    // mapping) only know "Europe/Kiev". Both are the same zone.
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Europe/Kyiv"));
        if (!z.isValid())
            z = QTimeZone(QByteArrayLiteral("Europe/Kiev"));
        return z;
    }();
    return zone;
}

// Last Sunday of a month at 01:00 UTC: the EU rule Ukraine follows for summer time.
QDateTime lastSundayUtc(int year, int month)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    d = d.addDays(-(d.dayOfWeek() % 7));
    return QDateTime(d, QTime(1, 0), QTimeZone::utc());
}

// The wall-clock time in Kyiv. Without tz data at all, fall back to the rule itself (EET,
// EEST from the last Sunday of March to the last Sunday of October) rather than to UTC, which
// would put calls made between midnight and 02:00/03:00 on the wrong day.
QDateTime kyivLocal(const QDateTime &at)
{
    const QTimeZone zone = kyivZone();
    if (zone.isValid())
        return at.toTimeZone(zone);
    const QDateTime utc = at.toUTC();
    const int year = utc.date().year();
    const bool summer = utc >= lastSundayUtc(year, 3) && utc < lastSundayUtc(year, 10);
    return utc.toTimeZone(QTimeZone(summer ? 3 * 3600 : 2 * 3600));
}

} // namespace

DeadlineCalculator::DeadlineCalculator(const WorkingCalendar &calendar)
    : m_calendar(&calendar)
{}

QDate DeadlineCalculator::kyivDate(const QDateTime &at)
{
    if (!at.isValid())
        return QDate();
    return kyivLocal(at).date();
}

QString DeadlineCalculator::endOfReason(const Term &term) const
{
    if (!term.moved)
        return dateText(term.due);
    return QCoreApplication::translate("DeadlineCalculator", "%1 is a %2 → %3")
        .arg(dateText(term.nominal), m_calendar->nonWorkingReason(term.nominal),
             dateText(term.due));
}

Term DeadlineCalculator::lawTerm(const QDate &received, bool needsStudy) const
{
    Term t;
    // Civil Code art. 253: the term starts the day after receipt, so "received + 15" is the
    // 15th day; QDate::addMonths already falls back to the month's last day (art. 254 part 2).
    t.nominal = needsStudy ? received.addMonths(1) : received.addDays(15);
    t.due = m_calendar->firstWorkingDayFrom(t.nominal);
    t.moved = t.due != t.nominal;
    const QString from = dateText(received);
    t.reason = needsStudy
                   ? QCoreApplication::translate("DeadlineCalculator", "1 month from %1 → %2")
                         .arg(from, endOfReason(t))
                   : QCoreApplication::translate("DeadlineCalculator", "15 days from %1 → %2")
                         .arg(from, endOfReason(t));
    return t;
}

Term DeadlineCalculator::daysTerm(const QDate &received, int days) const
{
    Term t;
    t.nominal = received.addDays(days);
    t.due = m_calendar->firstWorkingDayFrom(t.nominal);
    t.moved = t.due != t.nominal;
    // Separate source strings for one and many so that the English text reads right without a
    // translation; %n lets the Ukrainian translation pick its plural form. Literal arguments
    // only: lupdate finds nothing else.
    const QString text =
        days == 1 ? QCoreApplication::translate("DeadlineCalculator",
                                                "1 day by the topic's rule from %1 → %2")
                  : QCoreApplication::translate("DeadlineCalculator",
                                                "%n days by the topic's rule from %1 → %2", nullptr,
                                                days);
    t.reason = text.arg(dateText(received), endOfReason(t));
    return t;
}

Term DeadlineCalculator::appealTerm(const QDateTime &receivedAt, bool needsStudy,
                                    const TermRule &topicRule) const
{
    if (!receivedAt.isValid())
        return Term();
    const QDateTime local = kyivLocal(receivedAt);
    const QDate received = local.date();
    const Term law = lawTerm(received, needsStudy);
    if (topicRule.value < 1 || topicRule.kind == TermRule::Kind::Law)
        return law;

    Term t;
    const int n = topicRule.value;
    if (topicRule.kind == TermRule::Kind::Days) {
        t = daysTerm(received, n);
    } else {
        // Elapsed hours from the moment of receipt, then the Kyiv date: across a change to
        // summer time "24 hours" is still 24 real hours.
        t.due = kyivDate(receivedAt.addSecs(qint64(n) * 3600));
        t.nominal = t.due;
        const QString text =
            n == 1 ? QCoreApplication::translate("DeadlineCalculator", "1 hour from %1 → %2")
                   : QCoreApplication::translate("DeadlineCalculator", "%n hours from %1 → %2",
                                                 nullptr, n);
        t.reason = text.arg(local.toString(QStringLiteral("dd.MM.yyyy HH:mm")), dateText(t.due));
    }
    if (t.due > law.due) {
        // A topic may ask for speed, never for more time than art. 20 gives.
        Term capped = law;
        capped.capped = true;
        const QString text =
            topicRule.kind == TermRule::Kind::Days
                ? QCoreApplication::translate(
                      "DeadlineCalculator",
                      "%1 (the topic's rule of %n days is longer than the law allows)", nullptr, n)
                : QCoreApplication::translate(
                      "DeadlineCalculator",
                      "%1 (the topic's rule of %n hours is longer than the law allows)", nullptr,
                      n);
        capped.reason = text.arg(law.reason);
        return capped;
    }
    return t;
}

QDate DeadlineCalculator::maxDue(const QDate &received) const
{
    if (!received.isValid())
        return QDate();
    return m_calendar->firstWorkingDayFrom(received.addDays(45));
}

bool DeadlineCalculator::isWithinLawfulLimit(const QDate &received, const QDate &due) const
{
    if (!received.isValid() || !due.isValid())
        return false;
    return due >= received && due <= maxDue(received);
}

Term DeadlineCalculator::petitionTerm(const QDate &start, int workingDays) const
{
    if (!start.isValid() || workingDays < 0)
        return Term();
    Term t;
    t.due = m_calendar->addWorkingDays(start, workingDays);
    t.nominal = t.due;
    const QString text =
        workingDays == 1
            ? QCoreApplication::translate("DeadlineCalculator", "1 working day from %1 → %2")
            : QCoreApplication::translate("DeadlineCalculator", "%n working days from %1 → %2",
                                          nullptr, workingDays);
    t.reason = text.arg(dateText(start), dateText(t.due));
    return t;
}
