#pragma once

#include "localclusterlayout.h"

#include <QObject>
#include <QPointer>

class QWidget;

// On a fresh embedded desk (no appeals yet) Kontakt offers realistic SAMPLE data once, so that
// a newcomer sees full queues at once. The load runs on its own owner connection in a worker
// thread; the window stays responsive.
class DemoOffer : public QObject
{
    Q_OBJECT
public:
    DemoOffer(const LocalClusterLayout &layout, QWidget *window, QObject *parent = nullptr);

    // Asks when the database is empty and the question was not answered before.
    void offerIfEmpty();

signals:
    void loaded();

private:
    void load(int cases);

    LocalClusterLayout m_layout;
    QPointer<QWidget> m_window;
};
