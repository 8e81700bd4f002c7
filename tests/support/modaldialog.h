#pragma once

#include <QApplication>
#include <QTimer>
#include <functional>

// Runs `step` on the next modal dialog of type D once it is shown: exec() blocks the test, so
// the dialog is driven from a timer inside its own event loop.
template <typename D> void whenModalShown(QObject *context, std::function<void(D *)> step)
{
    auto *poll = new QTimer(context);
    poll->setInterval(30);
    QObject::connect(poll, &QTimer::timeout, context, [poll, step]() {
        auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!d || !d->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        step(d);
    });
    poll->start();
}
