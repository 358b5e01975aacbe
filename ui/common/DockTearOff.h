#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace pokee::ui {

// Makes a dock tear off into a window of its own and come back: a checkable action (the View
// menu's "… in Its Own Window") floats the dock as an ordinary top-level window — with its own
// taskbar entry, minimise and maximise, not a tool palette glued above the main window — and
// docks it again where it was when unchecked. Dragging the dock out by its title, or its
// float button, does the same, and the action follows. Where it is and how big is kept with the
// main window's state (QMainWindow::saveState).
class DockTearOff : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockTearOff)
public:
    DockTearOff(QDockWidget *dock, const QString &actionText);

    QAction *action() const { return m_action; }

private:
    void follow(bool floating);

    QDockWidget *m_dock;
    QAction *m_action;
};

} // namespace pokee::ui
