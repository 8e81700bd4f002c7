#include "outboxmodel.h"

#include <QBrush>
#include <QColor>

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}
} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setMessages(const QList<OutboxMessage> &messages)
{
    beginResetModel();
    m_rows = messages;
    endResetModel();
}

std::optional<OutboxMessage> OutboxModel::message(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString OutboxModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("assignment"))
        return tr("Assignment");
    if (kind == QLatin1String("reminder"))
        return tr("Reminder");
    if (kind == QLatin1String("escalation_1"))
        return tr("Escalation, level 1");
    if (kind == QLatin1String("escalation_2"))
        return tr("Escalation, level 2");
    if (kind == QLatin1String("escalation_3"))
        return tr("Escalation, level 3");
    if (kind == QLatin1String("rework"))
        return tr("Rework");
    if (kind == QLatin1String("not_competent"))
        return tr("Not competent");
    if (kind == QLatin1String("acknowledgement"))
        return tr("Acknowledgement to the citizen");
    return kind; // a kind written by a newer version: its key is still readable
}

QString OutboxModel::statusName(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("sending"))
        return tr("Being sent");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case AppealIdRole:
        return m.appealId;
    case KindRole:
        return m.kind;
    case StatusRole:
        return m.status;
    case VersionRole:
        return m.version;
    case Qt::ForegroundRole:
        // A message that could not be sent is the one somebody has to look at.
        if (m.isFailed() && (index.column() == Status || index.column() == LastError))
            return QBrush(QColor(0x8a, 0x10, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Recipient:
            return m.recipient;
        case Subject:
            return m.subject;
        case LastError:
            return m.lastError;
        case Status:
            if (m.status == QLatin1String("queued") && m.nextAttemptAt.isValid())
                return tr("Next attempt %1").arg(when(m.nextAttemptAt));
            return {};
        default:
            return {};
        }
    case RawValueRole:
    case Qt::DisplayRole: {
        const bool raw = role == RawValueRole;
        switch (Column(index.column())) {
        case Created:
            return raw ? QVariant(m.createdAt) : QVariant(when(m.createdAt));
        case Kind:
            return raw ? m.kind : kindName(m.kind);
        case Recipient:
            return m.recipient;
        case Subject:
            return m.subject;
        case CaseIndex:
            return m.regIndex;
        case Status:
            return raw ? m.status : statusName(m.status);
        case Attempts:
            return m.attempts;
        case SentAt:
            return raw ? QVariant(m.sentAt) : QVariant(when(m.sentAt));
        case LastError:
            // One line in the table; the whole text is in the tooltip and below the table.
            return raw ? m.lastError : m.lastError.simplified();
        case ColumnCount:
            break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Kind:
        return tr("Kind");
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case CaseIndex:
        return tr("Case index");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case SentAt:
        return tr("Sent at");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}
