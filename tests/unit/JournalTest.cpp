// The journal: what it stores survives reopening, a replay never stores an event twice,
// open turns are found again, and failures become sentences.
#include "store/Journal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {
QList<TurnEvent> events(qint64 from, qint64 to)
{
    QList<TurnEvent> out;
    for (qint64 seq = from; seq <= to; ++seq) {
        SseEvent sse;
        sse.lastEventId = QByteArray::number(seq);
        sse.type = "text.delta";
        sse.data = "{\"content\":\"" + QByteArray::number(seq) + "\"}";
        out.append(TurnEvent::fromSse(sse));
    }
    return out;
}
} // namespace

class JournalTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void turnLifecycleSurvivesReopening();
    void replayedEventsAreStoredOnce();
    void rawAndUnknownEventsAreKept();
    void sessionsPerProfileNewestFirst();
    void unwritablePlaceIsASentence();
};

void JournalTest::turnLifecycleSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    qint64 turn = 0;
    {
        Journal j;
        QVERIFY(j.open(path));
        turn = j.beginTurn(QStringLiteral("sess_1"), QStringLiteral("hello"), QStringLiteral("key-1"));
        QVERIFY(turn > 0);
        const TurnRecord posted = j.turn(turn);
        QCOMPARE(posted.state, QStringLiteral("posting"));
        QCOMPARE(posted.idempotencyKey, QStringLiteral("key-1")); // written before any POST
        QVERIFY(j.setResponseId(turn, QStringLiteral("msg_1")));
        QVERIFY(j.appendEvents(turn, QStringLiteral("msg_1"), events(0, 9)));
        QCOMPARE(j.openTurns().size(), 1);
    }
    Journal j;
    QVERIFY(j.open(path));
    const QList<TurnRecord> open = j.openTurns();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().responseId, QStringLiteral("msg_1"));
    QCOMPARE(open.first().lastSeq, 9);
    QCOMPARE(open.first().prompt, QStringLiteral("hello"));
    QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {{QStringLiteral("output_tokens"), 7}}, QString()));
    QVERIFY(j.openTurns().isEmpty());
    QCOMPARE(j.turn(turn).usage.value(u"output_tokens").toInt(), 7);
    QVERIFY(j.turn(turn).finishedAt > 0);
}

void JournalTest::replayedEventsAreStoredOnce()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.appendEvents(turn, QStringLiteral("msg_1"), events(0, 5)));
    QVERIFY(j.appendEvents(turn, QStringLiteral("msg_1"), events(3, 8))); // 3..5 again
    const QList<TurnEvent> stored = j.events(turn);
    QCOMPARE(stored.size(), 9);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).seq, i);
        QCOMPARE(stored.at(i).data.value(u"content").toString(), QString::number(i));
    }
    QCOMPARE(j.turn(turn).lastSeq, 8);
}

void JournalTest::rawAndUnknownEventsAreKept()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    SseEvent weird;
    weird.lastEventId = "0";
    weird.type = "future.event";
    weird.data = QByteArray("not json \x01\xff", 11);
    QVERIFY(j.appendEvents(turn, QStringLiteral("msg_1"), {TurnEvent::fromSse(weird)}));
    const TurnEvent back = j.events(turn).first();
    QCOMPARE(back.type, QStringLiteral("future.event"));
    QCOMPARE(back.rawData, weird.data);
    QVERIFY(!back.dataIsJson);
}

void JournalTest::sessionsPerProfileNewestFirst()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    QVERIFY2(j.upsertSession({QStringLiteral("a"), QStringLiteral("p1"), QString(), 1000, 1000}), qPrintable(j.lastError()));
    QVERIFY(j.upsertSession({QStringLiteral("b"), QStringLiteral("p1"), QStringLiteral("Second"), 2000, 2000}));
    QVERIFY(j.upsertSession({QStringLiteral("c"), QStringLiteral("p2"), QString(), 3000, 3000}));
    QVERIFY(j.upsertSession({QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("First"), 0, 5000}));
    const QList<SessionRecord> p1 = j.sessions(QStringLiteral("p1"));
    QCOMPARE(p1.size(), 2);
    QCOMPARE(p1.first().id, QStringLiteral("a"));
    QCOMPARE(p1.first().title, QStringLiteral("First"));
    QVERIFY(j.upsertSession({QStringLiteral("a"), QStringLiteral("p1"), QString(), 0, 0})); // keeps the title
    QCOMPARE(j.sessions(QStringLiteral("p1")).first().title, QStringLiteral("First"));
    const qint64 turn = j.beginTurn(QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.appendEvents(turn, QStringLiteral("msg"), events(0, 2)));
    QVERIFY(j.removeSession(QStringLiteral("a")));
    QVERIFY(j.turns(QStringLiteral("a")).isEmpty());
    QVERIFY(j.events(turn).isEmpty());
}

void JournalTest::unwritablePlaceIsASentence()
{
    Journal j;
    QVERIFY(!j.open(QStringLiteral("/proc/no/such/dir/j.sqlite")));
    QVERIFY(j.lastError().contains(u"could not"));
    QVERIFY(j.lastError().contains(u"Check that the disk"));
}

QTEST_GUILESS_MAIN(JournalTest)
#include "JournalTest.moc"
