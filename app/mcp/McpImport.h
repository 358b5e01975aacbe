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

    // One server the user types in (Tools → MCP servers → Add): `target` is a command or an
    // http(s) URL; `lines` are its arguments (one per line) for a command, and `values` its
    // variables (NAME=VALUE per line) or, for a URL, its headers (Name: value per line). The
    // same rules as an import: a value whose name looks secret goes to `secrets`, never into
    // the configuration. `error` says which line is wrong.
    struct ByHand
    {
        QString name;
        QString target;
        QString arguments;
        QString values;
        QString workingDirectory;
    };
    static McpImport byHand(const ByHand &entry);

    // Where the apps that host MCP servers keep their configuration on this system, by name
    // ("claude", "cursor", "vscode"), whether or not the file exists.
    static QString knownFile(const QString &app);
    static QStringList knownApps();
};

} // namespace pokee::mcp
