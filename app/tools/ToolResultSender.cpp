#include "tools/ToolResultSender.h"

#include "api/ApiClient.h"

namespace pokee {

ToolResultSender::ToolResultSender(ApiClient *api, const QString &sessionId, const QString &toolCallId, QObject *parent)
    : QObject(parent), m_api(api), m_sessionId(sessionId), m_toolCallId(toolCallId)
{
}

void ToolResultSender::send(const QString &output, bool isError)
{
    m_output = output;
    m_isError = isError;
    m_attempts = 0;
    attempt();
}

void ToolResultSender::attempt()
{
    ++m_attempts;
    ApiCall *call = m_api->post(QStringLiteral("/v1/sessions/%1/tool_results").arg(ApiClient::pathSegment(m_sessionId)),
                                {{QStringLiteral("tool_call_id"), m_toolCallId},
                                 {QStringLiteral("output"), m_output},
                                 {QStringLiteral("is_error"), m_isError}});
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (r.ok())
            //: The answer to a tool call reached the server
            return Q_EMIT finished(Outcome::Sent, tr("Sent.", "answer sent"));
        switch (r.error.kind) {
        case ApiError::Kind::NotFound:
            // After a try that may have reached the server, "unknown call" most likely means
            // our earlier answer was taken.
            if (m_attempts > 1)
                return Q_EMIT finished(Outcome::ProbablyDelivered,
                                       tr("Probably delivered: the connection failed while sending, and the server "
                                          "now says the call is answered."));
            return Q_EMIT finished(Outcome::Expired,
                                   tr("The call was already answered or its 300 seconds ran out; the agent has moved on."));
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Server:
            if (m_attempts < MaxAttempts) {
                QTimer::singleShot(m_retryDelayMs * m_attempts, this, &ToolResultSender::attempt);
                return;
            }
            return Q_EMIT finished(Outcome::Failed, tr("Not sent after %n tries: %1", nullptr, int(m_attempts)).arg(r.error.userMessage()));
        case ApiError::Kind::BadRequest:
        case ApiError::Kind::Unprocessable:
            return Q_EMIT finished(Outcome::Refused, r.error.serverMessage.isEmpty() ? r.error.userMessage()
                                                                                     : r.error.serverMessage);
        default:
            return Q_EMIT finished(Outcome::Failed, r.error.userMessage());
        }
    });
}

} // namespace pokee
