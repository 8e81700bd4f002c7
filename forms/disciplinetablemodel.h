#pragma once

#include "disciplinereport.h"

#include <QAbstractTableModel>
#include <QList>

// The executive-discipline rows as a table: organisations, or executors (people, with their
// organisation). Text as printed in the report; RawValueRole gives the numbers for sorting.
class DisciplineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Organisation, // executors only (hidden for organisations)
        Received,
        OnTime,
        Late,
        OverdueNow,
        Violations,
        Rework,
        AvgDays,
        Confirmed,
        AvgRating,
        Ratings,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // organisation id / staff id
        LoginRole,                 // executors: who answered
        RawValueRole,              // numbers for sorting (shares as 0..1, -1 for "none")
        CategoryRole               // the drill-down a figure opens (DisciplineCategory as int)
    };

    explicit DisciplineTableModel(bool executors, QObject *parent = nullptr);

    void setRows(const QList<DisciplineReportData::Row> &rows);
    const QList<DisciplineReportData::Row> &rows() const { return m_rows; }
    bool executors() const { return m_executors; }
    static DisciplineCategory categoryOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_executors;
    QList<DisciplineReportData::Row> m_rows;
};

// The cases behind a figure (the drill-down).
class DisciplineCasesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegIndex, Received, Topic, Summary, Term, Replied, Status, ColumnCount };
    enum Role { AppealIdRole = Qt::UserRole + 1, RawValueRole };

    explicit DisciplineCasesModel(QObject *parent = nullptr);
    void setCases(const QList<DisciplineCase> &cases);
    const QList<DisciplineCase> &cases() const { return m_rows; }
    static QString statusName(const QString &assignmentStatus);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DisciplineCase> m_rows;
};
