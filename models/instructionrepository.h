#pragma once

#include "sqlerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Instructions (доручення) of the mayor and deputy mayors: text, author, term and the cases
// they concern; the mayor's office (manager) records and closes them, desks read them.
class InstructionRepository
{
public:
    struct Instruction {
        qint64 id = 0;
        QString number;
        QString authorName;
        QString text;
        QDate dueDate;
        QString status; // open, done, cancelled
        QDateTime issuedAt;
        QDateTime executedAt;
        QString executionNote;
        QStringList regIndexes;
        int version = 0;
    };

    explicit InstructionRepository(QSqlDatabase db);

    // One transaction: the instruction and its links. Indexes that match no case refuse the
    // whole instruction (`unknown` lists them).
    qint64 create(const QString &number, const QString &authorName, const QString &text,
                  const QDate &dueDate, const QStringList &regIndexes, QStringList *unknown,
                  DbError *error);
    // Open ones first, by term; then the rest, newest first.
    QList<Instruction> list(DbError *error);
    // Marks an instruction executed; false when somebody changed it meanwhile (version).
    bool markDone(qint64 id, int version, const QString &note, DbError *error);

private:
    QSqlDatabase m_db;
};
