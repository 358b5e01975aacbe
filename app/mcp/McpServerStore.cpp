#include "mcp/McpServerStore.h"

#include "files/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace pokee::mcp {

McpServerStore::McpServerStore(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                  QStringLiteral("/pokee-desktop/mcp-servers.json")
                            : path)
{
}

QString McpServerStore::load()
{
    m_servers.clear();
    m_approved.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 could not be read: %2").arg(m_path, file.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return tr("%1 is not valid JSON (%2); fix or remove it").arg(m_path, error.errorString());
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(u"servers").toArray()) {
        const McpServerConfig c = McpServerConfig::fromJson(v.toObject());
        if (McpServerConfig::problemWithName(c.name).isEmpty() && !find(c.name))
            m_servers << c;
    }
    const QJsonObject approved = root.value(u"approved").toObject();
    for (auto it = approved.begin(); it != approved.end(); ++it)
        m_approved.insert(it.key(), it.value().toString().toLatin1());
    return {};
}

QString McpServerStore::save() const
{
    QJsonArray servers;
    for (const McpServerConfig &c : m_servers)
        servers.append(c.toJson());
    QJsonObject approved;
    for (auto it = m_approved.cbegin(); it != m_approved.cend(); ++it)
        approved.insert(it.key(), QString::fromLatin1(it.value()));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("servers"), servers}, {QStringLiteral("approved"), approved}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (const QString why = writeAtomically(m_path, QJsonDocument(root).toJson()); !why.isEmpty())
        return tr("%1 could not be written: %2").arg(m_path, why);
    return {};
}

const McpServerConfig *McpServerStore::find(const QString &name) const
{
    for (const McpServerConfig &c : m_servers)
        if (c.name == name)
            return &c;
    return nullptr;
}

void McpServerStore::put(const McpServerConfig &server)
{
    for (McpServerConfig &c : m_servers)
        if (c.name == server.name) {
            c = server;
            return;
        }
    m_servers << server;
}

bool McpServerStore::remove(const QString &name)
{
    m_approved.remove(name);
    return m_servers.removeIf([&](const McpServerConfig &c) { return c.name == name; }) > 0;
}

bool McpServerStore::isApproved(const McpServerConfig &server) const
{
    return m_approved.value(server.name) == server.definitionHash();
}

void McpServerStore::approve(const McpServerConfig &server)
{
    m_approved.insert(server.name, server.definitionHash());
}

QString McpServerStore::secretEntry(const QString &server, const QString &name)
{
    return QStringLiteral("mcp/%1/%2").arg(server, name);
}

} // namespace pokee::mcp
