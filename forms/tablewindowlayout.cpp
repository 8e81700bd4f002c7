#include "tablewindowlayout.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

void TableWindowLayout::save(const QString &group, const QWidget *window, const QHeaderView *header,
                             const QSplitter *splitter)
{
    QSettings s;
    s.beginGroup(group);
    s.setValue(QStringLiteral("geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("header"), header->saveState());
    s.setValue(QStringLiteral("splitter"), splitter->saveState());
}

bool TableWindowLayout::restore(const QString &group, QWidget *window, QHeaderView *header,
                                QSplitter *splitter, const QList<int> &defaultSplit)
{
    QSettings s;
    s.beginGroup(group);
    const QByteArray geometry = s.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QByteArray split = s.value(QStringLiteral("splitter")).toByteArray();
    if (split.isEmpty() || !splitter->restoreState(split))
        splitter->setSizes(defaultSplit);
    const QByteArray state = s.value(QStringLiteral("header")).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}
