#pragma once

#include <QSqlDatabase>

// Rolls back unless commit() succeeded: an early return or an exception never leaves a
// half-applied change behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Ends the transaction now (the destructor then does nothing).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
