// The app answers the agent's calls with the user's MCP servers: a tool imported from the
// pinned server-everything (POKEE_MCP_BIN, installed by ./dev) that says it only reads is
// answered there without a word from the user, and the inbox shows which server answered; a
// tool that may change things waits for the user. Real emulator, real keychain, real server.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"

#include "shell/DesktopShell.h"

#include "mcp/McpServerStore.h"
#include "profiles/Profile.h"
#include "runtime/ProfileRuntime.h"
#include "runtime/ProfileServices.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/PendingToolCallModel.h"
#include "tools/ToolLibrary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

class McpInAppTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aReadOnlyImportedToolIsAnsweredByItsServer();

private:
    LocalEmulator m_emu;
    QTemporaryDir m_dir;
};

void McpInAppTest::initTestCase()
{
    const QString server = QDir(qEnvironmentVariable("POKEE_MCP_BIN")).filePath(QStringLiteral("mcp-server-everything"));
    if (qEnvironmentVariableIsEmpty("POKEE_MCP_BIN") || !QFile::exists(server))
        QFAIL("POKEE_MCP_BIN does not name the pinned MCP servers: run the tests with ./dev test, which installs them");
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("POKEE_API", m_emu.endpoint().baseUrl.toString().toUtf8());
    qputenv("POKEE_KEY", m_emu.endpoint().key.toUtf8());

    // The user's server, approved as `pokee mcp test` would, and two of its tools imported.
    mcp::McpServerStore store;
    QCOMPARE(store.load(), QString());
    mcp::McpServerConfig everything;
    everything.name = QStringLiteral("everything");
    everything.command = server;
    everything.args = {QStringLiteral("stdio")};
    store.put(everything);
    store.approve(everything);
    QCOMPARE(store.save(), QString());
    auto imported = [](const QString &name, bool readOnly) {
        ToolDefinition t;
        t.name = name;
        t.description = name;
        t.parameters = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        t.origin = {{QStringLiteral("mcp"), QJsonObject{{QStringLiteral("server"), QStringLiteral("everything")},
                                                         {QStringLiteral("tool"), name},
                                                         {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("readOnlyHint"), readOnly}}}}}};
        return t;
    };
    ToolLibrary library;
    ToolSet tools;
    tools.setTools({imported(QStringLiteral("get-sum"), true), imported(QStringLiteral("echo"), false)});
    library.setTools(tools);
    QCOMPARE(library.save(), QString());
}

void McpInAppTest::aReadOnlyImportedToolIsAnsweredByItsServer()
{
    ui::DesktopShell::Options options;
    options.profilesPath = m_dir.filePath(QStringLiteral("profiles.ini"));
    options.list = test::fastWindowPolls();
    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(!opened.isEmpty() || opened.wait(10000)); // the environment's profile opens at once
    ProfileRuntime *rt = shell.runtime(Profile::environmentName());
    QVERIFY(rt);
    QVERIFY(rt->mcpRouter());

    test::HttpProbe http(m_emu.endpoint());
    const QJsonArray sessionTools{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), QStringLiteral("get-sum")},
                    {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), QStringLiteral("echo")},
                    {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
    const QString sid = http.createSession({{QStringLiteral("tools"), sessionTools}});
    QSignalSpy finished(rt->turns(), &TurnManager::turnFinished);
    QVERIFY(rt->turns()->startTurn(sid, QStringLiteral(R"([[tool=get-sum {"a": 2, "b": 40}]] add them)")) != 0);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    PendingToolCallModel *calls = rt->services()->pendingCalls();
    QCOMPARE(calls->rowCount(), 1);
    QCOMPARE(calls->at(0).state, PendingToolCall::State::Sent);
    QVERIFY2(calls->at(0).message.contains(u"answered by MCP server everything (get-sum)"), qPrintable(calls->at(0).message));
    const QString rid = rt->journal()->turns(sid).constLast().responseId;
    QString received;
    for (const QJsonValue &v : http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json().value(u"events").toArray())
        if (v.toObject().value(u"event").toString() == u"tool_result")
            received = QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object().value(u"content").toString();
    QVERIFY2(received.contains(u"42"), qPrintable(received));

    // echo does not say it only reads: it waits for the user, in the inbox.
    finished.clear();
    QVERIFY(rt->turns()->startTurn(sid, QStringLiteral(R"([[tool=echo {"message": "hi"}]] say hi)")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 1, 30000);
    QCOMPARE(calls->at(calls->rowCount() - 1).state, PendingToolCall::State::Waiting);
}

QTEST_MAIN(McpInAppTest)
#include "McpInAppTest.moc"
