#include "common/DockTearOff.h"

#include <QAction>
#include <QDockWidget>

namespace pokee::ui {

DockTearOff::DockTearOff(QDockWidget *dock, const QString &actionText)
    : QObject(dock), m_dock(dock), m_action(new QAction(actionText, dock))
{
    m_action->setCheckable(true);
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        m_dock->setFloating(on);
        m_dock->show();
        m_dock->raise();
        if (on)
            m_dock->activateWindow();
    });
    connect(dock, &QDockWidget::topLevelChanged, this, &DockTearOff::follow);
}

void DockTearOff::follow(bool floating)
{
    m_action->setChecked(floating);
    if (!floating)
        return;
    // A floating dock is a tool window by default (no taskbar entry, always above the main
    // window): as a window of its own it is an ordinary one. Setting flags hides a widget;
    // it is shown again at once.
    m_dock->setWindowFlags(Qt::Window | Qt::WindowTitleHint | Qt::WindowSystemMenuHint | Qt::WindowMinMaxButtonsHint |
                           Qt::WindowCloseButtonHint);
    m_dock->show();
}

} // namespace pokee::ui
