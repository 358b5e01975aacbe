#include "tools/McpRouter.h"

#include "mcp/McpClient.h"
#include "mcp/McpLaunch.h"
#include "mcp/McpRequest.h"
#include "mcp/StdioTransport.h"
#include "mcp/ToolAnswer.h"
#include "tools/JsonErrors.h"
#include "tools/McpToolImport.h"
#include "tools/ToolLibrary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace pokee {

McpRouter::McpRouter(const mcp::McpServerStore &servers, SecretReader readSecret, QObject *parent)
    : QObject(parent), m_servers(servers), m_readSecret(std::move(readSecret))
{
}

McpRouter::~McpRouter()
{
    closeAll();
}

void McpRouter::closeAll()
{
    for (Running *r : std::as_const(m_running)) {
        if (r->client)
            r->client->close();
        delete r;
    }
    m_running.clear();
}

void McpRouter::followFiles(const QString &libraryPath)
{
    m_libraryPath = libraryPath.isEmpty() ? ToolLibrary::defaultPath() : libraryPath;
    refresh();
}

void McpRouter::refresh()
{
    if (m_libraryPath.isEmpty())
        return; // given, not followed
    if (m_serversFile.changed(m_servers.path()))
        m_servers.load();
    if (m_libraryFile.changed(m_libraryPath)) {
        ToolLibrary read(m_libraryPath);
        QStringList errors;
        if (read.load(errors))
            m_library = read.tools();
    }
}

std::optional<McpRouter::Route> McpRouter::defaultRoute(const QString &tool) const
{
    const_cast<McpRouter *>(this)->refresh(); // cheap: two stat calls, or two small reads just after a write
    for (const ToolDefinition &t : m_library.tools()) {
        if (t.name != tool || McpToolImport::serverOf(t).isEmpty())
            continue;
        const QJsonObject annotations = t.origin.value(u"mcp").toObject().value(u"annotations").toObject();
        return Route{McpToolImport::serverOf(t), McpToolImport::mcpNameOf(t), approvalOf(t), hintsOf(annotations)};
    }
    return std::nullopt;
}

McpRouter::Approval McpRouter::approvalOf(const ToolDefinition &tool)
{
    const QJsonObject mcp = tool.origin.value(u"mcp").toObject();
    const QString chosen = mcp.value(u"approval").toString();
    if (const std::optional<Approval> approval = approvalFromName(chosen))
        return *approval;
    // A tool that says it only reads is not asked about (the user can change it).
    return chosen.isEmpty() && mcp.value(u"annotations").toObject().value(u"readOnlyHint").toBool() ? Approval::Always
                                                                                                    : Approval::Ask;
}

QStringList McpRouter::hintsOf(const QJsonObject &annotations)
{
    QStringList hints;
    if (annotations.value(u"readOnlyHint").toBool()) {
        hints << tr("says it only reads");
    } else {
        // destructiveHint is meaningful only when the tool may write; absent means destructive.
        hints << (annotations.value(u"destructiveHint").toBool(true) ? tr("may change or delete things")
                                                                    : tr("changes things, but says it deletes nothing"));
        if (annotations.value(u"idempotentHint").toBool())
            hints << tr("says repeating it changes nothing more");
    }
    hints << (annotations.value(u"openWorldHint").toBool(true) ? tr("may reach beyond your computer")
                                                               : tr("says it stays within its own data"));
    return hints;
}

QString McpRouter::approvalName(Approval approval)
{
    switch (approval) {
    case Approval::OncePerSession: return QStringLiteral("session");
    case Approval::Always: return QStringLiteral("always");
    case Approval::Ask: break;
    }
    return QStringLiteral("ask");
}

std::optional<McpRouter::Approval> McpRouter::approvalFromName(const QString &name)
{
    if (name == u"ask")
        return Approval::Ask;
    if (name == u"session")
        return Approval::OncePerSession;
    if (name == u"always")
        return Approval::Always;
    return std::nullopt;
}

QString McpRouter::setApproval(const QString &libraryPath, const QString &tool, Approval approval)
{
    ToolLibrary library(libraryPath.isEmpty() ? ToolLibrary::defaultPath() : libraryPath);
    QStringList errors;
    if (!library.load(errors))
        return tr("The tool library does not read (%1); mend or remove %2.").arg(errors.join(QStringLiteral("; ")), library.path());
    QList<ToolDefinition> tools = library.tools().tools();
    for (ToolDefinition &t : tools) {
        if (t.name != tool)
            continue;
        if (McpToolImport::serverOf(t).isEmpty())
            return tr("%1 is not a tool imported from an MCP server, so it has no approval to set.").arg(tool);
        QJsonObject mcp = t.origin.value(u"mcp").toObject();
        mcp.insert(QStringLiteral("approval"), approvalName(approval));
        t.origin.insert(QStringLiteral("mcp"), mcp);
        ToolSet set = library.tools();
        set.setTools(tools);
        library.setTools(set);
        return library.save();
    }
    return tr("There is no tool named %1 in the tool library.").arg(tool);
}

void McpRouter::withClient(const QString &server, std::function<void(mcp::McpClient *, const QString &)> then)
{
    refresh();
    const mcp::McpServerConfig *config = m_servers.find(server);
    if (!config)
        return then(nullptr, tr("There is no MCP server named “%1”.").arg(server));
    if (!config->enabled)
        return then(nullptr, tr("The MCP server %1 is disabled.").arg(server));
    // A command runs with the user's rights only once its exact line was approved; an HTTP
    // server runs nothing here (the user gave its address).
    if (!config->isHttp() && !m_servers.isApproved(*config))
        return then(nullptr, tr("The MCP server %1 has not been approved to run (its command line must be approved first: "
                                "pokee mcp test %1, or Tools → MCP servers).").arg(server));
    Running *&r = m_running[server];
    if (!r)
        r = new Running;
    if (r->client && r->client->state() == mcp::McpClient::State::Ready)
        return then(r->client.get(), {});
    if (r->client && r->client->state() == mcp::McpClient::State::Initializing) {
        QPointer<mcp::McpClient> starting = r->client.get();
        connect(starting, &mcp::McpClient::ready, this, [then, starting] { then(starting, {}); }, Qt::SingleShotConnection);
        connect(starting, &mcp::McpClient::failed, this, [then](const QString &why) { then(nullptr, why); }, Qt::SingleShotConnection);
        return;
    }
    // Dead (or never started): again, after the back-off its deaths earned.
    const int backoffMs = r->failures == 0 ? 0 : qMin(30000, 1000 << qMin(r->failures - 1, 5));
    const qint64 waited = r->sinceDeath.isValid() ? r->sinceDeath.elapsed() : backoffMs;
    if (waited < backoffMs)
        return then(nullptr, tr("The MCP server %1 stopped (%2); it is started again in %3 s.")
                                 .arg(server, r->client ? r->client->transport()->lastLogLine() : QString())
                                 .arg((backoffMs - waited + 999) / 1000));
    // The secrets first (the keychain answers when it can), then the server.
    QPointer<McpRouter> self(this);
    mcp::readSecretsAsync(*config, m_readSecret, [self, server, cfg = *config, then](const mcp::SecretValues &secrets) {
        if (self)
            self->startServer(server, cfg, secrets.values, then);
    });
}

void McpRouter::startServer(const QString &server, const mcp::McpServerConfig &config, const QHash<QString, QString> &secrets,
                            std::function<void(mcp::McpClient *, const QString &)> then)
{
    Running *&r = m_running[server];
    if (!r)
        r = new Running;
    if (r->client && r->client->state() != mcp::McpClient::State::Closed && r->client->state() != mcp::McpClient::State::Idle) {
        // Another call started it while the keychain answered: wait for that start.
        return withClient(server, then);
    }
    r->client = std::make_unique<mcp::McpClient>(mcp::transportFor(config, secrets), mcp::McpClient::Options{});
    mcp::McpClient *client = r->client.get();
    connect(client, &mcp::McpClient::closed, this, [this, server] {
        if (Running *dead = m_running.value(server)) {
            ++dead->failures;
            dead->sinceDeath.start();
        }
    });
    connect(client, &mcp::McpClient::ready, this, [this, server, then, client] {
        if (Running *ok = m_running.value(server))
            ok->failures = 0;
        then(client, {});
        checkTools(server, client); // what it offers now against what was imported
    }, Qt::SingleShotConnection);
    connect(client, &mcp::McpClient::toolsListChanged, this, [this, server, client] { checkTools(server, client); });
    connect(client, &mcp::McpClient::failed, this, [then](const QString &why) { then(nullptr, why); }, Qt::SingleShotConnection);
    client->open();
}

void McpRouter::checkTools(const QString &server, mcp::McpClient *client)
{
    if (m_libraryPath.isEmpty())
        return; // the library was given, not a file to mark
    QPointer<mcp::McpClient> alive(client);
    mcp::McpRequest *listed = client->listTools(30000);
    connect(listed, &mcp::McpRequest::finished, this, [this, server, listed, alive] {
        listed->deleteLater();
        if (!alive || !listed->ok())
            return;
        ToolLibrary library(m_libraryPath);
        QStringList errors;
        if (!library.load(errors))
            return;
        const McpToolImport now = McpToolImport::from(server, listed->result().toObject().value(u"tools").toArray(), library);
        QSet<QString> changed;
        for (const McpToolImport::Entry &e : now.entries)
            if (e.change == McpToolImport::Change::Changed)
                changed.insert(e.tool.name);
        QList<ToolDefinition> tools = library.tools().tools();
        QStringList marked;
        bool touched = false;
        for (ToolDefinition &t : tools) {
            if (McpToolImport::serverOf(t) != server)
                continue;
            QJsonObject mcp = t.origin.value(u"mcp").toObject();
            const bool was = mcp.value(u"changedOnServer").toBool();
            if (changed.contains(t.name) == was)
                continue;
            if (changed.contains(t.name)) {
                mcp.insert(QStringLiteral("changedOnServer"), true);
                marked << t.name;
            } else {
                mcp.remove(QStringLiteral("changedOnServer")); // the server went back to what was imported
            }
            t.origin.insert(QStringLiteral("mcp"), mcp);
            touched = true;
        }
        if (!touched)
            return;
        ToolSet set = library.tools();
        set.setTools(tools);
        library.setTools(set);
        if (library.save().isEmpty() && !marked.isEmpty())
            Q_EMIT toolsChanged(server, marked);
    });
}

void McpRouter::cancelSession(const QString &sessionId, const QString &reason)
{
    const QList<InFlight> calls = m_inFlight.values(sessionId);
    m_inFlight.remove(sessionId);
    for (const InFlight &c : calls) {
        Running *r = m_running.value(c.server);
        if (c.request && r && r->client)
            r->client->cancel(c.request, reason);
    }
}

int McpRouter::inFlight(const QString &sessionId) const
{
    int n = 0;
    for (auto it = m_inFlight.constFind(sessionId); it != m_inFlight.cend() && it.key() == sessionId; ++it)
        n += it->request && !it->request->isFinished() ? 1 : 0;
    return n;
}

QStringList McpRouter::log(const QString &server) const
{
    const Running *r = m_running.value(server);
    if (!r || !r->client)
        return {};
    return r->client->transport()->log().lines();
}

void McpRouter::call(const QString &server, const QString &tool, const QString &argumentsJson, int timeoutMs,
                     std::function<void(const RuleAnswer &)> done, const QString &sessionId, Progress progress)
{
    const JsonCheck args = JsonCheck::parse(argumentsJson.toUtf8());
    if (!args.ok || !args.document.isObject()) {
        RuleAnswer a;
        a.isError = true;
        a.output = tr("The arguments are not a JSON object, so the MCP server %1 was not asked.").arg(server);
        a.detail = a.output;
        return done(a);
    }
    const QJsonObject arguments = args.document.object();
    refresh();
    // The server's own limit, when the user set one below the API's.
    if (const mcp::McpServerConfig *config = m_servers.find(server); config && config->callTimeoutSeconds > 0)
        timeoutMs = qMin(timeoutMs, config->callTimeoutSeconds * 1000);
    QElapsedTimer took;
    took.start();
    withClient(server, [this, server, tool, arguments, timeoutMs, done, took, sessionId, progress](mcp::McpClient *client,
                                                                                                const QString &why) {
        RuleAnswer a;
        if (!client) {
            a.isError = true;
            a.output = why;
            a.detail = why;
            return done(a);
        }
        const int left = int(qMax<qint64>(1000, qMin<qint64>(timeoutMs, MaxCallMs) - took.elapsed()));
        mcp::McpRequest *request = client->callTool(tool, arguments, left);
        if (!sessionId.isEmpty())
            m_inFlight.insert(sessionId, {server, request});
        if (progress)
            connect(request, &mcp::McpRequest::progress, this, progress);
        connect(request, &mcp::McpRequest::finished, this, [this, request, server, tool, done, took, sessionId] {
            request->deleteLater();
            for (auto it = m_inFlight.find(sessionId); it != m_inFlight.end() && it.key() == sessionId;)
                it = it->request == request || !it->request ? m_inFlight.erase(it) : std::next(it);
            if (request->failure() == mcp::McpRequest::Failure::Cancelled)
                return; // the turn was cancelled: nobody waits for an answer any more
            RuleAnswer a;
            if (request->ok()) {
                const mcp::ToolAnswer answer = mcp::ToolAnswer::from(request->result().toObject());
                a.output = answer.output;
                a.isError = answer.isError;
                a.detail = tr("answered by MCP server %1 (%2) in %3 ms%4")
                               .arg(server, tool)
                               .arg(took.elapsed())
                               .arg(answer.isError ? tr(", as an error") : QString());
            } else {
                // The agent is told which server failed and how, not left to time out.
                a.isError = true;
                a.output = tr("The MCP server %1 could not answer %2: %3").arg(server, tool, request->error());
                a.detail = a.output;
            }
            done(a);
        });
    });
}

} // namespace pokee
