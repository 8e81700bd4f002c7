#include "transactionguard.h"

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

void TransactionGuard::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
