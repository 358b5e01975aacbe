#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pokee::mcp {

// One JSON-RPC 2.0 message as MCP uses it (one per line on stdio, one per POST or SSE event
// over HTTP): read from bytes with every way it can be malformed named, and written back.
// No batches: MCP 2025-06-18 removed them, and a server that sends one is answered as invalid.
struct JsonRpcMessage
{
    enum class Kind { Request, Notification, Result, Error, Invalid };
    Kind kind = Kind::Invalid;
    QJsonValue id;      // a string or a number; Null for a notification
    QString method;     // requests and notifications
    QJsonObject params; // requests and notifications (absent: empty)
    QJsonValue result;  // Result
    int errorCode = 0;  // Error
    QString errorMessage;
    QJsonValue errorData;
    QString problem;    // Invalid: why, in a sentence

    // Reads one message. Invalid (with `problem`) when it is not JSON, not an object, not
    // "jsonrpc": "2.0", or has no shape of the four.
    static JsonRpcMessage parse(QByteArrayView bytes);

    static QByteArray request(const QJsonValue &id, const QString &method, const QJsonObject &params = {});
    static QByteArray notification(const QString &method, const QJsonObject &params = {});
    static QByteArray resultFor(const QJsonValue &id, const QJsonValue &result);
    static QByteArray errorFor(const QJsonValue &id, int code, const QString &message);
};

// The codes of JSON-RPC 2.0 that MCP uses.
namespace code {
constexpr int ParseError = -32700;
constexpr int InvalidRequest = -32600;
constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;
constexpr int InternalError = -32603;
} // namespace code

} // namespace pokee::mcp
