#include "calendarspec.h"
#include "workingcalendar.h"

#include <QtTest>

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void dayStatus_data();
    void dayStatus();
    void reasonWithoutNote();
    void setDayReplacesAndClearDays();
    void firstWorkingDayFrom_data();
    void firstWorkingDayFrom();
    void addWorkingDays_data();
    void addWorkingDays();
};

void TestWorkingCalendar::defaults()
{
    const WorkingCalendar c;
    QVERIFY(c.martialLaw());                  // LAW.md §5: in force in 2026
    QVERIFY(c.isWorkingDay(d("2026-01-01"))); // no holidays entered: a plain Thursday
    QVERIFY(!c.isWorkingDay(d("2026-01-03")));
}

void TestWorkingCalendar::dayStatus_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("reason");

    QTest::newRow("plain Monday") << "" << d("2026-11-30") << true << "";
    QTest::newRow("plain Friday") << "off h2026" << d("2026-11-27") << true << "";
    QTest::newRow("Saturday") << "" << d("2026-12-12") << false << "Saturday";
    QTest::newRow("Sunday") << "" << d("2026-12-13") << false << "Sunday";
    QTest::newRow("Sunday, martial law off") << "off" << d("2026-12-13") << false << "Sunday";
    QTest::newRow("holiday on Monday, martial law") << "h2026" << d("2026-08-24") << true << "";
    QTest::newRow("holiday on Monday, no martial law")
        << "off h2026" << d("2026-08-24") << false << "public holiday (День Незалежності України)";
    QTest::newRow("Christmas on Friday, martial law") << "h2026" << d("2026-12-25") << true << "";
    QTest::newRow("Christmas on Friday, no martial law")
        << "off h2026" << d("2026-12-25") << false << "public holiday (Різдво Христове)";
    QTest::newRow("holiday on Sunday, martial law")
        << "h2026" << d("2026-03-08") << false << "Sunday";
    QTest::newRow("holiday on Sunday, no martial law")
        << "off h2026" << d("2026-03-08") << false << "public holiday (Міжнародний жіночий день)";
    QTest::newRow("day after a weekend holiday is not moved")
        << "off h2026" << d("2026-03-09") << true << "";
    QTest::newRow("admin day off, martial law")
        << "nw:2026-12-14" << d("2026-12-14") << false << "non-working day (додатковий вихідний)";
    QTest::newRow("admin day off, no martial law")
        << "off nw:2026-12-14" << d("2026-12-14") << false
        << "non-working day (додатковий вихідний)";
    QTest::newRow("admin day off on a Saturday")
        << "nw:2026-12-12" << d("2026-12-12") << false << "non-working day (додатковий вихідний)";
    QTest::newRow("working Saturday") << "wt:2026-12-12" << d("2026-12-12") << true << "";
    QTest::newRow("working Sunday, no martial law")
        << "off wt:2026-12-13" << d("2026-12-13") << true << "";
    QTest::newRow("neighbour of working Saturday")
        << "wt:2026-12-12" << d("2026-12-13") << false << "Sunday";
    QTest::newRow("invalid date") << "" << QDate() << false << "";
}

void TestWorkingCalendar::dayStatus()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QFETCH(QString, reason);
    const WorkingCalendar c = makeCalendar(calendar);
    QCOMPARE(c.isWorkingDay(day), working);
    QCOMPARE(c.nonWorkingReason(day), reason);
}

void TestWorkingCalendar::reasonWithoutNote()
{
    WorkingCalendar c;
    c.setMartialLaw(false);
    c.setDay(d("2026-08-24"), WorkingCalendar::DayKind::Holiday);
    c.setDay(d("2026-08-25"), WorkingCalendar::DayKind::NonWorking, QStringLiteral("  "));
    QCOMPARE(c.nonWorkingReason(d("2026-08-24")), QStringLiteral("public holiday"));
    QCOMPARE(c.nonWorkingReason(d("2026-08-25")), QStringLiteral("non-working day"));
}

void TestWorkingCalendar::setDayReplacesAndClearDays()
{
    WorkingCalendar c;
    const QDate sat = d("2026-12-12");
    c.setDay(sat, WorkingCalendar::DayKind::WorkingTransfer);
    QVERIFY(c.isWorkingDay(sat));
    // One kind per day, like calendar_day's primary key.
    c.setDay(sat, WorkingCalendar::DayKind::NonWorking, QStringLiteral("x"));
    QVERIFY(!c.isWorkingDay(sat));
    QCOMPARE(c.nonWorkingReason(sat), QStringLiteral("non-working day (x)"));
    c.setDay(d("2026-12-14"), WorkingCalendar::DayKind::NonWorking);
    c.clearDays();
    QVERIFY(c.isWorkingDay(d("2026-12-14")));
    QCOMPARE(c.nonWorkingReason(sat), QStringLiteral("Saturday"));
    c.setMartialLaw(false);
    QVERIFY(!c.martialLaw());
}

void TestWorkingCalendar::firstWorkingDayFrom_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("working day itself") << "" << d("2026-11-30") << d("2026-11-30");
    QTest::newRow("Saturday") << "" << d("2026-12-12") << d("2026-12-14");
    QTest::newRow("Sunday") << "" << d("2026-12-13") << d("2026-12-14");
    QTest::newRow("holiday, martial law") << "h2026" << d("2026-12-25") << d("2026-12-25");
    QTest::newRow("holiday before weekend, no martial law")
        << "off h2026" << d("2026-12-25") << d("2026-12-28");
    QTest::newRow("weekend then admin day off")
        << "nw:2026-12-14" << d("2026-12-12") << d("2026-12-15");
    QTest::newRow("weekend, day off, holiday")
        << "off nw:2028-05-01 hol:2028-05-02" << d("2028-04-29") << d("2028-05-03");
    QTest::newRow("working Saturday") << "wt:2026-12-12" << d("2026-12-12") << d("2026-12-12");
    QTest::newRow("Saturday before working Sunday")
        << "wt:2026-12-13" << d("2026-12-12") << d("2026-12-13");
    QTest::newRow("invalid") << "" << QDate() << QDate();
}

void TestWorkingCalendar::firstWorkingDayFrom()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    QCOMPARE(makeCalendar(calendar).firstWorkingDayFrom(day), expected);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("2 from Friday") << "" << d("2026-11-27") << 2 << d("2026-12-01");
    QTest::newRow("1 from Friday") << "" << d("2026-11-27") << 1 << d("2026-11-30");
    QTest::newRow("1 from Saturday") << "" << d("2026-11-28") << 1 << d("2026-11-30");
    QTest::newRow("1 from Monday") << "" << d("2026-11-30") << 1 << d("2026-12-01");
    QTest::newRow("0 is the start itself") << "" << d("2026-11-28") << 0 << d("2026-11-28");
    QTest::newRow("10 across a weekend") << "" << d("2026-12-07") << 10 << d("2026-12-21");
    QTest::newRow("10 across a day off")
        << "nw:2026-12-15" << d("2026-12-07") << 10 << d("2026-12-22");
    QTest::newRow("10 across Christmas, martial law")
        << "h2026" << d("2026-12-18") << 10 << d("2027-01-01");
    QTest::newRow("10 across Christmas, no martial law")
        << "off h2026" << d("2026-12-18") << 10 << d("2027-01-04");
    QTest::newRow("working Saturday counts")
        << "wt:2026-11-28" << d("2026-11-27") << 2 << d("2026-11-30");
    QTest::newRow("negative") << "" << d("2026-11-27") << -1 << QDate();
    QTest::newRow("invalid start") << "" << QDate() << 2 << QDate();
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(makeCalendar(calendar).addWorkingDays(start, n), expected);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
