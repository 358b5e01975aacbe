#pragma once

#include <QJsonValue>
#include <QObject>

namespace pokee::mcp {

// One request to an MCP server, answered once: finished() with a result, or with an error
// sentence (the server's JSON-RPC error, a deadline that passed, a server that stopped).
// Progress the server reports for it comes as progress(). Deleted by whoever asked, after
// finished() (deleteLater); the client never touches it after that.
class McpRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpRequest)
public:
    enum class Failure { None, ServerError, TimedOut, ServerStopped, Cancelled, Refused };
    Q_ENUM(Failure)

    explicit McpRequest(const QString &method, QObject *parent = nullptr) : QObject(parent), m_method(method) {}

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_failure == Failure::None; }
    QJsonValue result() const { return m_result; }
    Failure failure() const { return m_failure; }
    int errorCode() const { return m_errorCode; }
    // Why it failed, in a sentence a user can act on.
    QString error() const { return m_error; }

    // Used by the client.
    void succeed(const QJsonValue &result);
    void fail(Failure failure, const QString &sentence, int code = 0);

Q_SIGNALS:
    void progress(double done, double total, const QString &message); // total 0: unknown
    void finished();

private:
    QString m_method;
    bool m_finished = false;
    QJsonValue m_result;
    Failure m_failure = Failure::None;
    int m_errorCode = 0;
    QString m_error;
};

} // namespace pokee::mcp
