// The stateless POST /v1/responses on pokee-emulator: fields, errors, both tool shapes, the
// function-call loop, and the stateless cancel endpoint.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
const QByteArray WeatherFlat = R"({"type": "function", "name": "get_weather", "description": "Look up current weather for a city.",
  "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}})";
const QByteArray WeatherNested = R"({"type": "function", "function": {"name": "get_weather", "description": "Weather.",
  "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}})";
} // namespace

class EmulatorStatelessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--stateless-delay-ms"), QStringLiteral("10")})); }
    void plainQuestionGetsText();
    void toolLoopBothShapes_data();
    void toolLoopBothShapes();
    void toolChoiceVariants();
    void invalidRequestsGet400_data();
    void invalidRequestsGet400();
    void tokenCeilingAndStopSequences();
    void cancelInFlightThenAlreadyCompleteThen404();

private:
    LocalEmulator m_emu;
};

void EmulatorStatelessTest::plainQuestionGetsText()
{
    HttpProbe http(m_emu.endpoint());
    const auto r = http.request("POST", QStringLiteral("/v1/responses"),
                                R"({"input": "Say hello", "metadata": {"trace": "t1"}, "instructions": "Be brief.", "temperature": 0.2})");
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QVERIFY(o.value(u"id").toString().startsWith(u"resp_"));
    QCOMPARE(r.header("x-response-id"), o.value(u"id").toString().toLatin1());
    QCOMPARE(o.value(u"object").toString(), QStringLiteral("response"));
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("completed"));
    QCOMPARE(o.value(u"metadata").toObject().value(u"trace").toString(), QStringLiteral("t1"));
    QCOMPARE(o.value(u"max_output_tokens").toInt(), 4096);
    const QJsonObject item = o.value(u"output").toArray().first().toObject();
    QCOMPARE(item.value(u"type").toString(), QStringLiteral("message"));
    const QJsonObject part = item.value(u"content").toArray().first().toObject();
    QCOMPARE(part.value(u"type").toString(), QStringLiteral("output_text"));
    QVERIFY(part.value(u"text").toString().contains(u"Say hello"));
    const QJsonObject usage = o.value(u"usage").toObject();
    QCOMPARE(usage.value(u"total_tokens").toInt(), usage.value(u"input_tokens").toInt() + usage.value(u"output_tokens").toInt());
}

void EmulatorStatelessTest::toolLoopBothShapes_data()
{
    QTest::addColumn<QByteArray>("tool");
    QTest::newRow("flat") << WeatherFlat;
    QTest::newRow("nested") << WeatherNested;
}

void EmulatorStatelessTest::toolLoopBothShapes()
{
    QFETCH(QByteArray, tool);
    HttpProbe http(m_emu.endpoint());
    const auto first = http.request("POST", QStringLiteral("/v1/responses"),
                                    R"({"input": "What is the weather in Paris?", "tools": [)" + tool + "]}");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"stop_reason").toString(), QStringLiteral("tool_use"));
    const QJsonObject call = first.json().value(u"output").toArray().first().toObject();
    QCOMPARE(call.value(u"type").toString(), QStringLiteral("function_call"));
    QCOMPARE(call.value(u"name").toString(), QStringLiteral("get_weather"));
    QVERIFY(call.value(u"id").toString().startsWith(u"fc_"));
    const QJsonObject args = QJsonDocument::fromJson(call.value(u"arguments").toString().toUtf8()).object();
    QCOMPARE(args.value(u"location").toString(), QStringLiteral("Paris"));

    const QJsonArray input{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                       {QStringLiteral("content"), QStringLiteral("What is the weather in Paris?")}},
                           call,
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                       {QStringLiteral("call_id"), call.value(u"call_id")},
                                       {QStringLiteral("output"), QStringLiteral(R"({"temperature_c": 14, "condition": "cloudy"})")}}};
    const QJsonObject body{{QStringLiteral("input"), input},
                           {QStringLiteral("tools"), QJsonArray{QJsonDocument::fromJson(tool).object()}}};
    const auto second = http.post(QStringLiteral("/v1/responses"), body);
    QCOMPARE(second.status, 200);
    const QJsonObject message = second.json().value(u"output").toArray().first().toObject();
    QCOMPARE(message.value(u"type").toString(), QStringLiteral("message"));
    QVERIFY(message.value(u"content").toArray().first().toObject().value(u"text").toString().contains(u"cloudy"));
}

void EmulatorStatelessTest::toolChoiceVariants()
{
    HttpProbe http(m_emu.endpoint());
    auto first = [&](const QByteArray &choice) {
        const auto r = http.request("POST", QStringLiteral("/v1/responses"),
                                    R"({"input": "Tell me a joke", "tools": [)" + WeatherFlat + R"(], "tool_choice": )" + choice + "}");
        return r.json().value(u"output").toArray().first().toObject().value(u"type").toString();
    };
    QCOMPARE(first(R"("auto")"), QStringLiteral("message"));          // not asked for: no call
    QCOMPARE(first(R"("required")"), QStringLiteral("function_call")); // forced
    QCOMPARE(first(R"({"type": "function", "name": "get_weather"})"), QStringLiteral("function_call"));
    const auto none = http.request("POST", QStringLiteral("/v1/responses"),
                                   R"({"input": "weather in Paris?", "tool_choice": "none", "tools": [)" + WeatherFlat + "]}");
    QCOMPARE(none.json().value(u"output").toArray().first().toObject().value(u"type").toString(), QStringLiteral("message"));
}

void EmulatorStatelessTest::invalidRequestsGet400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("stream true") << QByteArray(R"({"input": "x", "stream": true})");
    QTest::newRow("no input") << QByteArray(R"({"tools": []})");
    QTest::newRow("input number") << QByteArray(R"({"input": 5})");
    QTest::newRow("bad tool_choice") << QByteArray(R"({"input": "x", "tool_choice": "sometimes"})");
    QTest::newRow("tool_choice unknown name") << QByteArray(R"({"input": "x", "tools": [)" + WeatherFlat + R"(], "tool_choice": {"type": "function", "name": "nope"}})");
    QTest::newRow("unknown tool type") << QByteArray(R"({"input": "x", "tools": [{"type": "web_search"}]})");
    QTest::newRow("max_output_tokens over ceiling") << QByteArray(R"({"input": "x", "max_output_tokens": 32001})");
    QTest::newRow("max_tokens zero") << QByteArray(R"({"input": "x", "max_tokens": 0})");
    QTest::newRow("temperature out of range") << QByteArray(R"({"input": "x", "temperature": 7})");
    QTest::newRow("stop not strings") << QByteArray(R"({"input": "x", "stop": [1]})");
    QTest::newRow("metadata not object") << QByteArray(R"({"input": "x", "metadata": "m"})");
    QTest::newRow("unknown item type") << QByteArray(R"({"input": [{"type": "image"}]})");
    QTest::newRow("not json") << QByteArray("{input:");
}

void EmulatorStatelessTest::invalidRequestsGet400()
{
    QFETCH(QByteArray, body);
    HttpProbe http(m_emu.endpoint());
    const auto r = http.request("POST", QStringLiteral("/v1/responses"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QStringLiteral("invalid_request_error"));
}

void EmulatorStatelessTest::tokenCeilingAndStopSequences()
{
    HttpProbe http(m_emu.endpoint());
    const auto capped = http.request("POST", QStringLiteral("/v1/responses"), R"({"input": "Say something long", "max_output_tokens": 3})");
    QCOMPARE(capped.json().value(u"status").toString(), QStringLiteral("incomplete"));
    QCOMPARE(capped.json().value(u"output").toArray().first().toObject().value(u"content").toArray().first()
                 .toObject().value(u"text").toString().size(), 12);
    const auto stopped = http.request("POST", QStringLiteral("/v1/responses"), R"({"input": "hello", "stop_sequences": ["model"]})");
    QCOMPARE(stopped.json().value(u"stop_reason").toString(), QStringLiteral("stop_sequence"));
    QVERIFY(!stopped.json().value(u"output").toArray().first().toObject().value(u"content").toArray().first()
                 .toObject().value(u"text").toString().contains(u"model"));
}

void EmulatorStatelessTest::cancelInFlightThenAlreadyCompleteThen404()
{
    LocalEmulator slow;
    QVERIFY(test::startEmulator(slow, {QStringLiteral("--stateless-delay-ms"), QStringLiteral("5000"),
                                       QStringLiteral("--eviction-grace-s"), QStringLiteral("1")}));
    HttpProbe http(slow.endpoint());
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/responses"), R"({"input": "think hard"})");
    QSignalSpy headers(reply, &QNetworkReply::metaDataChanged);
    QVERIFY(headers.wait());
    const QString rid = QString::fromLatin1(reply->rawHeader("X-Response-Id"));
    QVERIFY(rid.startsWith(u"resp_"));
    const auto cancel = http.post(QStringLiteral("/v1/responses/%1/cancel").arg(rid), {});
    QCOMPARE(cancel.status, 202);
    QCOMPARE(cancel.json().value(u"status").toString(), QStringLiteral("cancelling"));
    const auto body = HttpProbe::finish(reply);
    QCOMPARE(body.json().value(u"status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(body.json().value(u"usage").toObject().value(u"total_tokens").toInt(), 0); // not billed
    QCOMPARE(http.post(QStringLiteral("/v1/responses/%1/cancel").arg(rid), {}).json().value(u"status").toString(),
             QStringLiteral("already_complete"));
    QTRY_COMPARE_WITH_TIMEOUT(http.post(QStringLiteral("/v1/responses/%1/cancel").arg(rid), {}).status, 404, 10000);
}

QTEST_GUILESS_MAIN(EmulatorStatelessTest)
#include "EmulatorStatelessTest.moc"
