// Session tools on pokee-emulator: tool_call.requested with the tool_use events beside it,
// the suspended turn, POST tool_results (204, 400, 404) and the timeout.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
QJsonArray weatherTool()
{
    return {QJsonObject{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("name"), QStringLiteral("get_weather")},
        {QStringLiteral("description"), QStringLiteral("Look up current weather for a city.")},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"), QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("location")}}}}}};
}

// Reads a stream until an event of `type` has arrived; returns its data (empty on timeout).
QJsonObject waitForEvent(QNetworkReply *reply, QByteArray &seen, const QByteArray &type)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            seen += reply->readAll();
            QList<SseEvent> events;
            SseParser().feed(seen, events);
            for (const SseEvent &e : events)
                if (e.type == type)
                    found = QJsonDocument::fromJson(e.data).object();
            return !found.isEmpty();
        },
        15000);
    return found;
}
} // namespace

class EmulatorToolsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")})); }
    void weatherQuestionCallsTheToolAndResumesOnItsResult();
    void toolResultErrors();
    void objectOutputIsSerialised();
    void unansweredCallTimesOutWithMessageError();

private:
    LocalEmulator m_emu;
};

void EmulatorToolsTest::weatherQuestionCallsTheToolAndResumesOnItsResult()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), weatherTool()}});
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"external_tools").toArray().first()
                 .toObject().value(u"name").toString(), QStringLiteral("get_weather"));
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "What is the weather in Paris?"})");
    QByteArray seen;
    const QJsonObject call = waitForEvent(reply, seen, "tool_call.requested");
    QVERIFY(!call.isEmpty());
    const QString callId = call.value(u"tool_call_id").toString();
    QVERIFY(callId.startsWith(u"call_"));
    QCOMPARE(call.value(u"name").toString(), QStringLiteral("get_weather"));
    const QJsonObject args = QJsonDocument::fromJson(call.value(u"arguments").toString().toUtf8()).object();
    QCOMPARE(args.value(u"location").toString(), QStringLiteral("Paris"));
    // The standard tool_use events fire too, before the request.
    QVERIFY(seen.indexOf("event: tool_use.start") < seen.indexOf("event: tool_call.requested"));
    QVERIFY(seen.indexOf("event: tool_use.executing") < seen.indexOf("event: tool_call.requested"));
    // Suspended: nothing more until the result is posted.
    QVERIFY(!seen.contains("message.completed"));
    QVERIFY(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool());

    const auto posted = http.post(QStringLiteral("/v1/sessions/%1/tool_results").arg(sid),
                                  {{QStringLiteral("tool_call_id"), callId},
                                   {QStringLiteral("output"), QStringLiteral(R"({"temperature_c": 14})")},
                                   {QStringLiteral("is_error"), false}});
    QCOMPARE(posted.status, 204);
    const auto rest = HttpProbe::finish(reply);
    seen += rest.body;
    QList<SseEvent> events;
    SseParser().feed(seen, events);
    QCOMPARE(events.last().type, QByteArray("message.completed"));
    bool resultSeen = false;
    for (const SseEvent &e : events) {
        if (e.type == "tool_result") {
            const QJsonObject d = QJsonDocument::fromJson(e.data).object();
            resultSeen = d.value(u"content").toString() == u"{\"temperature_c\": 14}" && !d.value(u"is_error").toBool();
        }
    }
    QVERIFY(resultSeen);
    // Answered: the same id is now unknown.
    const auto again = http.post(QStringLiteral("/v1/sessions/%1/tool_results").arg(sid),
                                 {{QStringLiteral("tool_call_id"), callId}, {QStringLiteral("output"), QStringLiteral("x")}});
    QCOMPARE(again.status, 404);
}

void EmulatorToolsTest::toolResultErrors()
{
    HttpProbe http(m_emu.endpoint());
    const QString withTools = http.createSession({{QStringLiteral("tools"), weatherTool()}});
    const QString without = http.createSession();
    const QString path = QStringLiteral("/v1/sessions/%1/tool_results");
    QCOMPARE(http.post(path.arg(without), {{QStringLiteral("tool_call_id"), QStringLiteral("call_x")}}).status, 400);
    QCOMPARE(http.post(path.arg(withTools), {{QStringLiteral("output"), QStringLiteral("x")}}).status, 400);
    QCOMPARE(http.post(path.arg(withTools), {{QStringLiteral("tool_call_id"), QStringLiteral("call_unknown")}}).status, 404);
    QCOMPARE(http.request("POST", path.arg(withTools), "{oops").status, 400);
    QCOMPARE(http.post(path.arg(QStringLiteral("sess_gone")), {{QStringLiteral("tool_call_id"), QStringLiteral("c")}}).status, 404);
}

void EmulatorToolsTest::objectOutputIsSerialised()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), weatherTool()}});
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "[[tool=get_weather {\"location\": \"Oslo\"}]] go"})");
    QByteArray seen;
    const QJsonObject call = waitForEvent(reply, seen, "tool_call.requested");
    QVERIFY(!call.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(call.value(u"arguments").toString().toUtf8()).object().value(u"location").toString(),
             QStringLiteral("Oslo"));
    QCOMPARE(http.post(QStringLiteral("/v1/sessions/%1/tool_results").arg(sid),
                       {{QStringLiteral("tool_call_id"), call.value(u"tool_call_id")},
                        {QStringLiteral("output"), QJsonObject{{QStringLiteral("temperature_c"), 3}}},
                        {QStringLiteral("is_error"), true}})
                 .status,
             204);
    seen += HttpProbe::finish(reply).body;
    QList<SseEvent> events;
    SseParser().feed(seen, events);
    for (const SseEvent &e : events) {
        if (e.type == "tool_result") {
            const QJsonObject d = QJsonDocument::fromJson(e.data).object();
            QCOMPARE(d.value(u"content").toString(), QStringLiteral(R"({"temperature_c":3})"));
            QCOMPARE(d.value(u"is_error").toBool(), true);
        }
    }
}

void EmulatorToolsTest::unansweredCallTimesOutWithMessageError()
{
    LocalEmulator fast;
    QVERIFY(test::startEmulator(fast, {QStringLiteral("--tool-timeout-s"), QStringLiteral("1"),
                                       QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    HttpProbe http(fast.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), weatherTool()}});
    const auto r = http.sendMessage(sid, QStringLiteral("weather in Rome please"));
    const QList<SseEvent> events = r.events();
    QCOMPARE(events.last().type, QByteArray("message.error"));
    QString callId;
    bool errorResult = false;
    for (const SseEvent &e : events) {
        const QJsonObject d = QJsonDocument::fromJson(e.data).object();
        if (e.type == "tool_call.requested")
            callId = d.value(u"tool_call_id").toString();
        if (e.type == "tool_result")
            errorResult = d.value(u"is_error").toBool();
    }
    QVERIFY(errorResult);
    // Timed out: the id is no longer accepted.
    QCOMPARE(http.post(QStringLiteral("/v1/sessions/%1/tool_results").arg(sid),
                       {{QStringLiteral("tool_call_id"), callId}, {QStringLiteral("output"), QStringLiteral("late")}})
                 .status,
             404);
}

QTEST_GUILESS_MAIN(EmulatorToolsTest)
#include "EmulatorToolsTest.moc"
