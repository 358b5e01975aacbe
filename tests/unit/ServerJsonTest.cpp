// The decoders of the server's session and /v1/responses answers: what a well-formed answer
// says arrives intact, and what a broken one says (wrong types, impossible times, a ttl of
// 1e308) is dropped or clamped rather than trusted. The fuzz target server_json checks their
// invariants over arbitrary bytes; this pins the values.

#include "session/ServerSession.h"
#include "tools/ResponseOutput.h"

#include <QJsonDocument>
#include <QTest>

using namespace pokee;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class ServerJsonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSessionAsTheServerDescribesIt()
    {
        const ServerSession s = ServerSession::fromJson(object(
            R"({"id":"ses_1","busy":true,"persistent":true,"ttl":86400,"created_at":1764000000,
                "last_active_at":1764000100.5,"current_response_id":"resp_9","metadata":{"progress":"2 of 5"}})"));
        QCOMPARE(s.id, u"ses_1");
        QVERIFY(s.busy);
        QCOMPARE(s.persistent, std::optional<bool>(true));
        QCOMPARE(s.ttlSeconds, std::optional<qint64>(86400));
        QCOMPARE(s.createdAtMs, qint64(1764000000000));
        QCOMPARE(s.lastActiveAtMs, qint64(1764000100000));
        QCOMPARE(s.currentResponseId, u"resp_9");
        QCOMPARE(s.metadata->value(u"progress").toString(), u"2 of 5");
    }

    void aBrokenSessionIsReadAsLittleAsItSays()
    {
        const ServerSession s = ServerSession::fromJson(object(
            R"({"id":"ses_x","busy":"yes","persistent":1,"ttl":1e308,"created_at":-5,"last_active_at":9e99,
                "current_response_id":"resp_1","metadata":[1]})"));
        QVERIFY2(!s.busy, "\"yes\" is not true");
        QVERIFY(!s.persistent.has_value());
        QCOMPARE(s.ttlSeconds, std::optional<qint64>(ServerSession::MaxTtlSeconds));
        QCOMPARE(s.createdAtMs, 0);
        QCOMPARE(s.lastActiveAtMs, 0);
        QVERIFY2(s.currentResponseId.isEmpty(), "an idle session runs no response");
        QVERIFY(!s.metadata.has_value());
        QCOMPARE(ServerSession::fromJson(object(R"({"ttl":-3})")).ttlSeconds, std::optional<qint64>(0));
    }

    void aListKeepsOnlyItemsThatNameASession()
    {
        const QList<ServerSession> list = ServerSession::listFromJson(
            QJsonDocument::fromJson("{\"data\":[{\"id\":\"a\"},{\"busy\":true},{\"id\":\"\"},\"x\",{\"id\":\"b\"}]}"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, u"a");
        QCOMPARE(list.at(1).id, u"b");
        QVERIFY(ServerSession::listFromJson(QJsonDocument::fromJson("<html>502</html>")).isEmpty());
    }

    void aResponsesAnswerInOrder()
    {
        const ResponseOutput out = ResponseOutput::fromJson(object(
            R"({"output":[{"type":"message","content":[{"type":"output_text","text":"Hel"},{"type":"refusal","refusal":"no"},
                                                        {"type":"output_text","text":"lo"}]},
                          {"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{\u0022city\u0022:\u0022Paris\u0022}"},
                          {"type":"reasoning"},"junk"],
                "usage":{"input_tokens":12,"output_tokens":-3}})"));
        QCOMPARE(out.items.size(), 4);
        QCOMPARE(out.items.at(0).kind, ResponseOutput::Item::Kind::Message);
        QCOMPARE(out.items.at(0).outputText, u"Hello");
        QCOMPARE(out.items.at(0).textParts, QStringList({QStringLiteral("Hel"), QStringLiteral("lo")}));
        QCOMPARE(out.items.at(2).kind, ResponseOutput::Item::Kind::Other);
        QCOMPARE(out.items.at(2).type, u"reasoning");
        const QList<ResponseOutput::Item> calls = out.functionCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).callId, u"call_1");
        QCOMPARE(calls.at(0).name, u"get_weather");
        QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"city":"Paris"})"));
        QCOMPARE(out.inputTokens, 12);
        QCOMPARE(out.outputTokens, -1); // a negative count is no count
    }
};

QTEST_GUILESS_MAIN(ServerJsonTest)
#include "ServerJsonTest.moc"
