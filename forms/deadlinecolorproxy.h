#pragma once

#include "deadlinestatus.h"

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>

// Presentation of a queue's semantic roles: the row's background from its deadline state, a
// symbol and words in the term column (colour is never the only signal), a star for
// privileged authors. Colours are configurable.
class DeadlineColorProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DeadlineColorProxy(QObject *parent = nullptr);

    static QHash<DeadlineState, QColor> defaultColors();
    void setColors(const QHash<DeadlineState, QColor> &colors);
    QColor color(DeadlineState state) const { return m_colors.value(state); }
    // "✖ overdue  ⚠ due within 1 working day ..." as rich text for the legend.
    QString legendHtml() const;

    QVariant data(const QModelIndex &index, int role) const override;

private:
    QHash<DeadlineState, QColor> m_colors;
};
