#pragma once

#include "tools/ToolSet.h"

#include <QJsonArray>
#include <QStringList>

namespace pokee {

class ToolLibrary;

// A server's MCP tools as tools of the library, for new sessions to hand to the agent: each
// name mapped to the API's function-name rule (letters, digits, _ and -, at most 64; a dotted
// or too long name is rewritten, and a clash with another tool is prefixed with the server's
// name), the description and the inputSchema as the parameters, and the origin kept — the
// server, the tool's own name (what a call is mapped back to), its annotations (untrusted
// hints) and a hash of its definition, so that a changed description or schema is noticed
// before new sessions use it.
struct McpToolImport
{
    enum class Change { New, Same, Changed };
    struct Entry
    {
        ToolDefinition tool;
        QString mcpName;
        Change change = Change::New;
    };
    QList<Entry> entries;
    QStringList notes; // renames said in a sentence each

    // `mcpTools`: the tools/list result's array; `library`: what is there already.
    static McpToolImport from(const QString &server, const QJsonArray &mcpTools, const ToolLibrary &library);
    // The tools, for ToolLibrary::merge.
    ToolSet toolSet() const;
    bool anyChanged() const;

    // A tool's MCP origin: the server and the tool's own name (empty when not from MCP).
    static QString serverOf(const ToolDefinition &tool);
    static QString mcpNameOf(const ToolDefinition &tool);
    // The server now offers another definition of it than the one imported (McpRouter saw it):
    // the library keeps the one the user took until the change is imported.
    static bool changedOnServer(const ToolDefinition &tool);
    // The hash of an MCP tool's definition as the server gave it.
    static QString definitionHash(const QJsonObject &mcpTool);
};

} // namespace pokee
