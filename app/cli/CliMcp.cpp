#include "cli/CliMcp.h"

#include "cli/CliInput.h"
#include "cli/CliSecretInput.h"

#include "mcp/McpClient.h"
#include "mcp/McpImport.h"
#include "mcp/McpLaunch.h"
#include "mcp/McpServerStore.h"
#include "mcp/StdioTransport.h"
#include "profiles/KeyStore.h"
#include "tools/McpToolImport.h"
#include "tools/ToolLibrary.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace pokee::cli {

namespace {

// Waits for `request` in a local loop (the CLI has nothing else to do meanwhile).
void wait(mcp::McpRequest *request)
{
    if (request->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(request, &mcp::McpRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// Asks a yes/no question on a terminal; false without one.
bool askYes(const QString &question)
{
    if (!isatty(fileno(stdin)))
        return false;
    std::fputs(qPrintable(question), stderr);
    std::fflush(stderr);
    char answer[16] = {};
    return std::fgets(answer, sizeof answer, stdin) && (answer[0] == 'y' || answer[0] == 'Y');
}

// Asks before a server first runs: its exact command line, and that it runs with the user's
// rights. A terminal answers y; otherwise --yes must have been given.
bool consent(mcp::McpServerStore &store, const mcp::McpServerConfig &server, bool yes, CliOutput &out)
{
    if (server.isHttp() || store.isApproved(server))
        return true;
    out.note(QCoreApplication::translate("CliMcp", "pokee: %1 has not been run before (or its definition changed). It would run, with your rights:").arg(server.name));
    out.note(QStringLiteral("  ") + server.commandLine());
    if (!yes) {
        if (!isatty(fileno(stdin))) {
            out.note(QCoreApplication::translate("CliMcp", "pokee: not run. Run it again with --yes to approve this command line."));
            return false;
        }
        if (!askYes(QCoreApplication::translate("CliMcp", "Run it? [y/N] "))) {
            out.note(QCoreApplication::translate("CliMcp", "pokee: not run."));
            return false;
        }
    }
    store.approve(server);
    if (const QString why = store.save(); !why.isEmpty())
        out.note(QStringLiteral("pokee: ") + why);
    return true;
}

// The server started and ready, or nullptr with the reason printed.
std::unique_ptr<mcp::McpClient> start(const mcp::McpServerConfig &server, CliOutput &out)
{
    KeyStore keys;
    const mcp::SecretValues secrets = mcp::readSecrets(server, [&keys](const QString &entry) {
        const KeyStore::Outcome o = keys.readNow(entry);
        return o.ok() ? std::optional<QString>(o.key) : std::nullopt;
    });
    for (const QString &missing : secrets.missing)
        out.note(QCoreApplication::translate("CliMcp", "pokee: %1's %2 is not in the keychain; give it with: pokee mcp secret %1 %2").arg(server.name, missing));
    auto client = std::make_unique<mcp::McpClient>(mcp::transportFor(server, secrets.values), mcp::McpClient::Options{});
    QEventLoop loop;
    QString failure;
    QObject::connect(client.get(), &mcp::McpClient::ready, &loop, &QEventLoop::quit);
    QObject::connect(client.get(), &mcp::McpClient::failed, &loop, [&](const QString &why) {
        failure = why;
        loop.quit();
    });
    client->open();
    loop.exec();
    if (client->state() != mcp::McpClient::State::Ready) {
        out.note(QStringLiteral("pokee: %1: %2").arg(server.name, failure));
        return nullptr;
    }
    return client;
}

QJsonObject describe(const mcp::McpServerStore &store, const mcp::McpServerConfig &s)
{
    QJsonObject o = s.toJson();
    o.insert(QStringLiteral("approved"), store.isApproved(s));
    o.insert(QStringLiteral("command_line"), s.commandLine());
    return o;
}

int list(const mcp::McpServerStore &store, CliOutput &out)
{
    if (store.servers().isEmpty())
        out.note(QCoreApplication::translate("CliMcp", "No MCP servers. Add one with pokee mcp add NAME -- COMMAND ARGS…, or pokee mcp import claude."));
    for (const mcp::McpServerConfig &s : store.servers()) {
        if (out.json()) {
            out.object(describe(store, s));
            continue;
        }
        QStringList flags;
        if (!s.enabled)
            flags << QCoreApplication::translate("CliMcp", "disabled");
        if (!s.isHttp() && !store.isApproved(s))
            flags << QCoreApplication::translate("CliMcp", "not approved yet");
        out.line(QStringLiteral("%1\t%2%3").arg(s.name, s.commandLine(),
                                                 flags.isEmpty() ? QString() : QStringLiteral("\t(") + flags.join(QStringLiteral(", ")) + u')'));
    }
    return Completed;
}

int import(mcp::McpServerStore &store, const QString &from, CliOutput &out)
{
    QString path = from;
    if (mcp::McpImport::knownApps().contains(from))
        path = mcp::McpImport::knownFile(from);
    const TextInput input = readTextInput(path == u"-" ? QStringLiteral("-") : QString(), path == u"-" ? QString() : path);
    if (!input.error.isEmpty()) {
        out.note(input.error);
        return Usage;
    }
    const mcp::McpImport imported = mcp::McpImport::fromJson(input.text.toUtf8());
    if (!imported.error.isEmpty()) {
        out.note(QCoreApplication::translate("CliMcp", "pokee: %1: %2").arg(path, imported.error));
        return Usage;
    }
    KeyStore keys;
    for (auto it = imported.secrets.cbegin(); it != imported.secrets.cend(); ++it) {
        const QStringList parts = it.key().split(u'\n');
        const KeyStore::Outcome o = keys.writeNow(mcp::McpServerStore::secretEntry(parts.value(0), parts.value(1)), it.value());
        if (!o.ok()) {
            out.note(QCoreApplication::translate("CliMcp", "pokee: the keychain did not take %1's %2: %3. Nothing was imported.").arg(parts.value(0), parts.value(1), o.message));
            return Failure;
        }
    }
    for (const mcp::McpServerConfig &s : imported.servers) {
        store.put(s);
        out.line(out.json() ? QString() : QCoreApplication::translate("CliMcp", "imported %1: %2").arg(s.name, s.commandLine()));
    }
    for (const QString &note : imported.notes)
        out.note(QStringLiteral("pokee: ") + note);
    if (const QString why = store.save(); !why.isEmpty()) {
        out.note(QStringLiteral("pokee: ") + why);
        return Failure;
    }
    if (!imported.secrets.isEmpty())
        out.note(QCoreApplication::translate("CliMcp", "pokee: %n secret value(s) went to the keychain, not into %1.", nullptr, int(imported.secrets.size())).arg(store.path()));
    return Completed;
}

int tools(mcp::McpServerStore &store, const mcp::McpServerConfig &server, bool yes, bool printTools, CliOutput &out)
{
    if (!consent(store, server, yes, out))
        return Cancelled;
    std::unique_ptr<mcp::McpClient> client = start(server, out);
    if (!client)
        return Failure;
    mcp::McpRequest *listed = client->listTools(30000);
    wait(listed);
    if (!listed->ok()) {
        out.note(QStringLiteral("pokee: %1: %2").arg(server.name, listed->error()));
        return Failure;
    }
    const QJsonArray list = listed->result().toObject().value(u"tools").toArray();
    if (!printTools) { // test: who it is and what it offers
        if (out.json())
            out.object({{QStringLiteral("server"), client->serverName()},
                        {QStringLiteral("version"), client->serverVersion()},
                        {QStringLiteral("protocol"), client->protocolVersion()},
                        {QStringLiteral("tools"), list.size()}});
        else
            out.line(QCoreApplication::translate("CliMcp", "%1 works: %2 %3, MCP %4, %n tool(s)", nullptr, int(list.size()))
                         .arg(server.name, client->serverName(), client->serverVersion(), client->protocolVersion()));
    } else {
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            if (out.json()) {
                out.object(t);
                continue;
            }
            const QJsonObject a = t.value(u"annotations").toObject();
            // Untrusted hints, shown as such; a missing destructiveHint counts as destructive.
            const QString hint = a.value(u"readOnlyHint").toBool()             ? QCoreApplication::translate("CliMcp", "read-only")
                                 : a.value(u"destructiveHint").toBool(true)    ? QCoreApplication::translate("CliMcp", "may change or delete things")
                                                                               : QCoreApplication::translate("CliMcp", "changes things");
            out.line(QStringLiteral("%1\t%2\t%3").arg(t.value(u"name").toString(), hint, t.value(u"description").toString().simplified().left(100)));
        }
    }
    client->close();
    return Completed;
}

} // namespace

int importMcpTools(const Options &options, ToolLibrary &library, CliOutput &out)
{
    mcp::McpServerStore store;
    if (const QString why = store.load(); !why.isEmpty()) {
        out.note(QStringLiteral("pokee: ") + why);
        return Failure;
    }
    const mcp::McpServerConfig *server = store.find(options.mcpServer);
    if (!server) {
        out.note(QCoreApplication::translate("CliMcp", "pokee: there is no MCP server named “%1” (see pokee mcp list)").arg(options.mcpServer));
        return Usage;
    }
    if (!consent(store, *server, options.yes, out))
        return Cancelled;
    std::unique_ptr<mcp::McpClient> client = start(*server, out);
    if (!client)
        return Failure;
    mcp::McpRequest *listed = client->listTools(30000);
    wait(listed);
    client->close();
    if (!listed->ok()) {
        out.note(QStringLiteral("pokee: %1: %2").arg(server->name, listed->error()));
        return Failure;
    }
    const McpToolImport imported = McpToolImport::from(server->name, listed->result().toObject().value(u"tools").toArray(), library);
    for (const QString &note : imported.notes)
        out.note(QStringLiteral("pokee: ") + note);
    for (const McpToolImport::Entry &e : imported.entries) {
        const QString change = e.change == McpToolImport::Change::New       ? QCoreApplication::translate("CliMcp", "new")
                               : e.change == McpToolImport::Change::Changed ? QCoreApplication::translate("CliMcp", "CHANGED")
                                                                            : QCoreApplication::translate("CliMcp", "unchanged");
        if (out.json())
            out.object({{QStringLiteral("name"), e.tool.name}, {QStringLiteral("mcp_name"), e.mcpName},
                        {QStringLiteral("change"), change}, {QStringLiteral("description"), e.tool.description}});
        else
            out.line(QStringLiteral("%1\t%2\t%3").arg(e.tool.name, change, e.tool.description.simplified().left(100)));
    }
    // A tool's description becomes part of the agent's prompt: a changed one is looked at
    // before new sessions get it.
    if (imported.anyChanged() && !options.yes &&
        !askYes(QCoreApplication::translate("CliMcp", "Some tools changed since the last import (CHANGED above). Use them in new sessions? [y/N] "))) {
        out.note(QCoreApplication::translate("CliMcp", "pokee: nothing imported; the library keeps the tools as they were (--yes takes the changes)."));
        return Cancelled;
    }
    library.merge(imported.toolSet());
    if (const QString why = library.save(); !why.isEmpty()) {
        out.note(QStringLiteral("pokee: ") + why);
        return Failure;
    }
    out.note(QCoreApplication::translate("CliMcp", "Imported %n tool(s) of %1 into %2.", nullptr, int(imported.entries.size()))
                 .arg(server->name, library.path()));
    return Completed;
}

int mcpCommand(const Options &options, CliOutput &out)
{
    const QStringList &a = options.args;
    const QString sub = a.value(1);
    mcp::McpServerStore store;
    if (const QString why = store.load(); !why.isEmpty()) {
        out.note(QStringLiteral("pokee: ") + why);
        return Failure;
    }
    if (sub == u"list" && a.size() == 2)
        return list(store, out);
    if (sub == u"import" && a.size() == 3)
        return import(store, a.at(2), out);
    const QString name = a.value(2);
    if (sub == u"add" && a.size() >= 3) {
        if (const QString problem = mcp::McpServerConfig::problemWithName(name); !problem.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + problem);
            return Usage;
        }
        mcp::McpServerConfig server;
        server.name = name;
        if (!options.url.isEmpty() && a.size() == 3) {
            server.url = options.url;
        } else if (a.size() >= 4 && options.url.isEmpty()) {
            server.command = a.at(3);
            server.args = a.mid(4);
        } else {
            out.note(QCoreApplication::translate("CliMcp", "pokee: mcp add NAME -- COMMAND ARGS…, or mcp add NAME --url URL"));
            return Usage;
        }
        if (const mcp::McpServerConfig *old = store.find(name)) {
            server.env = old->env; // a new command line keeps the server's variables
            server.secretEnv = old->secretEnv;
        }
        store.put(server);
        if (const QString why = store.save(); !why.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + why);
            return Failure;
        }
        out.note(QCoreApplication::translate("CliMcp", "Added %1. pokee mcp test %1 starts it (after asking).").arg(name));
        return Completed;
    }
    const mcp::McpServerConfig *found = store.find(name);
    if (!found && (sub == u"remove" || sub == u"secret" || sub == u"test" || sub == u"tools")) {
        out.note(QCoreApplication::translate("CliMcp", "pokee: there is no MCP server named “%1” (see pokee mcp list)").arg(name));
        return Usage;
    }
    if (sub == u"remove" && a.size() == 3) {
        KeyStore keys;
        for (const QString &secret : found->secretEnv + found->secretHeaders)
            keys.removeNow(mcp::McpServerStore::secretEntry(name, secret));
        store.remove(name);
        if (const QString why = store.save(); !why.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + why);
            return Failure;
        }
        out.note(QCoreApplication::translate("CliMcp", "Removed %1 and its secrets.").arg(name));
        return Completed;
    }
    if (sub == u"secret" && a.size() == 4) {
        const QString variable = a.at(3);
        const QString value = readSecret(QCoreApplication::translate("CliMcp", "%1 for %2: ").arg(variable, name));
        if (value.isEmpty()) {
            out.note(QCoreApplication::translate("CliMcp", "pokee: no value came on standard input"));
            return Usage;
        }
        const KeyStore::Outcome o = KeyStore().writeNow(mcp::McpServerStore::secretEntry(name, variable), value);
        if (!o.ok()) {
            out.note(QStringLiteral("pokee: ") + o.message);
            return Failure;
        }
        mcp::McpServerConfig server = *found;
        QStringList &names = server.isHttp() ? server.secretHeaders : server.secretEnv;
        if (!names.contains(variable))
            names << variable;
        server.env.remove(variable);
        server.headers.remove(variable);
        store.put(server);
        if (const QString why = store.save(); !why.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + why);
            return Failure;
        }
        out.note(QCoreApplication::translate("CliMcp", "%1's %2 is in the keychain.").arg(name, variable));
        return Completed;
    }
    if ((sub == u"test" || sub == u"tools") && a.size() == 3)
        return tools(store, *found, options.yes, sub == u"tools", out);
    out.note(QCoreApplication::translate("CliMcp", "pokee: see pokee help mcp"));
    return Usage;
}

} // namespace pokee::cli
