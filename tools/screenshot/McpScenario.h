#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace pokee {
class ApiClient;
namespace ui {
class MainWindow;
}
} // namespace pokee

namespace pokee::screenshot {

// `mcp`: Tools → MCP servers… with two servers — server-everything approved and tested (its
// log and what it offers), server-filesystem not approved yet — shot once the test is done.
// `mcp-inbox`: a session whose tool was imported from server-everything; the agent calls it,
// the inbox names the server and the tool's hints, and the call is approved: shot while the
// server's progress shows.
void startMcpScenario(const QString &which, ui::MainWindow &window, ApiClient &api, const QString &folder,
                      const std::function<void(QWidget *)> &shoot);

} // namespace pokee::screenshot
