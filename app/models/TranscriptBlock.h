#pragma once

#include <QJsonObject>
#include <QString>

namespace pokee {

// One visible piece of a conversation, folded from a turn's events.
struct TranscriptBlock
{
    enum class Kind { UserPrompt, Text, Thinking, ToolUse, ToolCall, Status, Notice, Raw };

    Kind kind = Kind::Text;
    QString responseId;
    QString text;         // prompt, text, thinking, notice, or a raw event's data
    bool open = false;    // still streaming

    // ToolUse (built-in tools) and ToolCall (the session's external tools)
    QString toolId;       // tool_use id, or tool_call_id
    QString toolName;
    QString toolInput;    // streamed input (tool_use.input_delta), or the call's arguments
    QString toolResult;
    bool toolError = false;
    bool toolHasResult = false;

    QString toolUseId;    // ToolCall: the tool_use block the call belongs to

    // Status (terminal event): "completed", "cancelled" or "error".
    // ToolCall: "waiting" (for the user), "answered", "failed" (error result) or "expired"
    // (the turn ended without an answer, e.g. after the 300 s timeout).
    QString status;
    QJsonObject usage;
};

} // namespace pokee
