#pragma once

#include "databaseconnector.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// The benchmark of DESIGN.md §5 / the queues issue: every scenario with warm-up and
// repetitions, p50/p95 at the client, the same SQL raw through libpq, and the ratio.
class BenchRunner
{
public:
    struct Options {
        int cases = 1000000;
        int repetitions = 20;
        int warmup = 3;
        qint64 seed = 1;
        QString role = QStringLiteral("operator1"); // scenarios run with an operator's rights
        QStringList only; // scenario names (or their prefixes) to run; empty: all
    };

    BenchRunner(ConnectParams params, Options options);
    // Seeds the database when it has fewer cases than asked, then runs every scenario.
    // Progress lines go to `log`; the result is the JSON report.
    QJsonObject run(QTextStream &log, QString *error);

private:
    ConnectParams m_params;
    Options m_options;
};
