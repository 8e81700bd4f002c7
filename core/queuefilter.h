#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

// What the person narrowed a queue to, as the queue page edits it (the app turns it into SQL).
// Saved views store it as JSON.
struct QueueFilter {
    QString search;
    QString status; // an appeal.status key, or empty for any
    QString topicCode;
    QString channel;
    bool priorityOnly = false;
    bool onlyMine = false;
    qint64 executorOrgId = 0; // 0: any executor
    QString operatorLogin;    // who registered; empty: anybody
    QDate receivedFrom;       // invalid: open end
    QDate receivedTo;
    QDate dueFrom;
    QDate dueTo;

    bool operator==(const QueueFilter &o) const;
    bool operator!=(const QueueFilter &o) const { return !(*this == o); }
    bool isEmpty() const { return *this == QueueFilter(); }
    QJsonObject toJson() const;
    static QueueFilter fromJson(const QJsonObject &json);
};
