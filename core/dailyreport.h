#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// The daily report for the mayor (Regulation 3.2): what the contact centre received on a day
// (or a range of days, Europe/Kyiv calendar days), as figures read by DailyReportRepository.
struct DailyReportData {
    struct Count {
        QString key;  // channel / classifier code / status
        QString name; // the classifier's name where there is one
        qint64 count = 0;
    };
    struct Appeal {
        QString regIndex;
        QDate date;
        QTime time;      // Kyiv time of receipt
        QString address; // problem address, else the author's (printed without "м. Бровари, ")
        QString topic; // "code name"
        QString summary;
        QString executor; // the main assignment's organisation (short name)
        QDate term;
        QString status;
        bool collective = false;
        bool priority = false;
        bool repeated = false;
    };

    QDate from;
    QDate to;
    qint64 appeals = 0;       // registered appeals (not consultations, not drafts)
    qint64 consultations = 0; // answered at first contact, counted separately
    qint64 collective = 0;
    qint64 priority = 0;
    qint64 repeated = 0;
    QList<Count> byChannel; // appeals only; consultations have their own line
    QList<Count> byKind;
    QList<Count> byTopic; // the top topics (see topTopics), the rest in "other"
    qint64 otherTopics = 0;
    QList<Count> byStatus;
    QList<Appeal> list;    // the period's appeals, by time of receipt
    QList<Appeal> overdue; // term expired within the period, still not executed
    QString headName;      // setting daily_report_signatory; empty: a blank line
    QString headPosition;  // setting daily_report_signatory_position; empty: the default

    static constexpr int topTopics = 8;
};

// Lays the data out as a document. The report is a Ukrainian official paper (like the
// registration card), so its labels are Ukrainian and not run through the translator.
class DailyReportBuilder
{
public:
    static ReportDocument build(const DailyReportData &data, const QDateTime &generatedAt);

    static QString channelName(const QString &channel);
    static QString statusName(const QString &status);
    static QString period(const QDate &from, const QDate &to);
};
