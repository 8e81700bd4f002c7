#pragma once

#include "workingcalendar.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

// Shared by the calendar and term tests.
// A calendar described by space-separated tokens: "off" = martial law off; "h2026" = the 2026
// public holidays of calendar_day; "nw:<date>" = an extra day off; "wt:<date>" = a working
// Saturday/Sunday; "hol:<date>" = one more holiday. "" = the defaults (martial law on, no days).
inline WorkingCalendar makeCalendar(const QString &spec,
                                    const QString &holidayNote = QStringLiteral("свято"))
{
    WorkingCalendar c;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("off")) {
            c.setMartialLaw(false);
        } else if (token == QLatin1String("h2026")) {
            const QList<QPair<const char *, QString>> holidays = {
                {"2026-01-01", QStringLiteral("Новий рік")},
                {"2026-03-08", QStringLiteral("Міжнародний жіночий день")},
                {"2026-04-12", QStringLiteral("Великдень")},
                {"2026-05-01", QStringLiteral("День праці")},
                {"2026-05-08", QStringLiteral("День пам'яті та перемоги")},
                {"2026-05-31", QStringLiteral("Трійця")},
                {"2026-06-28", QStringLiteral("День Конституції України")},
                {"2026-07-15", QStringLiteral("День Української Державності")},
                {"2026-08-24", QStringLiteral("День Незалежності України")},
                {"2026-10-01", QStringLiteral("День захисників і захисниць України")},
                {"2026-12-25", QStringLiteral("Різдво Христове")}};
            for (const auto &h : holidays)
                c.setDay(QDate::fromString(QString::fromLatin1(h.first), Qt::ISODate),
                         WorkingCalendar::DayKind::Holiday, h.second);
        } else {
            const QString kind = token.section(QLatin1Char(':'), 0, 0);
            const QDate day = QDate::fromString(token.section(QLatin1Char(':'), 1), Qt::ISODate);
            if (!day.isValid())
                qFatal("bad calendar token %s", qPrintable(token));
            if (kind == QLatin1String("nw"))
                c.setDay(day, WorkingCalendar::DayKind::NonWorking,
                         QStringLiteral("додатковий вихідний"));
            else if (kind == QLatin1String("wt"))
                c.setDay(day, WorkingCalendar::DayKind::WorkingTransfer,
                         QStringLiteral("робоча субота"));
            else if (kind == QLatin1String("hol"))
                c.setDay(day, WorkingCalendar::DayKind::Holiday, holidayNote);
            else
                qFatal("bad calendar token %s", qPrintable(token));
        }
    }
    return c;
}
