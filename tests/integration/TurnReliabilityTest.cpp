// The streaming core against the emulator's fault layer: cuts, resets and cancels at random
// moments never lose an event, repeat one, or start a second turn.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
TurnStream::Options fast()
{
    TurnStream::Options o;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    o.idleTimeoutMs = 5000;
    return o;
}

struct Wire
{
    QByteArray id, type, data;
    bool operator==(const Wire &o) const { return id == o.id && type == o.type && data == o.data; }
};

QList<Wire> wire(const QList<TurnEvent> &events)
{
    QList<Wire> out;
    for (const TurnEvent &e : events)
        out.append({e.id, e.type.toUtf8(), e.rawData});
    return out;
}

QList<Wire> wire(const QList<SseEvent> &events)
{
    QList<Wire> out;
    for (const SseEvent &e : events)
        out.append({e.lastEventId, e.type, e.data});
    return out;
}
} // namespace

class TurnReliabilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    }
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void seededRandomCutsLoseAndRepeatNothing();
    void resetsBeforeHeadersYieldExactlyOneTurn();
    void cancelAtRandomMomentsEndsInCancelledAlone();
    void cancelWhileTheStreamIsDown();
    void expiredTurnShowsTheSessionState();
    void restartRePostsATurnThatNeverGotHeaders();

private:
    LocalEmulator m_emu;
};

void TurnReliabilityTest::seededRandomCutsLoseAndRepeatNothing()
{
    HttpProbe http(m_emu.endpoint());
    const QString prompt = QStringLiteral("[[deltas=120]] explain resumable streams");
    // The reference: the same prompt with no faults.
    const QString cleanSid = http.createSession();
    QStringList referenceTypes;
    for (const SseEvent &e : http.sendMessage(cleanSid, prompt).events())
        referenceTypes << QString::fromUtf8(e.type);

    constexpr int Turns = 12;
    QStringList sids;
    for (int i = 0; i < Turns; ++i)
        sids << http.createSession();
    http.setFaults({{QStringLiteral("random_cuts"), true}, {QStringLiteral("seed"), 20261122},
                    {QStringLiteral("random_min_bytes"), 150}, {QStringLiteral("random_max_bytes"), 2500}});
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, fast());
    struct Done { QString sid; qint64 turn; };
    QList<Done> done;
    QHash<qint64, QList<TurnEvent>> shown;
    connect(&turns, &TurnManager::eventsReceived, this,
            [&](const QString &, qint64 turn, const QString &, const QList<TurnEvent> &events) { shown[turn] += events; });
    for (const QString &sid : sids) {
        const qint64 turn = turns.startTurn(sid, prompt);
        QVERIFY(turn > 0);
        done.append({sid, turn});
        QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 60000);
        QCOMPARE(journal.turn(turn).state, QStringLiteral("completed"));
    }
    QVERIFY2(http.stats().value(u"cuts").toInteger() >= Turns, "every turn was cut at least once");
    http.del(QStringLiteral("/_emulator/faults"));
    for (const Done &d : done) {
        const TurnRecord t = journal.turn(d.turn);
        const auto server = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(d.sid, t.responseId));
        const QList<Wire> expected = wire(server.events());
        // What was shown, and what the journal kept, are exactly what the server sent.
        const QList<Wire> got = wire(shown.value(d.turn));
        for (qsizetype i = 0; i < qMin(got.size(), expected.size()); ++i)
            QVERIFY2(got.at(i) == expected.at(i), qPrintable(QStringLiteral("event %1: %2 %3 vs %4 %5").arg(i)
                .arg(QString::fromUtf8(got.at(i).id + ' ' + got.at(i).type), QString::fromUtf8(got.at(i).data),
                     QString::fromUtf8(expected.at(i).id + ' ' + expected.at(i).type), QString::fromUtf8(expected.at(i).data))));
        QCOMPARE(got.size(), expected.size());
        QVERIFY(wire(journal.events(d.turn)) == expected);
        QStringList types;
        for (const Wire &w : expected)
            types << QString::fromUtf8(w.type);
        QCOMPARE(types, referenceTypes);
    }
}

void TurnReliabilityTest::resetsBeforeHeadersYieldExactlyOneTurn()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("reset_before_headers"), 4}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    ApiClient api(m_emu.endpoint());
    TurnStream turn(&api, sid, fast());
    QList<TurnEvent> events;
    connect(&turn, &TurnStream::eventsReceived, this, [&](const QList<TurnEvent> &b) { events += b; });
    turn.send(QStringLiteral("answer me once"), QStringLiteral("key-once"));
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 30000);
    QCOMPARE(turn.state(), TurnStream::State::Completed);
    QCOMPARE(http.stats().value(u"resets").toInteger(), 4);
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);
    QCOMPARE(events.first().seq, 0);
    QCOMPARE(events.last().seq, events.size() - 1);
}

void TurnReliabilityTest::cancelAtRandomMomentsEndsInCancelledAlone()
{
    HttpProbe http(m_emu.endpoint());
    ApiClient api(m_emu.endpoint());
    QRandomGenerator random(7);
    QList<int> moments{0, 1, 3}; // before the id, right after it, early
    for (int i = 0; i < 5; ++i)
        moments << 5 + int(random.bounded(200));
    for (int after : moments) {
        const QString sid = http.createSession();
        TurnStream turn(&api, sid, fast());
        QList<TurnEvent> events;
        connect(&turn, &TurnStream::eventsReceived, this, [&](const QList<TurnEvent> &b) {
            events += b;
            if (events.size() >= after)
                turn.cancel();
        });
        turn.send(QStringLiteral("[[deltas=5000]] [[pace=2]] long"), QStringLiteral("k-%1").arg(after));
        if (after == 0)
            turn.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 30000);
        QCOMPARE(turn.state(), TurnStream::State::Cancelled);
        QCOMPARE(events.last().type, QStringLiteral("message.cancelled"));
        for (const TurnEvent &e : events)
            QVERIFY(e.type != u"message.completed");
    }
}

void TurnReliabilityTest::cancelWhileTheStreamIsDown()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    // The stream stalls for good after a few events; the cancel must still find its end.
    http.setFaults({{QStringLiteral("stall_after_bytes"), 700}, {QStringLiteral("stall_ms"), -1},
                    {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    ApiClient api(m_emu.endpoint());
    TurnStream::Options options = fast();
    options.idleTimeoutMs = 400;
    TurnStream turn(&api, sid, options);
    QList<TurnEvent> events;
    connect(&turn, &TurnStream::eventsReceived, this, [&](const QList<TurnEvent> &b) { events += b; });
    QSignalSpy rid(&turn, &TurnStream::responseIdReceived);
    turn.send(QStringLiteral("[[deltas=5000]] [[pace=2]] long"), QStringLiteral("k-down"));
    QVERIFY(rid.wait());
    turn.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 30000);
    QCOMPARE(turn.state(), TurnStream::State::Cancelled);
    QCOMPARE(events.last().type, QStringLiteral("message.cancelled"));
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, i);
}

void TurnReliabilityTest::expiredTurnShowsTheSessionState()
{
    LocalEmulator shortMemory;
    QVERIFY(test::startEmulator(shortMemory, {QStringLiteral("--pace-ms"), QStringLiteral("1"),
                                              QStringLiteral("--eviction-grace-s"), QStringLiteral("1")}));
    HttpProbe http(shortMemory.endpoint());
    const QString sid = http.createSession();
    const QString rid = QString::fromLatin1(http.sendMessage(sid, QStringLiteral("short")).header("x-response-id"));
    // Wait until the buffer is gone, then try to follow the turn.
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid)).status, 404, 15000);
    ApiClient api(shortMemory.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, fast());
    SessionController controller(&api, &turns);
    controller.openSession(sid);
    QSignalSpy finished(&controller, &SessionController::turnFinished);
    controller.attach(rid);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().value<TurnStream::State>(), TurnStream::State::Expired);
    TranscriptModel *t = controller.transcript();
    QTRY_VERIFY(t->block(t->rowCount() - 1).text.contains(u"idle on the server"));
}

void TurnReliabilityTest::restartRePostsATurnThatNeverGotHeaders()
{
    // A previous run journaled its turn, sent the POST, and died before any header came back;
    // the server had started the turn all the same.
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    const QString key = QStringLiteral("key-before-the-crash");
    const qint64 turnId = journal.beginTurn(sid, QStringLiteral("survive a crash before headers"), key);
    http.setFaults({{QStringLiteral("reset_before_headers"), 5}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    const auto lost = http.sendMessage(sid, QStringLiteral("survive a crash before headers"), {{"Idempotency-Key", key.toUtf8()}});
    QCOMPARE(lost.status, 0);
    http.del(QStringLiteral("/_emulator/faults"));
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);

    // The next run resumes it: the same key and body, so the server's turn, not a new one.
    ApiClient api(m_emu.endpoint());
    TurnManager turns(&api, &journal, fast());
    QCOMPARE(turns.resumeOpenTurns(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);
    const TurnRecord t = journal.turn(turnId);
    QCOMPARE(t.state, QStringLiteral("completed"));
    QVERIFY(!t.responseId.isEmpty());
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);
    const QList<TurnEvent> events = journal.events(turnId);
    QCOMPARE(events.first().seq, 0);
    QCOMPARE(events.last().type, QStringLiteral("message.completed"));
}

QTEST_GUILESS_MAIN(TurnReliabilityTest)
#include "TurnReliabilityTest.moc"
