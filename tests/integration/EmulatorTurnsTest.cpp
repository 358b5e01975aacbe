// pokee-emulator's turns over real HTTP: the wire format, 409, Idempotency-Key, resume,
// cancel, eviction, keep-alives and a turn that runs on without its client.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
QStringList types(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out << QString::fromUtf8(e.type);
    return out;
}
} // namespace

class EmulatorTurnsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1"),
                                            QStringLiteral("--eviction-grace-s"), QStringLiteral("2"),
                                            QStringLiteral("--keepalive-s"), QStringLiteral("1")}));
    }
    void streamIsInTheDocumentedWireFormat();
    void secondMessageWhileBusyGets409();
    void idempotencyKeyReturnsTheOriginalTurn();
    void idempotencyKeyWithAnotherBodyGets422();
    void resumeReplaysAfterLastEventId();
    void lastEventIdHeaderWinsOverQuery();
    void turnRunsOnWhenTheClientDisconnects();
    void cancelEndsInCancelledAlone();
    void bufferIsEvictedAfterGrace();
    void quietTurnSendsKeepAliveComments();
    void errorDirectiveEndsInMessageError();
    void badMessageBodiesGet400();

private:
    LocalEmulator m_emu;
};

void EmulatorTurnsTest::streamIsInTheDocumentedWireFormat()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto r = http.sendMessage(sid, QStringLiteral("Hello"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/event-stream"));
    const QByteArray rid = r.header("x-response-id");
    QVERIFY2(QRegularExpression(QStringLiteral("^msg_[0-9a-f]{24}$")).match(QString::fromLatin1(rid)).hasMatch(), rid);
    // Each event is exactly id:, event:, data: and a blank line.
    QVERIFY(r.body.startsWith("id: 0\nevent: message.created\ndata: {"));
    static const QRegularExpression frame(QStringLiteral("^id: (\\d+)\\nevent: ([a-z_.]+)\\ndata: (\\{.*\\})$"));
    const QStringList frames = QString::fromUtf8(r.body).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    QVERIFY(frames.size() > 20);
    qint64 expected = 0;
    for (const QString &f : frames) {
        if (f.startsWith(u':'))
            continue; // a keep-alive comment
        const auto m = frame.match(f);
        QVERIFY2(m.hasMatch(), qPrintable(f));
        QCOMPARE(m.captured(1).toLongLong(), expected);
        const QJsonObject data = QJsonDocument::fromJson(m.captured(3).toUtf8()).object();
        QCOMPARE(data.value(u"sequence_number").toInteger(), expected);
        ++expected;
    }
    const QList<SseEvent> events = r.events();
    const QJsonObject created = QJsonDocument::fromJson(events.first().data).object();
    QCOMPARE(created.value(u"id").toString().toLatin1(), rid);
    QCOMPARE(created.value(u"session_id").toString(), sid);
    QCOMPARE(created.value(u"status").toString(), QStringLiteral("in_progress"));
    const QStringList t = types(events);
    for (const char *kind : {"thinking.start", "thinking.delta", "thinking.stop", "text.start", "text.delta",
                             "text.stop", "tool_use.start", "tool_use.input_delta", "tool_use.executing",
                             "tool_result", "tool_use.stop"})
        QVERIFY2(t.contains(QString::fromLatin1(kind)), kind);
    QCOMPARE(t.last(), QStringLiteral("message.completed"));
    const QJsonObject done = QJsonDocument::fromJson(events.last().data).object();
    QCOMPARE(done.value(u"id").toString().toLatin1(), rid);
    QCOMPARE(done.value(u"status").toString(), QStringLiteral("completed"));
    QVERIFY(done.value(u"usage").toObject().value(u"output_tokens").toInt() > 0);
    // The answer has a heading, a list and a fenced code block.
    QString text;
    for (const SseEvent &e : events)
        if (e.type == "text.delta")
            text += QJsonDocument::fromJson(e.data).object().value(u"content").toString();
    QVERIFY(text.contains(u"## "));
    QVERIFY(text.contains(u"\n- "));
    QVERIFY(text.contains(u"```python"));
}

void EmulatorTurnsTest::secondMessageWhileBusyGets409()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QNetworkReply *first = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "[[duration=3]] long one"})");
    QTRY_VERIFY(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool());
    const QString running = http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"current_response_id").toString();
    const auto second = http.sendMessage(sid, QStringLiteral("another"));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorType(), QStringLiteral("session_busy"));
    QVERIFY(second.errorMessage().contains(running));
    const auto firstDone = HttpProbe::finish(first);
    QCOMPARE(types(firstDone.events()).last(), QStringLiteral("message.completed"));
    QTRY_VERIFY(!http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool(true));
    QCOMPARE(http.sendMessage(sid, QStringLiteral("now it is free")).status, 200);
}

void EmulatorTurnsTest::idempotencyKeyReturnsTheOriginalTurn()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    const test::Headers key{{"Idempotency-Key", "key-123"}};
    const auto a = http.sendMessage(sid, QStringLiteral("same"), key);
    const auto b = http.sendMessage(sid, QStringLiteral("same"), key);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QCOMPARE(b.header("x-response-id"), a.header("x-response-id"));
    QCOMPARE(b.body, a.body); // the original stream, replayed in full
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);
}

void EmulatorTurnsTest::idempotencyKeyWithAnotherBodyGets422()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const test::Headers key{{"Idempotency-Key", "key-422"}};
    QCOMPARE(http.sendMessage(sid, QStringLiteral("one body"), key).status, 200);
    const auto r = http.sendMessage(sid, QStringLiteral("another body"), key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorType(), QStringLiteral("idempotency_error"));
}

void EmulatorTurnsTest::resumeReplaysAfterLastEventId()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto full = http.sendMessage(sid, QStringLiteral("resume me"));
    const QString rid = QString::fromLatin1(full.header("x-response-id"));
    const QList<SseEvent> all = full.events();
    const auto tail = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid), {{"Last-Event-ID", "9"}});
    QCOMPARE(tail.status, 200);
    const QList<SseEvent> replay = tail.events();
    QCOMPARE(replay.size(), all.size() - 10);
    for (qsizetype i = 0; i < replay.size(); ++i) {
        QCOMPARE(replay.at(i).lastEventId, all.at(i + 10).lastEventId);
        QCOMPARE(replay.at(i).data, all.at(i + 10).data);
    }
    const auto fromStart = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid));
    QCOMPARE(fromStart.events().size(), all.size());
    const auto unknown = http.get(QStringLiteral("/v1/sessions/%1/responses/msg_000000000000000000000000/events").arg(sid));
    QCOMPARE(unknown.status, 404);
}

void EmulatorTurnsTest::lastEventIdHeaderWinsOverQuery()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto full = http.sendMessage(sid, QStringLiteral("ids"));
    const QString rid = QString::fromLatin1(full.header("x-response-id"));
    const QString path = QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid);
    const auto byQuery = http.get(path + QStringLiteral("?last_event_id=4"));
    QCOMPARE(byQuery.events().first().lastEventId, QByteArray("5"));
    const auto both = http.get(path + QStringLiteral("?last_event_id=4"), {{"Last-Event-ID", "7"}});
    QCOMPARE(both.events().first().lastEventId, QByteArray("8"));
}

void EmulatorTurnsTest::turnRunsOnWhenTheClientDisconnects()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "[[duration=1]] go on without me"})");
    QSignalSpy headers(reply, &QNetworkReply::metaDataChanged);
    QVERIFY(headers.wait());
    const QString rid = QString::fromLatin1(reply->rawHeader("X-Response-Id"));
    reply->abort(); // the client goes away
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(!http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool(true), 10000);
    const auto replay = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid));
    QCOMPARE(types(replay.events()).last(), QStringLiteral("message.completed"));
}

void EmulatorTurnsTest::cancelEndsInCancelledAlone()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "Write a 5000-word essay on cryptography"})");
    QSignalSpy headers(reply, &QNetworkReply::metaDataChanged);
    QVERIFY(headers.wait());
    const QString rid = QString::fromLatin1(reply->rawHeader("X-Response-Id"));
    const QString cancelPath = QStringLiteral("/v1/sessions/%1/responses/%2/cancel").arg(sid, rid);
    const auto first = http.post(cancelPath, {});
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json().value(u"status").toString(), QStringLiteral("cancelling"));
    QCOMPARE(first.json().value(u"response_id").toString(), rid);
    const auto stream = HttpProbe::finish(reply);
    const QStringList t = types(stream.events());
    QCOMPARE(t.last(), QStringLiteral("message.cancelled"));
    QVERIFY(!t.contains(QStringLiteral("message.completed")));
    const QJsonObject cancelled = QJsonDocument::fromJson(stream.events().last().data).object();
    QCOMPARE(cancelled.value(u"id").toString(), rid);
    QCOMPARE(cancelled.value(u"status").toString(), QStringLiteral("cancelled"));
    const auto second = http.post(cancelPath, {});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"status").toString(), QStringLiteral("already_complete"));
    // A resume after the cancel sees message.cancelled as the last event.
    const auto replay = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid));
    QCOMPARE(types(replay.events()).last(), QStringLiteral("message.cancelled"));
}

void EmulatorTurnsTest::bufferIsEvictedAfterGrace()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto done = http.sendMessage(sid, QStringLiteral("short"));
    const QString rid = QString::fromLatin1(done.header("x-response-id"));
    const QString events = QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid);
    const QString cancel = QStringLiteral("/v1/sessions/%1/responses/%2/cancel").arg(sid, rid);
    QCOMPARE(http.get(events).status, 200);
    QCOMPARE(http.post(cancel, {}).status, 200); // already_complete within the grace window
    QTRY_COMPARE_WITH_TIMEOUT(http.get(events).status, 404, 10000);
    QCOMPARE(http.post(cancel, {}).status, 404);
}

void EmulatorTurnsTest::quietTurnSendsKeepAliveComments()
{
    HttpProbe http(m_emu.endpoint());
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                       {QStringLiteral("name"), QStringLiteral("slow_lookup")},
                                       {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
    const QString sid = http.createSession({{QStringLiteral("tools"), tools}});
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "[[tool=slow_lookup]] wait for me"})");
    QByteArray seen;
    connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
    // Suspended on the tool call, the stream stays quiet but for ": ping" comments.
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains("event: tool_call.requested"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains("\n: ping\n"), 10000);
    reply->abort();
    reply->deleteLater();
}

void EmulatorTurnsTest::errorDirectiveEndsInMessageError()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto r = http.sendMessage(sid, QStringLiteral("[[error=disk full]] try"));
    const QList<SseEvent> events = r.events();
    QCOMPARE(events.last().type, QByteArray("message.error"));
    const QJsonObject data = QJsonDocument::fromJson(events.last().data).object();
    QCOMPARE(data.value(u"error").toString(), QStringLiteral("disk full"));
    QCOMPARE(data.value(u"id").toString().toLatin1(), r.header("x-response-id"));
}

void EmulatorTurnsTest::badMessageBodiesGet400()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const QString path = QStringLiteral("/v1/sessions/%1/messages").arg(sid);
    QCOMPARE(http.request("POST", path, "not json").status, 400);
    QCOMPARE(http.request("POST", path, R"({"message": 5})").status, 400);
    QCOMPARE(http.request("POST", path, R"({"text": "hi"})").status, 400);
    QCOMPARE(http.request("POST", path, R"({"message": ""})").status, 400);
    QCOMPARE(http.sendMessage(QStringLiteral("sess_missing"), QStringLiteral("hi")).status, 404);
}

QTEST_GUILESS_MAIN(EmulatorTurnsTest)
#include "EmulatorTurnsTest.moc"
