#pragma once

#include "tools/McpRouter.h"

#include <QObject>

namespace pokee {

class ApiClient;
class PendingToolCallModel;
class RuleEngine;
class RuleSet;
class TurnManager;

// The profile's rules at work on its tool calls: every tool_call.requested of every session
// (on screen or not) is offered to the rules first, and what became of it is marked on the
// pending call — being answered, answered, drafted for the user to approve, or not delivered —
// so the inbox shows the user only what is left to them. No rules, no dispatch: every call is
// asked about.
class RuleDispatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDispatcher)
public:
    // `calls` follows `turns` too, connected before this (it has each call when it is offered).
    RuleDispatcher(ApiClient *api, TurnManager *turns, PendingToolCallModel *calls, QObject *parent = nullptr);

    // The rules from now on (replacing earlier ones); the audit log at `auditPath` records
    // each answer under `profileName`.
    void setRules(const RuleSet &rules, const QString &profileName, const QString &auditPath);
    RuleEngine *engine() const { return m_engine; }
    // The user's MCP servers for "mcp" rules and for tools imported from them (not owned; it
    // outlives this). Without rules, an engine with none is made so that imported tools route.
    void setMcpRouter(McpRouter *router, const QString &profileName, const QString &auditPath);

    // The user approved the waiting call `toolCallId`, which an MCP server answers
    // (PendingToolCall::mcpServer): the server runs it, its progress shows on the call, and
    // the answer is sent — or, with `reviewFirst`, put in the call's draft for the user to read
    // and edit before sending. False (and a sentence on the call) when it cannot run.
    bool approveMcp(const QString &toolCallId, bool reviewFirst);
    // The user's standing approval of `tool`, imported from an MCP server ("ask", "session",
    // "always"), kept in the tool library; the calls waiting for it show the new choice.
    // A sentence when it could not be kept, else empty.
    QString setToolApproval(const QString &tool, const QString &approval);

Q_SIGNALS:
    void answered(const QString &callId, const QString &detail);
    void drafted(const QString &callId);

private:
    void connectEngine();
    // Names on each open call the MCP server that would answer it once approved.
    void markMcpRoutes(bool again = false);
    void markRoute(const QString &toolCallId, const McpRouter::Route &route);

    ApiClient *m_api;                 // not owned
    TurnManager *m_turns;             // not owned
    PendingToolCallModel *m_calls;    // not owned
    McpRouter *m_mcp = nullptr;       // not owned
    RuleEngine *m_engine = nullptr;   // parent: this; none until setRules()
};

} // namespace pokee
