#pragma once

#include "petitionchecker.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlDatabase>

// E-petitions (kontakt.petition, 0002_domain.sql; workflow in 0016_petitions.sql).
class PetitionRepository
{
public:
    explicit PetitionRepository(QSqlDatabase db);

    // Petitions that are still alive (submitted .. under consideration): the duplicate check
    // compares a new petition with these.
    QList<PetitionReference> activeReferences(DbError *error, qint64 exceptId = 0);

private:
    QSqlDatabase m_db;
};
