#include "calendarspec.h"
#include "deadlinecalculator.h"

#include <QtTest>

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QTimeZone kyivZone()
{
    QTimeZone z(QByteArrayLiteral("Europe/Kyiv"));
    return z.isValid() ? z : QTimeZone(QByteArrayLiteral("Europe/Kiev"));
}

// Wall-clock time in Kyiv, as an operator sees it.
QDateTime kyiv(const char *iso, const char *time = "10:15")
{
    return QDateTime(d(iso), QTime::fromString(QLatin1String(time), QStringLiteral("HH:mm")),
                     kyivZone());
}

QDateTime utc(const char *iso, const char *time)
{
    return QDateTime(d(iso), QTime::fromString(QLatin1String(time), QStringLiteral("HH:mm")),
                     QTimeZone::utc());
}

// "law", "days 3", "hours 24".
TermRule rule(const QString &spec)
{
    TermRule r;
    const QStringList parts = spec.split(QLatin1Char(' '));
    if (parts.at(0) == QLatin1String("days"))
        r.kind = TermRule::Kind::Days;
    else if (parts.at(0) == QLatin1String("hours"))
        r.kind = TermRule::Kind::Hours;
    if (parts.size() > 1)
        r.value = parts.at(1).toInt();
    return r;
}

// The terms' reasons name the extra holiday: here it is Labour Day.
WorkingCalendar calendarFor(const QString &spec)
{
    return makeCalendar(spec, QStringLiteral("День праці"));
}
} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void appealTerm_data();
    void appealTerm();
    void invalidReceipt();
    void kyivDate_data();
    void kyivDate();
    void maxDue_data();
    void maxDue();
    void isWithinLawfulLimit_data();
    void isWithinLawfulLimit();
    void petitionTerm_data();
    void petitionTerm();
    void followsCalendarChanges();
};

void TestDeadlineCalculator::initTestCase()
{
    // Without tz data the Kyiv rows below would test the fallback rule, not the zone.
    if (!kyivZone().isValid())
        QSKIP("no Europe/Kyiv time zone data on this machine");
}

void TestDeadlineCalculator::appealTerm_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDateTime>("receivedAt");
    QTest::addColumn<bool>("needsStudy");
    QTest::addColumn<QString>("topicRule");
    QTest::addColumn<QDate>("nominal");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<QString>("reason");

    // --- the law's terms, defaults (martial law on, no days entered) ---
    QTest::newRow("15 days, end on Saturday")
        << "" << kyiv("2026-11-27") << false << "law" << d("2026-12-12") << d("2026-12-14") << false
        << "15 days from 27.11.2026 → 12.12.2026 is a Saturday → 14.12.2026";
    QTest::newRow("15 days, not moved")
        << "" << kyiv("2026-12-01") << false << "law" << d("2026-12-16") << d("2026-12-16") << false
        << "15 days from 01.12.2026 → 16.12.2026";
    QTest::newRow("1 month, end on Sunday")
        << "" << kyiv("2026-11-27") << true << "law" << d("2026-12-27") << d("2026-12-28") << false
        << "1 month from 27.11.2026 → 27.12.2026 is a Sunday → 28.12.2026";
    QTest::newRow("1 month, not moved")
        << "" << kyiv("2026-11-30") << true << "law" << d("2026-12-30") << d("2026-12-30") << false
        << "1 month from 30.11.2026 → 30.12.2026";
    QTest::newRow("31.01 -> 28.02 (a Saturday)")
        << "" << kyiv("2026-01-31") << true << "law" << d("2026-02-28") << d("2026-03-02") << false
        << "1 month from 31.01.2026 → 28.02.2026 is a Saturday → 02.03.2026";
    QTest::newRow("31.01 -> 29.02 in a leap year")
        << "" << kyiv("2028-01-31") << true << "law" << d("2028-02-29") << d("2028-02-29") << false
        << "1 month from 31.01.2028 → 29.02.2028";
    QTest::newRow("31.03 -> 30.04 (Thursday)")
        << "" << kyiv("2026-03-31") << true << "law" << d("2026-04-30") << d("2026-04-30") << false
        << "1 month from 31.03.2026 → 30.04.2026";
    QTest::newRow("31.03 -> 30.04 (Sunday), martial law")
        << "hol:2028-05-01" << kyiv("2028-03-31") << true << "law" << d("2028-04-30")
        << d("2028-05-01") << false
        << "1 month from 31.03.2028 → 30.04.2028 is a Sunday → 01.05.2028";
    QTest::newRow("31.03 -> 30.04 (Sunday), 1 May off")
        << "off hol:2028-05-01" << kyiv("2028-03-31") << true << "law" << d("2028-04-30")
        << d("2028-05-02") << false
        << "1 month from 31.03.2028 → 30.04.2028 is a Sunday → 02.05.2028";
    QTest::newRow("30.12 -> 30.01 across the year")
        << "" << kyiv("2026-12-30") << true << "law" << d("2027-01-30") << d("2027-02-01") << false
        << "1 month from 30.12.2026 → 30.01.2027 is a Saturday → 01.02.2027";
    QTest::newRow("15 days across the year")
        << "" << kyiv("2026-12-20") << false << "law" << d("2027-01-04") << d("2027-01-04") << false
        << "15 days from 20.12.2026 → 04.01.2027";
    QTest::newRow("15 days across the year, no martial law")
        << "off h2026" << kyiv("2026-12-20") << false << "law" << d("2027-01-04") << d("2027-01-04")
        << false << "15 days from 20.12.2026 → 04.01.2027";

    // --- holidays: working days under martial law, days off without it ---
    QTest::newRow("24.08 under martial law")
        << "h2026" << kyiv("2026-08-09") << false << "law" << d("2026-08-24") << d("2026-08-24")
        << false << "15 days from 09.08.2026 → 24.08.2026";
    QTest::newRow("24.08 without martial law")
        << "off h2026" << kyiv("2026-08-09") << false << "law" << d("2026-08-24") << d("2026-08-25")
        << false
        << "15 days from 09.08.2026 → 24.08.2026 is a public holiday (День Незалежності "
           "України) → 25.08.2026";
    QTest::newRow("25.12 under martial law")
        << "h2026" << kyiv("2026-12-10") << false << "law" << d("2026-12-25") << d("2026-12-25")
        << false << "15 days from 10.12.2026 → 25.12.2026";
    QTest::newRow("25.12 without martial law, then a weekend")
        << "off h2026" << kyiv("2026-12-10") << false << "law" << d("2026-12-25") << d("2026-12-28")
        << false
        << "15 days from 10.12.2026 → 25.12.2026 is a public holiday (Різдво Христове) → "
           "28.12.2026";
    QTest::newRow("8 March on a Sunday, martial law")
        << "h2026" << kyiv("2026-02-21") << false << "law" << d("2026-03-08") << d("2026-03-09")
        << false << "15 days from 21.02.2026 → 08.03.2026 is a Sunday → 09.03.2026";
    QTest::newRow("8 March on a Sunday, no martial law")
        << "off h2026" << kyiv("2026-02-21") << false << "law" << d("2026-03-08") << d("2026-03-09")
        << false
        << "15 days from 21.02.2026 → 08.03.2026 is a public holiday (Міжнародний жіночий "
           "день) → 09.03.2026";

    // --- the administrator's days ---
    QTest::newRow("end on an extra day off")
        << "nw:2026-12-15" << kyiv("2026-11-30") << false << "law" << d("2026-12-15")
        << d("2026-12-16") << false
        << "15 days from 30.11.2026 → 15.12.2026 is a non-working day (додатковий вихідний) → "
           "16.12.2026";
    QTest::newRow("Saturday end, Monday off")
        << "nw:2026-12-14" << kyiv("2026-11-27") << false << "law" << d("2026-12-12")
        << d("2026-12-15") << false
        << "15 days from 27.11.2026 → 12.12.2026 is a Saturday → 15.12.2026";
    QTest::newRow("working Saturday is not moved")
        << "wt:2026-12-12" << kyiv("2026-11-27") << false << "law" << d("2026-12-12")
        << d("2026-12-12") << false << "15 days from 27.11.2026 → 12.12.2026";

    // --- the day of receipt is the Kyiv date ---
    QTest::newRow("23:30 UTC is the next day in Kyiv")
        << "" << utc("2026-11-27", "23:30") << false << "law" << d("2026-12-13") << d("2026-12-14")
        << false << "15 days from 28.11.2026 → 13.12.2026 is a Sunday → 14.12.2026";
    QTest::newRow("21:59 UTC is the same day in Kyiv (winter)")
        << "" << utc("2026-11-27", "21:59") << false << "law" << d("2026-12-12") << d("2026-12-14")
        << false << "15 days from 27.11.2026 → 12.12.2026 is a Saturday → 14.12.2026";
    QTest::newRow("21:30 UTC is the next day in Kyiv (summer)")
        << "" << utc("2026-07-31", "21:30") << true << "law" << d("2026-09-01") << d("2026-09-01")
        << false << "1 month from 01.08.2026 → 01.09.2026";

    // --- topic rules ---
    QTest::newRow("days 3, not moved")
        << "" << kyiv("2026-11-27") << false << "days 3" << d("2026-11-30") << d("2026-11-30")
        << false << "3 days by the topic's rule from 27.11.2026 → 30.11.2026";
    QTest::newRow("days 3, moved")
        << "" << kyiv("2026-11-26") << false << "days 3" << d("2026-11-29") << d("2026-11-30")
        << false
        << "3 days by the topic's rule from 26.11.2026 → 29.11.2026 is a Sunday → "
           "30.11.2026";
    QTest::newRow("days 1")
        << "" << kyiv("2026-11-27") << true << "days 1" << d("2026-11-28") << d("2026-11-30")
        << false
        << "1 day by the topic's rule from 27.11.2026 → 28.11.2026 is a Saturday → "
           "30.11.2026";
    QTest::newRow("days 20 within a month")
        << "" << kyiv("2026-11-27") << true << "days 20" << d("2026-12-17") << d("2026-12-17")
        << false << "20 days by the topic's rule from 27.11.2026 → 17.12.2026";
    QTest::newRow("days 16 ends on the law's Monday")
        << "" << kyiv("2026-11-27") << false << "days 16" << d("2026-12-13") << d("2026-12-14")
        << false
        << "16 days by the topic's rule from 27.11.2026 → 13.12.2026 is a Sunday → "
           "14.12.2026";
    QTest::newRow("days 40 capped to 15 days")
        << "" << kyiv("2026-11-27") << false << "days 40" << d("2026-12-12") << d("2026-12-14")
        << true
        << "15 days from 27.11.2026 → 12.12.2026 is a Saturday → 14.12.2026 (the topic's rule of "
           "40 days is longer than the law allows)";
    QTest::newRow("days 40 capped to 1 month")
        << "" << kyiv("2026-11-30") << true << "days 40" << d("2026-12-30") << d("2026-12-30")
        << true
        << "1 month from 30.11.2026 → 30.12.2026 (the topic's rule of 40 days is longer than "
           "the law allows)";
    QTest::newRow("days 0 is no rule")
        << "" << kyiv("2026-11-30") << true << "days 0" << d("2026-12-30") << d("2026-12-30")
        << false << "1 month from 30.11.2026 → 30.12.2026";
    QTest::newRow("hours 24, Saturday not moved")
        << "" << kyiv("2026-11-27") << false << "hours 24" << d("2026-11-28") << d("2026-11-28")
        << false << "24 hours from 27.11.2026 10:15 → 28.11.2026";
    QTest::newRow("hours 24 from a late UTC time")
        << "" << utc("2026-11-27", "23:30") << false << "hours 24" << d("2026-11-29")
        << d("2026-11-29") << false << "24 hours from 28.11.2026 01:30 → 29.11.2026";
    QTest::newRow("hours 24 across summer time")
        << "" << kyiv("2026-03-28", "23:30") << false << "hours 24" << d("2026-03-30")
        << d("2026-03-30") << false << "24 hours from 28.03.2026 23:30 → 30.03.2026";
    QTest::newRow("hours 1") << "" << kyiv("2026-11-27", "23:30") << false << "hours 1"
                             << d("2026-11-28") << d("2026-11-28") << false
                             << "1 hour from 27.11.2026 23:30 → 28.11.2026";
    QTest::newRow("hours 720 capped")
        << "" << kyiv("2026-11-27") << false << "hours 720" << d("2026-12-12") << d("2026-12-14")
        << true
        << "15 days from 27.11.2026 → 12.12.2026 is a Saturday → 14.12.2026 (the topic's rule of "
           "720 hours is longer than the law allows)";
}

void TestDeadlineCalculator::appealTerm()
{
    QFETCH(QString, calendar);
    QFETCH(QDateTime, receivedAt);
    QFETCH(bool, needsStudy);
    QFETCH(QString, topicRule);
    QFETCH(QDate, nominal);
    QFETCH(QDate, due);
    QFETCH(bool, capped);
    QFETCH(QString, reason);

    const WorkingCalendar c = calendarFor(calendar);
    const DeadlineCalculator calc(c);
    const Term t = calc.appealTerm(receivedAt, needsStudy, rule(topicRule));
    QCOMPARE(t.nominal, nominal);
    QCOMPARE(t.due, due);
    QCOMPARE(t.moved, due != nominal);
    QCOMPARE(t.capped, capped);
    QCOMPARE(t.reason, reason);
    // Whatever the topic says, the term is lawful.
    QVERIFY(calc.isWithinLawfulLimit(DeadlineCalculator::kyivDate(receivedAt), t.due));
}

void TestDeadlineCalculator::invalidReceipt()
{
    const WorkingCalendar c;
    const Term t = DeadlineCalculator(c).appealTerm(QDateTime(), false);
    QVERIFY(!t.due.isValid());
    QVERIFY(!t.nominal.isValid());
    QVERIFY(t.reason.isEmpty());
}

void TestDeadlineCalculator::kyivDate_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDate>("date");
    QTest::newRow("winter 21:59 UTC") << utc("2026-11-27", "21:59") << d("2026-11-27");
    QTest::newRow("winter 22:00 UTC") << utc("2026-11-27", "22:00") << d("2026-11-28");
    QTest::newRow("summer 20:59 UTC") << utc("2026-07-31", "20:59") << d("2026-07-31");
    QTest::newRow("summer 21:00 UTC") << utc("2026-07-31", "21:00") << d("2026-08-01");
    QTest::newRow("Kyiv wall clock") << kyiv("2026-12-31", "23:59") << d("2026-12-31");
    QTest::newRow("invalid") << QDateTime() << QDate();
}

void TestDeadlineCalculator::kyivDate()
{
    QFETCH(QDateTime, at);
    QFETCH(QDate, date);
    QCOMPARE(DeadlineCalculator::kyivDate(at), date);
}

void TestDeadlineCalculator::maxDue_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("27.11.2026 -> Monday 11.01.2027") << "" << d("2026-11-27") << d("2027-01-11");
    QTest::newRow("+45 on a Sunday") << "" << d("2026-01-15") << d("2026-03-02");
    QTest::newRow("+45 on 24.08, martial law") << "h2026" << d("2026-07-10") << d("2026-08-24");
    QTest::newRow("+45 on 24.08, no martial law")
        << "off h2026" << d("2026-07-10") << d("2026-08-25");
    QTest::newRow("+45 on an extra day off")
        << "nw:2026-04-15" << d("2026-03-01") << d("2026-04-16");
    QTest::newRow("across the year") << "" << d("2027-12-20") << d("2028-02-03");
    QTest::newRow("leap February counts") << "" << d("2028-01-16") << d("2028-03-01");
    QTest::newRow("invalid") << "" << QDate() << QDate();
}

void TestDeadlineCalculator::maxDue()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, received);
    QFETCH(QDate, expected);
    const WorkingCalendar c = calendarFor(calendar);
    QCOMPARE(DeadlineCalculator(c).maxDue(received), expected);
}

void TestDeadlineCalculator::isWithinLawfulLimit_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("lawful");

    QTest::newRow("the latest day itself") << d("2026-11-27") << d("2027-01-11") << true;
    QTest::newRow("a day after the latest") << d("2026-11-27") << d("2027-01-12") << false;
    QTest::newRow("+45 on Sunday, moved Monday") << d("2026-01-15") << d("2026-03-02") << true;
    QTest::newRow("+45 on Sunday itself") << d("2026-01-15") << d("2026-03-01") << true;
    QTest::newRow("past the moved Monday") << d("2026-01-15") << d("2026-03-03") << false;
    QTest::newRow("shortened to the same day") << d("2026-11-27") << d("2026-11-27") << true;
    QTest::newRow("before receipt") << d("2026-11-27") << d("2026-11-26") << false;
    QTest::newRow("no due date") << d("2026-11-27") << QDate() << false;
    QTest::newRow("no receipt date") << QDate() << d("2026-11-27") << false;
}

void TestDeadlineCalculator::isWithinLawfulLimit()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QFETCH(bool, lawful);
    const WorkingCalendar c;
    QCOMPARE(DeadlineCalculator(c).isWithinLawfulLimit(received, due), lawful);
}

void TestDeadlineCalculator::petitionTerm_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("reason");

    QTest::newRow("2 from Friday -> Tuesday") << "" << d("2026-11-27") << 2 << d("2026-12-01")
                                              << "2 working days from 27.11.2026 → 01.12.2026";
    QTest::newRow("1 from Friday -> Monday") << "" << d("2026-11-27") << 1 << d("2026-11-30")
                                             << "1 working day from 27.11.2026 → 30.11.2026";
    QTest::newRow("10 across a weekend") << "" << d("2026-12-07") << 10 << d("2026-12-21")
                                         << "10 working days from 07.12.2026 → 21.12.2026";
    QTest::newRow("10 across a weekend and a day off")
        << "nw:2026-12-15" << d("2026-12-07") << 10 << d("2026-12-22")
        << "10 working days from 07.12.2026 → 22.12.2026";
    QTest::newRow("10 across Christmas, martial law")
        << "h2026" << d("2026-12-18") << 10 << d("2027-01-01")
        << "10 working days from 18.12.2026 → 01.01.2027";
    QTest::newRow("10 across Christmas, no martial law")
        << "off h2026" << d("2026-12-18") << 10 << d("2027-01-04")
        << "10 working days from 18.12.2026 → 04.01.2027";
    QTest::newRow("working Saturday counts")
        << "wt:2026-11-28" << d("2026-11-27") << 2 << d("2026-11-30")
        << "2 working days from 27.11.2026 → 30.11.2026";
    QTest::newRow("0 days") << "" << d("2026-11-28") << 0 << d("2026-11-28")
                            << "0 working days from 28.11.2026 → 28.11.2026";
    QTest::newRow("negative") << "" << d("2026-11-27") << -1 << QDate() << "";
    QTest::newRow("invalid start") << "" << QDate() << 2 << QDate() << "";
}

void TestDeadlineCalculator::petitionTerm()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, start);
    QFETCH(int, workingDays);
    QFETCH(QDate, due);
    QFETCH(QString, reason);
    const WorkingCalendar c = calendarFor(calendar);
    const Term t = DeadlineCalculator(c).petitionTerm(start, workingDays);
    QCOMPARE(t.due, due);
    QCOMPARE(t.nominal, due);
    QVERIFY(!t.moved);
    QVERIFY(!t.capped);
    QCOMPARE(t.reason, reason);
}

void TestDeadlineCalculator::followsCalendarChanges()
{
    // The calculator reads the calendar it was given: an administrator's change applies at once.
    WorkingCalendar c;
    const DeadlineCalculator calc(c);
    QCOMPARE(calc.maxDue(d("2026-07-10")), d("2026-08-24"));
    c.setDay(d("2026-08-24"), WorkingCalendar::DayKind::Holiday);
    QCOMPARE(calc.maxDue(d("2026-07-10")), d("2026-08-24"));
    c.setMartialLaw(false);
    QCOMPARE(calc.maxDue(d("2026-07-10")), d("2026-08-25"));
}

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
