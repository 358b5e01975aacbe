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

std::optional<McpRouter::Route> RuleEngine::mcpRoute(const QString &tool, const QString &arguments) const
{
    const std::optional<McpRouter::Route> imported = m_mcp ? m_mcp->defaultRoute(tool) : std::nullopt;
    const int index = m_rules.match(tool, arguments);
    if (index < 0)
        return imported;
    const ToolRule &rule = m_rules.rules().at(index);
    if (rule.action != ToolRule::Action::Mcp)
        return std::nullopt; // another rule (or "ask") decides
    McpRouter::Route route;
    route.server = rule.server;
    // The server's own name of the tool: the rule's, else the one the import mapped, else the agent's.
    route.tool = !rule.mcpTool.isEmpty()                       ? rule.mcpTool
                 : imported && imported->server == rule.server ? imported->tool
                                                               : tool;
    route.approval = rule.approve ? McpRouter::Approval::Ask : McpRouter::Approval::Always;
    route.hints = imported && imported->server == rule.server ? imported->hints : McpRouter::hintsOf({});
    route.imported = false;
    return route;
}

bool RuleEngine::handle(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments)
{
    const int index = m_rules.match(tool, arguments);
    if (index >= 0 && m_rules.rules().at(index).action == ToolRule::Action::Ask)
        return false;
    if (index < 0 || m_rules.rules().at(index).action == ToolRule::Action::Mcp) {
        // An MCP server answers without asking when the user said so (a rule without
        // approval, "always", or "once per session" already given in this session) or the
        // imported tool says it only reads; otherwise the call waits for the user's approval.
        const std::optional<McpRouter::Route> route = mcpRoute(tool, arguments);
        if (!route)
            return false;
        const bool allowed = route->approval == McpRouter::Approval::Always ||
                             (route->approval == McpRouter::Approval::OncePerSession &&
                              m_approvedInSession.contains(sessionId + u'\n' + tool));
        if (!allowed)
            return false;
        askMcp(sessionId, toolCallId, tool, arguments, route->server, route->tool, index,
               index >= 0 ? m_rules.rules().at(index).summary() : tr("%1 → mcp %2 (imported from it)").arg(tool, route->server),
               false);
        return true;
    }
    const ToolRule rule = m_rules.rules().at(index);
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

bool RuleEngine::approveMcp(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments,
                            bool reviewFirst, int timeoutMs)
{
    const std::optional<McpRouter::Route> route = mcpRoute(tool, arguments);
    if (!route)
        return false;
    if (route->approval == McpRouter::Approval::OncePerSession)
        m_approvedInSession.insert(sessionId + u'\n' + tool);
    askMcp(sessionId, toolCallId, tool, arguments, route->server, route->tool, m_rules.match(tool, arguments),
           tr("%1 → mcp %2, approved by the user").arg(tool, route->server), reviewFirst, timeoutMs);
    return true;
}

void RuleEngine::askMcp(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments,
                        const QString &server, const QString &mcpTool, int ruleIndex, const QString &ruleSummary, bool approve,
                        int timeoutMs)
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
    m_mcp->call(server, mcpTool, arguments, timeoutMs, answered, sessionId,
                [self, this, sessionId, toolCallId](double done, double total, const QString &message) {
                    if (self)
                        Q_EMIT progress(sessionId, toolCallId, done, total, message);
                });
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
