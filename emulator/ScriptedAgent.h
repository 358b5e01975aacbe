#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace pokee::emu {

class Turn;

// One step of a scripted turn: an event to emit after a pause.
struct ScriptStep
{
    QByteArray type;
    QJsonObject data;
    int delayMs = 0;
};

// What a prompt asks of the scripted agent; see docs/emulator.md for the directives.
struct Directives
{
    int deltas = -1;     // [[deltas=N]]: the answer is N text deltas
    int paceMs = -1;     // [[pace=MS]]: pause between deltas
    bool thinking = true; // [[thinking=off]]
    QString error;        // [[error=MESSAGE]]: the turn ends in message.error

    static Directives parse(const QString &prompt);
};

// A deterministic agent: the same prompt always gives the same events. It plays its script
// into a Turn, checking the turn's cancel flag between steps as the real agent does at each
// CPU/IO yield.
class ScriptedAgent : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedAgent)
public:
    ScriptedAgent(Turn *turn, std::vector<ScriptStep> script, QObject *parent = nullptr);

    void start();

    static std::vector<ScriptStep> buildScript(const QString &responseId, const QString &sessionId,
                                               const QString &prompt, int defaultPaceMs);

private:
    void step();

    QPointer<Turn> m_turn;
    std::vector<ScriptStep> m_script;
    size_t m_next = 0;
    QTimer m_timer;
};

} // namespace pokee::emu
