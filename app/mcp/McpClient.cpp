#include "mcp/McpClient.h"

#include "mcp/JsonRpc.h"
#include "mcp/McpTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace pokee::mcp {

const QStringList &McpClient::supportedVersions()
{
    static const QStringList versions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                      QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
    return versions;
}

McpClient::McpClient(McpTransport *transport, const Options &options, QObject *parent)
    : QObject(parent), m_transport(transport), m_options(options)
{
    transport->setParent(this);
    if (m_options.clientVersion.isEmpty())
        m_options.clientVersion = QCoreApplication::applicationVersion();
    connect(transport, &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(transport, &McpTransport::logLine, this, &McpClient::logLine);
    connect(transport, &McpTransport::messageRefused, this,
            [this](const QString &why) { Q_EMIT logLine(tr("(the server sent %1)").arg(why)); });
    connect(transport, &McpTransport::closed, this, &McpClient::onClosed);
    connect(transport, &McpTransport::started, this, [this] {
        QJsonObject capabilities;
        if (!m_options.roots.isEmpty())
            capabilities.insert(QStringLiteral("roots"), QJsonObject{{QStringLiteral("listChanged"), false}});
        const QJsonObject params{
            {QStringLiteral("protocolVersion"), supportedVersions().constFirst()},
            {QStringLiteral("capabilities"), capabilities},
            {QStringLiteral("clientInfo"),
             QJsonObject{{QStringLiteral("name"), m_options.clientName}, {QStringLiteral("version"), m_options.clientVersion}}}};
        McpRequest *init = request(QStringLiteral("initialize"), params, m_options.initializeTimeoutMs);
        connect(init, &McpRequest::finished, this, [this, init] {
            init->deleteLater();
            finishHandshake(init);
        });
    });
}

McpClient::~McpClient()
{
    disconnect(m_transport, nullptr, this, nullptr);
    failAll(McpRequest::Failure::ServerStopped, tr("The connection to the server was closed."));
}

void McpClient::open()
{
    if (m_state == State::Initializing || m_state == State::Ready)
        return;
    m_state = State::Initializing;
    m_transport->start();
}

void McpClient::close()
{
    if (m_state == State::Closed || m_state == State::Idle)
        return;
    failAll(McpRequest::Failure::ServerStopped, tr("The connection to the server was closed."));
    m_transport->stop();
}

void McpClient::finishHandshake(McpRequest *init)
{
    if (m_state != State::Initializing)
        return;
    if (!init->ok()) {
        m_state = State::Closed;
        Q_EMIT failed(tr("The server did not complete the MCP handshake: %1").arg(init->error()));
        m_transport->stop();
        return;
    }
    const QJsonObject r = init->result().toObject();
    const QString version = r.value(u"protocolVersion").toString();
    if (!supportedVersions().contains(version)) {
        m_state = State::Closed;
        Q_EMIT failed(tr("The server speaks MCP version “%1”, which Pokee Desktop does not (it speaks %2).")
                          .arg(version, supportedVersions().join(QStringLiteral(", "))));
        m_transport->stop();
        return;
    }
    m_protocolVersion = version;
    m_serverCapabilities = r.value(u"capabilities").toObject();
    m_serverName = r.value(u"serverInfo").toObject().value(u"name").toString();
    m_serverVersion = r.value(u"serverInfo").toObject().value(u"version").toString();
    m_instructions = r.value(u"instructions").toString();
    m_transport->setProtocolVersion(version);
    m_transport->send(JsonRpcMessage::notification(QStringLiteral("notifications/initialized")));
    m_state = State::Ready;
    Q_EMIT ready();
}

McpRequest *McpClient::request(const QString &method, const QJsonObject &params, int timeoutMs, bool withProgress)
{
    auto *req = new McpRequest(method, this);
    if (!m_transport->isOpen() || m_state == State::Closed) {
        // Answered on the next turn of the event loop, as a real answer would be.
        QTimer::singleShot(0, req, [req] { req->fail(McpRequest::Failure::ServerStopped, tr("The server is not running.")); });
        return req;
    }
    const qint64 id = m_nextId++;
    Pending p;
    p.request = req;
    QJsonObject sent = params;
    if (withProgress) {
        p.progressToken = QStringLiteral("pokee-%1").arg(id);
        QJsonObject meta = sent.value(u"_meta").toObject();
        meta.insert(QStringLiteral("progressToken"), p.progressToken);
        sent.insert(QStringLiteral("_meta"), meta);
    }
    p.deadline = new QTimer(req);
    p.deadline->setSingleShot(true);
    connect(p.deadline, &QTimer::timeout, this, [this, req, timeoutMs] {
        cancel(req, tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'g', 3));
        // cancel() failed it as Cancelled; a deadline is its own kind.
    });
    p.deadline->start(timeoutMs);
    m_pending.insert(id, p);
    req->setProperty("mcpId", id);
    m_transport->send(JsonRpcMessage::request(id, method, sent));
    return req;
}

McpRequest *McpClient::listTools(int timeoutMs)
{
    auto *whole = new McpRequest(QStringLiteral("tools/list"), this);
    nextPage(whole, {}, {}, timeoutMs);
    return whole;
}

void McpClient::nextPage(McpRequest *whole, const QJsonArray &soFar, const QString &cursor, int timeoutMs)
{
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    McpRequest *page = request(QStringLiteral("tools/list"), params, timeoutMs);
    connect(page, &McpRequest::finished, whole, [this, whole, page, soFar, timeoutMs] {
        page->deleteLater();
        if (!page->ok())
            return whole->fail(page->failure(), page->error(), page->errorCode());
        QJsonArray tools = soFar;
        const QJsonObject r = page->result().toObject();
        for (const QJsonValue &t : r.value(u"tools").toArray())
            tools.append(t);
        const QString next = r.value(u"nextCursor").toString();
        // A server that hands back the cursor it was given would page forever.
        if (next.isEmpty() || tools.size() > 100000)
            return whole->succeed(QJsonObject{{QStringLiteral("tools"), tools}});
        nextPage(whole, tools, next, timeoutMs);
    });
}

McpRequest *McpClient::callTool(const QString &name, const QJsonObject &arguments, int timeoutMs)
{
    return request(QStringLiteral("tools/call"),
                   {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}, timeoutMs, true);
}

void McpClient::cancel(McpRequest *req, const QString &reason)
{
    if (!req || req->isFinished())
        return;
    const qint64 id = req->property("mcpId").toLongLong();
    const bool timedOut = m_pending.value(id).deadline && !m_pending.value(id).deadline->isActive();
    drop(id);
    // The server stops working on it; an answer that still comes is ignored (its id is gone).
    // initialize is never cancelled by notification (the spec forbids it): the transport stops.
    if (req->method() != u"initialize")
        m_transport->send(JsonRpcMessage::notification(QStringLiteral("notifications/cancelled"),
                                                       {{QStringLiteral("requestId"), id}, {QStringLiteral("reason"), reason}}));
    req->fail(timedOut ? McpRequest::Failure::TimedOut : McpRequest::Failure::Cancelled,
              timedOut ? tr("The server gave no answer in time (%1).").arg(reason) : tr("Cancelled: %1.").arg(reason));
}

void McpClient::drop(qint64 id)
{
    const Pending p = m_pending.take(id);
    if (p.deadline)
        p.deadline->stop();
}

void McpClient::onMessage(const QByteArray &bytes)
{
    const JsonRpcMessage m = JsonRpcMessage::parse(bytes);
    switch (m.kind) {
    case JsonRpcMessage::Kind::Invalid:
        // Garbage on stdout (a server printing its banner there): said in its log, skipped.
        Q_EMIT logLine(tr("(not a JSON-RPC message, skipped: %1: %2)").arg(m.problem, QString::fromUtf8(bytes.left(200))));
        return;
    case JsonRpcMessage::Kind::Request:
        return onServerRequest(m);
    case JsonRpcMessage::Kind::Notification:
        return onNotification(m);
    case JsonRpcMessage::Kind::Result:
    case JsonRpcMessage::Kind::Error:
        return onAnswer(m);
    }
}

void McpClient::onServerRequest(const JsonRpcMessage &m)
{
    if (m.method == u"ping")
        return m_transport->send(JsonRpcMessage::resultFor(m.id, QJsonObject()));
    if (m.method == u"roots/list" && !m_options.roots.isEmpty()) {
        QJsonArray roots;
        for (const QString &uri : std::as_const(m_options.roots))
            roots.append(QJsonObject{{QStringLiteral("uri"), uri}});
        return m_transport->send(JsonRpcMessage::resultFor(m.id, QJsonObject{{QStringLiteral("roots"), roots}}));
    }
    // Sampling, elicitation, roots without folders: not served, and said so at once.
    m_transport->send(JsonRpcMessage::errorFor(m.id, code::MethodNotFound,
                                               QStringLiteral("Pokee Desktop does not serve %1").arg(m.method)));
}

void McpClient::onNotification(const JsonRpcMessage &m)
{
    if (m.method == u"notifications/progress") {
        const QString token = m.params.value(u"progressToken").toVariant().toString();
        for (const Pending &p : std::as_const(m_pending))
            if (p.request && p.progressToken == token) {
                Q_EMIT p.request->progress(m.params.value(u"progress").toDouble(), m.params.value(u"total").toDouble(),
                                           m.params.value(u"message").toString());
                return;
            }
        return;
    }
    if (m.method == u"notifications/tools/list_changed") {
        if (m_state == State::Ready)
            Q_EMIT toolsListChanged();
        return;
    }
    if (m.method == u"notifications/message") { // the server's logging
        const QJsonValue data = m.params.value(u"data");
        Q_EMIT logLine(QStringLiteral("[%1] %2").arg(m.params.value(u"level").toString(),
                                                      data.isString() ? data.toString() : QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact))));
    }
    // Others (resources, prompts) are not used here.
}

void McpClient::onAnswer(const JsonRpcMessage &m)
{
    if (!m.id.isDouble())
        return; // we only send numeric ids: not an answer to us
    const qint64 id = qint64(m.id.toDouble());
    const Pending p = m_pending.value(id);
    if (!p.request)
        return; // cancelled, timed out, or never ours: ignored
    drop(id);
    if (m.kind == JsonRpcMessage::Kind::Error)
        p.request->fail(McpRequest::Failure::ServerError,
                        tr("The server answered with an error: %1 (JSON-RPC %2)").arg(m.errorMessage).arg(m.errorCode), m.errorCode);
    else
        p.request->succeed(m.result);
}

void McpClient::onClosed(const QString &why)
{
    const bool wasStarting = m_state == State::Initializing;
    m_state = State::Closed;
    failAll(McpRequest::Failure::ServerStopped, tr("The server stopped before it answered: %1.").arg(why));
    if (wasStarting)
        Q_EMIT failed(tr("The server stopped during the MCP handshake: %1.").arg(why));
    Q_EMIT closed(why);
}

void McpClient::failAll(McpRequest::Failure failure, const QString &sentence)
{
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.deadline)
            p.deadline->stop();
        if (p.request)
            p.request->fail(failure, sentence);
    }
}

} // namespace pokee::mcp
