#include "ScriptedAgent.h"

#include "SessionStore.h"
#include "Turn.h"

#include <QRandomGenerator>

#include <cstring>

namespace pokee::emu {

ScriptedAgent::ScriptedAgent(Turn *turn, SessionStore *sessions, const QString &sessionId,
                             std::deque<AgentStep> script, int paceMs, int toolTimeoutSeconds,
                             QObject *parent)
    : QObject(parent), m_turn(turn), m_sessions(sessions), m_sessionId(sessionId),
      m_script(std::move(script)), m_paceMs(paceMs), m_toolTimeoutSeconds(toolTimeoutSeconds)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedAgent::step);
    m_toolTimeout.setSingleShot(true);
    connect(&m_toolTimeout, &QTimer::timeout, this, [this] {
        // Timed out: the agent gets an error result and the turn fails.
        if (!m_suspended || !m_turn)
            return;
        const QString callId = m_waiting.toolCallId;
        finishSuspension();
        const QString why = QStringLiteral("tool call %1 timed out after %2 seconds").arg(callId).arg(m_toolTimeoutSeconds);
        m_turn->append("tool_result", {{QStringLiteral("id"), m_waiting.toolUseId},
                                       {QStringLiteral("content"), why},
                                       {QStringLiteral("is_error"), true}});
        m_turn->append("tool_use.stop", {});
        m_turn->append("message.error", {{QStringLiteral("id"), m_turn->id()}, {QStringLiteral("error"), why}});
    });
}

ScriptedAgent::~ScriptedAgent()
{
    if (m_suspended)
        finishSuspension();
}

void ScriptedAgent::start()
{
    scheduleNext();
}

void ScriptedAgent::wake()
{
    if (m_suspended || !m_timer.isActive())
        m_timer.start(0);
}

void ScriptedAgent::scheduleNext()
{
    m_timer.start(m_script.empty() ? 0 : m_script.front().delayMs);
}

void ScriptedAgent::finishSuspension()
{
    m_suspended = false;
    m_toolTimeout.stop();
    if (EmuSession *s = m_sessions->find(m_sessionId))
        s->pendingToolCalls.remove(m_waiting.toolCallId);
}

bool ScriptedAgent::resolveToolCall(const QString &toolCallId, const QString &output, bool isError)
{
    if (!m_suspended || toolCallId != m_waiting.toolCallId || !m_turn || m_turn->isFinished())
        return false;
    finishSuspension();
    std::deque<AgentStep> rest = AgentScript::afterToolResult(m_turn->id(), m_waiting.toolUseId,
                                                              m_waiting.toolName, output, isError, m_paceMs);
    m_script.insert(m_script.begin(), rest.begin(), rest.end());
    m_timer.start(0); // "The agent immediately resumes"
    return true;
}

void ScriptedAgent::step()
{
    if (!m_turn || m_turn->isFinished())
        return;
    if (m_turn->isCancelRequested()) {
        if (m_suspended)
            finishSuspension();
        m_turn->append("message.cancelled", {{QStringLiteral("id"), m_turn->id()},
                                              {QStringLiteral("status"), QStringLiteral("cancelled")}});
        return;
    }
    if (!m_sessions->find(m_sessionId)) {
        m_turn->append("message.error", {{QStringLiteral("id"), m_turn->id()},
                                          {QStringLiteral("error"), QStringLiteral("the session was destroyed")}});
        return;
    }
    if (m_suspended)
        return; // woken for nothing: still waiting for the tool
    // Steps with no pause run together, up to a bound, so a huge script does not starve the
    // server's other connections.
    int budget = 256;
    do {
        AgentStep s = std::move(m_script.front());
        m_script.pop_front();
        runStep(s);
    } while (--budget > 0 && !m_script.empty() && m_script.front().delayMs == 0 && !m_suspended &&
             m_turn && !m_turn->isFinished() && !m_turn->isCancelRequested());
    if (m_turn && !m_turn->isFinished() && !m_suspended && !m_script.empty())
        scheduleNext();
    else if (m_turn && m_turn->isCancelRequested() && !m_turn->isFinished() && !m_suspended)
        m_timer.start(0);
}

void ScriptedAgent::runStep(const AgentStep &s)
{
    EmuSession *session = m_sessions->find(m_sessionId);
    switch (s.kind) {
    case AgentStep::Kind::Emit:
        m_turn->append(s.type, s.data);
        break;
    case AgentStep::Kind::SetMetadata:
        if (session)
            session->metadata.insert(s.key, s.value);
        break;
    case AgentStep::Kind::WriteFile:
        if (session)
            session->workspace.write(s.path, fileContent(s));
        break;
    case AgentStep::Kind::AwaitTool:
        m_waiting = s;
        m_suspended = true;
        if (session)
            session->pendingToolCalls.insert(s.toolCallId, this);
        m_toolTimeout.start(m_toolTimeoutSeconds * 1000);
        break;
    }
}

QByteArray ScriptedAgent::fileContent(const AgentStep &s) const
{
    const QString type = Workspace::contentType(s.path);
    const bool text = type.startsWith(u"text/") || type == u"application/json" || s.path.endsWith(u".md");
    if (s.size < 0) {
        if (s.path.endsWith(u".pptx")) {
            // Not a real deck, but it starts like one (a ZIP) and is the size of a small one.
            QByteArray bytes("PK\x03\x04", 4);
            QRandomGenerator rng(quint32(qHash(s.path)));
            bytes.resize(48 * 1024);
            for (qsizetype i = 4; i < bytes.size(); ++i)
                bytes[i] = char(rng.bounded(256));
            return bytes;
        }
        return QStringLiteral("# %1\n\nWritten by the scripted agent of pokee-emulator.\n\n"
                              "## Summary\n\nThis file stands in for the agent's real work.\n")
            .arg(Workspace::normalise(s.path))
            .toUtf8();
    }
    QByteArray bytes(s.size, Qt::Uninitialized);
    if (text) {
        const QByteArray line = "The quick brown fox jumps over the lazy dog. 0123456789\n";
        for (qsizetype i = 0; i < bytes.size(); i += line.size())
            std::memcpy(bytes.data() + i, line.constData(), size_t(qMin(line.size(), bytes.size() - i)));
    } else {
        QRandomGenerator rng(quint32(qHash(s.path)));
        const qsizetype words = bytes.size() / 4;
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
        for (qsizetype i = words * 4; i < bytes.size(); ++i)
            bytes[i] = char(rng.bounded(256));
    }
    return bytes;
}

} // namespace pokee::emu
