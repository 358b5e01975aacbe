#include "tools/RuleEngine.h"

#include "stream/ToolCallRequest.h"
#include "tools/McpRouter.h"

#include <QPointer>

#include "api/ApiClient.h"


namespace pokee {

RuleEngine::RuleEngine(ApiClient *api, const RuleSet &rules, const QString &profile, const QString &auditPath,
                       QObject *parent)
    : QObject(parent), m_api(api), m_rules(rules), m_profile(profile), m_audit(auditPath)
{
}

std::optional<QString> RuleEngine::offer(const QString &sessionId, const TurnEvent &event)
{
    const std::optional<ToolCallRequest> call = ToolCallRequest::from(event);
    if (!call || !handle(sessionId, call->toolCallId, call->name, call->arguments))
        return std::nullopt;
    return call->toolCallId;
}

bool RuleEngine::handle(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments)
{
    const int index = m_rules.match(tool, arguments);
    const std::optional<McpRouter::Route> route = m_mcp ? m_mcp->defaultRoute(tool) : std::nullopt;
    if (index < 0) {
        // No rule: a tool imported from an MCP server is answered there when it may be
        // without asking (read-only by its own word, or the user said always).
        if (!route || route->approval != McpRouter::Approval::Always)
            return false;
        askMcp(sessionId, toolCallId, tool, arguments, route->server, route->tool, -1,
               tr("%1 → mcp %2 (imported from it)").arg(tool, route->server), false);
        return true;
    }
    if (m_rules.rules().at(index).action == ToolRule::Action::Ask)
        return false;
    const ToolRule rule = m_rules.rules().at(index);
    if (rule.action == ToolRule::Action::Mcp) {
        // The server's own name of the tool: the rule's, else the one the import mapped, else the agent's.
        const QString mcpTool = !rule.mcpTool.isEmpty()                        ? rule.mcpTool
                                : route && route->server == rule.server        ? route->tool
                                                                               : tool;
        askMcp(sessionId, toolCallId, tool, arguments, rule.server, mcpTool, index, rule.summary(), rule.approve);
        return true;
    }
    auto *runner = new RuleRunner(this);
    connect(runner, &RuleRunner::finished, this,
            [this, runner, rule, index, sessionId, toolCallId, tool, arguments](const RuleAnswer &answer) {
                runner->deleteLater();
                m_audit.append(AuditEntry::ofAnswer(
                    m_profile, sessionId, toolCallId, tool, arguments, answer, index, rule.summary(),
                    rule.approve ? tr("drafted for approval: %1").arg(answer.detail) : answer.detail));
                if (rule.approve)
                    Q_EMIT answerDrafted(sessionId, toolCallId, answer);
                else
                    deliver(sessionId, toolCallId, answer);
            });
    runner->start(rule, arguments);
    return true;
}

void RuleEngine::askMcp(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments,
                        const QString &server, const QString &mcpTool, int ruleIndex, const QString &ruleSummary, bool approve)
{
    // The engine may go before the router answers (a profile closing, the CLI ending): then
    // nobody is left to send the answer, and the turn's own end settles the call.
    QPointer<RuleEngine> self(this);
    auto answered = [self, this, sessionId, toolCallId, tool, arguments, ruleIndex, ruleSummary, approve](const RuleAnswer &answer) {
        if (!self)
            return;
        m_audit.append(AuditEntry::ofAnswer(m_profile, sessionId, toolCallId, tool, arguments, answer, ruleIndex, ruleSummary,
                                            approve ? tr("drafted for approval: %1").arg(answer.detail) : answer.detail));
        if (approve)
            Q_EMIT answerDrafted(sessionId, toolCallId, answer);
        else
            deliver(sessionId, toolCallId, answer);
    };
    if (!m_mcp) {
        RuleAnswer a;
        a.isError = true;
        a.output = tr("MCP servers are not available here, so %1 could not be asked.").arg(server);
        a.detail = a.output;
        return answered(a);
    }
    m_mcp->call(server, mcpTool, arguments, McpRouter::MaxCallMs, answered, sessionId);
}

void RuleEngine::deliver(const QString &sessionId, const QString &toolCallId, const RuleAnswer &answer)
{
    ApiCall *call = m_api->post(QStringLiteral("/v1/sessions/%1/tool_results").arg(ApiClient::pathSegment(sessionId)),
                                {{QStringLiteral("tool_call_id"), toolCallId},
                                 {QStringLiteral("output"), answer.output},
                                 {QStringLiteral("is_error"), answer.isError}});
    connect(call, &ApiCall::finished, this, [this, sessionId, toolCallId, answer](const ApiResult &r) {
        if (r.ok())
            return Q_EMIT answered(sessionId, toolCallId, answer);
        Q_EMIT deliveryFailed(sessionId, toolCallId,
                              r.error.kind == ApiError::Kind::NotFound
                                  ? tr("The call %1 had expired or was already answered.").arg(toolCallId)
                                  : r.error.userMessage());
    });
}

} // namespace pokee
