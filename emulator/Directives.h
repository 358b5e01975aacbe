#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pokee::emu {

// What a prompt asks of the scripted agent, from [[name=value]] directives and from plain
// requests the vendor's examples make. docs/emulator.md lists every directive.
struct Directives
{
    struct FileRequest
    {
        QString path;
        qint64 size = -1; // -1: a short generated text
    };

    int deltas = -1;          // [[deltas=N]] or "an N-word essay": the answer is N text deltas
    int paceMs = -1;          // [[pace=MS]]
    double durationSeconds = -1; // [[duration=S]]: spread the answer over S seconds
    bool thinking = true;     // [[thinking=off]]
    bool builtinTool = true;  // [[bash=off]]: no built-in Bash tool use
    QString error;            // [[error=MESSAGE]]: the turn ends in message.error
    QString toolName;         // [[tool=NAME {json}]]: call one of the session's tools
    QJsonObject toolArguments;
    bool toolArgumentsGiven = false;
    QList<FileRequest> files; // [[file=PATH]] / [[file=PATH:SIZE]]
    int progressSteps = 0;    // [[progress=N]]: metadata progress over N steps
    QString progressKey = QStringLiteral("progress");
    int stepMs = 400;         // [[step_ms=MS]]: pause per progress step
    bool presentation = false; // "PPT", "deck", "presentation": output/*.pptx + temasek_status

    static Directives parse(const QString &prompt);
    // "10MB", "512KB", "3000" -> bytes; -1 when it cannot be read.
    static qint64 parseSize(const QString &text);
    // The prompt with the directives removed, for echoing back.
    static QString visibleText(const QString &prompt);
};

} // namespace pokee::emu
