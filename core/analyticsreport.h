#pragma once

#include "reportdocument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Analytics (Regulation 3.10): how the appeals of a period spread over time, topics, places,
// channels and callers; read by AnalyticsReportRepository, printed with charts.
struct AnalyticsReportData {
    struct Count {
        QString key;
        QString name;
        qint64 count = 0;
    };
    struct Series {
        QString code; // topic code; "" = the other topics together
        QString name;
        QList<qint64> counts; // one per bucket
    };
    struct RepeatCaller {
        QString name; // surname and initials
        QString address;
        qint64 count = 0;
        QString lastTopic;
    };
    enum class Bucket { Week, Month };

    QDate from;
    QDate to;
    qint64 total = 0; // registered appeals of the period
    Bucket bucket = Bucket::Week;
    QList<QDate> buckets;       // the first day of each week (Monday) or month
    QList<qint64> bucketTotals; // all topics
    QList<Series> trend;        // the top topics of the period, then the others
    QList<Count> topics;        // all topics, most frequent first
    QList<Count> streets;       // hot spots: streets of the problem address, top
    QList<Count> houses;        // hot spots: street and house
    QList<Count> channels;
    qint64 repeatCallerCount = 0;                  // callers with two appeals or more in the period
    qint64 repeatCallerAppeals = 0;                // their appeals
    QList<RepeatCaller> repeatCallers;             // the most frequent
    QList<qint64> byMonth = QList<qint64>(12, 0);  // January..December
    QList<qint64> byWeekday = QList<qint64>(7, 0); // Monday..Sunday
    QList<qint64> byHour = QList<qint64>(24, 0);   // Kyiv time

    static constexpr int trendTopics = 5;
    static constexpr int hotSpots = 15;
    // Weeks up to this many days, months beyond.
    static constexpr int weeklyUpToDays = 120;
    static Bucket bucketFor(const QDate &from, const QDate &to);
    // Every bucket start from..to (Mondays or the first of months).
    static QList<QDate> bucketStarts(const QDate &from, const QDate &to, Bucket bucket);
};

class AnalyticsReportBuilder
{
public:
    static ReportDocument build(const AnalyticsReportData &data, const QDateTime &generatedAt);
    static QString monthName(int month); // 1..12, nominative
    static QString weekdayName(int day); // 1 = Monday
};
