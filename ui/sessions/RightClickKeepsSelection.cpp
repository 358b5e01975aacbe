#include "sessions/RightClickKeepsSelection.h"

#include <QMouseEvent>

namespace pokee::ui {

bool RightClickKeepsSelection::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        // The context menu comes from its own event, which this does not touch.
        if (static_cast<QMouseEvent *>(event)->button() == Qt::RightButton)
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pokee::ui
