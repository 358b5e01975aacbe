// The MCP client against real servers no one here wrote — @modelcontextprotocol/server-everything
// and server-filesystem, pinned and installed by ./dev (POKEE_MCP_BIN), never fetched here — and
// against a server of our own that misbehaves on purpose (tests/support/BadMcpServer.cpp).
#include "mcp/McpClient.h"
#include "mcp/StdioTransport.h"
#include "mcp/McpServerStore.h"
#include "mcp/ToolAnswer.h"
#include "tools/McpRouter.h"
#include "tools/McpToolImport.h"
#include "tools/ToolLibrary.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee::mcp;
using pokee::McpToolImport;
using pokee::ToolLibrary;

namespace {

QString mcpProgram(const QString &name)
{
    const QString dir = qEnvironmentVariable("POKEE_MCP_BIN");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

// A client on `program`, open and ready (or a failed test).
std::unique_ptr<McpClient> openClient(const StdioTransport::Launch &launch, McpClient::Options options = {})
{
    auto client = std::make_unique<McpClient>(new StdioTransport(launch), options);
    QSignalSpy ready(client.get(), &McpClient::ready);
    QSignalSpy failed(client.get(), &McpClient::failed);
    client->open();
    if (!ready.wait(30000))
        qWarning() << "not ready:" << (failed.isEmpty() ? QStringLiteral("(no answer)") : failed.first().first().toString());
    return client;
}

// Waits for `request` to finish and hands it back.
McpRequest *waitFor(McpRequest *request, int ms = 30000)
{
    if (!request->isFinished()) {
        QSignalSpy finished(request, &McpRequest::finished);
        finished.wait(ms);
    }
    return request;
}

QStringList toolNames(const QJsonValue &result)
{
    QStringList names;
    for (const QJsonValue &t : result.toObject().value(u"tools").toArray())
        names << t.toObject().value(u"name").toString();
    return names;
}

} // namespace

class McpClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everythingServerHandshakesListsAndAnswers();
    void progressOfALongOperationArrives();
    void theServerGetsItsOwnEnvironmentAndNothingElse();
    void filesystemServerIsConfinedToItsFolder();
    void garbageOnStdoutIsSkipped();
    void aHundredMegabyteLineIsSkipped();
    void aJsonRpcErrorFailsTheCallWithItsMessage();
    void aServerThatNeverAnswersIsCancelledAtTheDeadline();
    void aServerThatDiesMidCallFailsTheCallWithItsLastWords();
    void aFloodedStderrStaysBounded();
    void aChangedToolListIsSaid();
    void aProgramThatDoesNotExistFailsWithASentence();
    void aProgramOnTheLoginShellsPathIsFound();
    void aCancelledTurnCancelsItsCallsOnTheServer();
    void theRouterFollowsWhatTheUserApproves_data();
    void theRouterFollowsWhatTheUserApproves();
    void aToolThatChangesOnItsServerIsMarkedNotTaken();
    void aKeychainSecretReachesOnlyTheServersEnvironment();

private:
    StdioTransport::Launch bad(const char *mode) const
    {
        return {m_bad, {QString::fromLatin1(mode)}, {}, {}};
    }
    QString m_everything;
    QString m_filesystem;
    QString m_bad;
};

void McpClientTest::initTestCase()
{
    m_everything = mcpProgram(QStringLiteral("mcp-server-everything"));
    m_filesystem = mcpProgram(QStringLiteral("mcp-server-filesystem"));
    m_bad = qEnvironmentVariable("POKEE_BAD_MCP_BIN");
    if (m_everything.isEmpty() || !QFile::exists(m_everything))
        QFAIL("POKEE_MCP_BIN does not name the pinned MCP servers: run the tests with ./dev test, which installs them");
    QVERIFY(QFile::exists(m_bad));
}

void McpClientTest::everythingServerHandshakesListsAndAnswers()
{
    auto client = openClient({m_everything, {QStringLiteral("stdio")}, {}, {}});
    QCOMPARE(client->state(), McpClient::State::Ready);
    QVERIFY(McpClient::supportedVersions().contains(client->protocolVersion()));
    QCOMPARE(client->serverName(), QStringLiteral("mcp-servers/everything"));
    QVERIFY(client->serverCapabilities().value(u"tools").isObject());

    McpRequest *list = waitFor(client->listTools(30000));
    QVERIFY2(list->ok(), qPrintable(list->error()));
    const QStringList names = toolNames(list->result());
    QVERIFY2(names.contains(u"echo") && names.contains(u"get-sum"), qPrintable(names.join(u' ')));

    McpRequest *echo = waitFor(client->callTool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("hello from pokee")}}, 30000));
    QVERIFY2(echo->ok(), qPrintable(echo->error()));
    QCOMPARE(ToolAnswer::from(echo->result().toObject()).output, QStringLiteral("Echo: hello from pokee"));
    McpRequest *sum = waitFor(client->callTool(QStringLiteral("get-sum"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 40}}, 30000));
    QVERIFY2(sum->ok(), qPrintable(sum->error()));
    QVERIFY2(ToolAnswer::from(sum->result().toObject()).output.contains(u"42"), qPrintable(ToolAnswer::from(sum->result().toObject()).output));
    // A call of a tool that is not there: the server's error, in a sentence.
    McpRequest *missing = waitFor(client->callTool(QStringLiteral("no-such-tool"), {}, 30000));
    QVERIFY(missing->ok() ? ToolAnswer::from(missing->result().toObject()).isError : !missing->error().isEmpty());

    // Closing stops the server politely.
    QSignalSpy closed(client.get(), &McpClient::closed);
    client->close();
    QVERIFY(closed.wait(10000));
    QVERIFY(!client->transport()->isOpen());
}

void McpClientTest::progressOfALongOperationArrives()
{
    auto client = openClient({m_everything, {QStringLiteral("stdio")}, {}, {}});
    McpRequest *call = client->callTool(QStringLiteral("trigger-long-running-operation"),
                                        {{QStringLiteral("duration"), 2}, {QStringLiteral("steps"), 4}}, 30000);
    QSignalSpy progress(call, &McpRequest::progress);
    waitFor(call);
    QVERIFY2(call->ok(), qPrintable(call->error()));
    QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(1).toDouble(), 4.0); // of 4 steps
    QVERIFY(progress.last().at(0).toDouble() >= 3.0);
}

void McpClientTest::theServerGetsItsOwnEnvironmentAndNothingElse()
{
    qputenv("POKEE_KEY", "sk-this-process-only");
    QProcessEnvironment own;
    own.insert(QStringLiteral("TICKETS_TOKEN"), QStringLiteral("tok-configured-for-this-server"));
    auto client = openClient({m_everything, {QStringLiteral("stdio")}, own, {}});
    McpRequest *env = waitFor(client->callTool(QStringLiteral("get-env"), {}, 30000));
    qunsetenv("POKEE_KEY");
    QVERIFY2(env->ok(), qPrintable(env->error()));
    const QString output = ToolAnswer::from(env->result().toObject()).output;
    QVERIFY2(output.contains(u"tok-configured-for-this-server"), qPrintable(output.left(500)));
    QVERIFY(output.contains(u"PATH"));
    QVERIFY2(!output.contains(u"sk-this-process-only"), "the app's own key reached the server");
}

void McpClientTest::filesystemServerIsConfinedToItsFolder()
{
    QTemporaryDir allowed;
    QTemporaryDir elsewhere;
    QFile inside(allowed.filePath(QStringLiteral("notes.txt")));
    QVERIFY(inside.open(QIODevice::WriteOnly) && inside.write("inside the folder\n") > 0);
    inside.close();
    QFile outside(elsewhere.filePath(QStringLiteral("secret.txt")));
    QVERIFY(outside.open(QIODevice::WriteOnly) && outside.write("not for the server\n") > 0);
    outside.close();
    auto client = openClient({m_filesystem, {allowed.path()}, {}, {}});
    QCOMPARE(client->state(), McpClient::State::Ready);
    QVERIFY(toolNames(waitFor(client->listTools(30000))->result()).contains(u"read_text_file"));
    McpRequest *read = waitFor(client->callTool(QStringLiteral("read_text_file"), {{QStringLiteral("path"), inside.fileName()}}, 30000));
    QVERIFY2(read->ok(), qPrintable(read->error()));
    QVERIFY(ToolAnswer::from(read->result().toObject()).output.contains(u"inside the folder"));
    McpRequest *escape = waitFor(client->callTool(QStringLiteral("read_text_file"), {{QStringLiteral("path"), outside.fileName()}}, 30000));
    QVERIFY2(escape->ok(), qPrintable(escape->error())); // a tool failure, not a protocol one
    const ToolAnswer refused = ToolAnswer::from(escape->result().toObject());
    QVERIFY(refused.isError);
    QVERIFY2(!refused.output.contains(u"not for the server"), qPrintable(refused.output));
}

void McpClientTest::garbageOnStdoutIsSkipped()
{
    auto client = openClient(bad("garbage"));
    QSignalSpy log(client.get(), &McpClient::logLine);
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 10000));
    QVERIFY2(call->ok(), qPrintable(call->error()));
    QCOMPARE(ToolAnswer::from(call->result().toObject()).output, QStringLiteral("done"));
    QString said;
    for (const QList<QVariant> &l : log)
        said += l.first().toString() + u'\n';
    QVERIFY2(said.contains(u"not a JSON-RPC message") && said.contains(u"Server starting"), qPrintable(said));
}

void McpClientTest::aHundredMegabyteLineIsSkipped()
{
    auto client = openClient(bad("hugeline"));
    QSignalSpy log(client.get(), &McpClient::logLine);
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 60000), 60000);
    QVERIFY2(call->ok(), qPrintable(call->error()));
    bool said = false;
    for (const QList<QVariant> &l : log)
        said = said || l.first().toString().contains(u"longer than");
    QVERIFY(said);
}

void McpClientTest::aJsonRpcErrorFailsTheCallWithItsMessage()
{
    auto client = openClient(bad("rpcerror"));
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 10000));
    QCOMPARE(call->failure(), McpRequest::Failure::ServerError);
    QCOMPARE(call->errorCode(), -32602);
    QVERIFY2(call->error().contains(u"Unknown tool: work"), qPrintable(call->error()));
}

void McpClientTest::aServerThatNeverAnswersIsCancelledAtTheDeadline()
{
    auto client = openClient(bad("silent"));
    QSignalSpy log(client.get(), &McpClient::logLine);
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 500));
    QCOMPARE(call->failure(), McpRequest::Failure::TimedOut);
    QVERIFY2(call->error().contains(u"no answer within"), qPrintable(call->error()));
    // The server was told (it says so on its stderr): notifications/cancelled with the id.
    QTRY_VERIFY([&] {
        for (const QList<QVariant> &l : log)
            if (l.first().toString().startsWith(u"cancelled "))
                return true;
        return false;
    }());
    // And it still serves the next request.
    QVERIFY(waitFor(client->listTools(10000))->ok());
}

void McpClientTest::aServerThatDiesMidCallFailsTheCallWithItsLastWords()
{
    auto client = openClient(bad("die"));
    QSignalSpy closed(client.get(), &McpClient::closed);
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 10000));
    QCOMPARE(call->failure(), McpRequest::Failure::ServerStopped);
    QVERIFY2(call->error().contains(u"exited with code 3") && call->error().contains(u"the database connection was lost"),
             qPrintable(call->error()));
    QCOMPARE(client->state(), McpClient::State::Closed);
    QCOMPARE(closed.size(), 1);
    // A request after the end fails at once, with a sentence.
    QCOMPARE(waitFor(client->listTools(10000))->failure(), McpRequest::Failure::ServerStopped);
}

void McpClientTest::aFloodedStderrStaysBounded()
{
    auto client = openClient(bad("flood"));
    McpRequest *call = waitFor(client->callTool(QStringLiteral("work"), {}, 60000), 60000);
    QVERIFY2(call->ok(), qPrintable(call->error()));
    const ServerLog &log = static_cast<StdioTransport *>(client->transport())->log();
    QTRY_VERIFY_WITH_TIMEOUT(log.totalBytes() >= 100LL * 1024 * 1024, 30000);
    qsizetype kept = 0;
    for (const QString &l : log.lines())
        kept += l.toUtf8().size();
    QVERIFY2(kept <= ServerLog::MaxBytes + ServerLog::MaxLineBytes, qPrintable(QString::number(kept)));
}

void McpClientTest::aChangedToolListIsSaid()
{
    auto client = openClient(bad("listchange"));
    QSignalSpy changed(client.get(), &McpClient::toolsListChanged);
    const QString before = waitFor(client->listTools(10000))->result().toObject().value(u"tools").toArray().first().toObject().value(u"description").toString();
    QVERIFY(waitFor(client->callTool(QStringLiteral("work"), {}, 10000))->ok());
    QTRY_COMPARE(changed.size(), 1);
    const QString after = waitFor(client->listTools(10000))->result().toObject().value(u"tools").toArray().first().toObject().value(u"description").toString();
    QVERIFY(before != after);
}

void McpClientTest::aProgramThatDoesNotExistFailsWithASentence()
{
    McpClient client(new StdioTransport({QStringLiteral("/nonexistent/npx"), {}, {}, {}}), {});
    QSignalSpy failed(&client, &McpClient::failed);
    client.open();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"/nonexistent/npx could not be started"),
             qPrintable(failed.first().first().toString()));
}

// Started from the desktop, the app has a short PATH; what the user's login shell adds (here a
// ~/.profile, as nvm's or Homebrew's lines do) is where npx and uvx live. A bare command name
// is found there.
void McpClientTest::aProgramOnTheLoginShellsPathIsFound()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("tools")));
    QFile script(home.filePath(QStringLiteral("tools/hello-mcp")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec '" + m_bad.toUtf8() + "' rpcerror\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    QFile profile(home.filePath(QStringLiteral(".profile")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("echo 'Welcome back!'\nPATH=\"$HOME/tools:$PATH\"\nexport PATH\n");
    profile.close();
    const QByteArray oldHome = qgetenv("HOME"), oldShell = qgetenv("SHELL");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("SHELL", "/bin/sh");
    auto client = openClient({QStringLiteral("hello-mcp"), {}, {}, {}});
    McpClient missing(new StdioTransport({QStringLiteral("no-such-mcp-server"), {}, {}, {}}), {});
    QSignalSpy failed(&missing, &McpClient::failed);
    missing.open();
    qputenv("HOME", oldHome);
    qputenv("SHELL", oldShell);
    QCOMPARE(client->state(), McpClient::State::Ready);
    QCOMPARE(client->serverName(), QStringLiteral("bad"));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"no-such-mcp-server was not found"), qPrintable(failed.first().first().toString()));
}

// A turn cancelled while its call waits on a server that never answers: the server is told
// (it logs "cancelled <id>"), nothing is answered, and nothing is left in flight.
void McpClientTest::aCancelledTurnCancelsItsCallsOnTheServer()
{
    QTemporaryDir dir;
    McpServerStore store(dir.filePath(QStringLiteral("mcp.json")));
    McpServerConfig silent;
    silent.name = QStringLiteral("bad");
    silent.command = m_bad;
    silent.args = {QStringLiteral("silent")};
    store.put(silent);
    store.approve(silent);
    pokee::McpRouter router(store, [](const QString &, std::function<void(std::optional<QString>)> done) { done(std::nullopt); });
    int answers = 0;
    router.call(QStringLiteral("bad"), QStringLiteral("work"), QStringLiteral("{}"), 60000, [&answers](const pokee::RuleAnswer &) { ++answers; },
                QStringLiteral("sess_1"));
    QTRY_COMPARE_WITH_TIMEOUT(router.inFlight(QStringLiteral("sess_1")), 1, 10000);
    router.cancelSession(QStringLiteral("sess_1"), QStringLiteral("the turn was cancelled"));
    QCOMPARE(router.inFlight(QStringLiteral("sess_1")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(router.log(QStringLiteral("bad")).join(u'\n').contains(u"cancelled "), 10000);
    QCOMPARE(answers, 0);
}

// The app's router reads the servers' file again when it changed: a server approved in the MCP
// servers window (or with pokee mcp) answers the next call without restarting the app. Also
// when the approval is saved within the same tick of the file system's clock as the file the
// router read (4 ms on Linux), which leaves the same time stamp: the router decided by the
// stamp alone and refused the approved server (met once on a fresh-clone run).
void McpClientTest::theRouterFollowsWhatTheUserApproves_data()
{
    QTest::addColumn<bool>("sameStamp");
    QTest::newRow("saved later") << false;
    QTest::newRow("saved within one clock tick") << true;
}

void McpClientTest::theRouterFollowsWhatTheUserApproves()
{
    QFETCH(bool, sameStamp);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    McpServerStore store(path);
    McpServerConfig everything;
    everything.name = QStringLiteral("everything");
    everything.command = m_everything;
    everything.args = {QStringLiteral("stdio")};
    store.put(everything);
    QCOMPARE(store.save(), QString());
    pokee::McpRouter router(store, [](const QString &, std::function<void(std::optional<QString>)> done) { done(std::nullopt); });
    router.followFiles(dir.filePath(QStringLiteral("tools.json")));
    const QString args = QStringLiteral(R"({"message": "hi"})");
    std::optional<pokee::RuleAnswer> answer;
    router.call(QStringLiteral("everything"), QStringLiteral("echo"), args, 30000, [&answer](const pokee::RuleAnswer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->isError);
    QVERIFY2(answer->output.contains(u"has not been approved"), qPrintable(answer->output));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QDateTime firstStamp = saved.fileTime(QFileDevice::FileModificationTime);
    saved.close();
    store.approve(everything);
    QCOMPARE(store.save(), QString());
    if (sameStamp) {
        QVERIFY(saved.open(QIODevice::ReadWrite));
        QVERIFY(saved.setFileTime(firstStamp, QFileDevice::FileModificationTime));
        saved.close();
    }
    answer.reset();
    router.call(QStringLiteral("everything"), QStringLiteral("echo"), args, 30000, [&answer](const pokee::RuleAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY2(!answer->isError, qPrintable(answer->output));
    QCOMPARE(answer->output, QStringLiteral("Echo: hi"));
}

// A server says list_changed and now describes its tool differently: the library keeps the
// definition the user imported (new sessions get that one) and marks the tool as changed on
// its server, until the user imports the change (which shows it and asks).
void McpClientTest::aToolThatChangesOnItsServerIsMarkedNotTaken()
{
    QTemporaryDir dir;
    const QString libraryPath = dir.filePath(QStringLiteral("tools.json"));
    McpServerConfig bad;
    bad.name = QStringLiteral("bad");
    bad.command = m_bad;
    bad.args = {QStringLiteral("listchange")};
    {   // imported as the user saw it
        auto client = openClient(StdioTransport::Launch{m_bad, {QStringLiteral("listchange")}, {}, {}});
        ToolLibrary library(libraryPath);
        McpRequest *listed = waitFor(client->listTools(10000));
        QVERIFY(listed->ok());
        library.merge(McpToolImport::from(QStringLiteral("bad"), listed->result().toObject().value(u"tools").toArray(), library).toolSet());
        QCOMPARE(library.save(), QString());
    }
    ToolLibrary before(libraryPath);
    QStringList errors;
    QVERIFY(before.load(errors));
    const QString importedDescription = before.find(QStringLiteral("work"))->description;

    McpServerStore store(dir.filePath(QStringLiteral("mcp.json")));
    store.put(bad);
    store.approve(bad);
    QCOMPARE(store.save(), QString());
    pokee::McpRouter router(store, [](const QString &, std::function<void(std::optional<QString>)> done) { done(std::nullopt); });
    router.followFiles(libraryPath);
    QSignalSpy changed(&router, &pokee::McpRouter::toolsChanged);
    std::optional<pokee::RuleAnswer> answer;
    router.call(QStringLiteral("bad"), QStringLiteral("work"), QStringLiteral("{}"), 10000, [&answer](const pokee::RuleAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(changed.wait(10000) || !changed.isEmpty());
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("bad"));
    QCOMPARE(changed.first().at(1).toStringList(), QStringList{QStringLiteral("work")});
    ToolLibrary after(libraryPath);
    QVERIFY(after.load(errors));
    QVERIFY(McpToolImport::changedOnServer(*after.find(QStringLiteral("work"))));
    QCOMPARE(after.find(QStringLiteral("work"))->description, importedDescription); // not taken
}

// A variable kept in the keychain (read through the router's reader, as the app reads the
// keychain) is in the server's environment — get-env shows it — and in no log line of ours.
void McpClientTest::aKeychainSecretReachesOnlyTheServersEnvironment()
{
    QTemporaryDir dir;
    McpServerStore store(dir.filePath(QStringLiteral("mcp.json")));
    McpServerConfig tickets;
    tickets.name = QStringLiteral("tickets");
    tickets.command = m_everything;
    tickets.args = {QStringLiteral("stdio")};
    tickets.secretEnv = {QStringLiteral("TICKETS_API_KEY")};
    tickets.callTimeoutSeconds = 20;
    store.put(tickets);
    store.approve(tickets);
    QCOMPARE(store.save(), QString());
    const QString secret = QStringLiteral("tok-env-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QStringList asked;
    pokee::McpRouter router(store, [&asked, secret](const QString &entry, std::function<void(std::optional<QString>)> done) {
        asked << entry;
        done(secret);
    });
    std::optional<pokee::RuleAnswer> answer;
    router.call(QStringLiteral("tickets"), QStringLiteral("get-env"), QStringLiteral("{}"), 30000, [&answer](const pokee::RuleAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY2(!answer->isError, qPrintable(answer->output));
    QCOMPARE(asked, QStringList{McpServerStore::secretEntry(QStringLiteral("tickets"), QStringLiteral("TICKETS_API_KEY"))});
    QVERIFY2(answer->output.contains(u"TICKETS_API_KEY") && answer->output.contains(secret), qPrintable(answer->output.left(400)));
    QVERIFY(!answer->detail.contains(secret));
    QVERIFY(!router.log(QStringLiteral("tickets")).join(u'\n').contains(secret));
}

QTEST_GUILESS_MAIN(McpClientTest)
#include "McpClientTest.moc"
