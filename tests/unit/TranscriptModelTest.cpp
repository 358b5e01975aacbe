// TranscriptModel folds events into the blocks a user sees, the same way however the events
// arrive, and reports only the block an event touched.
#include "EventFactory.h"
#include "models/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using Kind = TranscriptBlock::Kind;

namespace {

QList<TurnEvent> fullTurn()
{
    return {test::event(0, "message.created", "{\"id\":\"msg_1\"}"),
            test::event(1, "thinking.start"),
            test::event(2, "thinking.delta", "{\"content\":\"Let me \"}"),
            test::event(3, "thinking.delta", "{\"content\":\"think.\"}"),
            test::event(4, "thinking.stop"),
            test::event(5, "tool_use.start", "{\"name\":\"Bash\",\"id\":\"toolu_1\"}"),
            test::event(6, "tool_use.input_delta", "{\"content\":\"{\\\"command\\\":\"}"),
            test::event(7, "tool_use.input_delta", "{\"content\":\" \\\"ls\\\"}\"}"),
            test::event(8, "tool_use.executing", "{\"name\":\"Bash\",\"id\":\"toolu_1\",\"input\":{\"command\":\"ls\"}}"),
            test::event(9, "tool_result", "{\"id\":\"toolu_1\",\"content\":\"a.txt\",\"is_error\":false}"),
            test::event(10, "tool_use.stop"),
            test::event(11, "tool_call.requested", "{\"tool_call_id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"location\\\":\\\"Paris\\\"}\"}"),
            test::event(12, "text.start"),
            test::event(13, "text.delta", "{\"content\":\"Hello \"}"),
            test::event(14, "text.delta", "{\"content\":\"world\"}"),
            test::event(15, "text.stop"),
            test::event(16, "message.completed", "{\"id\":\"msg_1\",\"usage\":{\"output_tokens\":5}}")};
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
        model.applyEvent({}, test::event(0, "tool_use.start", "{\"name\":\"Bash\",\"id\":\"t\"}"));
        model.applyEvent({}, test::event(1, "tool_result", "{\"id\":\"t\",\"content\":\"boom\",\"is_error\":true}"));
        model.applyEvent({}, test::event(2, "surprise.event", "{\"x\":1}"));
        model.applyEvent({}, test::event(3, "text.delta", "not json"));
        model.applyEvent({}, test::event(4, "message.error", "{\"error\":\"disk full\"}"));
        QVERIFY(model.block(0).toolError);
        QCOMPARE(model.block(1).kind, Kind::Raw);
        QCOMPARE(model.block(1).toolName, QStringLiteral("surprise.event"));
        QCOMPARE(model.block(2).kind, Kind::Raw);
        QCOMPARE(model.block(3).status, QStringLiteral("error"));
        QCOMPARE(model.block(3).text, QStringLiteral("disk full"));
        TranscriptModel cancelled;
        cancelled.applyEvent({}, test::event(0, "text.delta", "{\"content\":\"par\"}"));
        cancelled.applyEvent({}, test::event(1, "message.cancelled", "{\"id\":\"m\"}"));
        QCOMPARE(cancelled.block(1).status, QStringLiteral("cancelled"));
        QVERIFY(!cancelled.block(0).open);
    }
};

QTEST_GUILESS_MAIN(TranscriptModelTest)
#include "TranscriptModelTest.moc"
