#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <algorithm>
#include <cmath>

// Timings of the scenarios that have no raw-libpq twin (kbbench, mailbench): percentiles and
// the JSON entry of `kontaktctl bench`.
namespace BenchStats {

inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = qBound(0, int(std::ceil(p * v.size())) - 1, int(v.size()) - 1);
    return v.at(i);
}

inline double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

inline QJsonObject entry(const QString &name, const QList<double> &ms, int found)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("p50_ms"), round2(percentile(ms, 0.5))},
            {QStringLiteral("p95_ms"), round2(percentile(ms, 0.95))},
            {QStringLiteral("repetitions"), int(ms.size())},
            {QStringLiteral("found"), found}};
}

} // namespace BenchStats
