#pragma once

#include "mcp/McpTransport.h"
#include "mcp/ServerLog.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace pokee {
class SseParser;
}

namespace pokee::mcp {

// An MCP server over HTTP. Streamable HTTP (MCP 2025-03-26 and later): every message is a POST
// to the server's one URL with `Accept: application/json, text/event-stream`; the answer comes
// as JSON or as an event stream (read by our SseParser) that may carry the server's progress
// and requests first; `Mcp-Session-Id` from the handshake's answer and `MCP-Protocol-Version`
// go on every later request; a GET opens a stream for what the server says unasked
// (list_changed). When the first POST gets 400, 404 or 405 the server is taken to speak the
// 2024-11-05 HTTP+SSE transport: a GET to the URL opens the event stream, whose `endpoint`
// event names where messages are POSTed; answers come on that stream.
//
// Redirects are followed only to the same origin (the headers hold secrets); TLS is Qt's,
// never weakened. A body or an event larger than MaxMessageBytes is refused (said, not kept).
// Any failure of the connection closes the transport with one sentence: the client answers
// its requests with it, and the router starts the server's connection again later.
class HttpTransport : public McpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)
public:
    struct Endpoint
    {
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // the user's (with the keychain's values)
    };
    enum class Mode { StreamableHttp, HttpWithSse };
    static constexpr qsizetype MaxMessageBytes = 16 * 1024 * 1024;
    static constexpr int ReconnectMs = 1000; // before the listening stream is opened again

    explicit HttpTransport(const Endpoint &endpoint, QObject *parent = nullptr);
    ~HttpTransport() override;

    void start() override;
    void send(const QByteArray &message) override;
    void stop() override;
    bool isOpen() const override { return m_open; }
    QString lastLogLine() const override { return m_log.lastLine(); }
    const ServerLog &log() const override { return m_log; }
    void setProtocolVersion(const QString &version) override;

    Mode mode() const { return m_mode; }
    QByteArray sessionId() const { return m_sessionId; }

private:
    QNetworkRequest request(const QUrl &url, const QByteArray &accept) const;
    void post(const QByteArray &message);
    void onPostHeaders(QNetworkReply *reply);
    void onPostFinished(QNetworkReply *reply, const QByteArray &message);
    // Reads what arrived on an event stream; false when it broke a limit (then closed).
    bool readEvents(QNetworkReply *reply);
    void deliver(const QByteArray &body);
    void fallBackToSse(const QByteArray &firstMessage, int status);
    void openStream(); // the GET: the old transport's stream, or Streamable HTTP's listening one
    void onStreamFinished(QNetworkReply *reply);
    void note(const QString &line);
    // The server's address for a sentence: never its query or user info (they may hold secrets).
    QString where() const;
    void fail(const QString &why);
    QString httpError(QNetworkReply *reply) const;

    Endpoint m_endpoint;
    QNetworkAccessManager *m_network; // parent: this
    Mode m_mode = Mode::StreamableHttp;
    bool m_open = false;
    bool m_closedSaid = false;
    bool m_answered = false; // the server answered a POST: it speaks Streamable HTTP
    QByteArray m_sessionId;
    QByteArray m_protocolVersion;
    QUrl m_postUrl;              // the old transport's, from its `endpoint` event
    QList<QByteArray> m_waiting; // sent before that endpoint was known
    QNetworkReply *m_stream = nullptr;
    QHash<QNetworkReply *, std::shared_ptr<SseParser>> m_parsers; // replies read as event streams
    QTimer *m_reconnect;
    ServerLog m_log;
};

} // namespace pokee::mcp
