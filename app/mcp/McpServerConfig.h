#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pokee::mcp {

// One MCP server as the user configured it: a command to start (stdio) or an address to reach
// (HTTP), with its environment or headers. Values that are secrets are not here: their names
// are (secretEnv, secretHeaders) and their values live in the OS keychain (McpSecrets).
struct McpServerConfig
{
    QString name;
    QString command;
    QStringList args;
    QString workingDirectory;
    QString url; // set: an HTTP server instead of a command
    QMap<QString, QString> env;
    QMap<QString, QString> headers;
    QStringList secretEnv;
    QStringList secretHeaders;
    bool enabled = true;
    int callTimeoutSeconds = 0; // 0: the default (inside the API's 300 s for a tool call)

    bool isHttp() const { return !url.isEmpty(); }
    // What the user approves before it first runs: every part that decides what runs or where
    // it connects, secret names included, secret values not (they may change without asking).
    QByteArray definitionHash() const;
    // The command line, untruncated, as a user would type it (or the URL).
    QString commandLine() const;

    QJsonObject toJson() const;
    static McpServerConfig fromJson(const QJsonObject &o);

    // Why `name` cannot name a server (it prefixes tool names the API must accept: letters,
    // digits, _ and -, at most 32), or empty.
    static QString problemWithName(const QString &name);
    // Whether a variable or header with this name holds a secret (API_KEY, GITHUB_TOKEN,
    // Authorization, …): its value goes to the keychain.
    static bool looksSecret(const QString &name);
};

} // namespace pokee::mcp
