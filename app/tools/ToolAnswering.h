#pragma once

#include <QString>

class QObject;

namespace pokee {

class ApiClient;
class ResponsesLoop;
class RuleSet;
class ToolResultSender;

// What a part of the window is given to answer tool calls, instead of the client itself: a
// sender of one tool result (the inbox) and a stateless /v1/responses loop (the playground).
// It can do only these two things, so a widget holding one cannot reach the rest of the API.
// Made from the client by the composition root (implicitly, so a test hands over its client).
class ToolAnswering
{
public:
    ToolAnswering(ApiClient *api = nullptr) : m_api(api) {} // NOLINT: implicit by design (above)

    // A sender for the answer to `toolCallId` of `sessionId` (ToolResultSender::send).
    ToolResultSender *newSender(const QString &sessionId, const QString &toolCallId, QObject *parent) const;
    // A loop that answers function calls by `rules`, recording them in the audit log at
    // `auditPath` under `profile` (ResponsesLoop).
    ResponsesLoop *newLoop(const RuleSet &rules, const QString &profile, const QString &auditPath, QObject *parent) const;

private:
    ApiClient *m_api; // not owned
};

} // namespace pokee
