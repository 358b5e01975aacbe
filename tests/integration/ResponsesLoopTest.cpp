// The stateless tool loop against the emulator: a call no rule answers waits for the user,
// the user's answer continues the loop to the model's text, and the history has every
// request and response with the function_call and function_call_output items re-sent.
#include "EmulatorProcess.h"

#include "api/ApiClient.h"
#include "tools/ResponsesLoop.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

Q_DECLARE_METATYPE(QList<pokee::ResponsesLoop::Call>)

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
        const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                           {QStringLiteral("name"), QStringLiteral("get_weather")},
                                           {QStringLiteral("parameters"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                        {QStringLiteral("properties"),
                                                         QJsonObject{{QStringLiteral("location"),
                                                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}};
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

private:
    LocalEmulator m_emulator;
};

QTEST_GUILESS_MAIN(ResponsesLoopTest)
#include "ResponsesLoopTest.moc"
