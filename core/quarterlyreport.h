#pragma once

#include "reportdocument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Quarterly statistics by the classifier (LAW.md §4): the quarter's appeals counted once in
// every dimension councils report (form of receipt, primary/repeated, kind, subject, author
// category, result, topic), so each dimension adds up to the total. Read by
// QuarterlyReportRepository.
struct QuarterlyReportData {
    struct Count {
        QString code; // classifier code; "" = not stated
        QString name;
        qint64 count = 0;
    };
    struct Dimension {
        QString key;   // form, arrival, kind, subject, author, social, sex, result, topic
        QString title; // Ukrainian heading
        QString note;  // how an appeal is put in one line (printed under the heading)
        QList<Count> counts;
        qint64 sum() const;
    };

    int year = 0;
    int quarter = 0;
    QDate from;
    QDate to;
    qint64 total = 0;         // registered appeals of the quarter (not consultations, drafts)
    qint64 consultations = 0; // shown for information, not part of the statistics
    QList<Dimension> dimensions;
    QString headName;
    QString headPosition;

    static QDate quarterStart(int year, int quarter);
    static QDate quarterEnd(int year, int quarter);
    // Dimensions whose sum differs from the total (should be none).
    QStringList unbalanced() const;
};

class QuarterlyReportBuilder
{
public:
    static ReportDocument build(const QuarterlyReportData &data, const QDateTime &generatedAt);
};
