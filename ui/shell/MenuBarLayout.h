#pragma once

class QMenuBar;

namespace pokee::ui {

class ActionRegistry;

// The menu bar of the window: File, Edit, Tools, View and Help, each listing actions of the
// registry by id in a fixed order (the one place that order is written).
void fillMenuBar(QMenuBar *bar, const ActionRegistry &actions);

} // namespace pokee::ui
