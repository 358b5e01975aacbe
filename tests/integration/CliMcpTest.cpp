// `pokee mcp` as a user of their own (a fresh HOME, the real keychain) with the pinned
// server-everything (POKEE_MCP_BIN, installed by ./dev): add, consent before the first run,
// test, tools, an import of a Claude Desktop file whose secret goes to the keychain and into
// no file and no output, the secret reaching the server's environment, and remove.
#include "CliSupport.h"
#include "EverythingOverHttp.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "profiles/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace pokee;
using namespace pokee::test;

class CliMcpTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addAsksBeforeTheFirstRunThenTestsAndLists();
    void importedSecretsGoToTheKeychainAndReachOnlyTheServer();
    void aChangedCommandLineIsAskedAboutAgain();
    void badInputIsRefusedWithASentence();
    void aServersToolsGoIntoTheLibraryWithTheirOrigin();
    void sendAnswersTheAgentsCallWithTheServer();
    void aServerThatDiesIsOneClearLineForTheAgent();
    void anHttpServerIsAddedByItsAddressAndTested();

private:
    QString m_everything;
    LocalEmulator m_emu;
};

void CliMcpTest::initTestCase()
{
    m_everything = QDir(qEnvironmentVariable("POKEE_MCP_BIN")).filePath(QStringLiteral("mcp-server-everything"));
    if (qEnvironmentVariableIsEmpty("POKEE_MCP_BIN") || !QFile::exists(m_everything))
        QFAIL("POKEE_MCP_BIN does not name the pinned MCP servers: run the tests with ./dev test, which installs them");
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
}

void CliMcpTest::addAsksBeforeTheFirstRunThenTestsAndLists()
{
    FreshHome home;
    EXPECT_EXIT(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("everything"), QStringLiteral("--"),
                          m_everything, QStringLiteral("stdio")}),
                0);
    // Not on a terminal and without --yes: the command line is shown and nothing runs.
    CliRun refused = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("everything")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(m_everything.toUtf8() + " stdio") && refused.err.contains("with your rights"), refused.err.constData());
    QVERIFY(refused.err.contains("--yes"));
    CliRun listed = home.run({QStringLiteral("mcp"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.lines().size(), 1);
    QCOMPARE(listed.lines().first().value(u"approved").toBool(), false);

    CliRun tested = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("everything"), QStringLiteral("--yes")});
    QCOMPARE(tested.exitCode, 0);
    QVERIFY2(tested.out.contains("everything works: mcp-servers/everything"), tested.out.constData());
    // Approved now: the next run asks nothing.
    CliRun tools = home.run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("everything"), QStringLiteral("--json")});
    QCOMPARE(tools.exitCode, 0);
    QStringList names;
    for (const QJsonObject &t : tools.lines())
        names << t.value(u"name").toString();
    QVERIFY2(names.contains(u"echo") && names.contains(u"get-sum"), qPrintable(names.join(u' ')));
    CliRun plain = home.run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("everything")});
    QVERIFY2(lineWith(plain.out, "echo\t").contains("read-only"), plain.out.constData());
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("list"), QStringLiteral("--json")}).lines().first().value(u"approved").toBool(),
             true);
}

void CliMcpTest::importedSecretsGoToTheKeychainAndReachOnlyTheServer()
{
    FreshHome home;
    const QByteArray secret = "tok-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray claude = R"({"mcpServers": {"tickets": {"command": ")" + m_everything.toUtf8() +
                              R"(", "args": ["stdio"], "env": {"TICKETS_API_KEY": ")" + secret +
                              R"(", "TICKETS_REGION": "eu"}}, "docs.site": {"url": "https://mcp.example/docs"}}})";
    const QString file = home.path() + QStringLiteral("/claude_desktop_config.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(claude) == claude.size());
    f.close();
    CliRun imported = home.run({QStringLiteral("mcp"), QStringLiteral("import"), file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("imported tickets") && imported.out.contains("imported docs_site"), imported.out.constData());
    QVERIFY2(imported.err.contains("“docs.site” is named “docs_site”"), imported.err.constData());
    QVERIFY(imported.err.contains("1 secret value went to the keychain") || imported.err.contains("1 secret value(s) went to the keychain"));
    const QJsonObject tickets = home.run({QStringLiteral("mcp"), QStringLiteral("list"), QStringLiteral("--json")}).lines().value(1);
    QCOMPARE(tickets.value(u"name").toString(), QStringLiteral("tickets"));
    QCOMPARE(tickets.value(u"secretEnv").toArray(), QJsonArray{QStringLiteral("TICKETS_API_KEY")});
    QCOMPARE(tickets.value(u"env").toObject().value(u"TICKETS_REGION").toString(), QStringLiteral("eu"));
    QCOMPARE(KeyStore().readNow(QStringLiteral("mcp/tickets/TICKETS_API_KEY")).key.toUtf8(), secret);
    QFile::remove(file); // the user's own file: ours must not hold the value
    QCOMPARE(home.filesContaining(secret), QStringList());

    // The server starts with it, read from the keychain (McpClientTest shows a configured
    // variable reaching the server's environment and the app's key not).
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("tickets"), QStringLiteral("--yes")}).exitCode, 0);

    // Removing the server removes its secret.
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("remove"), QStringLiteral("tickets")}).exitCode, 0);
    QCOMPARE(KeyStore().readNow(QStringLiteral("mcp/tickets/TICKETS_API_KEY")).status, KeyStore::Status::NotFound);
    for (const QByteArray &out : home.outputs())
        QVERIFY2(!out.contains(secret), "the secret was printed");
}

void CliMcpTest::aChangedCommandLineIsAskedAboutAgain()
{
    FreshHome home;
    const QStringList add{QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("s"), QStringLiteral("--"), m_everything, QStringLiteral("stdio")};
    QCOMPARE(home.run(add).exitCode, 0);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("s"), QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("s")}).exitCode, 0);
    // Another argument: another definition, asked about again.
    QCOMPARE(home.run(add + QStringList{QStringLiteral("--extra")}).exitCode, 0);
    const CliRun again = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("s")});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("stdio --extra"), again.err.constData());
}

void CliMcpTest::badInputIsRefusedWithASentence()
{
    FreshHome home;
    CliRun badName = home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("my server"), QStringLiteral("--"), QStringLiteral("x")});
    QCOMPARE(badName.exitCode, 2);
    QVERIFY2(badName.err.contains("cannot name a server"), badName.err.constData());
    CliRun missing = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("nobody")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no MCP server named “nobody”"));
    const QString file = home.path() + QStringLiteral("/broken.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("{\"servers\": [") > 0);
    f.close();
    CliRun broken = home.run({QStringLiteral("mcp"), QStringLiteral("import"), file});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains("not a JSON object"), broken.err.constData());
    // A program that is not there: said, with its path.
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("gone"), QStringLiteral("--"), QStringLiteral("/nonexistent/npx")}).exitCode, 0);
    CliRun gone = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("gone"), QStringLiteral("--yes")});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains("/nonexistent/npx could not be started"), gone.err.constData());
}

void CliMcpTest::aServersToolsGoIntoTheLibraryWithTheirOrigin()
{
    FreshHome home;
    // The user's own "echo" is there first: the server's is prefixed, not put over it.
    const QString own = home.path() + QStringLiteral("/own.json");
    QFile f(own);
    QVERIFY(f.open(QIODevice::WriteOnly) &&
            f.write(R"([{"type": "function", "name": "echo", "description": "my own echo", "parameters": {"type": "object"}}])") > 0);
    f.close();
    QCOMPARE(home.run({QStringLiteral("tools"), QStringLiteral("import"), own}).exitCode, 0);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("everything"), QStringLiteral("--"), m_everything,
                       QStringLiteral("stdio")})
                 .exitCode,
             0);
    const QStringList import{QStringLiteral("tools"), QStringLiteral("import"), QStringLiteral("--mcp"), QStringLiteral("everything"),
                             QStringLiteral("--yes")};
    CliRun first = home.run(import);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains("everything's “echo” is “everything_echo” for the agent"), first.err.constData());
    QVERIFY2(lineWith(first.out, "get-sum\t").contains("new"), first.out.constData());
    CliRun listed = home.run({QStringLiteral("tools"), QStringLiteral("list")});
    QVERIFY2(lineWith(listed.out, "echo(").contains("my own echo"), listed.out.constData());
    // With the approval in effect: a tool that says it only reads runs, one that may change things asks.
    QVERIFY2(lineWith(listed.out, "everything_echo(").contains("[MCP: everything/echo, always]"), listed.out.constData());
    QVERIFY2(lineWith(listed.out, "toggle-simulated-logging(").contains("[MCP: everything/toggle-simulated-logging, ask]"),
             listed.out.constData());
    // The tools sent to the API carry no origin.
    QVERIFY(!home.run({QStringLiteral("tools"), QStringLiteral("export")}).out.contains("x-pokee-origin"));

    // Again: nothing changed.
    CliRun again = home.run({QStringLiteral("tools"), QStringLiteral("import"), QStringLiteral("--mcp"), QStringLiteral("everything")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(lineWith(again.out, "get-sum\t").contains("unchanged"), again.out.constData());

    // The user's approval per tool: kept in the library, and through an import that finds the
    // tool unchanged.
    CliRun bad = home.run({QStringLiteral("tools"), QStringLiteral("approval"), QStringLiteral("everything_echo"), QStringLiteral("sometimes")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("ask, session or always"), bad.err.constData());
    CliRun notMcp = home.run({QStringLiteral("tools"), QStringLiteral("approval"), QStringLiteral("echo"), QStringLiteral("always")});
    QCOMPARE(notMcp.exitCode, 1);
    QVERIFY2(notMcp.err.contains("not a tool imported from an MCP server"), notMcp.err.constData());
    CliRun once = home.run({QStringLiteral("tools"), QStringLiteral("approval"), QStringLiteral("get-sum"), QStringLiteral("session")});
    QCOMPARE(once.exitCode, 0);
    QVERIFY2(once.err.contains("asks once in each session"), once.err.constData());
    CliRun ask = home.run({QStringLiteral("tools"), QStringLiteral("approval"), QStringLiteral("everything_echo"), QStringLiteral("ask")});
    QCOMPARE(ask.exitCode, 0);
    QVERIFY2(ask.err.contains("asks before every call"), ask.err.constData());
    QCOMPARE(home.run(import).exitCode, 0);
    listed = home.run({QStringLiteral("tools"), QStringLiteral("list")});
    QVERIFY2(lineWith(listed.out, "everything_echo(").contains("[MCP: everything/echo, ask]"), listed.out.constData());
    QVERIFY2(lineWith(listed.out, "get-sum(").contains("[MCP: everything/get-sum, session]"), listed.out.constData());

    // A definition that differs from the one imported before (here: the stored hash) is shown
    // and not taken without a yes.
    const QString libraryPath = home.path() + QStringLiteral("/.local/share/pokee-desktop/tools.json");
    QFile lib(libraryPath);
    QVERIFY(lib.open(QIODevice::ReadOnly));
    QByteArray text = lib.readAll();
    lib.close();
    const qsizetype at = text.indexOf("\"hash\"");
    QVERIFY(at > 0);
    const qsizetype quote = text.indexOf('"', text.indexOf(':', at) + 1);
    text[quote + 1] = text[quote + 1] == '0' ? '1' : '0';
    QVERIFY(lib.open(QIODevice::WriteOnly) && lib.write(text) == text.size());
    lib.close();
    const qsizetype nameAt = text.lastIndexOf("\"name\"", at);
    const qsizetype nameStart = text.indexOf('"', text.indexOf(':', nameAt) + 1) + 1;
    const QString tampered = QString::fromUtf8(text.mid(nameStart, text.indexOf('"', nameStart) - nameStart));
    QCOMPARE(home.run({QStringLiteral("tools"), QStringLiteral("approval"), tampered, QStringLiteral("session")}).exitCode, 0);
    CliRun changed = home.run({QStringLiteral("tools"), QStringLiteral("import"), QStringLiteral("--mcp"), QStringLiteral("everything")});
    QCOMPARE(changed.exitCode, 3);
    QVERIFY2(changed.out.contains("CHANGED") && changed.err.contains("nothing imported"), changed.out.constData());
    // Taken with a yes: the changed tool asks again, whatever the user had chosen for it.
    CliRun taken = home.run(import);
    QCOMPARE(taken.exitCode, 0);
    QVERIFY2(taken.err.contains(QStringLiteral("%1 changed, so it asks before running again").arg(tampered).toUtf8()), taken.err.constData());
    listed = home.run({QStringLiteral("tools"), QStringLiteral("list")});
    QVERIFY2(lineWith(listed.out, (tampered + u'(').toUtf8()).contains(", ask]") ||
                 lineWith(listed.out, (tampered + u'(').toUtf8()).contains(", always]"), // read-only: its hint decides again
             listed.out.constData());
    QVERIFY2(!lineWith(listed.out, (tampered + u'(').toUtf8()).contains(", session]"), listed.out.constData());
}

// The whole path: a session whose tools came from the server, the agent calls one, pokee send
// has the server answer it, and the agent gets the server's answer (the emulator's own record
// of what it sent back after our result is the oracle).
void CliMcpTest::sendAnswersTheAgentsCallWithTheServer()
{
    FreshHome home;
    home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("everything"), QStringLiteral("--"), m_everything,
                       QStringLiteral("stdio")})
                 .exitCode,
             0);
    QCOMPARE(home.run({QStringLiteral("tools"), QStringLiteral("import"), QStringLiteral("--mcp"), QStringLiteral("everything"),
                       QStringLiteral("--yes")})
                 .exitCode,
             0);
    const CliRun created = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--library"),
                                     QStringLiteral("get-sum,echo")});
    QCOMPARE(created.exitCode, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed().split('\n').first());
    // get-sum says it only reads: answered by the server without asking.
    const CliRun sent = home.run({QStringLiteral("send"), sid, QStringLiteral(R"([[tool=get-sum {"a": 2, "b": 40}]] add them)"),
                                  QStringLiteral("--json")});
    QCOMPARE(sent.exitCode, 0);
    const QString rid = sent.lines().constLast().value(u"data").toObject().value(u"id").toString();
    QVERIFY2(!rid.isEmpty(), sent.out.right(500).constData());
    QString received;
    const QJsonObject record = test::HttpProbe(m_emu.endpoint()).get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json();
    for (const QJsonValue &v : record.value(u"events").toArray())
        if (v.toObject().value(u"event").toString() == u"tool_result")
            received = QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object().value(u"content").toString();
    QVERIFY2(received.contains(u"42"), qPrintable(received));
    // The audit log names the server that answered.
    const CliRun audit = home.run({QStringLiteral("rules"), QStringLiteral("audit")});
    QVERIFY2(audit.out.contains("answered by MCP server everything (get-sum)"), audit.out.constData());
}

// A rule routes the call to a server that dies in the middle of it: the agent is answered at
// once with an error that names the server and its last words, not left to the 300 s timeout.
void CliMcpTest::aServerThatDiesIsOneClearLineForTheAgent()
{
    FreshHome home;
    home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--"),
                       qEnvironmentVariable("POKEE_BAD_MCP_BIN"), QStringLiteral("die")})
                 .exitCode,
             0);
    QCOMPARE(home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("bad"), QStringLiteral("--yes")}).exitCode, 0);
    const QString rules = home.path() + QStringLiteral("/rules.json");
    QFile f(rules);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(R"({"rules": [{"tool": "work", "action": "mcp", "server": "bad"}]})") > 0);
    f.close();
    const QString tools = home.path() + QStringLiteral("/tools.json");
    QFile t(tools);
    QVERIFY(t.open(QIODevice::WriteOnly) &&
            t.write(R"([{"type": "function", "name": "work", "description": "Does work.", "parameters": {"type": "object"}}])") > 0);
    t.close();
    const CliRun created = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), tools});
    QCOMPARE(created.exitCode, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed().split('\n').first());
    QElapsedTimer took;
    took.start();
    const CliRun sent = home.run({QStringLiteral("send"), sid, QStringLiteral("[[tool=work {}]] do it"), QStringLiteral("--rules"), rules,
                                  QStringLiteral("--json")});
    QCOMPARE(sent.exitCode, 0);
    QVERIFY2(took.elapsed() < 30000, "the agent waited for a dead server");
    const QString rid = sent.lines().constLast().value(u"data").toObject().value(u"id").toString();
    QJsonObject result;
    const QJsonObject record = test::HttpProbe(m_emu.endpoint()).get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json();
    for (const QJsonValue &v : record.value(u"events").toArray())
        if (v.toObject().value(u"event").toString() == u"tool_result")
            result = QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object();
    QCOMPARE(result.value(u"is_error").toBool(), true);
    const QString content = result.value(u"content").toString();
    QVERIFY2(content.contains(u"The MCP server bad could not answer work") && content.contains(u"exited with code 3") &&
                 content.contains(u"the database connection was lost"),
             qPrintable(content));
}

// A server reached over HTTP (Streamable HTTP here): added by its address, nothing to approve
// (nothing runs on this machine), tested and listed like any other.
void CliMcpTest::anHttpServerIsAddedByItsAddressAndTested()
{
    test::EverythingOverHttp server(m_everything, QStringLiteral("streamableHttp"));
    QVERIFY(server.waitUntilListening());
    FreshHome home;
    EXPECT_EXIT(home.run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("remote"), QStringLiteral("--url"),
                          server.url(QStringLiteral("/mcp")).toString()}),
                0);
    CliRun tested = home.run({QStringLiteral("mcp"), QStringLiteral("test"), QStringLiteral("remote")});
    QCOMPARE(tested.exitCode, 0);
    QVERIFY2(tested.out.contains("remote works: mcp-servers/everything"), tested.out.constData());
    CliRun tools = home.run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("remote"), QStringLiteral("--json")});
    QCOMPARE(tools.exitCode, 0);
    QVERIFY(tools.lines().size() > 5);
}

QTEST_GUILESS_MAIN(CliMcpTest)
#include "CliMcpTest.moc"
