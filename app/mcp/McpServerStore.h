#pragma once

#include "mcp/McpServerConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace pokee::mcp {

// The user's MCP servers, shared by the app and `pokee mcp`: a JSON file in the config folder
// (pokee-desktop/mcp-servers.json, written atomically) with each server's definition and the
// definition hash the user approved to run, and the secret values in the OS keychain (one entry
// per server and variable or header, never in the file). load() and save() say why they fail.
class McpServerStore
{
    Q_DECLARE_TR_FUNCTIONS(McpServerStore)
public:
    // `path` empty: the user's config folder.
    explicit McpServerStore(const QString &path = {});

    QString path() const { return m_path; }
    // Reads the file (a missing file is no servers). Empty, or why not.
    QString load();
    QString save() const;

    const QList<McpServerConfig> &servers() const { return m_servers; }
    const McpServerConfig *find(const QString &name) const;
    // Adds or replaces the server of that name.
    void put(const McpServerConfig &server);
    bool remove(const QString &name);

    // Consent: whether this exact definition was approved to run; approving records its hash
    // (a changed definition asks again).
    bool isApproved(const McpServerConfig &server) const;
    void approve(const McpServerConfig &server);

    // The keychain entry of a server's secret (a variable or a header).
    static QString secretEntry(const QString &server, const QString &name);

private:
    QString m_path;
    QList<McpServerConfig> m_servers;
    QHash<QString, QByteArray> m_approved; // server name → approved definition hash
};

} // namespace pokee::mcp
