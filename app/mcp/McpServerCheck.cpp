#include "mcp/McpServerCheck.h"

#include "mcp/McpClient.h"
#include "mcp/McpLaunch.h"
#include "mcp/McpServerStore.h"
#include "mcp/McpTransport.h"
#include "mcp/StdioTransport.h"

#include <QPointer>

namespace pokee::mcp {

McpServerCheck::McpServerCheck(const McpServerConfig &server, SecretReader readSecret, QObject *parent)
    : QObject(parent), m_server(server), m_readSecret(std::move(readSecret))
{
}

McpServerCheck::~McpServerCheck() = default;

void McpServerCheck::start()
{
    QPointer<McpServerCheck> self(this);
    readSecretsAsync(m_server, m_readSecret, [self](const SecretValues &secrets) {
        if (!self)
            return;
        for (const QString &name : secrets.missing)
            Q_EMIT self->logLine(tr("(%1 is not in the keychain: the server starts without it)").arg(name));
        self->launch(secrets.values);
    });
}

void McpServerCheck::launch(const QHash<QString, QString> &secrets)
{
    McpTransport *transport = transportFor(m_server, secrets);
    if (!m_server.isHttp())
        Q_EMIT logLine(tr("$ %1").arg(m_server.commandLine()));
    m_client = std::make_unique<McpClient>(transport, McpClient::Options{});
    connect(m_client.get(), &McpClient::logLine, this, &McpServerCheck::logLine);
    connect(m_client.get(), &McpClient::failed, this, [this](const QString &why) { finish(false, why); });
    connect(m_client.get(), &McpClient::ready, this, [this] {
        McpRequest *listed = m_client->listTools(30000);
        connect(listed, &McpRequest::finished, this, [this, listed] {
            listed->deleteLater();
            if (!listed->ok())
                return finish(false, listed->error());
            m_tools = listed->result().toObject().value(u"tools").toArray();
            finish(true, tr("%1 %2, MCP %3, %n tool(s)", nullptr, int(m_tools.size()))
                             .arg(m_client->serverName(), m_client->serverVersion(), m_client->protocolVersion()));
        });
    });
    m_client->open();
}

void McpServerCheck::finish(bool ok, const QString &summary)
{
    if (std::exchange(m_done, true))
        return;
    if (m_client)
        m_client->close();
    Q_EMIT finished(ok, summary);
}

} // namespace pokee::mcp
