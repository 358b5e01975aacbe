#pragma once

#include <QJsonObject>
#include <QString>

namespace pokee::mcp {

// What the agent gets for an MCP tool's answer (a CallToolResult), as the tool_results route
// takes it: `structuredContent` as JSON when the server gave it, otherwise the text blocks
// joined; images, audio and resources are described (kind, type, size, name) rather than
// dropped without a word; `isError` becomes is_error.
struct ToolAnswer
{
    QString output;
    bool isError = false;

    static ToolAnswer from(const QJsonObject &callToolResult);
};

} // namespace pokee::mcp
