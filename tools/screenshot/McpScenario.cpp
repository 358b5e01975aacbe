#include "McpScenario.h"

#include "shell/MainWindow.h"
#include "tools/McpServersDialog.h"

#include "mcp/McpServerStore.h"
#include "profiles/KeyStore.h"

#include <QDir>
#include <QTimer>

namespace pokee::screenshot {

void startMcpScenario(ui::MainWindow &window, const QString &folder, const std::function<void(QWidget *)> &shoot)
{
    const QString bin = qEnvironmentVariable("POKEE_MCP_BIN", QStringLiteral("/opt/pokee-mcp/node_modules/.bin"));
    const QString storePath = QDir(folder).filePath(QStringLiteral("mcp-servers.json"));
    mcp::McpServerStore store(storePath);
    mcp::McpServerConfig everything;
    everything.name = QStringLiteral("everything");
    everything.command = QDir(bin).filePath(QStringLiteral("mcp-server-everything"));
    everything.args = {QStringLiteral("stdio")};
    store.put(everything);
    store.approve(everything);
    mcp::McpServerConfig files;
    files.name = QStringLiteral("filesystem");
    files.command = QDir(bin).filePath(QStringLiteral("mcp-server-filesystem"));
    files.args = {QDir::homePath() + QStringLiteral("/Documents")};
    store.put(files);
    store.save();
    auto *keys = new KeyStore(&window);
    auto *dialog = new ui::McpServersDialog(keys, storePath, QDir(folder).filePath(QStringLiteral("tools.json")), &window);
    dialog->show();
    dialog->selectServer(QStringLiteral("everything"));
    QObject::connect(dialog, &ui::McpServersDialog::checked, dialog, [dialog, shoot] {
        QTimer::singleShot(400, dialog, [dialog, shoot] { shoot(dialog); });
    });
    dialog->testSelected();
}

} // namespace pokee::screenshot
