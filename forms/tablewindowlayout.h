#pragma once

#include <QList>
#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

// The remembered layout of a list window (QSettings group): its geometry, the column order and
// widths, and the splitter between the list and the selected item.
namespace TableWindowLayout {
void save(const QString &group, const QWidget *window, const QHeaderView *header,
          const QSplitter *splitter);
// False when no column state was saved: the caller sets the first widths.
bool restore(const QString &group, QWidget *window, QHeaderView *header, QSplitter *splitter,
             const QList<int> &defaultSplit);
} // namespace TableWindowLayout
