#include "McpScenario.h"

#include "shell/MainWindow.h"
#include "tools/McpCallPanel.h"
#include "tools/McpServersDialog.h"
#include "tools/ToolInbox.h"

#include "api/ApiClient.h"
#include "mcp/McpServerStore.h"
#include "profiles/KeyStore.h"
#include "session/SessionController.h"
#include "tools/McpRouter.h"
#include "tools/PendingToolCallModel.h"
#include "tools/ToolLibrary.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace pokee::screenshot {

namespace {

// The inbox of `window` approving a call of an imported tool; shot while its progress shows.
void startInboxScenario(ui::MainWindow &window, ApiClient &api, const QString &folder, const mcp::McpServerStore &store,
                        const std::function<void(QWidget *)> &shoot)
{
    ToolDefinition tool;
    // The agent knows it as rebuild_index; the server's own name is mapped back on each call.
    tool.name = QStringLiteral("rebuild_index");
    tool.description = QStringLiteral("Rebuilds the search index, reporting its progress.");
    tool.parameters = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
    tool.origin = {{QStringLiteral("mcp"), QJsonObject{{QStringLiteral("server"), QStringLiteral("everything")},
                                                       {QStringLiteral("tool"), QStringLiteral("trigger-long-running-operation")},
                                                       {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("openWorldHint"), false}}}}}};
    ToolLibrary library(QDir(folder).filePath(QStringLiteral("tools.json")));
    ToolSet set;
    set.setTools({tool});
    library.setTools(set);
    library.save();
    auto *router = new McpRouter(store, [](const QString &, std::function<void(std::optional<QString>)> done) { done(std::nullopt); },
                                 &window);
    router->followFiles(library.path());
    window.ruleDispatcher()->setMcpRouter(router, QStringLiteral("Local emulator"), QDir(folder).filePath(QStringLiteral("audit.jsonl")));
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), tool.name},
                                       {QStringLiteral("parameters"), tool.parameters}}};
    QObject::connect(api.createSession({{QStringLiteral("tools"), tools}}), &ApiCall::finished, &window, [&window](const ApiResult &r) {
        window.controller()->openSession(r.json.object().value(u"id").toString());
        window.controller()->send(QStringLiteral("Can you rebuild the search index, and tell me when it is done?"));
    });
    auto *once = new QObject(&window); // one approval, one photograph
    QObject::connect(window.pendingToolCalls(), &QAbstractItemModel::dataChanged, once, [&window, shoot, once] {
        const PendingToolCallModel *calls = window.pendingToolCalls();
        if (calls->rowCount() == 0 || calls->at(0).mcpServer.isEmpty())
            return;
        once->deleteLater();
        ui::ToolInbox *inbox = window.inbox();
        inbox->open();
        inbox->showCall(calls->at(0).toolCallId);
        inbox->mcpPanel()->reviewFirst()->setChecked(true);
        QTimer::singleShot(600, &window, [&window, shoot, inbox] {
            inbox->mcpPanel()->approveButton()->click();
            QTimer::singleShot(3500, &window, [&window, shoot] { shoot(&window); }); // a few steps along
        });
    });
}

} // namespace

void startMcpScenario(const QString &which, ui::MainWindow &window, ApiClient &api, const QString &folder,
                      const std::function<void(QWidget *)> &shoot)
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
    if (which == u"mcp-inbox")
        return startInboxScenario(window, api, folder, store, shoot);
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
