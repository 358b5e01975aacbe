// The scripted agent is deterministic and its turns are well formed.
#include "AgentScript.h"

#include <QJsonArray>
#include <QTest>

using namespace pokee::emu;

namespace {
QStringList types(const std::deque<AgentStep> &steps)
{
    QStringList out;
    for (const AgentStep &s : steps)
        if (s.kind == AgentStep::Kind::Emit)
            out << QString::fromLatin1(s.type);
    return out;
}
} // namespace

class AgentScriptTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samePromptSameScript()
    {
        const AgentScriptInput in{QStringLiteral("msg_1"), QStringLiteral("sess_1"), QStringLiteral("hello there"), {}, 5};
        const auto a = AgentScript::build(in);
        const auto b = AgentScript::build(in);
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].type, b[i].type);
            QCOMPARE(a[i].data, b[i].data);
        }
    }

    void defaultTurnHasEveryBlockAndEndsOnce()
    {
        const auto steps = AgentScript::build({QStringLiteral("msg_1"), QStringLiteral("s"), QStringLiteral("hi"), {}, 5});
        const QStringList t = types(steps);
        QCOMPARE(t.first(), QStringLiteral("message.created"));
        QCOMPARE(t.last(), QStringLiteral("message.completed"));
        QCOMPARE(t.count(QStringLiteral("message.completed")), 1);
        for (const char *kind : {"thinking.start", "tool_use.start", "tool_use.executing", "tool_result", "text.delta"})
            QVERIFY2(t.contains(QString::fromLatin1(kind)), kind);
    }

    void sessionToolSuspendsTheScript()
    {
        const QJsonArray tools{QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                           {QStringLiteral("parameters"), QJsonObject{}}}};
        const auto steps = AgentScript::build({QStringLiteral("msg_2"), QStringLiteral("s"),
                                               QStringLiteral("weather in Lima?"), tools, 5});
        QCOMPARE(steps.back().kind, AgentStep::Kind::AwaitTool);
        QVERIFY(steps.back().toolCallId.startsWith(u"call_"));
        QVERIFY(!types(steps).contains(QStringLiteral("message.completed")));
        const auto rest = AgentScript::afterToolResult(QStringLiteral("msg_2"), steps.back().toolUseId,
                                                       QStringLiteral("get_weather"), QStringLiteral("sunny"), false, 5);
        QCOMPARE(types(rest).first(), QStringLiteral("tool_result"));
        QCOMPARE(types(rest).last(), QStringLiteral("message.completed"));
    }

    void deltasNeverSplitASurrogatePair()
    {
        const QString text = QString(40, u'a') + QStringLiteral("\U0001F600\U0001F600\U0001F600") + QString(40, u'b');
        for (const QString &d : AgentScript::splitIntoDeltas(text)) {
            QVERIFY(!d.front().isLowSurrogate());
            QVERIFY(!d.back().isHighSurrogate());
        }
        QCOMPARE(AgentScript::splitIntoDeltas(text).join(QString()), text);
    }
};

QTEST_GUILESS_MAIN(AgentScriptTest)
#include "AgentScriptTest.moc"
