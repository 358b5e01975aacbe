#pragma once

#include "mcp/McpServerConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>

namespace pokee::mcp {

// MCP servers as users already have them configured, read into ours: Claude Desktop's
// claude_desktop_config.json, Cursor's mcp.json, Cline's settings and a pasted object
// ("mcpServers": {name: {command, args, env | url, headers, disabled, timeout}}), and VS Code's
// mcp.json ("servers": {name: {type, command, args, env | url, headers}}, "inputs"). A value
// whose name looks secret is taken out of the configuration and handed back in `secrets`,
// for the keychain. ${env:NAME} is read from `environment`; VS Code's ${input:ID} cannot be
// known here: the variable is kept as a secret without a value, and a note says so.
struct McpImport
{
    Q_DECLARE_TR_FUNCTIONS(McpImport)
public:
    QList<McpServerConfig> servers;
    // "server\nENV or header name" → the secret value, for the keychain.
    QHash<QString, QString> secrets;
    // What the user should know: a value to give, something not carried over.
    QStringList notes;
    QString error; // the whole file could not be read

    static McpImport fromJson(const QByteArray &json, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Where the apps that host MCP servers keep their configuration on this system, by name
    // ("claude", "cursor", "vscode"), whether or not the file exists.
    static QString knownFile(const QString &app);
    static QStringList knownApps();
};

} // namespace pokee::mcp
