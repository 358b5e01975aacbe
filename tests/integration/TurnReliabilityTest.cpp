// The streaming core against the emulator's fault layer: cuts, resets and cancels at random
// moments never lose an event, repeat one, or start a second turn.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"

#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {

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

// The oracle: the emulator's own record of what it sent, read from its buffer as JSON. It
// shares no code with the client (no SseParser, no TurnEvent), so a parser bug cannot cancel
// itself out.
QList<Wire> sentByServer(HttpProbe &http, const QString &responseId)
{
    const auto r = http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(responseId));
    QList<Wire> out;
    for (const QJsonValue &v : r.json().value(u"events").toArray()) {
        const QJsonObject e = v.toObject();
        out.append({e.value(u"id").toString().toUtf8(), e.value(u"event").toString().toUtf8(),
                    e.value(u"data").toString().toUtf8()});
    }
    return out;
}

void compareWire(const QList<Wire> &got, const QList<Wire> &expected)
{
    for (qsizetype i = 0; i < qMin(got.size(), expected.size()); ++i)
        QVERIFY2(got.at(i) == expected.at(i), qPrintable(QStringLiteral("event %1: %2 %3 vs %4 %5").arg(i)
            .arg(QString::fromUtf8(got.at(i).id + ' ' + got.at(i).type), QString::fromUtf8(got.at(i).data),
                 QString::fromUtf8(expected.at(i).id + ' ' + expected.at(i).type), QString::fromUtf8(expected.at(i).data))));
    QCOMPARE(got.size(), expected.size());
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
    void retriedPostAnsweredBusyFollowsItsOwnTurn();
    void journalReadOnlyMidTurnPausesThenLosesNothing();
    void attachingAJournaledResponseReusesItsRow();
    void openTurnsOfAnotherEndpointAreLeftAlone();
    void foldedConnectionLineCountsEveryDrop();
    void finishedTurnDetailsAreKeptForTheLatestOnly();
    void manyTurnsStreamAtOnceWithoutWaiting();

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
    const QString cleanRid = QString::fromLatin1(http.sendMessage(cleanSid, prompt).header("x-response-id"));
    for (const Wire &w : sentByServer(http, cleanRid))
        referenceTypes << QString::fromUtf8(w.type);
    QVERIFY(referenceTypes.size() > 120);

    constexpr int Turns = 12;
    QStringList sids;
    for (int i = 0; i < Turns; ++i)
        sids << http.createSession();
    // Only the API's traffic is cut: the test's own reads of the emulator's record
    // (/_emulator/stats) must not be, or a cut stats answer reads as zero cuts.
    http.setFaults({{QStringLiteral("random_cuts"), true}, {QStringLiteral("seed"), 20261122},
                    {QStringLiteral("random_min_bytes"), 150}, {QStringLiteral("random_max_bytes"), 2500},
                    {QStringLiteral("path_contains"), QStringLiteral("/v1/sessions/")}});
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
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
        QVERIFY2(journal.turn(turn).state == u"completed",
                 qPrintable(journal.turn(turn).state + QStringLiteral(": ") + journal.turn(turn).error));
    }
    const qint64 cuts = http.stats().value(u"cuts").toInteger();
    QVERIFY2(cuts >= Turns, qPrintable(QString::number(cuts)));
    http.del(QStringLiteral("/_emulator/faults"));
    for (const Done &d : done) {
        const TurnRecord t = journal.turn(d.turn);
        const QList<Wire> expected = sentByServer(http, t.responseId);
        // What was shown, and what the journal kept, are exactly what the server sent.
        compareWire(wire(shown.value(d.turn)), expected);
        compareWire(wire(journal.events(d.turn)), expected);
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
    TurnStream turn(&api, sid, test::fastTurns());
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
        TurnStream turn(&api, sid, test::fastTurns());
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
    TurnStream::Options options = test::fastTurns();
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
    TurnManager turns(&api, &journal, test::fastTurns());
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
    const qint64 turnId = journal.beginTurn(sid, QStringLiteral("survive a crash before headers"), key, test::profileOf(m_emu));
    http.setFaults({{QStringLiteral("reset_before_headers"), 5}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    const auto lost = http.sendMessage(sid, QStringLiteral("survive a crash before headers"), {{"Idempotency-Key", key.toUtf8()}});
    QCOMPARE(lost.status, 0);
    http.del(QStringLiteral("/_emulator/faults"));
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);

    // The next run resumes it: the same key and body, so the server's turn, not a new one.
    ApiClient api(m_emu.endpoint());
    TurnManager turns(&api, &journal, test::fastTurns());
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

void TurnReliabilityTest::retriedPostAnsweredBusyFollowsItsOwnTurn()
{
    // A server that checks "busy" before the Idempotency-Key: our first POST started the turn
    // and lost its connection; the retry with the same key gets 409. The client cannot know
    // the running turn is its own, so it waits until the session is free and posts again with
    // the same key: the server answers with that same turn, in the same journal row.
    LocalEmulator busyFirst;
    QVERIFY(test::startEmulator(busyFirst, {QStringLiteral("--pace-ms"), QStringLiteral("2"),
                                            QStringLiteral("--busy-before-key")}));
    HttpProbe http(busyFirst.endpoint());
    const QString sid = http.createSession();
    // Two resets: Qt re-sends a POST once by itself when its connection closes before any
    // answer, so the second reset is that silent resend, and the 409 meets our own retry.
    http.setFaults({{QStringLiteral("reset_before_headers"), 2}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    ApiClient api(busyFirst.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    const qint64 turn = turns.startTurn(sid, QStringLiteral("[[deltas=60]] retried"));
    QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);
    const TurnRecord t = journal.turn(turn);
    QVERIFY2(t.state == u"completed", qPrintable(t.state + u' ' + t.error + u'\n' + turns.connectionLog(turn).entries.join(u'\n')));
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), 1);
    QCOMPARE(journal.turns(sid).size(), 1); // one row
    compareWire(wire(journal.events(turn)), sentByServer(http, t.responseId));
    QVERIFY(turns.connectionLog(turn).entries.join(u'\n').contains(u"409"));
}

void TurnReliabilityTest::journalReadOnlyMidTurnPausesThenLosesNothing()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QTemporaryDir dir;
    Journal journal;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
    ApiClient api(m_emu.endpoint());
    TurnStream::Options options = test::fastTurns();
    options.pauseRetryBaseMs = 50;
    options.pauseRetryCapMs = 100;
    TurnManager turns(&api, &journal, options);
    QList<TurnEvent> shown;
    QSqlDatabase db = QSqlDatabase::database(journal.sqlConnectionName());
    bool madeReadOnly = false;
    connect(&turns, &TurnManager::eventsReceived, this, [&](const QString &, qint64, const QString &, const QList<TurnEvent> &b) {
        shown += b;
        if (!std::exchange(madeReadOnly, true))
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only=1")); // as a read-only remount would
    });
    QSignalSpy failedWrites(&turns, &TurnManager::journalFailed);
    QStringList lines;
    connect(&turns, &TurnManager::connectionChanged, this, [&](const QString &, qint64, const QString &l) { lines << l; });
    const qint64 turn = turns.startTurn(sid, QStringLiteral("[[deltas=80]] [[pace=5]] keep going"));
    QVERIFY(failedWrites.wait(10000));
    QTRY_COMPARE(turns.stream(turn)->state(), TurnStream::State::Paused);
    const qsizetype shownWhilePaused = shown.size();
    QVERIFY(lines.last().contains(u"Paused"));
    // It stays paused while the journal refuses, and never closes the turn with holes.
    QTRY_VERIFY(failedWrites.size() >= 3);
    QCOMPARE(shown.size(), shownWhilePaused);
    QVERIFY(turns.runningTurn(sid) != 0);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only=0"));
    QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);
    const TurnRecord t = journal.turn(turn);
    QCOMPARE(t.state, QStringLiteral("completed"));
    const QList<Wire> expected = sentByServer(http, t.responseId);
    compareWire(wire(journal.events(turn)), expected);
    compareWire(wire(shown), expected);
    QVERIFY(lines.last().contains(u"nothing lost"));
}

void TurnReliabilityTest::attachingAJournaledResponseReusesItsRow()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    // The first run followed a few events, then gave up on the turn (say, the reconnect cap).
    http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
               R"({"message":"[[deltas=40]] [[pace=5]] the long one"})"); // runs on, whoever listens
    QString running;
    QTRY_VERIFY(!(running = http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).json().value(u"current_response_id").toString()).isEmpty());
    const qint64 row = journal.beginTurn(sid, QStringLiteral("the long one"), QStringLiteral("k"), test::profileOf(m_emu));
    journal.setResponseId(row, running);
    QList<Wire> sent;
    QTRY_VERIFY((sent = sentByServer(http, running)).size() >= 2);
    QList<TurnEvent> firstFew;
    for (qsizetype i = 0; i < 2; ++i) {
        SseEvent e;
        e.lastEventId = sent.at(i).id;
        e.type = sent.at(i).type;
        e.data = sent.at(i).data;
        firstFew << TurnEvent::fromSse(e);
    }
    QVERIFY(journal.appendEvents(row, firstFew));
    journal.finishTurn(row, QStringLiteral("failed"), {}, QStringLiteral("gave up"));

    TurnManager turns(&api, &journal, test::fastTurns());
    QSignalSpy started(&turns, &TurnManager::turnStarted);
    QCOMPARE(turns.attachTurn(sid, running, QStringLiteral("(a turn started elsewhere)")), row);
    QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);
    QCOMPARE(started.size(), 0); // no second prompt shown
    QCOMPARE(journal.turns(sid).size(), 1);
    QCOMPARE(journal.turn(row).state, QStringLiteral("completed"));
    compareWire(wire(journal.events(row)), sentByServer(http, running));
}

void TurnReliabilityTest::openTurnsOfAnotherEndpointAreLeftAlone()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    const qint64 elsewhere = journal.beginTurn(sid, QStringLiteral("sent to another server"), QStringLiteral("k-other"),
                                               QStringLiteral("https://other.example"));
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    ApiClient api(m_emu.endpoint());
    TurnManager turns(&api, &journal, test::fastTurns());
    QCOMPARE(turns.resumeOpenTurns(), 0);
    QCOMPARE(journal.turn(elsewhere).state, QStringLiteral("posting")); // left for its own endpoint
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before);
}

void TurnReliabilityTest::foldedConnectionLineCountsEveryDrop()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const qint64 cutsBefore = http.stats().value(u"cuts").toInteger();
    http.setFaults({{QStringLiteral("cut_after_bytes"), 900}, {QStringLiteral("cut_count"), 7},
                    {QStringLiteral("path_contains"), QStringLiteral("/v1/sessions/")}});
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    SessionController controller(&api, &turns);
    controller.openSession(sid);
    controller.send(QStringLiteral("[[deltas=200]] [[pace=2]] cut me seven times"));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isTurnRunning(), 60000);
    const qint64 turn = journal.turns(sid).constLast().id;
    QCOMPARE(journal.turn(turn).state, QStringLiteral("completed"));
    // Up to seven cuts (a connection shorter than the cut point uses one up without a cut).
    const qint64 cuts = http.stats().value(u"cuts").toInteger() - cutsBefore;
    QVERIFY2(cuts >= 5 && cuts <= 7, qPrintable(QString::number(cuts)));
    TranscriptModel *t = controller.transcript();
    QStringList notices;
    for (const TranscriptBlock &b : t->blocks())
        if (b.kind == TranscriptBlock::Kind::Notice)
            notices << b.text;
    QCOMPARE(notices.size(), 1); // one line, updated in place
    // A cut can land before a connection's stream was established (then it is a failed
    // attempt, not a drop), so the line counts at most the cuts.
    const ConnectionLog link = turns.connectionLog(turn);
    QVERIFY2(link.drops >= 4 && link.drops <= cuts, qPrintable(QString::number(link.drops)));
    QVERIFY2(notices.first().contains(QStringLiteral("dropped %1 time").arg(link.drops)) && notices.first().contains(u"nothing lost"),
             qPrintable(notices.first()));
    QVERIFY(link.resumes >= link.drops);
}

void TurnReliabilityTest::finishedTurnDetailsAreKeptForTheLatestOnly()
{
    // An app left running for weeks must not keep the headers and connection log of every
    // turn it ever ran (./dev soak found the growth): the inspector keeps the latest ones.
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    QList<qint64> ids;
    for (qsizetype i = 0; i < TurnManager::KeptFinishedTurns + 3; ++i) {
        ids << turns.startTurn(sid, QStringLiteral("[[deltas=1]] [[thinking=off]] [[bash=off]] short"));
        QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 20000);
    }
    for (qsizetype i = 0; i < 3; ++i) {
        QVERIFY2(turns.headers(ids.at(i)).second.isEmpty(), "the oldest turns' details are dropped");
        QVERIFY(journal.turn(ids.at(i)).state == u"completed"); // the journal keeps the turn itself
    }
    QVERIFY2(!turns.headers(ids.last()).second.isEmpty(), "the latest turn's details are kept");
    QVERIFY(!turns.headers(ids.at(3)).second.isEmpty());
}

void TurnReliabilityTest::manyTurnsStreamAtOnceWithoutWaiting()
{
    // Twelve turns at once on one client, each streaming for about five seconds: every stream
    // gets its own connection at once. (With Qt's default of six connections per server, the
    // seventh stream waited in Qt's queue, its idle timer ran out, and it counted drops.) A
    // delta every 20 ms against a 2.5 s watchdog leaves a busy machine plenty of room.
    HttpProbe http(m_emu.endpoint());
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnStream::Options options = test::fastTurns();
    options.idleTimeoutMs = 2500;
    TurnManager turns(&api, &journal, options);
    QList<qint64> ids;
    QStringList sids;
    for (int i = 0; i < 12; ++i) {
        sids << http.createSession();
        ids << turns.startTurn(sids.last(), QStringLiteral("[[deltas=250]] [[pace=20]] [[thinking=off]] [[bash=off]] slow"));
    }
    for (const QString &sid : std::as_const(sids))
        QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);
    for (const qint64 id : std::as_const(ids)) {
        QCOMPARE(journal.turn(id).state, QStringLiteral("completed"));
        // Nothing happened to any connection: no drop, no retried POST, no resume.
        QVERIFY2(turns.connectionLog(id).entries.isEmpty(), qPrintable(turns.connectionLog(id).entries.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TurnReliabilityTest)
#include "TurnReliabilityTest.moc"
