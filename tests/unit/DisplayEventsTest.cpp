// A finished turn's display events fold to exactly the blocks its raw events fold to: the
// transcript a user sees after reopening a session is the one they watched stream in.
#include "EventFactory.h"

#include "models/TranscriptModel.h"
#include "store/DisplayEvents.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QTest>

using namespace pokee;
using test::event;

namespace {

// A turn with every kind of block, deltas of three kinds, a raw (non-JSON) event between two
// runs of text, multi-byte text, and a tool call.
QList<TurnEvent> richTurn()
{
    QList<TurnEvent> e;
    qint64 s = 0;
    e << event(s++, "message.created", R"({"id":"msg_1"})");
    e << event(s++, "thinking.start");
    for (int i = 0; i < 5; ++i)
        e << event(s++, "thinking.delta", QStringLiteral(R"({"content":"step %1; "})").arg(i).toUtf8());
    e << event(s++, "thinking.stop");
    e << event(s++, "agent.heartbeat", R"({"note":"a type the transcript does not know","n":1})");
    e << event(s++, "text.start");
    for (int i = 0; i < 50; ++i, ++s)
        e << event(s, "text.delta", QStringLiteral(R"({"content":"wörd%1 ✓ ","sequence_number":%2})").arg(i).arg(s).toUtf8());
    e << event(s++, "text.delta", "this is not JSON");
    e << event(s++, "text.delta", R"({"content":"after the raw one"})");
    e << event(s++, "text.delta", R"({"content":" and more\n\n```py\nx = 1\n```"})");
    e << event(s++, "text.delta", R"({"content":42})"); // not text: kept as it is, not merged
    e << event(s++, "text.stop");
    e << event(s++, "tool_use.start", R"({"id":"tu_1","name":"web_search"})");
    // The tool's input arrives as JSON text in pieces: {"q":"qt"}
    e << event(s++, "tool_use.input_delta", "{\"content\":\"{\\\"q\\\":\"}");
    e << event(s++, "tool_use.input_delta", "{\"content\":\"\\\"qt\\\"}\"}");
    e << event(s++, "tool_use.executing", R"({"id":"tu_1"})");
    e << event(s++, "tool_use.stop", R"({"id":"tu_1","output":"3 results"})");
    e << event(s++, "tool_call.requested",
               "{\"tool_call_id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}");
    e << event(s++, "text.start");
    e << event(s++, "text.delta", R"({"content":"Paris: "})");
    e << event(s++, "text.delta", R"({"content":"cloudy"})");
    e << event(s++, "text.stop");
    e << event(s++, "message.completed", R"({"id":"msg_1","usage":{"input_tokens":3,"output_tokens":9}})");
    return e;
}

QStringList foldedBlocks(const QList<TurnEvent> &events)
{
    TranscriptModel m;
    m.appendPrompt(QStringLiteral("the prompt"));
    for (const TurnEvent &e : events)
        m.applyEvent(QStringLiteral("msg_1"), e);
    QStringList out;
    for (const TranscriptBlock &b : m.blocks())
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                   .arg(int(b.kind))
                   .arg(b.text, b.toolId, b.toolName, b.toolInput, b.toolResult, b.status)
                   .arg(b.open)
                   .arg(QString::fromUtf8(QJsonDocument(b.usage).toJson(QJsonDocument::Compact)));
    return out;
}

} // namespace

class DisplayEventsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsToTheSameBlocks()
    {
        const QList<TurnEvent> raw = richTurn();
        DisplayEvents display;
        display.add(raw);
        QList<TurnEvent> decoded;
        QVERIFY(DisplayEvents::decode(display.encode(), decoded));
        QCOMPARE(foldedBlocks(decoded), foldedBlocks(raw));
        QVERIFY2(decoded.size() < raw.size() / 3, qPrintable(QString::number(decoded.size())));
    }

    void addedInBatchesIsTheSameAsAtOnce()
    {
        // As TurnManager builds it: batch by batch, as the network delivers.
        const QList<TurnEvent> raw = richTurn();
        DisplayEvents whole, batched;
        whole.add(raw);
        for (qsizetype i = 0; i < raw.size(); i += 7)
            batched.add(raw.mid(i, 7));
        QCOMPARE(batched.encode(), whole.encode());
    }

    void runsDoNotCrossKinds()
    {
        DisplayEvents d;
        d.add(QList<TurnEvent>{test::event(0, "text.delta", R"({"content":"a"})"),
                               test::event(1, "thinking.delta", R"({"content":"b"})"),
                               test::event(2, "text.delta", R"({"content":"c"})"),
                               test::event(3, "text.delta", R"({"content":"d"})")});
        const QList<TurnEvent> out = d.events();
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).data.value(u"content").toString(), QStringLiteral("a"));
        QCOMPARE(out.at(2).data.value(u"content").toString(), QStringLiteral("cd"));
    }

    void garbageIsRefused()
    {
        QList<TurnEvent> out;
        QVERIFY(!DisplayEvents::decode("not json", out));
        QVERIFY(!DisplayEvents::decode("{}", out));
        QVERIFY(!DisplayEvents::decode("[1]", out));
        QVERIFY(!DisplayEvents::decode(R"([{"data":{}}])", out));
        QVERIFY(DisplayEvents::decode("[]", out));
        QVERIFY(out.isEmpty());
    }

    void journalKeepsThemWithTheFinishedTurn()
    {
        Journal j;
        QVERIFY(j.open(QStringLiteral(":memory:")));
        const qint64 t = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
        QVERIFY(j.appendEvents(t, richTurn()));
        QVERIFY(j.turnsForDisplay(QStringLiteral("s")).first().display.isEmpty()); // open: none yet
        DisplayEvents d;
        d.add(richTurn());
        QVERIFY(j.finishTurn(t, QStringLiteral("completed"), {}, {}, d.encode()));
        QCOMPARE(j.turnsForDisplay(QStringLiteral("s")).first().display, d.encode());
        // The raw events are all still there, for exports and the inspector.
        QCOMPARE(j.events(t).size(), richTurn().size());
        // And turns() does not carry the blob around.
        QVERIFY(j.turns(QStringLiteral("s")).first().display.isEmpty());
        // Backfilled for a turn finished without them.
        const qint64 t2 = j.beginTurn(QStringLiteral("s"), QStringLiteral("p2"), QStringLiteral("k2"));
        QVERIFY(j.finishTurn(t2, QStringLiteral("completed"), {}, {}));
        QVERIFY(j.setTurnDisplays({{t2, QByteArrayLiteral("[]")}}));
        QCOMPARE(j.turnsForDisplay(QStringLiteral("s")).last().display, QByteArrayLiteral("[]"));
    }
};

QTEST_GUILESS_MAIN(DisplayEventsTest)
#include "DisplayEventsTest.moc"
