#include "incomingmailmodel.h"

#include <QLocale>
#include <QTimeZone>

IncomingMailModel::IncomingMailModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IncomingMailModel::setMessages(const QList<IncomingMail> &messages)
{
    beginResetModel();
    m_rows = messages;
    endResetModel();
}

std::optional<IncomingMail> IncomingMailModel::message(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int IncomingMailModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int IncomingMailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncomingMailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant IncomingMailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncomingMail &m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case StatusRole:
        return m.status;
    case KindRole:
        return m.kind;
    case AppealIdRole:
        return m.appealId;
    case NeedsReviewRole:
        return m.status == QLatin1String("review");
    case RawValueRole:
        switch (index.column()) {
        case Received:
            return m.receivedAt;
        case Files:
            return m.fileCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return QLocale().toString(m.receivedAt.toTimeZone(QTimeZone("Europe/Kyiv")),
                                      QLocale::ShortFormat);
        case From:
            return m.fromName.isEmpty() ? m.fromAddress
                                        : QStringLiteral("%1 <%2>").arg(m.fromName, m.fromAddress);
        case Subject:
            return m.subject.isEmpty() ? tr("(no subject)") : m.subject;
        case Files:
            return m.fileCount > 0 ? QVariant(m.fileCount) : QVariant();
        case Status:
            return m.status == QLatin1String("junk") ? IncomingMailNames::kindName(m.kind)
                                                     : IncomingMailNames::statusName(m.status);
        case CaseIndex:
            return m.regIndex;
        }
        return {};
    case Qt::ToolTipRole:
        if (!m.problems.isEmpty())
            return tr("The letter may be damaged or unusually encoded: compare its text with the "
                      "original");
        if (!m.kindReason.isEmpty())
            return m.kindReason;
        if (!m.handledNote.isEmpty())
            return m.handledNote;
        return {};
    case Qt::AccessibleDescriptionRole:
        return IncomingMailNames::statusName(m.status);
    }
    return {};
}

QVariant IncomingMailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case From:
        return tr("From");
    case Subject:
        return tr("Subject");
    case Files:
        return tr("Files");
    case Status:
        return tr("State");
    case CaseIndex:
        return tr("Case");
    }
    return {};
}
