#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <deque>

namespace pokee::emu {

// One step of a scripted turn.
struct AgentStep
{
    enum class Kind { Emit, AwaitTool, WriteFile, SetMetadata };

    Kind kind = Kind::Emit;
    int delayMs = 0;      // pause before the step
    QByteArray type;      // Emit: the event type
    QJsonObject data;     // Emit: the event data
    QString path;         // WriteFile
    qint64 size = -1;     // WriteFile: bytes, or -1 for a short generated document
    QString key;          // SetMetadata
    QJsonValue value;     // SetMetadata
    QString toolCallId;   // AwaitTool
    QString toolUseId;    // AwaitTool
    QString toolName;     // AwaitTool
};

struct AgentScriptInput
{
    QString responseId;
    QString sessionId;
    QString prompt;
    QJsonArray tools; // the session's tools, flat shape
    int paceMs = 15;
};

// Builds the deterministic script for a prompt: the same input always gives the same steps
// (ids are derived from the response id).
namespace AgentScript {

std::deque<AgentStep> build(const AgentScriptInput &input);
// What the agent says once a tool answered, ending the turn.
std::deque<AgentStep> afterToolResult(const QString &responseId, const QString &toolUseId,
                                      const QString &toolName, const QString &output, bool isError,
                                      int paceMs);
// Splits text into deltas of 3 to 12 characters, the same way for the same text.
QStringList splitIntoDeltas(const QString &text);
QString derivedId(const QString &seed, int hexDigits);

} // namespace AgentScript

} // namespace pokee::emu
