#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace pokee::ui {
class MainWindow;
}

namespace pokee::screenshot {

// `mcp`: Tools → MCP servers… with two servers — server-everything approved and tested (its
// log and what it offers), server-filesystem not approved yet — shot once the test is done.
void startMcpScenario(ui::MainWindow &window, const QString &folder, const std::function<void(QWidget *)> &shoot);

} // namespace pokee::screenshot
