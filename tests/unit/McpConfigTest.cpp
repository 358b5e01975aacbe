// MCP servers as users already configure them, read into ours (the three formats and a pasted
// object), with secrets taken out for the keychain; our own file written and read back; the
// definition hash that consent is tied to. Oracles: the literal files and values written here.
#include "mcp/McpImport.h"
#include "mcp/McpServerStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pokee::mcp;

class McpConfigTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claudeDesktop();
    void cursorWithRemoteServerAndEnvReferences();
    void vsCodeServersAndInputs();
    void clineExtras();
    void whatIsNotAConfigurationIsSaid();
    void theStoreKeepsServersAndApprovals();
    void consentFollowsTheDefinitionNotTheSecrets();
    void aServerTypedInIsReadLikeAnImport();
};

void McpConfigTest::claudeDesktop()
{
    const McpImport i = McpImport::fromJson(R"({"mcpServers": {
        "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"]},
        "github": {"command": "docker", "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"],
                   "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_secret", "GITHUB_HOST": "github.com"}}}})");
    QVERIFY(i.error.isEmpty());
    QCOMPARE(i.servers.size(), 2);
    const McpServerConfig &fs = i.servers.at(0);
    QCOMPARE(fs.name, QStringLiteral("filesystem"));
    QCOMPARE(fs.command, QStringLiteral("npx"));
    QCOMPARE(fs.args.size(), 3);
    const McpServerConfig &gh = i.servers.at(1);
    QCOMPARE(gh.secretEnv, QStringList{QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")});
    QCOMPARE(gh.env.value(QStringLiteral("GITHUB_HOST")), QStringLiteral("github.com"));
    QVERIFY(!gh.env.contains(QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")));
    QCOMPARE(i.secrets.value(QStringLiteral("github\nGITHUB_PERSONAL_ACCESS_TOKEN")), QStringLiteral("ghp_secret"));
    QVERIFY(!gh.toJson().contains(QStringLiteral("ghp_secret")));
    QVERIFY(!gh.commandLine().contains(u"ghp_secret"));
}

void McpConfigTest::cursorWithRemoteServerAndEnvReferences()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LINEAR_TOKEN"), QStringLiteral("lin_123"));
    env.insert(QStringLiteral("WORKSPACE"), QStringLiteral("/home/me/src"));
    const McpImport i = McpImport::fromJson(R"({"mcpServers": {
        "linear": {"url": "https://mcp.linear.app/sse", "headers": {"Authorization": "Bearer ${env:LINEAR_TOKEN}", "X-Team": "core"}},
        "search": {"command": "uvx", "args": ["search-server", "${env:WORKSPACE}"]}}})",
                                            env);
    QCOMPARE(i.servers.size(), 2);
    const McpServerConfig &linear = i.servers.at(0);
    QVERIFY(linear.isHttp());
    QCOMPARE(linear.secretHeaders, QStringList{QStringLiteral("Authorization")});
    QCOMPARE(linear.headers.value(QStringLiteral("X-Team")), QStringLiteral("core"));
    QCOMPARE(i.secrets.value(QStringLiteral("linear\nAuthorization")), QStringLiteral("Bearer lin_123"));
    QCOMPARE(i.servers.at(1).args, (QStringList{QStringLiteral("search-server"), QStringLiteral("/home/me/src")}));
}

void McpConfigTest::vsCodeServersAndInputs()
{
    const McpImport i = McpImport::fromJson(R"({
        "inputs": [{"type": "promptString", "id": "perplexity-key", "description": "Perplexity API Key", "password": true}],
        "servers": {
          "Perplexity": {"type": "stdio", "command": "npx", "args": ["-y", "server-perplexity-ask"],
                         "env": {"PERPLEXITY_API_KEY": "${input:perplexity-key}"}},
          "fetch": {"type": "http", "url": "http://localhost:3000/mcp"},
          "local": {"type": "stdio", "command": "python", "args": ["server.py"], "envFile": "${workspaceFolder}/.env"}}})");
    QVERIFY(i.error.isEmpty());
    QCOMPARE(i.servers.size(), 3);
    QCOMPARE(i.servers.at(0).secretEnv, QStringList{QStringLiteral("PERPLEXITY_API_KEY")});
    QVERIFY(!i.secrets.contains(QStringLiteral("Perplexity\nPERPLEXITY_API_KEY"))); // no value to keep: asked for later
    QVERIFY(i.notes.join(u'\n').contains(u"pokee mcp secret Perplexity PERPLEXITY_API_KEY"));
    QVERIFY(i.servers.at(1).isHttp());
    QVERIFY(i.notes.join(u'\n').contains(u"envFile"));
}

void McpConfigTest::clineExtras()
{
    const McpImport i = McpImport::fromJson(R"({"mcpServers": {"weather": {"command": "node", "args": ["w.js"],
        "disabled": true, "autoApprove": ["get_forecast"], "timeout": 120}}})");
    QCOMPARE(i.servers.size(), 1);
    QVERIFY(!i.servers.first().enabled);
    QCOMPARE(i.servers.first().callTimeoutSeconds, 120);
    QVERIFY(i.notes.join(u'\n').contains(u"autoApprove"));
}

void McpConfigTest::whatIsNotAConfigurationIsSaid()
{
    QVERIFY(McpImport::fromJson("not json").error.contains(u"not a JSON object"));
    QVERIFY(McpImport::fromJson(R"({"servers": []})").error.contains(u"no servers"));
    const McpImport odd = McpImport::fromJson(R"({"mcpServers": {"x": {"note": "neither"}}})");
    QCOMPARE(odd.servers.size(), 0);
    QVERIFY(odd.notes.join(u'\n').contains(u"neither a command nor a url"));
    QVERIFY(!McpServerConfig::problemWithName(QStringLiteral("a.b")).isEmpty());
    QVERIFY(!McpServerConfig::problemWithName(QString(33, u'a')).isEmpty());
    QVERIFY(McpServerConfig::problemWithName(QStringLiteral("git-hub_2")).isEmpty());
}

void McpConfigTest::theStoreKeepsServersAndApprovals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp-servers.json"));
    {
        McpServerStore store(path);
        QCOMPARE(store.load(), QString()); // no file: no servers
        McpServerConfig s;
        s.name = QStringLiteral("everything");
        s.command = QStringLiteral("mcp-server-everything");
        s.args = {QStringLiteral("stdio")};
        s.env.insert(QStringLiteral("REGION"), QStringLiteral("eu"));
        s.secretEnv = {QStringLiteral("API_KEY")};
        store.put(s);
        store.approve(s);
        QCOMPARE(store.save(), QString());
    }
    McpServerStore store(path);
    QCOMPARE(store.load(), QString());
    QCOMPARE(store.servers().size(), 1);
    const McpServerConfig *s = store.find(QStringLiteral("everything"));
    QVERIFY(s);
    QCOMPARE(s->args, QStringList{QStringLiteral("stdio")});
    QCOMPARE(s->secretEnv, QStringList{QStringLiteral("API_KEY")});
    QVERIFY(store.isApproved(*s));
    QVERIFY(store.remove(QStringLiteral("everything")));
    QVERIFY(!store.find(QStringLiteral("everything")));

    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{oops") > 0);
    broken.close();
    QVERIFY(store.load().contains(u"not valid JSON"));
}

void McpConfigTest::consentFollowsTheDefinitionNotTheSecrets()
{
    McpServerConfig s;
    s.name = QStringLiteral("a");
    s.command = QStringLiteral("node");
    s.args = {QStringLiteral("server.js")};
    s.secretEnv = {QStringLiteral("TOKEN")};
    const QByteArray approved = s.definitionHash();
    McpServerConfig same = s;
    same.enabled = false; // switched off and on: the same server
    QCOMPARE(same.definitionHash(), approved);
    McpServerConfig moreArgs = s;
    moreArgs.args << QStringLiteral("--write");
    QVERIFY(moreArgs.definitionHash() != approved);
    McpServerConfig otherEnv = s;
    otherEnv.env.insert(QStringLiteral("NODE_OPTIONS"), QStringLiteral("--require evil.js"));
    QVERIFY(otherEnv.definitionHash() != approved);
    QCOMPARE(s.commandLine(), QStringLiteral("TOKEN=(from the keychain) node server.js"));
}

// Add… in the window: arguments one per line (spaces kept), NAME=VALUE or Name: value, secrets
// out of the configuration, and each mistake named.
void McpConfigTest::aServerTypedInIsReadLikeAnImport()
{
    McpImport i = McpImport::byHand({QStringLiteral("db"), QStringLiteral("uvx"), QStringLiteral("mcp-server-sqlite\n--db-path\n/home/me/My Data.db\n"),
                                     QStringLiteral("DB_PASSWORD=hunter2\nLOG=debug"), QStringLiteral("/home/me")});
    QVERIFY2(i.error.isEmpty(), qPrintable(i.error));
    QCOMPARE(i.servers.size(), 1);
    QCOMPARE(i.servers[0].args, (QStringList{QStringLiteral("mcp-server-sqlite"), QStringLiteral("--db-path"), QStringLiteral("/home/me/My Data.db")}));
    QCOMPARE(i.servers[0].workingDirectory, QStringLiteral("/home/me"));
    QCOMPARE(i.servers[0].env.value(QStringLiteral("LOG")), QStringLiteral("debug"));
    QVERIFY(!i.servers[0].env.contains(QStringLiteral("DB_PASSWORD")));
    QCOMPARE(i.secrets.value(QStringLiteral("db\nDB_PASSWORD")), QStringLiteral("hunter2"));

    i = McpImport::byHand({QStringLiteral("api"), QStringLiteral("https://mcp.example.com/mcp"), {},
                           QStringLiteral("Authorization: Bearer abc:def\nX-Team: blue"), {}});
    QVERIFY2(i.error.isEmpty(), qPrintable(i.error));
    QCOMPARE(i.servers[0].url, QStringLiteral("https://mcp.example.com/mcp"));
    QCOMPARE(i.servers[0].headers.value(QStringLiteral("X-Team")), QStringLiteral("blue"));
    QCOMPARE(i.secrets.value(QStringLiteral("api\nAuthorization")), QStringLiteral("Bearer abc:def"));

    QVERIFY(!McpImport::byHand({QStringLiteral("has space"), QStringLiteral("npx"), {}, {}, {}}).error.isEmpty());
    QVERIFY(McpImport::byHand({QStringLiteral("x"), QStringLiteral(" "), {}, {}, {}}).error.contains(u"command"));
    QVERIFY(McpImport::byHand({QStringLiteral("x"), QStringLiteral("npx"), {}, QStringLiteral("A=1\n\nno equals"), {}})
                .error.contains(u"line 3"));
    QVERIFY(McpImport::byHand({QStringLiteral("x"), QStringLiteral("https://h/mcp"), {}, QStringLiteral("NoColon"), {}})
                .error.contains(u"headers"));
}

QTEST_GUILESS_MAIN(McpConfigTest)
#include "McpConfigTest.moc"
