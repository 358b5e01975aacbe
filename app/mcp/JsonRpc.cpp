#include "mcp/JsonRpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pokee::mcp {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

JsonRpcMessage invalid(const QString &why)
{
    JsonRpcMessage m;
    m.problem = why;
    return m;
}
} // namespace

JsonRpcMessage JsonRpcMessage::parse(QByteArrayView bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (doc.isArray())
        return invalid(QStringLiteral("a batch (an array), which MCP does not use"));
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(u"jsonrpc").toString() != u"2.0")
        return invalid(QStringLiteral("not JSON-RPC 2.0 (no \"jsonrpc\": \"2.0\")"));
    JsonRpcMessage m;
    const QJsonValue id = o.value(u"id");
    const bool hasId = o.contains(u"id") && !id.isNull();
    if (hasId && !id.isString() && !id.isDouble())
        return invalid(QStringLiteral("an id that is neither a string nor a number"));
    m.id = hasId ? id : QJsonValue();
    if (o.contains(u"method")) {
        if (!o.value(u"method").isString())
            return invalid(QStringLiteral("a method that is not a string"));
        m.method = o.value(u"method").toString();
        if (o.contains(u"params") && !o.value(u"params").isObject())
            return invalid(QStringLiteral("params that are not an object"));
        m.params = o.value(u"params").toObject();
        m.kind = hasId ? Kind::Request : Kind::Notification;
        return m;
    }
    if (!hasId)
        return invalid(QStringLiteral("neither a method nor an id"));
    if (o.contains(u"error")) {
        const QJsonObject e = o.value(u"error").toObject();
        if (!e.value(u"code").isDouble())
            return invalid(QStringLiteral("an error without a numeric code"));
        m.kind = Kind::Error;
        m.errorCode = e.value(u"code").toInt();
        m.errorMessage = e.value(u"message").toString();
        m.errorData = e.value(u"data");
        return m;
    }
    if (!o.contains(u"result"))
        return invalid(QStringLiteral("an answer with neither a result nor an error"));
    m.kind = Kind::Result;
    m.result = o.value(u"result");
    return m;
}

QByteArray JsonRpcMessage::request(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return compact(o);
}

QByteArray JsonRpcMessage::notification(const QString &method, const QJsonObject &params)
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return compact(o);
}

QByteArray JsonRpcMessage::resultFor(const QJsonValue &id, const QJsonValue &result)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}});
}

QByteArray JsonRpcMessage::errorFor(const QJsonValue &id, int code, const QString &message)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

} // namespace pokee::mcp
