#include "mcp/McpRequest.h"

namespace pokee::mcp {

void McpRequest::succeed(const QJsonValue &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished();
}

void McpRequest::fail(Failure failure, const QString &sentence, int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_error = sentence;
    m_errorCode = code;
    Q_EMIT finished();
}

} // namespace pokee::mcp
