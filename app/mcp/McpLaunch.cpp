#include "mcp/McpLaunch.h"

#include "mcp/HttpTransport.h"

#include "mcp/McpServerStore.h"

namespace pokee::mcp {

SecretValues readSecrets(const McpServerConfig &server, const std::function<std::optional<QString>(const QString &entry)> &read)
{
    SecretValues out;
    for (const QString &name : server.secretEnv + server.secretHeaders) {
        if (const std::optional<QString> value = read(McpServerStore::secretEntry(server.name, name)))
            out.values.insert(name, *value);
        else
            out.missing << name;
    }
    return out;
}

void readSecretsAsync(const McpServerConfig &server, const AsyncSecretReader &read, std::function<void(const SecretValues &)> done)
{
    const QStringList names = server.secretEnv + server.secretHeaders;
    if (names.isEmpty())
        return done({});
    auto values = std::make_shared<SecretValues>();
    auto left = std::make_shared<int>(int(names.size()));
    for (const QString &name : names)
        read(McpServerStore::secretEntry(server.name, name), [values, left, name, done](std::optional<QString> value) {
            if (value)
                values->values.insert(name, *value);
            else
                values->missing << name;
            if (--*left == 0)
                done(*values);
        });
}

StdioTransport::Launch launchFor(const McpServerConfig &server, const QHash<QString, QString> &secrets)
{
    StdioTransport::Launch launch{server.command, server.args, {}, server.workingDirectory};
    for (auto it = server.env.cbegin(); it != server.env.cend(); ++it)
        launch.environment.insert(it.key(), it.value());
    for (const QString &name : server.secretEnv)
        if (secrets.contains(name))
            launch.environment.insert(name, secrets.value(name));
    return launch;
}

McpTransport *transportFor(const McpServerConfig &server, const QHash<QString, QString> &secrets)
{
    if (!server.isHttp())
        return new StdioTransport(launchFor(server, secrets));
    HttpTransport::Endpoint endpoint{QUrl(server.url), {}};
    for (auto it = server.headers.cbegin(); it != server.headers.cend(); ++it)
        endpoint.headers.append({it.key().toUtf8(), it.value().toUtf8()});
    for (const QString &name : server.secretHeaders)
        if (secrets.contains(name))
            endpoint.headers.append({name.toUtf8(), secrets.value(name).toUtf8()});
    return new HttpTransport(endpoint);
}

} // namespace pokee::mcp
