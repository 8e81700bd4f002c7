#include "deadlinecolorproxy.h"

#include "queuecolumns.h"

#include <QFont>

DeadlineColorProxy::DeadlineColorProxy(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_colors(defaultColors())
{}

QHash<DeadlineState, QColor> DeadlineColorProxy::defaultColors()
{
    return {{DeadlineState::Overdue, QColor(0xf4, 0xc7, 0xc3)},
            {DeadlineState::Urgent, QColor(0xff, 0xd8, 0xa8)},
            {DeadlineState::Soon, QColor(0xff, 0xf3, 0xb0)},
            {DeadlineState::Normal, QColor(0xe3, 0xf4, 0xe1)},
            {DeadlineState::Closed, QColor(0xe6, 0xe6, 0xe6)}};
}

void DeadlineColorProxy::setColors(const QHash<DeadlineState, QColor> &colors)
{
    m_colors = colors;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole});
}

QString DeadlineColorProxy::legendHtml() const
{
    QStringList parts;
    for (DeadlineState s : {DeadlineState::Overdue, DeadlineState::Urgent, DeadlineState::Soon,
                            DeadlineState::Normal, DeadlineState::Closed}) {
        parts << QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2 %3&nbsp;</span>")
                     .arg(m_colors.value(s).name(), DeadlineStatus::stateSymbol(s),
                          DeadlineStatus::stateName(s).toHtmlEscaped());
    }
    parts << QStringLiteral("★ ") + tr("privileged author").toHtmlEscaped();
    return parts.join(QStringLiteral("&nbsp;&nbsp;"));
}

QVariant DeadlineColorProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::BackgroundRole: {
        const QVariant state = QIdentityProxyModel::data(index, QueueRoles::DeadlineStateRole);
        if (!state.isValid())
            return {};
        const QColor c = m_colors.value(DeadlineState(state.toInt()));
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        return QColor(Qt::black); // the pastel backgrounds need dark text in any theme
    case Qt::DisplayRole: {
        const QVariant text = QIdentityProxyModel::data(index, role);
        if (index.column() == QueueColumns::Due) {
            const QVariant state = QIdentityProxyModel::data(index, QueueRoles::DeadlineStateRole);
            const QString symbol = state.isValid()
                                       ? DeadlineStatus::stateSymbol(DeadlineState(state.toInt()))
                                       : QString();
            if (!symbol.isEmpty() && !text.toString().isEmpty())
                return symbol + QLatin1Char(' ') + text.toString();
        }
        if (index.column() == QueueColumns::RegIndex &&
            QIdentityProxyModel::data(index, QueueRoles::Priority).toBool())
            return QStringLiteral("★ ") + text.toString();
        return text;
    }
    case Qt::FontRole:
        if (QIdentityProxyModel::data(index, QueueRoles::DeadlineStateRole).toInt() ==
            int(DeadlineState::Overdue)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        const QVariant tip = QIdentityProxyModel::data(index, role);
        if (index.column() == QueueColumns::RegIndex &&
            QIdentityProxyModel::data(index, QueueRoles::Priority).toBool())
            return tr("Privileged author: considered first");
        return tip;
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}
