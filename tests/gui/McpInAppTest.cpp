// The app answers the agent's calls with the user's MCP servers: a tool imported from the
// pinned server-everything (POKEE_MCP_BIN, installed by ./dev) that says it only reads is
// answered there without a word from the user, and the inbox shows which server answered; a
// tool that may change things waits for the user in the inbox, which names the server and the
// tool's hints; Approve runs it there (with its progress shown, and the answer read and edited
// first when the user asks to), and "once per session" asks once in each session. Real
// emulator, real keychain, real server, the real window's inbox.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"

#include "shell/DesktopShell.h"
#include "shell/MainWindow.h"
#include "tools/McpCallPanel.h"
#include "tools/ToolInbox.h"

#include "mcp/McpServerStore.h"
#include "profiles/Profile.h"
#include "runtime/ProfileRuntime.h"
#include "runtime/ProfileServices.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/PendingToolCallModel.h"
#include "tools/ToolLibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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
    void theInboxApprovesACallWithProgressAndAnEditableAnswer();
    void oncePerSessionAsksOnceInEachSession();

private:
    // The app as a user starts it, on the environment's profile (opened at once); null on failure.
    std::unique_ptr<ui::DesktopShell> openApp();
    // What the emulator's agent received as the result of its tool call in `sid`'s last turn.
    QString toolResultReceived(ProfileRuntime *rt, const QString &sid);

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
    tools.setTools({imported(QStringLiteral("get-sum"), true), imported(QStringLiteral("echo"), false),
                    imported(QStringLiteral("trigger-long-running-operation"), false)});
    library.setTools(tools);
    QCOMPARE(library.save(), QString());
}

void McpInAppTest::aReadOnlyImportedToolIsAnsweredByItsServer()
{
    std::unique_ptr<ui::DesktopShell> shell = openApp();
    QVERIFY(shell);
    ProfileRuntime *rt = shell->runtime(Profile::environmentName());
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

std::unique_ptr<ui::DesktopShell> McpInAppTest::openApp()
{
    ui::DesktopShell::Options options;
    options.profilesPath = m_dir.filePath(QStringLiteral("profiles.ini"));
    options.list = test::fastWindowPolls();
    auto shell = std::make_unique<ui::DesktopShell>(options);
    QSignalSpy opened(shell.get(), &ui::DesktopShell::profileOpened);
    shell->start();
    if (opened.isEmpty() && !opened.wait(10000))
        return nullptr;
    return shell;
}

QString McpInAppTest::toolResultReceived(ProfileRuntime *rt, const QString &sid)
{
    test::HttpProbe http(m_emu.endpoint());
    const QString rid = rt->journal()->turns(sid).constLast().responseId;
    QString received;
    for (const QJsonValue &v : http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json().value(u"events").toArray())
        if (v.toObject().value(u"event").toString() == u"tool_result")
            received = QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object().value(u"content").toString();
    return received;
}

namespace {
// The row of the call whose arguments hold `words` (calls an earlier test left open are listed too).
int rowWith(const PendingToolCallModel *calls, const QString &words)
{
    for (int row = calls->rowCount() - 1; row >= 0; --row)
        if (calls->at(row).arguments.contains(words))
            return row;
    return -1;
}

QJsonArray sessionTools(const QStringList &names)
{
    QJsonArray tools;
    for (const QString &n : names)
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), n},
                                 {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}});
    return tools;
}
} // namespace

void McpInAppTest::theInboxApprovesACallWithProgressAndAnEditableAnswer()
{
    std::unique_ptr<ui::DesktopShell> shell = openApp();
    QVERIFY(shell);
    ProfileRuntime *rt = shell->runtime(Profile::environmentName());
    QVERIFY(rt);
    ui::ToolInbox *inbox = shell->window()->inbox();
    ui::McpCallPanel *panel = inbox->mcpPanel();
    PendingToolCallModel *calls = rt->services()->pendingCalls();
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), sessionTools({QStringLiteral("echo"),
                                                                                    QStringLiteral("trigger-long-running-operation")})}});

    // echo may change things (it does not say otherwise): the inbox asks, naming the server.
    QSignalSpy finished(rt->turns(), &TurnManager::turnFinished);
    QVERIFY(rt->turns()->startTurn(sid, QStringLiteral(R"([[tool=echo {"message": "approved"}]] say it)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(calls, QStringLiteral("approved")) >= 0, 30000);
    const QString echoCall = calls->at(rowWith(calls, QStringLiteral("approved"))).toolCallId;
    inbox->showCall(echoCall);
    QTRY_VERIFY(panel->isVisibleTo(inbox));
    QVERIFY2(panel->route()->text().contains(u"everything") && panel->route()->text().contains(u"may change or delete things"),
             qPrintable(panel->route()->text()));
    QCOMPARE(panel->approval()->currentIndex(), 0); // ask every time
    panel->reviewFirst()->setChecked(false);
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    QCOMPARE(calls->at(calls->rowOf(echoCall)).state, PendingToolCall::State::Sent);
    QCOMPARE(toolResultReceived(rt, sid), QStringLiteral("Echo: approved"));

    // A long operation, its answer read first: its progress shows while it runs, and what the
    // user edits is what the agent gets.
    finished.clear();
    QVERIFY(rt->turns()->startTurn(sid, QStringLiteral(R"([[tool=trigger-long-running-operation {"duration": 2, "steps": 4}]] go)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(calls, QStringLiteral("duration")) >= 0, 30000);
    const QString longCall = calls->at(rowWith(calls, QStringLiteral("duration"))).toolCallId;
    inbox->showCall(longCall);
    QTRY_VERIFY(panel->approveButton()->isEnabled());
    panel->reviewFirst()->setChecked(true);
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QVERIFY(!panel->approveButton()->isEnabled()); // running
    QTRY_VERIFY_WITH_TIMEOUT(panel->progress()->isVisible() && panel->progress()->maximum() == 1000 &&
                                 panel->progress()->value() > 0,
                             20000);
    QVERIFY2(panel->progressText()->text().contains(u"of 4") || !panel->progressText()->text().isEmpty(),
             qPrintable(panel->progressText()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->answer()->toPlainText().contains(u"Long running operation completed"), 30000);
    QCOMPARE(calls->at(calls->rowOf(longCall)).state, PendingToolCall::State::Drafted); // waits for the user, not sent
    QVERIFY(!panel->progress()->isVisible());
    inbox->answer()->setPlainText(QStringLiteral("Done, said the user."));
    QTest::mouseClick(inbox->sendButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(toolResultReceived(rt, sid), QStringLiteral("Done, said the user."));
}

void McpInAppTest::oncePerSessionAsksOnceInEachSession()
{
    std::unique_ptr<ui::DesktopShell> shell = openApp();
    QVERIFY(shell);
    ProfileRuntime *rt = shell->runtime(Profile::environmentName());
    ui::ToolInbox *inbox = shell->window()->inbox();
    ui::McpCallPanel *panel = inbox->mcpPanel();
    PendingToolCallModel *calls = rt->services()->pendingCalls();
    test::HttpProbe http(m_emu.endpoint());
    const QString first = http.createSession({{QStringLiteral("tools"), sessionTools({QStringLiteral("echo")})}});
    const QString second = http.createSession({{QStringLiteral("tools"), sessionTools({QStringLiteral("echo")})}});

    QSignalSpy finished(rt->turns(), &TurnManager::turnFinished);
    QVERIFY(rt->turns()->startTurn(first, QStringLiteral(R"([[tool=echo {"message": "one"}]] a)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(calls, QStringLiteral("one")) >= 0, 30000);
    inbox->showCall(calls->at(rowWith(calls, QStringLiteral("one"))).toolCallId);
    QTRY_VERIFY(panel->approval()->isVisible());
    // The user chooses "once per session" in the inbox: kept in the tool library.
    panel->approval()->setCurrentIndex(1);
    Q_EMIT panel->approval()->activated(1);
    ToolLibrary library;
    QStringList errors;
    QVERIFY(library.load(errors));
    QCOMPARE(library.find(QStringLiteral("echo"))->origin.value(u"mcp").toObject().value(u"approval").toString(),
             QStringLiteral("session"));
    panel->reviewFirst()->setChecked(false);
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(toolResultReceived(rt, first), QStringLiteral("Echo: one"));

    // The same session again: answered without asking.
    finished.clear();
    QVERIFY(rt->turns()->startTurn(first, QStringLiteral(R"([[tool=echo {"message": "two"}]] b)")) != 0);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    QCOMPARE(toolResultReceived(rt, first), QStringLiteral("Echo: two"));
    QCOMPARE(calls->at(rowWith(calls, QStringLiteral("two"))).state, PendingToolCall::State::Sent);

    // Another session: asked again.
    finished.clear();
    QVERIFY(rt->turns()->startTurn(second, QStringLiteral(R"([[tool=echo {"message": "three"}]] c)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(calls, QStringLiteral("three")) >= 0, 30000);
    const PendingToolCall &third = calls->at(rowWith(calls, QStringLiteral("three")));
    QTRY_COMPARE(third.mcpServer, QStringLiteral("everything"));
    QCOMPARE(third.state, PendingToolCall::State::Waiting);
    QCOMPARE(third.mcpApproval, QStringLiteral("session"));
}

QTEST_MAIN(McpInAppTest)
#include "McpInAppTest.moc"
