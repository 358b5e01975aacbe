// The tool-call inbox against the emulator: a call nobody answers expires with its turn
// (message.error) and stays listed as expired; calls of two sessions at once are answered
// from one inbox, moving between them by keyboard; an answer the server no longer wants
// (404) is said plainly; arguments that are not JSON are shown as sent; an inbox with nothing
// in it says so instead of showing an empty list and two blank editors.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "tools/ToolInbox.h"
#include "common/EmptyState.h"
#include "runtime/AllPendingCalls.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "tools/PendingToolCallModel.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace pokee;

namespace {

QJsonArray weatherTools()
{
    return {QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("name"), QStringLiteral("get_weather")},
                        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
}

TurnStream::Options fast()
{
    TurnStream::Options o;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    return o;
}

} // namespace

class ToolInboxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Tool calls wait two seconds here instead of 300, so one can expire in a test.
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1"),
                                            QStringLiteral("--tool-timeout-s"), QStringLiteral("2")}));
    }
    void init()
    {
        m_api = std::make_unique<ApiClient>(m_emu.endpoint());
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(QStringLiteral(":memory:")));
        m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get(), fast());
        m_calls = std::make_unique<PendingToolCallModel>(m_turns.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_calls.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_all = std::make_unique<AllPendingCalls>();
        m_all->addProfile(QStringLiteral("test"), m_calls.get(), m_api.get());
        m_inbox = std::make_unique<ui::ToolInbox>(m_all.get());
        m_inbox->resize(500, 600);
    }
    void cleanup()
    {
        m_inbox.reset();
        m_all.reset();
        m_tester.reset();
        m_calls.reset();
        m_turns.reset();
        m_journal.reset();
        m_api.reset();
    }
    void unansweredCallExpiresWithItsTurn();
    void callsOfTwoSessionsAnsweredFromOneInbox();
    void answerTheServerNoLongerWantsIsSaidPlainly();
    void argumentsThatAreNotJsonAreShownAsSent();
    void emptyInboxSaysSoUntilACallComes();

private:
    QString rowText(int row) const { return m_inbox->list()->model()->index(row, 0).data().toString(); }

    LocalEmulator m_emu;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<PendingToolCallModel> m_calls;
    std::unique_ptr<AllPendingCalls> m_all;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ui::ToolInbox> m_inbox;
};

void ToolInboxTest::unansweredCallExpiresWithItsTurn()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), weatherTools()}});
    m_inbox->show();
    const qint64 turn = m_turns->startTurn(sid, QStringLiteral(R"([[tool=get_weather {"location": "Oslo"}]] weather?)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_calls->openCount(), 1, 10000);
    QCOMPARE(m_inbox->windowTitle(), QStringLiteral("Tool calls (1)"));
    QVERIFY2(rowText(0).endsWith(u"left · waiting"), qPrintable(rowText(0)));
    // Nobody answers: the server times the call out and the turn ends in message.error.
    QTRY_VERIFY_WITH_TIMEOUT(m_turns->runningTurn(sid) == 0, 15000);
    QCOMPARE(m_journal->turn(turn).state, QStringLiteral("failed"));
    QCOMPARE(m_calls->rowCount(), 1);
    QCOMPARE(m_calls->openCount(), 0);
    QCOMPARE(m_calls->at(0).state, PendingToolCall::State::Expired);
    QCOMPARE(rowText(0), QStringLiteral("get_weather · expired"));
    QVERIFY2(m_inbox->status()->text().contains(u"timed out"), qPrintable(m_inbox->status()->text()));
    QVERIFY(!m_inbox->sendButton()->isEnabled());
    QCOMPARE(m_inbox->windowTitle(), QStringLiteral("Tool calls"));
}

void ToolInboxTest::callsOfTwoSessionsAnsweredFromOneInbox()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString a = http.createSession({{QStringLiteral("tools"), weatherTools()}});
    const QString b = http.createSession({{QStringLiteral("tools"), weatherTools()}});
    // Two seconds are short: the calls are answered by the keyboard as soon as both are in.
    const qint64 turnA = m_turns->startTurn(a, QStringLiteral(R"([[tool=get_weather {"location": "Oslo"}]] weather?)"));
    const qint64 turnB = m_turns->startTurn(b, QStringLiteral(R"([[tool=get_weather {"location": "Rome"}]] weather?)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_calls->openCount(), 2, 10000);
    QCOMPARE(m_inbox->windowTitle(), QStringLiteral("Tool calls (2)"));
    m_inbox->open();
    QVERIFY(m_inbox->list()->hasFocus() || QGuiApplication::platformName() == u"offscreen");
    // The newest call that waits is the current one (nobody was typing an answer).
    QCOMPARE(m_inbox->list()->currentIndex().row(), 1);
    QTest::keyClick(m_inbox->answer(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_inbox->list()->currentIndex().row(), 0);
    const QString firstSession = m_calls->at(0).sessionId;
    // Alt+Down from the answer editor moves to the other session's call.
    QTest::keyClick(m_inbox->answer(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_inbox->list()->currentIndex().row(), 1);
    QVERIFY(m_calls->at(1).sessionId != firstSession);
    QVERIFY(m_inbox->arguments()->toPlainText().contains(m_calls->at(1).sessionId == a ? u"Oslo" : u"Rome"));
    m_inbox->answer()->setPlainText(QStringLiteral(R"({"answer_for": "second"})"));
    QCOMPARE(m_inbox->answerKind()->text(), QStringLiteral("Valid JSON: sent as it is."));
    QTest::keyClick(m_inbox->answer(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(m_inbox->answer(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_inbox->list()->currentIndex().row(), 0);
    m_inbox->answer()->setPlainText(QStringLiteral(R"({"answer_for": "first"})"));
    QTest::keyClick(m_inbox->answer(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_turns->runningTurn(a) == 0 && m_turns->runningTurn(b) == 0, 15000);
    QCOMPARE(m_journal->turn(turnA).state, QStringLiteral("completed"));
    QCOMPARE(m_journal->turn(turnB).state, QStringLiteral("completed"));
    // Each session's agent got its own answer.
    auto answered = [&](qint64 turn) {
        QString all;
        for (const TurnEvent &e : m_journal->events(turn))
            if (e.type == u"text.delta")
                all += e.data.value(u"content").toString();
        return all;
    };
    const bool aWasFirst = firstSession == a;
    QVERIFY(answered(turnA).contains(aWasFirst ? u"first" : u"second"));
    QVERIFY(answered(turnB).contains(aWasFirst ? u"second" : u"first"));
    QCOMPARE(m_calls->openCount(), 0);
    QCOMPARE(rowText(0), QStringLiteral("get_weather · sent"));
    QCOMPARE(rowText(1), QStringLiteral("get_weather · sent"));
}

void ToolInboxTest::answerTheServerNoLongerWantsIsSaidPlainly()
{
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), weatherTools()}});
    // A call the server never asked (or already forgot): its answer meets a real 404.
    TurnEvent e;
    e.seq = 0;
    e.type = QStringLiteral("tool_call.requested");
    e.data = QJsonObject{{QStringLiteral("tool_call_id"), QStringLiteral("call_forgotten")},
                         {QStringLiteral("name"), QStringLiteral("get_weather")},
                         {QStringLiteral("arguments"), QStringLiteral(R"({"location": "Nice"})")}};
    Q_EMIT m_turns->eventsReceived(sid, 77, QStringLiteral("msg_x"), {e});
    QCOMPARE(m_calls->openCount(), 1);
    m_inbox->showCall(QStringLiteral("call_forgotten"));
    m_inbox->answer()->setPlainText(QStringLiteral("14 degrees"));
    QVERIFY2(m_inbox->answerKind()->text().startsWith(u"Plain text (not JSON: line 1, column"), qPrintable(m_inbox->answerKind()->text()));
    m_inbox->send(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_calls->at(0).state, PendingToolCall::State::Expired, 10000);
    QVERIFY2(m_inbox->status()->text().contains(u"already answered"), qPrintable(m_inbox->status()->text()));
    QCOMPARE(rowText(0), QStringLiteral("get_weather · expired"));
}

void ToolInboxTest::argumentsThatAreNotJsonAreShownAsSent()
{
    TurnEvent e;
    e.seq = 0;
    e.type = QStringLiteral("tool_call.requested");
    e.data = QJsonObject{{QStringLiteral("tool_call_id"), QStringLiteral("call_raw")},
                         {QStringLiteral("name"), QStringLiteral("get_weather")},
                         {QStringLiteral("arguments"), QStringLiteral("{location: Paris")}};
    Q_EMIT m_turns->eventsReceived(QStringLiteral("sess_raw"), 78, QStringLiteral("msg_y"), {e});
    m_inbox->showCall(QStringLiteral("call_raw"));
    const QString shown = m_inbox->arguments()->toPlainText();
    QVERIFY2(shown.contains(u"not valid JSON") && shown.contains(u"line 1, column 2"), qPrintable(shown));
    QVERIFY(shown.endsWith(u"{location: Paris"));
    QVERIFY(m_inbox->sendButton()->isEnabled()); // it can still be answered
}

void ToolInboxTest::emptyInboxSaysSoUntilACallComes()
{
    m_inbox->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inbox.get()));
    QVERIFY(m_inbox->emptyState()->isVisible());
    QCOMPARE(m_inbox->emptyState()->title(), QStringLiteral("No tool call is waiting"));
    QVERIFY(m_inbox->emptyState()->explanation().contains(u"Rules and your MCP servers"));
    QVERIFY(!m_inbox->list()->isVisible());
    QVERIFY(!m_inbox->arguments()->isVisible());
    QVERIFY(!m_inbox->answer()->isVisible());

    TurnEvent e;
    e.seq = 0;
    e.type = QStringLiteral("tool_call.requested");
    e.data = QJsonObject{{QStringLiteral("tool_call_id"), QStringLiteral("call_first")},
                         {QStringLiteral("name"), QStringLiteral("get_weather")},
                         {QStringLiteral("arguments"), QStringLiteral("{\"location\": \"Paris\"}")}};
    Q_EMIT m_turns->eventsReceived(QStringLiteral("sess_first"), 78, QStringLiteral("msg_f"), {e});
    QVERIFY(!m_inbox->emptyState()->isVisible());
    QVERIFY(m_inbox->list()->isVisible());
    QVERIFY(m_inbox->answer()->isVisible());
    QVERIFY(m_inbox->arguments()->toPlainText().contains(u"Paris"));
}

QTEST_MAIN(ToolInboxTest)
#include "ToolInboxTest.moc"
