#include "petitionqueuemodel.h"

#include "deadlinestatus.h"
#include "queuecolumns.h"

#include <QTimeZone>

static_assert(int(PetitionQueueModel::IdRole) == int(QueueRoles::Id));
static_assert(int(PetitionQueueModel::DeadlineStateRole) == int(QueueRoles::DeadlineStateRole));
static_assert(int(PetitionQueueModel::PriorityRole) == int(QueueRoles::Priority));
static_assert(int(PetitionQueueModel::RawValueRole) == int(QueueRoles::RawValue));

PetitionQueueModel::PetitionQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PetitionQueueModel::setPetitions(const QList<PetitionRecord> &petitions)
{
    beginResetModel();
    m_rows = petitions;
    endResetModel();
}

void PetitionQueueModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QDateTime PetitionQueueModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

std::optional<PetitionRecord> PetitionQueueModel::petition(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int PetitionQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int PetitionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PetitionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PetitionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PetitionRecord &p = m_rows.at(index.row());
    const std::optional<QDate> due =
        p.currentDue.isValid() ? std::optional<QDate>(p.currentDue) : std::nullopt;
    const bool closed = !p.currentDue.isValid();
    switch (role) {
    case IdRole:
        return p.id;
    case StatusKeyRole:
        return p.status;
    case VersionRole:
        return p.version;
    case PriorityRole:
        return false;
    case DeadlineStateRole:
        return int(DeadlineStatus::classify(due, closed, now(), m_calendar));
    case RawValueRole:
        switch (index.column()) {
        case Number:
            return p.number;
        case Title:
            return p.title;
        case Status:
            return PetitionKeys::statuses().indexOf(p.status);
        case Signatures:
            return p.signaturesTotal();
        case Due:
        case Countdown:
            return p.currentDue;
        case Author:
            return p.authorName;
        case Submitted:
            return p.submittedAt;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return p.number;
        case Title:
            return p.title;
        case Status:
            return PetitionKeys::statusName(p.status);
        case Signatures:
            return tr("%1 of %2").arg(p.signaturesTotal()).arg(p.threshold);
        case Due:
            return p.currentDue.isValid() ? p.currentDue.toString(QStringLiteral("dd.MM.yyyy"))
                                          : QString();
        case Countdown:
            return DeadlineStatus::countdown(due, closed, now());
        case Author:
            return p.authorName;
        case Submitted:
            return p.submittedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return p.text.left(500);
        if (index.column() == Signatures)
            return tr("Online: %1, on paper: %2").arg(p.signaturesOnline).arg(p.signaturesPaper);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Signatures)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PetitionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Signatures:
        return tr("Signatures");
    case Due:
        return tr("Term");
    case Countdown:
        return tr("Time left");
    case Author:
        return tr("Author");
    case Submitted:
        return tr("Submitted");
    default:
        return {};
    }
}
