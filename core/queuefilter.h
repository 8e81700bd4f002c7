#pragma once

#include <QString>

// What the person narrowed a queue to, as the queue page edits it (the app turns it into SQL).
struct QueueFilter {
    QString search;
    QString status; // an appeal.status key, or empty for any
    QString topicCode;
    QString channel;
    bool priorityOnly = false;
    bool onlyMine = false;

    bool operator==(const QueueFilter &o) const
    {
        return search == o.search && status == o.status && topicCode == o.topicCode
               && channel == o.channel && priorityOnly == o.priorityOnly && onlyMine == o.onlyMine;
    }
};
