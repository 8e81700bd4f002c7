#include "preparedqueries.h"

#include <QObject>
#include <QSqlDriver>
#include <memory>
#include <unordered_map>

namespace {

const char *const kHolderName = "kontakt-prepared-queries";

// The statements of one connection; a child of its driver, so that it never outlives it.
class Holder : public QObject
{
public:
    struct Entry {
        std::unique_ptr<QSqlQuery> query;
        quint64 lastUse = 0;
    };
    std::unordered_map<QString, Entry> entries;
    quint64 clock = 0;
};

Holder *holderOf(const QSqlDatabase &db, bool create)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    auto *h = driver->findChild<Holder *>(QLatin1String(kHolderName), Qt::FindDirectChildrenOnly);
    if (!h && create) {
        h = new Holder;
        h->setObjectName(QLatin1String(kHolderName));
        h->setParent(driver);
    }
    return h;
}

// SQLSTATEs after which the statement is prepared again: the server lost it (a new session) or
// its result shape changed under it (a migration).
bool isStale(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("26000") || code == QLatin1String("0A000");
}

bool run(QSqlQuery *q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    return q->exec();
}

} // namespace

QSqlQuery *PreparedQueries::exec(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &binds, bool forwardOnly, QSqlError *error)
{
    Holder *h = holderOf(db, true);
    if (!h) {
        if (error)
            *error = db.lastError();
        return nullptr;
    }
    auto it = h->entries.find(sql);
    if (it != h->entries.end() && it->second.query->isForwardOnly() != forwardOnly) {
        h->entries.erase(it);
        it = h->entries.end();
    }
    if (it != h->entries.end()) {
        it->second.lastUse = ++h->clock;
        QSqlQuery *q = it->second.query.get();
        if (run(q, binds))
            return q;
        if (!isStale(q->lastError())) {
            if (error)
                *error = q->lastError();
            return nullptr;
        }
        h->entries.erase(it); // prepared again below
    }
    if (h->entries.size() >= kCapacity) {
        auto oldest = h->entries.begin();
        for (auto e = h->entries.begin(); e != h->entries.end(); ++e) {
            if (e->second.lastUse < oldest->second.lastUse)
                oldest = e;
        }
        h->entries.erase(oldest);
    }
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(forwardOnly);
    if (!q->prepare(sql) || !run(q.get(), binds)) {
        if (error)
            *error = q->lastError();
        return nullptr;
    }
    QSqlQuery *raw = q.get();
    h->entries.emplace(sql, Holder::Entry{std::move(q), ++h->clock});
    return raw;
}

void PreparedQueries::configureSession(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
}

void PreparedQueries::forget(const QSqlDatabase &db)
{
    delete holderOf(db, false);
}

int PreparedQueries::cachedCount(const QSqlDatabase &db)
{
    const Holder *h = holderOf(db, false);
    return h ? int(h->entries.size()) : 0;
}
