#pragma once

#include "ukrainiantext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Value types of the consultation side of a call (issue 8): knowledge-base articles and their
// search hits, the directory of services, utilities' outages. Shared by the repositories,
// the intake panel, the editor and kontaktctl.

struct KbArticle {
    qint64 id = 0;
    QString code;
    QString title;
    QString body;
    QStringList topicCodes;
    QStringList orgCodes;
    QStringList tags;
    QDate validFrom;
    QDate validTo;
    QDate lastReviewed;
    QDate reviewDue;
    QString author;
    int usageCount = 0;
    bool active = true;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    bool reviewOverdue(const QDate &today) const
    {
        return reviewDue.isValid() && reviewDue < today;
    }
};

struct KbVersion {
    int version = 0;
    QString title;
    QString body;
    QStringList topicCodes;
    QStringList tags;
    QString changedBy;
    QDateTime changedAt;
};

struct KbHit {
    qint64 id = 0;
    QString code;
    QString title;
    QString body;
    QStringList topicCodes;
    QList<qint64> orgIds;
    double score = 0;
    int usageCount = 0;
    bool reviewOverdue = false;
    QList<UkrainianText::Range> titleRanges;
    QList<UkrainianText::Range> bodyRanges;
};

// An organisation of the directory: who handles what, where and when.
struct DirectoryEntry {
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString phones;
    QString email;
    QString hours;
    QString responsible;
    QStringList topics; // names of the topics it handles
};

struct Outage {
    qint64 id = 0;
    QString orgCode;
    QString orgName;
    QString utility;
    QString kind; // water, hot_water, heating, electricity, gas, other
    QString street;
    QString houses;
    QDateTime startsAt;
    QDateTime endsAt;
    QString description;
    QString source = QStringLiteral("manual");
    bool planned = true;
};

// What the intake panel shows for one state of the form.
struct ConsultationResults {
    quint64 request = 0;
    QString text;
    QString address;
    QList<KbHit> hits;
    QList<DirectoryEntry> directory;
    QList<Outage> outages;
    QString error;
};
