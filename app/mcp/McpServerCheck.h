#pragma once

#include "mcp/McpLaunch.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace pokee::mcp {

class McpClient;

// "Test" of one server, for the app's MCP servers window: starts it (its secrets read first,
// asynchronously), lists its tools, stops it, and says what it found — who answered and how
// many tools, or why it failed with the server's last words — with every line of its log as it
// comes. Run only for an approved definition (the caller asks first).
class McpServerCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerCheck)
public:
    using SecretReader = AsyncSecretReader;
    McpServerCheck(const McpServerConfig &server, SecretReader readSecret, QObject *parent = nullptr);
    ~McpServerCheck() override;

    void start();
    QJsonArray tools() const { return m_tools; }

Q_SIGNALS:
    void logLine(const QString &line);
    // `summary`: "mcp-servers/everything 2.0.0, MCP 2025-11-25, 13 tools", or why not.
    void finished(bool ok, const QString &summary);

private:
    void launch(const QHash<QString, QString> &secrets);
    void finish(bool ok, const QString &summary);

    McpServerConfig m_server;
    SecretReader m_readSecret;
    std::unique_ptr<McpClient> m_client;
    QJsonArray m_tools;
    bool m_done = false;
};

} // namespace pokee::mcp
