#include "tools/RuleDispatcher.h"

#include "session/TurnManager.h"
#include "stream/ToolCallRequest.h"
#include "tools/PendingToolCallModel.h"
#include "tools/RuleEngine.h"
#include "tools/McpRouter.h"
#include "tools/RuleSet.h"

#include <QDateTime>

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
    markMcpRoutes(); // the calls a restart left waiting can be approved too
}

void RuleDispatcher::markMcpRoutes(bool again)
{
    if (!m_engine || !m_mcp)
        return;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const PendingToolCall &c = m_calls->at(row);
        if (!c.isOpen() || c.stateless || (!again && !c.mcpServer.isEmpty()))
            continue;
        if (const std::optional<McpRouter::Route> route = m_engine->mcpRoute(c.name, c.arguments))
            markRoute(c.toolCallId, *route);
    }
}

void RuleDispatcher::markRoute(const QString &toolCallId, const McpRouter::Route &route)
{
    m_calls->setMcpRoute(toolCallId, route.server, route.tool, route.hints,
                         route.imported ? McpRouter::approvalName(route.approval) : QString());
}

QString RuleDispatcher::setToolApproval(const QString &tool, const QString &approval)
{
    const std::optional<McpRouter::Approval> chosen = McpRouter::approvalFromName(approval);
    if (!chosen)
        return tr("“%1” is not an approval: ask, session or always.").arg(approval);
    const QString error = McpRouter::setApproval(m_mcp ? m_mcp->libraryPath() : QString(), tool, *chosen);
    if (error.isEmpty())
        markMcpRoutes(true);
    return error;
}

bool RuleDispatcher::approveMcp(const QString &toolCallId, bool reviewFirst)
{
    const int row = m_calls->rowOf(toolCallId);
    if (row < 0 || !m_engine)
        return false;
    const PendingToolCall call = m_calls->at(row);
    if (!call.isOpen() || call.isBeingSent())
        return false;
    // The server gets what is left of the call's answer window, less a margin for the answer's trip.
    constexpr qint64 MarginMs = 15 * 1000;
    const qint64 left = call.deadline() - QDateTime::currentMSecsSinceEpoch() - MarginMs;
    if (left < 1000) {
        m_calls->setState(toolCallId, PendingToolCall::State::Waiting,
                          tr("Too little time is left for %1 to run it; answer by hand or deny it.").arg(call.mcpServer));
        return false;
    }
    m_calls->setProgress(toolCallId, -1, 0, {});
    m_calls->setState(toolCallId, PendingToolCall::State::Sending, tr("Running on the MCP server %1…").arg(call.mcpServer));
    if (!m_engine->approveMcp(call.sessionId, toolCallId, call.name, call.arguments, reviewFirst,
                              int(qMin<qint64>(left, McpRouter::MaxCallMs)))) {
        m_calls->setState(toolCallId, PendingToolCall::State::Waiting,
                          tr("No MCP server answers %1 any more (its rule or import was removed).").arg(call.name));
        return false;
    }
    return true;
}

void RuleDispatcher::connectEngine()
{
    // The model has the call already (it follows the same signal, connected first).
    connect(m_turns, &TurnManager::eventsReceived, this,
            [this](const QString &sid, qint64, const QString &, const QList<TurnEvent> &events) {
                for (const TurnEvent &e : events) {
                    if (const std::optional<QString> taken = m_engine->offer(sid, e)) {
                        m_calls->setState(*taken, PendingToolCall::State::Sending, tr("A rule is answering."));
                        continue;
                    }
                    // Left to the user: when an MCP server would answer it, the inbox offers to run it there.
                    const std::optional<ToolCallRequest> call = ToolCallRequest::from(e);
                    if (!call)
                        continue;
                    if (const std::optional<McpRouter::Route> route = m_engine->mcpRoute(call->name, call->arguments)) {
                        markRoute(call->toolCallId, *route);
                        m_calls->setState(call->toolCallId, PendingToolCall::State::Waiting,
                                          tr("The MCP server %1 answers it once you approve.").arg(route->server));
                    }
                }
            });
    connect(m_engine, &RuleEngine::progress, this,
            [this](const QString &, const QString &callId, double done, double total, const QString &message) {
                m_calls->setProgress(callId, done, total, message);
            });
    connect(m_engine, &RuleEngine::answered, this, [this](const QString &, const QString &callId, const RuleAnswer &a) {
        m_calls->markAnswered(callId, tr("Answered by a rule: %1").arg(a.detail));
        Q_EMIT answered(callId, a.detail);
    });
    connect(m_engine, &RuleEngine::answerDrafted, this, [this](const QString &, const QString &callId, const RuleAnswer &a) {
        m_calls->setState(callId, PendingToolCall::State::Waiting,
                          a.isError ? tr("Ready to send, as an error (%1): read or edit it, then Send.").arg(a.detail)
                                    : tr("Ready to send (%1): read or edit it, then Send.").arg(a.detail));
        m_calls->setDraft(callId, a.output); // one click in the inbox sends it
        Q_EMIT drafted(callId);
    });
    connect(m_engine, &RuleEngine::deliveryFailed, this, [this](const QString &, const QString &callId, const QString &message) {
        m_calls->setState(callId, PendingToolCall::State::Failed, message);
    });
}

} // namespace pokee
