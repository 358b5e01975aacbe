#pragma once

#include "AgentScript.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pokee::emu {

class SessionStore;
class Turn;

// Plays an AgentScript into a Turn: events at their pace, files into the session's workspace,
// progress into its metadata, and a suspension while one of the session's tools is called.
// Between steps it checks the turn's cancel flag, as the real agent does at each yield.
class ScriptedAgent : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedAgent)
public:
    ScriptedAgent(Turn *turn, SessionStore *sessions, const QString &sessionId,
                  std::deque<AgentStep> script, int paceMs, int toolTimeoutSeconds,
                  QObject *parent = nullptr);
    ~ScriptedAgent() override;

    void start();
    // The answer to the suspended tool call; false when the agent is not waiting for it.
    bool resolveToolCall(const QString &toolCallId, const QString &output, bool isError);
    // Wakes a suspended agent so that it observes a cancel (or a destroyed session) at once.
    void wake();

private:
    void step();
    void runStep(const AgentStep &step);
    void scheduleNext();
    void finishSuspension();
    QByteArray fileContent(const AgentStep &step) const;

    QPointer<Turn> m_turn;
    SessionStore *m_sessions; // not owned; outlives every agent
    QString m_sessionId;
    std::deque<AgentStep> m_script;
    int m_paceMs;
    int m_toolTimeoutSeconds;
    AgentStep m_waiting; // the AwaitTool step being waited on
    bool m_suspended = false;
    QTimer m_timer;
    QTimer m_toolTimeout;
};

} // namespace pokee::emu
