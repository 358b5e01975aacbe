#include "shell/MenuBarLayout.h"

#include "shell/ActionRegistry.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace pokee::ui {

void fillMenuBar(QMenuBar *bar, const ActionRegistry &actions)
{
    // The titles keep the window's translation context (translators and tests know them there).
    // "-" is a separator.
    const std::pair<const char *, std::initializer_list<const char *>> menus[] = {
        {QT_TRANSLATE_NOOP("pokee::ui::MainWindow", "&File"),
         {"session.new", "session.openWindow", "session.rename", "session.delete", "session.cleanUp", "session.refresh", "-", "profiles.manage", "-",
          "chat.exportMarkdown", "chat.exportJson", "-", "app.quit"}},
        {QT_TRANSLATE_NOOP("pokee::ui::MainWindow", "&Edit"), {"chat.copy", "chat.selectAll", "chat.find", "sessions.findAll", "-", "app.settings"}},
        {QT_TRANSLATE_NOOP("pokee::ui::MainWindow", "&Tools"), {"tools.library", "tools.rules", "tools.mcp", "tools.playground"}},
        {QT_TRANSLATE_NOOP("pokee::ui::MainWindow", "&View"),
         {"app.palette", "-", "view.split", "-", "view.inspector", "view.details", "view.files", "view.inbox", "-", "view.inboxWindow", "view.filesWindow", "-",
          "chat.jumpToLatest"}},
        {QT_TRANSLATE_NOOP("pokee::ui::MainWindow", "&Help"), {"help.shortcuts", "help.welcome", "-", "help.about"}},
    };
    for (const auto &[title, ids] : menus) {
        QMenu *menu = bar->addMenu(QCoreApplication::translate("pokee::ui::MainWindow", title));
        for (const char *id : ids) {
            if (qstrcmp(id, "-") == 0)
                menu->addSeparator();
            else if (QAction *action = actions.action(QString::fromLatin1(id)))
                menu->addAction(action);
            else
                Q_ASSERT_X(false, "fillMenuBar", id); // a menu names an action nobody registered
        }
    }
}

} // namespace pokee::ui
