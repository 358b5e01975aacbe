#pragma once

#include "stream/TurnEvent.h"
#include "tools/AuditLog.h"
#include "tools/McpRouter.h"
#include "tools/RuleRunner.h"
#include "tools/RuleSet.h"

#include <QObject>

#include <QSet>

#include <optional>

namespace pokee {

class ApiClient;

// Answers tool calls by a profile's rules: the first enabled rule that matches runs (reply or
// command), its answer goes to POST /v1/sessions/{id}/tool_results, and the audit log records
// it. A call no rule answers — no match, an "ask" rule, or one that wants approval — is left
// to the user (handle() returns false; approval drafts come with answerDrafted()).
class RuleEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEngine)
public:
    RuleEngine(ApiClient *api, const RuleSet &rules, const QString &profile, const QString &auditPath,
               QObject *parent = nullptr);

    const RuleSet &rules() const { return m_rules; }
    void setRules(const RuleSet &rules) { m_rules = rules; }
    QString auditPath() const { return m_audit.path(); }
    // MCP servers for "mcp" rules, and for tools imported from a server (answered there by
    // default when their approval does not ask). Not owned.
    void setMcpRouter(McpRouter *router) { m_mcp = router; }

    // Returns true when a rule takes the call (its answer follows, sent or drafted).
    bool handle(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments);
    // The same for a turn's event: a `tool_call.requested` is handed to the rules (the app and
    // the CLI both dispatch through here). The id of the call a rule took, if one did.
    std::optional<QString> offer(const QString &sessionId, const TurnEvent &event);

    // The MCP server that answers a call of `tool` once the user allows it: an "mcp" rule's
    // (asking when the rule wants approval), else the server the tool was imported from.
    std::optional<McpRouter::Route> mcpRoute(const QString &tool, const QString &arguments) const;
    // The user approved the call: its server runs it (progress() while it does) and the answer
    // is sent — or, with `reviewFirst`, drafted for the user to read and edit before sending.
    // A tool whose approval is "once per session" is not asked about again in `sessionId`.
    // False when the call has no MCP server to run it.
    // `timeoutMs`: what is left of the call's own answer window, less a margin.
    bool approveMcp(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments,
                    bool reviewFirst, int timeoutMs = McpRouter::MaxCallMs);

Q_SIGNALS:
    // A rule answered and the answer reached the server (HTTP 204).
    void answered(const QString &sessionId, const QString &toolCallId, const pokee::RuleAnswer &answer);
    // A rule with "approve": true produced this answer; the user sends it (or not).
    void answerDrafted(const QString &sessionId, const QString &toolCallId, const pokee::RuleAnswer &answer);
    // The answer could not be delivered: a sentence (404: expired or already answered).
    void deliveryFailed(const QString &sessionId, const QString &toolCallId, const QString &message);
    // An MCP server reports progress on the call it runs (total 0: unknown).
    void progress(const QString &sessionId, const QString &toolCallId, double done, double total, const QString &message);

private:
    void deliver(const QString &sessionId, const QString &toolCallId, const RuleAnswer &answer);
    // Asks `server`'s `mcpTool`; the answer is audited under `ruleSummary`, then sent (or drafted).
    void askMcp(const QString &sessionId, const QString &toolCallId, const QString &tool, const QString &arguments,
                const QString &server, const QString &mcpTool, int ruleIndex, const QString &ruleSummary, bool approve,
                int timeoutMs = McpRouter::MaxCallMs);

    ApiClient *m_api; // not owned
    RuleSet m_rules;
    QString m_profile;
    AuditLog m_audit;
    McpRouter *m_mcp = nullptr;
    QSet<QString> m_approvedInSession; // "session\ntool": approved once, not asked again there
};

} // namespace pokee
