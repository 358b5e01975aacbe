#pragma once

#include "mcp/McpLaunch.h"
#include "mcp/McpServerStore.h"
#include "platform/FileFreshness.h"
#include "tools/RuleRunner.h"
#include "tools/ToolSet.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace pokee {

namespace mcp {
class McpClient;
class McpRequest;
}

// Answers tool calls with the user's MCP servers: a rule "mcp" names the server, and a tool
// imported from a server (its origin in the tool library) routes there by default when its
// approval allows it without asking. Each server is started on its first call — only if the
// user approved its exact definition (McpServerStore) — and kept for the next; one that died
// is started again on a later call, after a back-off (1 s doubling to 30 s). A call has a
// deadline inside the API's 300 s for an external tool; the answer (ToolAnswer: text,
// structured content, described media, is_error) comes back as a RuleAnswer with a sentence
// saying which server answered or why not.
class McpRouter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpRouter)
public:
    // Reads a keychain entry and calls back with its value (nullopt: none); may answer later.
    using SecretReader = mcp::AsyncSecretReader;
    McpRouter(const mcp::McpServerStore &servers, SecretReader readSecret, QObject *parent = nullptr);
    ~McpRouter() override;

    // The tool library: which tools came from which server (their origin).
    void setLibrary(const ToolSet &library) { m_library = library; }
    // Follows the files instead: the servers' file (its path is the store's) and the library's
    // are read again when they changed, so what the MCP servers window or `pokee mcp` changes
    // routes at once.
    void followFiles(const QString &libraryPath);
    // The library followed (empty when it was given).
    QString libraryPath() const { return m_libraryPath; }

    // How a call of `tool` (the name the agent used) is answered by default.
    enum class Approval { Ask, OncePerSession, Always };
    struct Route
    {
        QString server;
        QString tool; // the server's own name of the tool
        Approval approval = Approval::Ask;
        QStringList hints; // the tool's annotations in words (McpRouter::hintsOf)
        bool imported = true; // false: an "mcp" rule routes it (the rule says whether it asks)
    };
    std::optional<Route> defaultRoute(const QString &tool) const;
    // A tool's MCP annotations in words, for the user deciding whether to let it run. Hints
    // the server gives are never trusted, and an absent one counts as the riskier reading
    // (MCP's own defaults: not read-only, destructive, not idempotent, open world).
    static QStringList hintsOf(const QJsonObject &annotations);
    // The approval the user chose for `tool` in the library at `libraryPath` (the default
    // path when empty): "ask" (Ask), "session" (OncePerSession) or "always" (Always). A
    // sentence when it could not be saved, else empty.
    static QString setApproval(const QString &libraryPath, const QString &tool, Approval approval);
    static QString approvalName(Approval approval);
    // The approval in effect for a tool imported from a server: the user's choice, else what
    // its read-only hint earns (Always), else Ask.
    static Approval approvalOf(const ToolDefinition &tool);
    static std::optional<Approval> approvalFromName(const QString &name);

    // The API gives an external tool 300 s; a call is given this much at most, less what has
    // passed since the call came (a margin for the answer's own trip).
    static constexpr int MaxCallMs = 280 * 1000;
    // Calls `tool` on `server` with the agent's `argumentsJson`; `done` gets the answer.
    // `sessionId` files the call under its session, for cancelSession(); `progress` hears the
    // server's progress reports (done, total — 0 when unknown —, its words).
    using Progress = std::function<void(double, double, const QString &)>;
    void call(const QString &server, const QString &tool, const QString &argumentsJson, int timeoutMs,
              std::function<void(const RuleAnswer &)> done, const QString &sessionId = {}, Progress progress = {});
    // The session's turn was cancelled: its calls in flight are cancelled on their servers
    // (notifications/cancelled) and answer nothing more.
    void cancelSession(const QString &sessionId, const QString &reason);
    // Calls of `sessionId` still waiting for their server.
    int inFlight(const QString &sessionId) const;
    // The last lines of a running server's log (its stderr), for a sentence or a view.
    QStringList log(const QString &server) const;
    // Stops every server (politely, then firmly).
    void closeAll();

Q_SIGNALS:
    // `server`'s tools no longer match what was imported (it said list_changed, or it was
    // started again with other ones): `tools` (the library's names) are marked "changed on the
    // server" in the library, which keeps the definitions the user took; new sessions use
    // those until the user imports the change (which shows it and asks).
    void toolsChanged(const QString &server, const QStringList &tools);

private:
    struct Running
    {
        std::unique_ptr<mcp::McpClient> client;
        int failures = 0;         // consecutive deaths, for the back-off
        QElapsedTimer sinceDeath; // valid after a death
    };
    // The ready client of `server`, starting it when needed; `then(client or nullptr, why)`.
    void withClient(const QString &server, std::function<void(mcp::McpClient *, const QString &)> then);
    void startServer(const QString &server, const mcp::McpServerConfig &config, const QHash<QString, QString> &secrets,
                     std::function<void(mcp::McpClient *, const QString &)> then);

    void refresh();
    // Lists `server`'s tools and marks the imported ones whose definition changed.
    void checkTools(const QString &server, mcp::McpClient *client);
    mcp::McpServerStore m_servers;
    QString m_libraryPath;      // followFiles(): empty when the library was given
    FileFreshness m_serversFile; // whether the files changed since they were last read
    FileFreshness m_libraryFile;
    SecretReader m_readSecret;
    ToolSet m_library;
    QHash<QString, Running *> m_running;
    struct InFlight
    {
        QString server;
        QPointer<mcp::McpRequest> request;
    };
    QMultiHash<QString, InFlight> m_inFlight; // by session

};

} // namespace pokee
