#pragma once

#include "mcp/McpServerConfig.h"
#include "mcp/StdioTransport.h"

#include <QHash>

#include <functional>
#include <optional>

namespace pokee::mcp {

// A server's secret values, read from wherever the caller keeps them (the keychain), and the
// names that had none.
struct SecretValues
{
    QHash<QString, QString> values; // variable or header name → value
    QStringList missing;
};
SecretValues readSecrets(const McpServerConfig &server, const std::function<std::optional<QString>(const QString &entry)> &read);
// The same from a reader that answers later (the keychain, asynchronously): `done` is called
// once, when every entry has answered (at once when there are none).
using AsyncSecretReader = std::function<void(const QString &entry, std::function<void(std::optional<QString>)> done)>;
void readSecretsAsync(const McpServerConfig &server, const AsyncSecretReader &read, std::function<void(const SecretValues &)> done);

// How a stdio server is started: its command and arguments, its working folder, and its
// variables — the plain ones and the secret ones — added to the minimal environment.
StdioTransport::Launch launchFor(const McpServerConfig &server, const QHash<QString, QString> &secrets);
// The connection to `server`: its process (stdio), or its URL with its headers — the plain
// ones and the secret ones (HttpTransport). Owned by the caller.
McpTransport *transportFor(const McpServerConfig &server, const QHash<QString, QString> &secrets);

} // namespace pokee::mcp
