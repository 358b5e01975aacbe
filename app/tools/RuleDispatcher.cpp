#include "tools/RuleDispatcher.h"

#include "session/TurnManager.h"
#include "tools/PendingToolCallModel.h"
#include "tools/RuleEngine.h"
#include "tools/McpRouter.h"
#include "tools/RuleSet.h"

namespace pokee {

RuleDispatcher::RuleDispatcher(ApiClient *api, TurnManager *turns, PendingToolCallModel *calls, QObject *parent)
    : QObject(parent), m_api(api), m_turns(turns), m_calls(calls)
{
}

void RuleDispatcher::setRules(const RuleSet &rules, const QString &profileName, const QString &auditPath)
{
    if (m_engine) {
        m_engine->setRules(rules);
        return;
    }
    m_engine = new RuleEngine(m_api, rules, profileName, auditPath, this);
    m_engine->setMcpRouter(m_mcp);
    connectEngine();
}

void RuleDispatcher::setMcpRouter(McpRouter *router, const QString &profileName, const QString &auditPath)
{
    if (!m_mcp && router)
        // A cancelled turn takes its MCP calls with it: the servers are told, nothing is sent.
        connect(m_turns, &TurnManager::turnFinished, this, [this](const QString &sid, qint64, TurnStream::State state) {
            if (m_mcp && state == TurnStream::State::Cancelled)
                m_mcp->cancelSession(sid, tr("the turn was cancelled"));
        });
    m_mcp = router;
    if (!m_engine)
        setRules(RuleSet(), profileName, auditPath); // no rules: every call asks, but imported tools route
    m_engine->setMcpRouter(router);
}

void RuleDispatcher::connectEngine()
{
    // The model has the call already (it follows the same signal, connected first).
    connect(m_turns, &TurnManager::eventsReceived, this,
            [this](const QString &sid, qint64, const QString &, const QList<TurnEvent> &events) {
                for (const TurnEvent &e : events)
                    if (const std::optional<QString> taken = m_engine->offer(sid, e))
                        m_calls->setState(*taken, PendingToolCall::State::Sending, tr("A rule is answering."));
            });
    connect(m_engine, &RuleEngine::answered, this, [this](const QString &, const QString &callId, const RuleAnswer &a) {
        m_calls->markAnswered(callId, tr("Answered by a rule: %1").arg(a.detail));
        Q_EMIT answered(callId, a.detail);
    });
    connect(m_engine, &RuleEngine::answerDrafted, this, [this](const QString &, const QString &callId, const RuleAnswer &a) {
        m_calls->setState(callId, PendingToolCall::State::Waiting);
        m_calls->setDraft(callId, a.output); // one click in the inbox sends it
        Q_EMIT drafted(callId);
    });
    connect(m_engine, &RuleEngine::deliveryFailed, this, [this](const QString &, const QString &callId, const QString &message) {
        m_calls->setState(callId, PendingToolCall::State::Failed, message);
    });
}

} // namespace pokee
