#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace pokee::ui {

// Help → Keyboard shortcuts: every menu action that has a shortcut, read from the menu bar
// when the dialog opens (so the list cannot go stale), and the keys the conversation, the
// inbox and the lists understand without a menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace pokee::ui
