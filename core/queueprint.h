#pragma once

#include "reportdocument.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// A queue view printed as a table (the columns the person sees, in their order): the tab's
// name and filter on top, then the rows, at most a printable number of them.
class QueuePrintBuilder
{
public:
    static constexpr int MaxRows = 2000;

    static ReportDocument build(const QString &queueName, const QString &filterText,
                                const QStringList &header, const QList<QStringList> &rows,
                                bool more, const QDateTime &generatedAt);
};
