// Issue 21 against the emulator, with its own record as the oracle: a retried message that
// meets another client's turn is never answered by it; a turn that has ended is closed in
// seconds, not reconnected for twenty minutes; an id that would change the route is never
// sent; a 429 waits what the server asked.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"

#include "api/ApiClient.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {

// The emulator's record of what a turn sent: its event types and data, as JSON text.
QList<QPair<QString, QString>> sentByServer(HttpProbe &http, const QString &rid)
{
    QList<QPair<QString, QString>> out;
    const QJsonObject sent = http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json();
    for (const QJsonValue &v : sent.value(u"events").toArray())
        out.append({v.toObject().value(u"event").toString(), v.toObject().value(u"data").toString()});
    return out;
}

QList<QPair<QString, QString>> journaled(const Journal &journal, qint64 turnId)
{
    QList<QPair<QString, QString>> out;
    for (const TurnEvent &e : journal.events(turnId))
        out.append({e.type, QString::fromUtf8(e.rawData)});
    return out;
}
} // namespace

class TurnPromisesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("2")})); }
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void aRetryMeetingAnotherTurnWaitsAndSendsItsOwn();
    void aResumeAfterTheLastEventEndsAtOnce();
    void aJournaledEndClosesTheTurnWithoutAsking();
    void idsThatChangeTheRouteAreNeverSent();

private:
    LocalEmulator m_emu;
};

// Case 1. Turn A (another client) runs; our POST meets one 503, and its retry 409. The emulator
// checks the Idempotency-Key before "busy", so that 409 means A is not ours: our message waits
// until the session is free and is then sent, and its own answer comes back under it.
void TurnPromisesTest::aRetryMeetingAnotherTurnWaitsAndSendsItsOwn()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    ApiClient api(m_emu.endpoint());
    Journal other;
    QVERIFY(other.open(QStringLiteral(":memory:")));
    TurnManager otherClient(&api, &other, test::fastTurns());
    const qint64 a = otherClient.startTurn(sid, QStringLiteral("A: [[duration=2]] [[bash=off]] the other client's turn"));
    QTRY_VERIFY(!other.turn(a).responseId.isEmpty());
    const QString ridA = other.turn(a).responseId;
    const qint64 startedBefore = http.stats().value(u"turns_started").toInteger();

    http.setFaults({{QStringLiteral("http_errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("count"), 1},
                                            {QStringLiteral("path_contains"), QStringLiteral("/messages")},
                                            {QStringLiteral("method"), QStringLiteral("POST")}}}}});
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    QSignalSpy lines(&turns, &TurnManager::connectionChanged);
    const qint64 b = turns.startTurn(sid, QStringLiteral("B: delete the staging database [[deltas=5]] [[bash=off]]"));
    QTRY_VERIFY_WITH_TIMEOUT(turns.runningTurn(sid) == 0, 30000);

    const TurnRecord mine = journal.turn(b);
    QVERIFY2(mine.state == u"completed", qPrintable(mine.state + u' ' + mine.error));
    QVERIFY(!mine.responseId.isEmpty());
    QVERIFY2(mine.responseId != ridA, "our prompt was answered by the other client's turn");
    // The server started our turn: one more than before, and our journal holds what it sent.
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), startedBefore + 1);
    QCOMPARE(journaled(journal, b), sentByServer(http, mine.responseId));
    // The user was told why it waited.
    bool told = false;
    for (const QList<QVariant> &line : std::as_const(lines))
        told = told || line.at(2).toString().contains(u"busy with another turn");
    QVERIFY(told);
    QTRY_VERIFY_WITH_TIMEOUT(otherClient.runningTurn(sid) == 0, 30000);
    QCOMPARE(other.turn(a).state, QStringLiteral("completed"));
}

// Case 4. A resume after the terminal event gets nothing and a closed connection: the session
// says the turn no longer runs, and the stream ends with the turn's real end, at once, with or
// without reconnects.
void TurnPromisesTest::aResumeAfterTheLastEventEndsAtOnce()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto sent = http.sendMessage(sid, QStringLiteral("[[deltas=3]] [[bash=off]] short"));
    const QString rid = QString::fromLatin1(sent.header("x-response-id"));
    const QList<SseEvent> events = sent.events();
    QCOMPARE(events.constLast().type, QByteArray("message.completed"));
    const qint64 last = events.constLast().lastEventId.toLongLong();
    ApiClient api(m_emu.endpoint());
    for (const bool reconnect : {true, false}) {
        TurnStream::Options o; // the real backoff: fifty of them would take minutes
        o.reconnect = reconnect;
        TurnStream stream(&api, sid, o);
        QSignalSpy retries(&stream, &TurnStream::reconnectScheduled);
        QSignalSpy delivered(&stream, &TurnStream::eventsReceived);
        stream.attach(rid, last);
        QTRY_VERIFY_WITH_TIMEOUT(stream.isFinished(), 10000);
        QCOMPARE(stream.state(), TurnStream::State::Completed);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(delivered.size(), 0); // the end we had is not delivered again
    }
    // A cancelled turn ends as cancelled the same way.
    const auto cancelled = http.sendMessage(sid, QStringLiteral("[[error=it broke]] [[bash=off]] fails"));
    const QString rid2 = QString::fromLatin1(cancelled.header("x-response-id"));
    TurnStream stream(&api, sid);
    stream.attach(rid2, cancelled.events().constLast().lastEventId.toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(stream.isFinished(), 10000);
    QCOMPARE(stream.state(), TurnStream::State::Failed);
    QCOMPARE(stream.lastError().kind, ApiError::Kind::TurnError);
}

// Case 4. The terminal event is in the journal but the row says streaming (the run died
// between the two writes): resuming closes it from the journal, without a request.
void TurnPromisesTest::aJournaledEndClosesTheTurnWithoutAsking()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto sent = http.sendMessage(sid, QStringLiteral("[[deltas=2]] [[bash=off]] done already"));
    const QString rid = QString::fromLatin1(sent.header("x-response-id"));
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    const qint64 turn = journal.beginTurn(sid, QStringLiteral("done already"), QStringLiteral("key-1"), test::profileOf(m_emu));
    QVERIFY(journal.setResponseId(turn, rid));
    QList<TurnEvent> events;
    for (const SseEvent &e : sent.events())
        events.append(TurnEvent::fromSse(e));
    QVERIFY(journal.appendEvents(turn, events));
    QVERIFY(journal.setTurnState(turn, QStringLiteral("streaming")));
    const qint64 requestsBefore = http.stats().value(u"requests").toInteger();

    ApiClient api(m_emu.endpoint());
    TurnManager turns(&api, &journal, test::fastTurns());
    QSignalSpy notices(&turns, &TurnManager::notice);
    QCOMPARE(turns.resumeOpenTurns(), 0);
    QCOMPARE(journal.turn(turn).state, QStringLiteral("completed"));
    QCOMPARE(journal.turn(turn).usage, events.constLast().data.value(u"usage").toObject());
    QCOMPARE(notices.size(), 1);
    // Only the stats read itself reached the server.
    QCOMPARE(http.stats().value(u"requests").toInteger(), requestsBefore + 1);
}

// Case 8. Empty, "." and ".." ids are refused in the core before any request: a DELETE of
// session "." would be the batch clean of every idle session.
void TurnPromisesTest::idsThatChangeTheRouteAreNeverSent()
{
    HttpProbe http(m_emu.endpoint());
    const QString keep = http.createSession();
    const qint64 before = http.stats().value(u"requests").toInteger();
    ApiClient api(m_emu.endpoint());
    for (const QString &id : {QString(), QStringLiteral("."), QStringLiteral("..")}) {
        ApiResult r;
        bool answered = false;
        QObject::connect(api.deleteResource(QStringLiteral("/v1/sessions/") + ApiClient::pathSegment(id)),
                         &ApiCall::finished, &api, [&](const ApiResult &result) {
                             r = result;
                             answered = true;
                         });
        QTRY_VERIFY(answered);
        QCOMPARE(r.error.kind, ApiError::Kind::Refused);
        QVERIFY2(r.error.userMessage().startsWith(u"Not sent"), qPrintable(r.error.userMessage()));

        TurnStream send(&api, id);
        send.send(QStringLiteral("hello"), QStringLiteral("key"));
        QTRY_VERIFY(send.isFinished());
        QCOMPARE(send.lastError().kind, ApiError::Kind::Refused);
        TurnStream attach(&api, keep);
        attach.attach(id, -1);
        QTRY_VERIFY(attach.isFinished());
        QCOMPARE(attach.lastError().kind, ApiError::Kind::Refused);
    }
    QCOMPARE(http.stats().value(u"requests").toInteger(), before + 1); // the stats read alone
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + keep).status, 200);
}

QTEST_GUILESS_MAIN(TurnPromisesTest)
#include "TurnPromisesTest.moc"
