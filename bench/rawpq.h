#pragma once

#include <QString>
#include <QVariantList>

struct pg_conn;

// The same SQL straight through libpq: the baseline the client is compared with.
class RawPq
{
public:
    explicit RawPq(const QString &conninfo);
    ~RawPq();
    RawPq(const RawPq &) = delete;
    RawPq &operator=(const RawPq &) = delete;

    bool isOpen() const;
    QString error() const;
    // QtSql-style '?' placeholders become $1..$n; values are sent as text. Returns the rows read.
    int exec(const QString &sql, const QVariantList &binds = {});

private:
    pg_conn *m_conn = nullptr;
};
