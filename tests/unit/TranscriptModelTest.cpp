// TranscriptModel folds events into the blocks a user sees, the same way however the events
// arrive, and reports only the block an event touched.
#include "models/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using Kind = TranscriptBlock::Kind;

namespace {
TurnEvent ev(qint64 seq, const char *type, const QByteArray &data = "{}")
{
    SseEvent s;
    s.lastEventId = QByteArray::number(seq);
    s.type = type;
    s.data = data;
    return TurnEvent::fromSse(s);
}

QList<TurnEvent> fullTurn()
{
    return {ev(0, "message.created", "{\"id\":\"msg_1\"}"),
            ev(1, "thinking.start"),
            ev(2, "thinking.delta", "{\"content\":\"Let me \"}"),
            ev(3, "thinking.delta", "{\"content\":\"think.\"}"),
            ev(4, "thinking.stop"),
            ev(5, "tool_use.start", "{\"name\":\"Bash\",\"id\":\"toolu_1\"}"),
            ev(6, "tool_use.input_delta", "{\"content\":\"{\\\"command\\\":\"}"),
            ev(7, "tool_use.input_delta", "{\"content\":\" \\\"ls\\\"}\"}"),
            ev(8, "tool_use.executing", "{\"name\":\"Bash\",\"id\":\"toolu_1\",\"input\":{\"command\":\"ls\"}}"),
            ev(9, "tool_result", "{\"id\":\"toolu_1\",\"content\":\"a.txt\",\"is_error\":false}"),
            ev(10, "tool_use.stop"),
            ev(11, "tool_call.requested", "{\"tool_call_id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}"),
            ev(12, "text.start"),
            ev(13, "text.delta", "{\"content\":\"Hello \"}"),
            ev(14, "text.delta", "{\"content\":\"world\"}"),
            ev(15, "text.stop"),
            ev(16, "message.completed", "{\"id\":\"msg_1\",\"usage\":{\"output_tokens\":5}}")};
}
} // namespace

class TranscriptModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsEveryKindOfEvent()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model);
        model.appendPrompt(QStringLiteral("hi"));
        for (const TurnEvent &e : fullTurn())
            model.applyEvent(QStringLiteral("msg_1"), e);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.block(0).kind, Kind::UserPrompt);
        QCOMPARE(model.block(1).kind, Kind::Thinking);
        QCOMPARE(model.block(1).text, QStringLiteral("Let me think."));
        QVERIFY(!model.block(1).open);
        const TranscriptBlock &tool = model.block(2);
        QCOMPARE(tool.kind, Kind::ToolUse);
        QCOMPARE(tool.toolName, QStringLiteral("Bash"));
        QVERIFY(tool.toolInput.contains(u"\"command\""));
        QCOMPARE(tool.toolResult, QStringLiteral("a.txt"));
        QVERIFY(tool.toolHasResult && !tool.toolError);
        QCOMPARE(model.block(3).kind, Kind::ToolCall);
        QCOMPARE(model.block(3).toolId, QStringLiteral("call_1"));
        QCOMPARE(model.block(4).text, QStringLiteral("Hello world"));
        QCOMPARE(model.block(5).status, QStringLiteral("completed"));
        QCOMPARE(model.block(5).usage.value(u"output_tokens").toInt(), 5);
        QCOMPARE(model.lastAnswerText(), QStringLiteral("Hello world"));
    }

    void aDeltaChangesOnlyItsBlock()
    {
        TranscriptModel model;
        model.appendPrompt(QStringLiteral("hi"));
        const QList<TurnEvent> events = fullTurn();
        for (int i = 0; i < 14; ++i)
            model.applyEvent(QStringLiteral("msg_1"), events.at(i));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyEvent(QStringLiteral("msg_1"), events.at(14)); // a text.delta
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
    }

    void errorsCancelAndRawBlocks()
    {
        TranscriptModel model;
        model.applyEvent({}, ev(0, "tool_use.start", "{\"name\":\"Bash\",\"id\":\"t\"}"));
        model.applyEvent({}, ev(1, "tool_result", "{\"id\":\"t\",\"content\":\"boom\",\"is_error\":true}"));
        model.applyEvent({}, ev(2, "surprise.event", "{\"x\":1}"));
        model.applyEvent({}, ev(3, "text.delta", "not json"));
        model.applyEvent({}, ev(4, "message.error", "{\"error\":\"disk full\"}"));
        QVERIFY(model.block(0).toolError);
        QCOMPARE(model.block(1).kind, Kind::Raw);
        QCOMPARE(model.block(1).toolName, QStringLiteral("surprise.event"));
        QCOMPARE(model.block(2).kind, Kind::Raw);
        QCOMPARE(model.block(3).status, QStringLiteral("error"));
        QCOMPARE(model.block(3).text, QStringLiteral("disk full"));
        TranscriptModel cancelled;
        cancelled.applyEvent({}, ev(0, "text.delta", "{\"content\":\"par\"}"));
        cancelled.applyEvent({}, ev(1, "message.cancelled", "{\"id\":\"m\"}"));
        QCOMPARE(cancelled.block(1).status, QStringLiteral("cancelled"));
        QVERIFY(!cancelled.block(0).open);
    }
};

QTEST_GUILESS_MAIN(TranscriptModelTest)
#include "TranscriptModelTest.moc"
