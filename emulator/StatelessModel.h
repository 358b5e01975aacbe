#pragma once

#include <QJsonObject>
#include <QString>

namespace pokee::emu {

// The scripted model behind the stateless POST /v1/responses (OpenAI Responses shape): it
// validates a request as the documentation says and answers it deterministically. It calls
// a tool when tool_choice requires it or the input plainly asks for it, with arguments that
// satisfy the tool's schema, and answers in text once given the tools' outputs.
namespace StatelessModel {

constexpr int DefaultMaxOutputTokens = 4096;
constexpr int MaxOutputTokensCeiling = 32000;

// An empty string when the request is valid; otherwise what is wrong, for a 400.
QString validate(const QJsonObject &request);
// The response object for a valid request.
QJsonObject respond(const QJsonObject &request, const QString &responseId, qint64 createdAt);
// The response object of a call cancelled before it finished (nothing billed).
QJsonObject cancelled(const QJsonObject &request, const QString &responseId, qint64 createdAt);

} // namespace StatelessModel

} // namespace pokee::emu
