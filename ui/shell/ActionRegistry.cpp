#include "shell/ActionRegistry.h"

#include <QAction>

namespace pokee::ui {

QAction *ActionRegistry::add(const QString &id, const QString &room, QAction *action)
{
    Q_ASSERT_X(!this->action(id), "ActionRegistry::add", qPrintable(id));
    action->setObjectName(id);
    m_entries.append({id, room, action});
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return e.action;
    return nullptr;
}

} // namespace pokee::ui
