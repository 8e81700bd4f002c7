#pragma once

#include "petition.h"
#include "workingcalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <optional>

// The petition registry as a table: one row per petition, as the repository lists them. The
// deadline roles are those of the case queues (QueueRoles::DeadlineStateRole), so that the same
// DeadlineColorProxy colours petition terms (moderation, collection, passing to the mayor,
// consideration). The model knows no database.
class PetitionQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Title,
        Status,
        Signatures,
        Due,
        Countdown,
        Author,
        Submitted,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // == QueueRoles::Id
        DeadlineStateRole,         // == QueueRoles::DeadlineStateRole (DeadlineState as int)
        PriorityRole,              // == QueueRoles::Priority (always false)
        RawValueRole,              // the value behind the text (dates as QDate, counts as int)
        StatusKeyRole = Qt::UserRole + 20, // the database's status key
        VersionRole
    };

    explicit PetitionQueueModel(QObject *parent = nullptr);

    void setPetitions(const QList<PetitionRecord> &petitions);
    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }
    // The clock the deadline colours are computed against (tests set it).
    void setNow(const QDateTime &now);
    std::optional<PetitionRecord> petition(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;
    QList<PetitionRecord> m_rows;
    WorkingCalendar m_calendar;
    QDateTime m_now;
};
