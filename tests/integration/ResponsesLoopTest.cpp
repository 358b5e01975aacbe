// The stateless tool loop against the emulator: a call no rule answers waits for the user,
// the user's answer continues the loop to the model's text, and the history has every
// request and response with the function_call and function_call_output items re-sent.
#include "EmulatorProcess.h"

#include "api/ApiClient.h"
#include "tools/AuditLog.h"
#include "tools/ResponsesLoop.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

Q_DECLARE_METATYPE(QList<pokee::ResponsesLoop::Call>)

namespace {
QJsonArray weatherTools()
{
    return {QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("name"), QStringLiteral("get_weather")},
                        {QStringLiteral("parameters"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("properties"),
                                      QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}};
}
} // namespace

class ResponsesLoopTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<ResponsesLoop::Call>>();
        QVERIFY(test::startEmulator(m_emulator));
    }

    void anUnansweredCallWaitsThenTheLoopFinishes()
    {
        ApiClient api(m_emulator.endpoint());
        QTemporaryDir dir;
        ResponsesLoop loop(&api, RuleSet(), QStringLiteral("test"), dir.filePath(QStringLiteral("audit.jsonl")));
        QSignalSpy waiting(&loop, &ResponsesLoop::waitingForAnswers);
        QSignalSpy finished(&loop, &ResponsesLoop::finished);
        QSignalSpy failed(&loop, &ResponsesLoop::failed);
        const QJsonArray tools = weatherTools();
        loop.start({{QStringLiteral("input"), QStringLiteral("What is the weather in Paris?")}, {QStringLiteral("tools"), tools}});
        QVERIFY(waiting.wait(15000));
        QVERIFY(failed.isEmpty());
        const QList<ResponsesLoop::Call> calls = waiting.first().first().value<QList<ResponsesLoop::Call>>();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().name, QStringLiteral("get_weather"));
        QVERIFY(calls.first().arguments.contains(u"Paris"));
        loop.answerCalls({{calls.first().callId, QStringLiteral("user-typed-18C")}});
        QVERIFY(finished.wait(15000));
        // The second request re-sent the call and its output after the user's message.
        const QJsonArray history = loop.history();
        QCOMPARE(history.size(), 2);
        const QJsonArray input = history.at(1).toObject().value(u"request").toObject().value(u"input").toArray();
        QCOMPARE(input.size(), 3);
        QCOMPARE(input.at(0).toObject().value(u"role").toString(), QStringLiteral("user"));
        QCOMPARE(input.at(1).toObject().value(u"type").toString(), QStringLiteral("function_call"));
        QCOMPARE(input.at(2).toObject().value(u"type").toString(), QStringLiteral("function_call_output"));
        QCOMPARE(input.at(2).toObject().value(u"call_id").toString(), calls.first().callId);
        QCOMPARE(input.at(2).toObject().value(u"output").toString(), QStringLiteral("user-typed-18C"));
        // And the final answer is text that used it.
        const QJsonObject last = finished.first().first().toJsonObject();
        QVERIFY(QJsonDocument(last).toJson().contains("user-typed-18C"));
    }

    // A rule that wants approval drafts its answer for the user instead of sending it; the
    // audit log says so; the user's (here: unchanged) answer then continues the loop.
    void anApproveRuleDraftsForTheUser()
    {
        ApiClient api(m_emulator.endpoint());
        QTemporaryDir dir;
        RuleSet rules;
        QStringList errors;
        QVERIFY(RuleSet::parse(R"({"rules": [{"tool": "get_weather", "action": "reply",
            "template": "drafted ${args./location}", "approve": true}]})", rules, errors));
        const QString audit = dir.filePath(QStringLiteral("audit.jsonl"));
        ResponsesLoop loop(&api, rules, QStringLiteral("test"), audit);
        QSignalSpy waiting(&loop, &ResponsesLoop::waitingForAnswers);
        QSignalSpy finished(&loop, &ResponsesLoop::finished);
        const QJsonArray tools = weatherTools();
        loop.start({{QStringLiteral("input"), QStringLiteral("What is the weather in Oslo?")}, {QStringLiteral("tools"), tools}});
        QVERIFY(waiting.wait(15000));
        const QList<ResponsesLoop::Call> calls = waiting.first().first().value<QList<ResponsesLoop::Call>>();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().draft, QStringLiteral("drafted Oslo"));
        const QList<AuditEntry> entries = AuditLog(audit).entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.contains(u"drafted for approval"));
        QCOMPARE(loop.history().size(), 1); // nothing was sent for it
        loop.answerCalls({{calls.first().callId, calls.first().draft}});
        QVERIFY(finished.wait(15000));
        QVERIFY(QJsonDocument(finished.first().first().toJsonObject()).toJson().contains("drafted Oslo"));
    }

private:
    LocalEmulator m_emulator;
};

QTEST_GUILESS_MAIN(ResponsesLoopTest)
#include "ResponsesLoopTest.moc"
