#pragma once

// Keyboard helpers shared by the routing dialogs' GUI tests: keys go to the widget that has
// the focus, as a person's would; Cyrillic text is sent with its text argument because
// QTest::keyClicks takes Latin-1 only.
#include <QApplication>
#include <QDir>
#include <QWidget>
#include <QtTest>

namespace DialogTest {

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

inline void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *w = focused();
    QVERIFY2(w, "no widget has the focus");
    QTest::keyClick(w, k, mods);
}

inline void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *w = focused();
        QVERIFY2(w, "no widget has the focus");
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Tab until the widget with this objectName has the focus (at most 40 presses).
inline bool tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (focused() && focused()->objectName() == objectName)
            return true;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    return focused() && focused()->objectName() == objectName;
}

inline bool showAndActivate(QWidget *w)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return false;
    w->activateWindow();
    return QTest::qWaitForWindowActive(w);
}

// Saves a screenshot into $KONTAKT_SHOTS (when set) for a person to look at.
inline bool shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KONTAKT_SHOTS");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace DialogTest
