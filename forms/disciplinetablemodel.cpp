#include "disciplinetablemodel.h"

#include <QBrush>
#include <QColor>
#include <QTimeZone>

DisciplineTableModel::DisciplineTableModel(bool executors, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executors(executors)
{}

void DisciplineTableModel::setRows(const QList<DisciplineReportData::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    DisciplineReportBuilder::sortWorstFirst(&m_rows);
    endResetModel();
}

DisciplineCategory DisciplineTableModel::categoryOf(int column)
{
    switch (column) {
    case OnTime:
        return DisciplineCategory::OnTime;
    case Late:
        return DisciplineCategory::Late;
    case OverdueNow:
        return DisciplineCategory::OverdueNow;
    case Rework:
        return DisciplineCategory::Rework;
    default:
        return DisciplineCategory::All;
    }
}

int DisciplineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisciplineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisciplineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DisciplineReportData::Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        // The same words and figures as the printed report.
        const QStringList cells = DisciplineReportBuilder::cells(r, true);
        return cells.value(column);
    }
    case Qt::TextAlignmentRole:
        return column >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (r.overdueNow > 0 && (column == OverdueNow || column == Name))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return {};
    case Qt::ToolTipRole:
        if (column >= Received && column <= Rework)
            return tr("Double-click to see these cases");
        return {};
    case IdRole:
        return r.id;
    case LoginRole:
        return r.login;
    case CategoryRole:
        return int(categoryOf(column));
    case RawValueRole:
        switch (column) {
        case Name:
            return r.name;
        case Organisation:
            return r.organisation;
        case Received:
            return r.received;
        case OnTime:
            return r.onTime;
        case Late:
            return r.late;
        case OverdueNow:
            return r.overdueNow;
        case Violations:
            return r.violationShare();
        case Rework:
            return r.rework;
        case AvgDays:
            return r.avgDays;
        case Confirmed:
            return r.reached > 0 ? double(r.confirmed) / double(r.reached) : -1.0;
        case AvgRating:
            return r.avgRating;
        case Ratings:
            return r.ratings;
        }
        return {};
    }
    return {};
}

QVariant DisciplineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Received:
            return tr("Assignments routed to the executor in the period");
        case Violations:
            return tr("Answered late plus overdue now, as a share of those received");
        case Rework:
            return tr("Sent back to rework: a callback found the work not done");
        case Confirmed:
            return tr("Share of callbacks in which the citizen confirmed the work was done");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_executors ? tr("Executor") : tr("Organisation");
    case Organisation:
        return tr("Organisation");
    case Received:
        return tr("Received");
    case OnTime:
        return tr("On time");
    case Late:
        return tr("Late");
    case OverdueNow:
        return tr("Overdue now");
    case Violations:
        return tr("Violations, %");
    case Rework:
        return tr("Rework");
    case AvgDays:
        return tr("Avg. days");
    case Confirmed:
        return tr("Confirmed, %");
    case AvgRating:
        return tr("Avg. rating");
    case Ratings:
        return tr("Ratings");
    }
    return {};
}

DisciplineCasesModel::DisciplineCasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DisciplineCasesModel::setCases(const QList<DisciplineCase> &cases)
{
    beginResetModel();
    m_rows = cases;
    endResetModel();
}

QString DisciplineCasesModel::statusName(const QString &s)
{
    if (s == QLatin1String("approved"))
        return tr("Sent to the executor");
    if (s == QLatin1String("accepted"))
        return tr("Accepted");
    if (s == QLatin1String("replied"))
        return tr("Answered");
    if (s == QLatin1String("done"))
        return tr("Done");
    if (s == QLatin1String("rework"))
        return tr("Rework");
    if (s == QLatin1String("not_competent"))
        return tr("Not competent");
    return s;
}

int DisciplineCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisciplineCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisciplineCasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DisciplineCase &c = m_rows.at(index.row());
    const QTimeZone kyiv(QByteArrayLiteral("Europe/Kyiv"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegIndex:
            return c.regIndex;
        case Received:
            return c.receivedAt.toTimeZone(kyiv).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        case Topic:
            return c.topic;
        case Summary:
            return c.summary;
        case Term:
            return c.term.toString(QStringLiteral("dd.MM.yyyy"));
        case Replied:
            return c.repliedAt.isValid()
                       ? c.repliedAt.toTimeZone(kyiv).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                       : QString();
        case Status:
            return statusName(c.status);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Summary ? QVariant(c.summary) : QVariant();
    case AppealIdRole:
        return c.appealId;
    case RawValueRole:
        switch (index.column()) {
        case Received:
            return c.receivedAt;
        case Term:
            return c.term;
        case Replied:
            return c.repliedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant DisciplineCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegIndex:
        return tr("Index");
    case Received:
        return tr("Received");
    case Topic:
        return tr("Topic");
    case Summary:
        return tr("Summary");
    case Term:
        return tr("Term");
    case Replied:
        return tr("Answered");
    case Status:
        return tr("Assignment");
    }
    return {};
}
