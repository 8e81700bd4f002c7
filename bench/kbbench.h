#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTextStream>
#include <functional>

// The consultation scenarios of issue 8 (≤ 100 ms per search on 10 000 articles and 100 000
// outage rows): `kb_search`, the knowledge-base search as the intake panel runs it, and
// `outage_lookup`, the outages at a typed address. Synthetic articles (codes "bench-…") and
// outages (source 'import', utility "Бенчмарк") are seeded by the owner when missing.
namespace KbBench {

struct Sizes {
    int articles = 10000;
    int outages = 100000;
};

QList<QJsonObject> run(QSqlDatabase &owner, QSqlDatabase &client,
                       const std::function<bool(const QString &)> &wanted, int warmup, int reps,
                       QTextStream &log, Sizes sizes = {});

} // namespace KbBench
