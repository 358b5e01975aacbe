#include "tools/McpToolImport.h"

#include "tools/ToolLibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace pokee {

namespace {
QString apiName(const QString &name)
{
    QString out = name;
    out.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return out.left(64);
}
} // namespace

QString McpToolImport::definitionHash(const QJsonObject &t)
{
    const QJsonObject canonical{{QStringLiteral("name"), t.value(u"name")},
                                {QStringLiteral("title"), t.value(u"title")},
                                {QStringLiteral("description"), t.value(u"description")},
                                {QStringLiteral("inputSchema"), t.value(u"inputSchema")},
                                {QStringLiteral("annotations"), t.value(u"annotations")}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QString McpToolImport::serverOf(const ToolDefinition &tool)
{
    return tool.origin.value(u"mcp").toObject().value(u"server").toString();
}

QString McpToolImport::mcpNameOf(const ToolDefinition &tool)
{
    return tool.origin.value(u"mcp").toObject().value(u"tool").toString();
}

McpToolImport McpToolImport::from(const QString &server, const QJsonArray &mcpTools, const ToolLibrary &library)
{
    McpToolImport out;
    QSet<QString> taken;
    for (const QJsonValue &v : mcpTools) {
        const QJsonObject t = v.toObject();
        const QString mcpName = t.value(u"name").toString();
        if (mcpName.isEmpty())
            continue;
        QString name = apiName(mcpName);
        // Another server's tool (or the user's own) of that name keeps it: this one is prefixed.
        auto clashes = [&](const QString &candidate) {
            const ToolDefinition *there = library.find(candidate);
            const bool ours = there && serverOf(*there) == server && mcpNameOf(*there) == mcpName;
            return taken.contains(candidate) || (there && !ours);
        };
        if (clashes(name))
            name = apiName(server + u'_' + mcpName);
        for (int n = 2; clashes(name); ++n)
            name = apiName(QStringLiteral("%1_%2_%3").arg(server, mcpName).arg(n));
        if (name != mcpName)
            out.notes << QCoreApplication::translate("McpToolImport", "%1's “%2” is “%3” for the agent").arg(server, mcpName, name);
        taken.insert(name);
        Entry e;
        e.mcpName = mcpName;
        e.tool.name = name;
        e.tool.description = t.value(u"description").toString();
        e.tool.parameters = t.value(u"inputSchema").isObject() ? t.value(u"inputSchema").toObject()
                                                               : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        e.tool.parameters.remove(QStringLiteral("$schema")); // a JSON Schema dialect marker the API need not see
        const QString hash = definitionHash(t);
        e.tool.origin = {{QStringLiteral("mcp"),
                          QJsonObject{{QStringLiteral("server"), server},
                                      {QStringLiteral("tool"), mcpName},
                                      {QStringLiteral("hash"), hash},
                                      {QStringLiteral("annotations"), t.value(u"annotations").toObject()}}}};
        const ToolDefinition *before = library.find(name);
        e.change = !before || serverOf(*before) != server ? Change::New
                   : before->origin.value(u"mcp").toObject().value(u"hash").toString() == hash ? Change::Same
                                                                                                : Change::Changed;
        // The user's approval of the tool outlives a new import of the same definition; a
        // changed one is asked about again, as a changed server definition is.
        const QJsonValue approval = before ? before->origin.value(u"mcp").toObject().value(u"approval") : QJsonValue();
        if (e.change == Change::Same && approval.isString()) {
            QJsonObject mcp = e.tool.origin.value(u"mcp").toObject();
            mcp.insert(QStringLiteral("approval"), approval);
            e.tool.origin.insert(QStringLiteral("mcp"), mcp);
        } else if (e.change == Change::Changed && approval.isString() && approval.toString() != u"ask") {
            out.notes << QCoreApplication::translate("McpToolImport", "%1 changed, so it asks before running again").arg(name);
        }
        out.entries << e;
    }
    return out;
}

bool McpToolImport::changedOnServer(const ToolDefinition &tool)
{
    return tool.origin.value(u"mcp").toObject().value(u"changedOnServer").toBool();
}

ToolSet McpToolImport::toolSet() const
{
    QList<ToolDefinition> tools;
    for (const Entry &e : entries)
        tools << e.tool;
    ToolSet set;
    set.setTools(tools);
    return set;
}

bool McpToolImport::anyChanged() const
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.change == Change::Changed; });
}

} // namespace pokee
