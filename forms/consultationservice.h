#pragma once

#include "knowledgebase.h"

#include <QObject>

// What the consultation panel asks of the database, asynchronously: the desk answers from its
// own database thread (the GUI thread never waits), tests answer from memory. Only the latest
// request matters: an implementation may drop requests overtaken by a newer one.
class ConsultationService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Articles for `text` (ranked; the topic lifts its articles), the organisations of the
    // articles found and those named by the text, the outages on the address now.
    virtual void search(quint64 request, const QString &text, const QString &address,
                        const QString &topicCode) = 0;
    // A search that found nothing and that the operator did not refine: for the head (3.12).
    virtual void logMiss(const QString &text) = 0;

signals:
    void resultsReady(const ConsultationResults &results);
};
