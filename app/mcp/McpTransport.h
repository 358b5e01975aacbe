#pragma once

#include "mcp/ServerLog.h"

#include <QObject>

namespace pokee::mcp {

// How JSON-RPC messages reach an MCP server and come back: stdio (a process, StdioTransport)
// or HTTP (HttpTransport: Streamable HTTP, or the older HTTP+SSE). The client above does not
// know which.
class McpTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpTransport)
public:
    using QObject::QObject;
    ~McpTransport() override = default;

    // started() follows, or closed() with why not.
    virtual void start() = 0;
    // One message (no newline in it: the JSON writer never makes one).
    virtual void send(const QByteArray &message) = 0;
    // Ends the connection politely, then firmly; closed() follows.
    virtual void stop() = 0;
    virtual bool isOpen() const = 0;
    // The server's own words (its stderr), the last of them, for a failure's sentence.
    virtual QString lastLogLine() const = 0;
    // The server's log as kept (its stderr; for HTTP, what the connection went through).
    virtual const ServerLog &log() const = 0;
    // The MCP version the handshake agreed on: an HTTP transport names it on every request.
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version) }

Q_SIGNALS:
    void started();
    void messageReceived(const QByteArray &message);
    // Something came that is not a message (a line too long to keep): said, then skipped.
    void messageRefused(const QString &why);
    // A line of the server's log (its stderr): shown, never taken for failure.
    void logLine(const QString &line);
    void closed(const QString &why);
};

} // namespace pokee::mcp
