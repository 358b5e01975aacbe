#pragma once

#include "mcp/McpRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

class QTimer;

namespace pokee::mcp {

class McpTransport;
struct JsonRpcMessage;

// The MCP protocol over one transport: the initialize handshake with version negotiation,
// requests with a deadline each (a deadline that passes sends notifications/cancelled and
// fails the request with a sentence), progress routed to its request, the server's own
// requests answered (ping; roots/list when the user gave folders; -32601 for what we do not
// serve, such as sampling and elicitation), tools/list over every page, and
// notifications/tools/list_changed said. A transport that closes fails every request in flight
// with the server's last words. Restarting a dead server is the supervisor's job (McpServer).
class McpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)
public:
    // The versions with the initialize handshake we speak, newest first; we ask for the first.
    static const QStringList &supportedVersions();

    struct Options
    {
        QString clientName = QStringLiteral("Pokee Desktop");
        QString clientVersion;
        int initializeTimeoutMs = 30000;
        // Folders the user gave the server (file:// URIs); none: roots/list is not served.
        QStringList roots;
    };

    enum class State { Idle, Initializing, Ready, Closed };
    Q_ENUM(State)

    // Takes `transport` (parented here).
    McpClient(McpTransport *transport, const Options &options, QObject *parent = nullptr);
    ~McpClient() override;

    // Starts the transport and the handshake: ready() or failed() follows.
    void open();
    // Ends the connection (the transport stops politely); requests in flight fail.
    void close();
    State state() const { return m_state; }
    McpTransport *transport() const { return m_transport; }

    QString protocolVersion() const { return m_protocolVersion; }
    QString serverName() const { return m_serverName; }
    QString serverVersion() const { return m_serverVersion; }
    QString instructions() const { return m_instructions; }
    QJsonObject serverCapabilities() const { return m_serverCapabilities; }

    // A request with a deadline; `withProgress` asks the server to report progress on it.
    McpRequest *request(const QString &method, const QJsonObject &params, int timeoutMs, bool withProgress = false);
    // Every tool, across pages: its result is {"tools": [...]}.
    McpRequest *listTools(int timeoutMs);
    // tools/call with progress; its result is the server's CallToolResult.
    McpRequest *callTool(const QString &name, const QJsonObject &arguments, int timeoutMs);
    // Gives up on a request: the server is told (notifications/cancelled) and the request fails
    // as Cancelled with `reason`; any answer after that is ignored.
    void cancel(McpRequest *request, const QString &reason);

Q_SIGNALS:
    void ready();
    void failed(const QString &why);
    void closed(const QString &why);
    void toolsListChanged();
    // The server's log (stderr) and its notifications/message, and what it sent that was not
    // a message: for the server's log view.
    void logLine(const QString &line);

private:
    struct Pending
    {
        QPointer<McpRequest> request;
        QTimer *deadline = nullptr;
        QString progressToken;
    };
    void onMessage(const QByteArray &bytes);
    void onServerRequest(const JsonRpcMessage &m);
    void onNotification(const JsonRpcMessage &m);
    void onAnswer(const JsonRpcMessage &m);
    void onClosed(const QString &why);
    void finishHandshake(McpRequest *init);
    void failAll(McpRequest::Failure failure, const QString &sentence);
    void drop(qint64 id);
    void nextPage(McpRequest *whole, const QJsonArray &soFar, const QString &cursor, int timeoutMs);

    McpTransport *m_transport; // parent: this
    Options m_options;
    State m_state = State::Idle;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QString m_protocolVersion;
    QString m_serverName;
    QString m_serverVersion;
    QString m_instructions;
    QJsonObject m_serverCapabilities;
};

} // namespace pokee::mcp
