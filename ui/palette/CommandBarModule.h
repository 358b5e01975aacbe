#pragma once

#include <QAction>
#include <QList>
#include <QString>
#include <QWidget>

// The two functions of the command bar module (pokee-commandbar, CommandBarModule.cpp): KF6's
// KCommandBar over groups of actions, made when the palette first opens. It is a module loaded
// then rather than a library linked at start because KConfigWidgets brings eight more KF6
// libraries with it, which cost the idle window 3.6 MB of memory and about 20 ms of start when
// linked (measured: docs in bench/README.md, "Command palette").
namespace pokee::ui {

struct CommandBarGroup
{
    QString name;
    QList<QAction *> actions;
};

// Shows a command bar over `parent` (a window) with `groups`, and returns it: it hides itself
// when an action is chosen (after triggering it), on Esc and when it loses focus. The caller
// owns it. Recent choices come first: KCommandBar keeps them (by the actions' text).
using OpenCommandBar = QWidget *(*)(QWidget *parent, const QList<CommandBarGroup> &groups);
// Gives an open bar new groups, keeping what is typed (and the filter it makes).
using RefreshCommandBar = void (*)(QWidget *bar, const QList<CommandBarGroup> &groups);

} // namespace pokee::ui

// The symbols the palette resolves; C linkage so that their names are plain.
#define POKEE_COMMAND_BAR_OPEN "pokee_open_command_bar"
#define POKEE_COMMAND_BAR_REFRESH "pokee_refresh_command_bar"
