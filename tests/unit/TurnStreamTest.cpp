// TurnStream against a broken or hostile server: every answer becomes a sentence or a
// resume, never a crash, a lost event, a duplicate, or a second turn.
#include "CannedHttpServer.h"
#include "TurnStreamSupport.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "stream/TurnStream.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace pokee;
using test::CannedHttpServer;
using test::CannedReply;
using test::CannedRequest;
using namespace pokee::test;


class TurnStreamTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlInsteadOfAnEventStreamIsASentence();
    void errorPageBecomesASentenceWithAnExcerpt();
    void truncatedJsonErrorIsStillASentence();
    void nonJsonDataAndUnknownTypesAreKeptRaw();
    void oversizedEventFailsTheTurn();
    void conflictReportsBusyAndIsNotRetried();
    void unprocessableIsNeverRetried();
    void rateLimitWaitsRetryAfterThenRetriesSameKey();
    void rateLimitWaitsWhatTheServerAsksNotTheBackoff();
    void gatewayErrorsRetryThePostWithTheSameKeyAndBody();
    void dropResumesAfterTheLastSeqWithoutDuplicates();
    void dropBeforeAnyIdRePostsWithTheSameKey();
    void resumeAnswered404Expires();
    void silentConnectionTripsTheWatchdog();
    void cancelBeforeTheIdIsSentOnceItArrives();
    void cancelAnswered404Expires();
    void redirectsNeverCarryTheKeyToAnotherHost();
    void eventWithoutItsOwnIdIsDeliveredOnce();
    void serverThatAnswers200AndDropsForeverHitsTheCap();
    void resumeAnswered503ForeverHitsTheCap();
    void aServerThatSaysTheTurnEndedButHoldsNoEndIsBounded();
    void anEndProbeCutBeforeItsEventIsAskedAgain();
    void postAnswered429ForeverHitsItsCap();
    void hugeRetryFieldAndRetryAfterAreClamped();
    void cancelAnswered500CanBePressedAgain();
    void hangingCancelTimesOut();
    void pauseResumesFromTheStoredSeqAndHoldsTheEnd();
};

void TurnStreamTest::htmlInsteadOfAnEventStreamIsASentence()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(200, "text/html", "<html><body>Captive portal: please log in</body></html>"));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::BadResponse);
    const QString message = run.turn.lastError().userMessage();
    QVERIFY2(message.contains(u"text/html") && message.contains(u"Captive portal"), qPrintable(message));
    QVERIFY(run.events.isEmpty());
}

void TurnStreamTest::errorPageBecomesASentenceWithAnExcerpt()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(500, "text/html", "<h1>Internal Server Error</h1>" + QByteArray(5000, 'x')));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::Server);
    const QString message = run.turn.lastError().userMessage();
    QVERIFY2(message.contains(u"HTTP 500") && message.contains(u"Internal Server Error"), qPrintable(message));
    QVERIFY(message.size() < 400); // an excerpt, not the page
}

void TurnStreamTest::truncatedJsonErrorIsStillASentence()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(400, "application/json", R"({"error": {"type": "invalid_req)"));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::BadRequest);
    QVERIFY(run.turn.lastError().userMessage().contains(u"HTTP 400"));
    QVERIFY(run.turn.lastError().userMessage().contains(u"invalid_req"));
}

void TurnStreamTest::nonJsonDataAndUnknownTypesAreKeptRaw()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::stream(created() + CannedHttpServer::event(1, "text.delta", "not json at all") +
                                                        CannedHttpServer::event(2, "brand.new_event", "{\"x\":1}") +
                                                        delta(3, "fine") + completed(4),
                                                    ridHeader()));
    });
    Run run(server.url());
    TranscriptModel transcript;
    QObject::connect(&run.turn, &TurnStream::eventsReceived, &transcript, [&](const QList<TurnEvent> &batch) {
        for (const TurnEvent &e : batch)
            transcript.applyEvent(QString::fromLatin1(Rid), e);
    });
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1, 2, 3, 4}));
    QVERIFY(!run.events.at(1).dataIsJson);
    QCOMPARE(run.events.at(1).rawData, QByteArray("not json at all"));
    int raw = 0;
    for (const TranscriptBlock &b : transcript.blocks())
        raw += b.kind == TranscriptBlock::Kind::Raw ? 1 : 0;
    QCOMPARE(raw, 2);
    QCOMPARE(transcript.lastAnswerText(), QStringLiteral("fine"));
}

void TurnStreamTest::oversizedEventFailsTheTurn()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::stream(created() + "id: 1\nevent: text.delta\ndata: " +
                                                    QByteArray(17 * 1024 * 1024, 'a') + "\n\n" + completed(2), ridHeader()));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 20000);
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QVERIFY(run.turn.lastError().userMessage().contains(u"16 MiB"));
    QCOMPARE(run.seqs(), QList<qint64>{0}); // what came before is kept
}

void TurnStreamTest::conflictReportsBusyAndIsNotRetried()
{
    // The POST is never repeated; the session object is asked which turn runs, so that the
    // sentence can name it (issue 21, case 7), before the turn ends.
    CannedHttpServer server([](const CannedRequest &req, int) {
        if (req.method == "GET")
            return CannedReply(CannedHttpServer::response(200, "application/json",
                                                          R"({"id": "sess_1", "busy": true, "current_response_id": "msg_other"})"));
        return CannedReply(CannedHttpServer::response(409, "application/json", R"({"error": {"type": "session_busy", "message": "busy"}})"));
    });
    Run run(server.url());
    QSignalSpy busy(&run.turn, &TurnStream::sessionBusy);
    QSignalSpy states(&run.turn, &TurnStream::stateChanged);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::Conflict);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.first().first().toString(), QStringLiteral("msg_other"));
    QCOMPARE(countRequests(server, [](const CannedRequest &r) { return r.method == "POST"; }), 1);
}

void TurnStreamTest::unprocessableIsNeverRetried()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(422, "application/json", R"({"error": {"type": "idempotency_error", "message": "key reused"}})"));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::Unprocessable);
    QVERIFY(run.turn.lastError().userMessage().contains(u"bug in Pokee Desktop"));
    QCOMPARE(server.requests().size(), 1);
}

void TurnStreamTest::rateLimitWaitsRetryAfterThenRetriesSameKey()
{
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::response(429, "application/json", R"({"error": {"message": "slow down"}})", "Retry-After: 1\r\n"));
        return CannedReply(CannedHttpServer::stream(created() + delta(1, "ok") + completed(2), ridHeader()));
    });
    Run run(server.url());
    QSignalSpy scheduled(&run.turn, &TurnStream::reconnectScheduled);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-429"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(scheduled.size(), 1);
    QVERIFY(scheduled.first().at(1).toInt() >= 1000); // waited at least what Retry-After said
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).headers.value("idempotency-key"), QByteArray("key-429"));
}

void TurnStreamTest::rateLimitWaitsWhatTheServerAsksNotTheBackoff()
{
    // Issue 21, case 9: three 429s that ask for 1 s each are retried after 1 s each, however
    // far our own backoff has grown (it would reach several seconds by the third).
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index < 3)
            return CannedReply(CannedHttpServer::response(429, "application/json", R"({"error": {"message": "slow down"}})", "Retry-After: 1\r\n"));
        return CannedReply(CannedHttpServer::stream(created() + completed(1), ridHeader()));
    });
    TurnStream::Options o = fast();
    o.backoffBaseMs = 1500;
    o.backoffCapMs = 30000;
    Run run(server.url(), o);
    QSignalSpy scheduled(&run.turn, &TurnStream::reconnectScheduled);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-429s"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 15000);
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(scheduled.size(), 3);
    for (const QList<QVariant> &s : std::as_const(scheduled))
        QCOMPARE(s.at(1).toInt(), 1000);
}

void TurnStreamTest::gatewayErrorsRetryThePostWithTheSameKeyAndBody()
{
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::response(502, "text/html", "bad gateway"));
        if (index == 1)
            return CannedReply(CannedHttpServer::response(504, "text/html", "timeout"));
        return CannedReply(CannedHttpServer::stream(created() + completed(1), ridHeader()));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("same body"), QStringLiteral("key-5xx"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(server.requests().size(), 3);
    for (const CannedRequest &r : server.requests()) {
        QCOMPARE(r.headers.value("idempotency-key"), QByteArray("key-5xx"));
        QCOMPARE(r.body, server.requests().first().body);
    }
}

void TurnStreamTest::dropResumesAfterTheLastSeqWithoutDuplicates()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.method == "POST")
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a") + delta(2, "b"), ridHeader()));
        // The resume: the server replays from Last-Event-ID + 1, but this one repeats seq 2.
        return CannedReply(CannedHttpServer::stream(delta(2, "b") + delta(3, "c") + delta(4, "d") + completed(5)));
    });
    Run run(server.url());
    QSignalSpy replayed(&run.turn, &TurnStream::replayed);
    QSignalSpy scheduled(&run.turn, &TurnStream::reconnectScheduled);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(scheduled.size(), 1);
    const CannedRequest &resume = server.requests().at(1);
    QCOMPARE(resume.method, QByteArray("GET"));
    QCOMPARE(resume.path, "/v1/sessions/sess_1/responses/" + Rid + "/events");
    QCOMPARE(resume.headers.value("last-event-id"), QByteArray("2"));
    QCOMPARE(replayed.size(), 1);
    QCOMPARE(replayed.first().first().toInt(), 3); // seq 2 was not counted twice
}

void TurnStreamTest::dropBeforeAnyIdRePostsWithTheSameKey()
{
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(); // closed before any answer
        return CannedReply(CannedHttpServer::stream(created() + completed(1), ridHeader()));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-reset"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    for (const CannedRequest &r : server.requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.headers.value("idempotency-key"), QByteArray("key-reset"));
    }
}

void TurnStreamTest::resumeAnswered404Expires()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.method == "POST")
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        return CannedReply(CannedHttpServer::response(404, "application/json", R"({"error": {"message": "evicted"}})"));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Expired);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1})); // what arrived is kept
}

void TurnStreamTest::silentConnectionTripsTheWatchdog()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.method == "POST")
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()), true); // then silence
        return CannedReply(CannedHttpServer::stream(delta(2, "b") + completed(3)));
    });
    Run run(server.url());
    QSignalSpy scheduled(&run.turn, &TurnStream::reconnectScheduled);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1, 2, 3}));
    QCOMPARE(scheduled.first().at(2).value<ApiError>().kind, ApiError::Kind::Timeout);
}

void TurnStreamTest::cancelBeforeTheIdIsSentOnceItArrives()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.path.endsWith("/messages"))
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        if (r.path.endsWith("/cancel"))
            return CannedReply(CannedHttpServer::response(202, "application/json",
                                                          "{\"response_id\":\"" + Rid + "\",\"status\":\"cancelling\"}"));
        return CannedReply(CannedHttpServer::stream(CannedHttpServer::event(2, "message.cancelled", "{\"id\":\"" + Rid + "\"}")));
    });
    Run run(server.url());
    QSignalSpy cancelRequested(&run.turn, &TurnStream::cancelRequested);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    run.turn.cancel(); // before any header
    QCOMPARE(cancelRequested.size(), 1);
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Cancelled);
    int cancels = 0;
    for (const CannedRequest &r : server.requests())
        cancels += r.path == "/v1/sessions/sess_1/responses/" + Rid + "/cancel" ? 1 : 0;
    QCOMPARE(cancels, 1);
    QCOMPARE(run.events.constLast().type, QStringLiteral("message.cancelled"));
}

void TurnStreamTest::cancelAnswered404Expires()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.path.endsWith("/messages"))
            return CannedReply(CannedHttpServer::stream(created(), ridHeader()), true);
        return CannedReply(CannedHttpServer::response(404, "application/json", R"({"error": {"message": "unknown"}})"));
    });
    Run run(server.url());
    QSignalSpy rid(&run.turn, &TurnStream::responseIdReceived);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QVERIFY(rid.wait());
    run.turn.cancel();
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Expired);
}

void TurnStreamTest::redirectsNeverCarryTheKeyToAnotherHost()
{
    // Another origin (another port on loopback is another origin) that records what reaches it.
    CannedHttpServer elsewhere([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::stream(created() + completed(1), ridHeader()));
    });
    CannedHttpServer api([&elsewhere](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(307, "text/plain", "moved",
                                                      "Location: " + elsewhere.url().toString().toUtf8() + "/v1/sessions/sess_1/messages\r\n"));
    });
    Run run(api.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-1"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    for (const CannedRequest &r : elsewhere.requests())
        QVERIFY2(!r.headers.contains("authorization"), "the key went to another host");
    QVERIFY(elsewhere.requests().isEmpty()); // the redirect was not followed at all
}

void TurnStreamTest::eventWithoutItsOwnIdIsDeliveredOnce()
{
    // An event with no id line inherits the last event id (the standard's rule); it is not a
    // replay of that event. One carries data.sequence_number, which then is its seq.
    const QByteArray noId = "event: text.delta\ndata: {\"content\":\"inherits 1\"}\n\n";
    const QByteArray ownNumber = "event: text.delta\ndata: {\"content\":\"own\",\"sequence_number\":2}\n\n";
    CannedHttpServer server([&](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a") + noId + ownNumber, ridHeader()));
        // The resume replays seq 2 (by its own number) and goes on.
        return CannedReply(CannedHttpServer::stream(ownNumber + delta(3, "b") + completed(4)));
    });
    Run run(server.url());
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-noid"));
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1, -1, 2, 3, 4}));
    QCOMPARE(run.events.at(2).data.value(u"content").toString(), QStringLiteral("inherits 1"));
    QCOMPARE(run.events.at(2).id, QByteArray("1")); // the last event id, as the standard defines it
    QCOMPARE(server.requests().at(1).headers.value("last-event-id"), QByteArray("2"));
}

void TurnStreamTest::serverThatAnswers200AndDropsForeverHitsTheCap()
{
    // Headers, then nothing new, then a close: no progress, so every try counts. (Each empty
    // resume asks the session whether the turn still runs: it does.)
    CannedHttpServer server([](const CannedRequest &req, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        if (!req.path.contains("/events"))
            return CannedReply(CannedHttpServer::response(200, "application/json",
                                                          R"({"id": "sess_1", "busy": true, "current_response_id": ")" + Rid + "\"}"));
        return CannedReply(CannedHttpServer::stream(delta(1, "a")));
    });
    TurnStream::Options o = fast();
    o.maxReconnectAttempts = 4;
    Run run(server.url(), o);
    QSignalSpy failed(&run.turn, &TurnStream::failed);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-drop"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(countRequests(server, [](const CannedRequest &r) { return r.path.contains("/events"); }), 4);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1}));
}

void TurnStreamTest::aServerThatSaysTheTurnEndedButHoldsNoEndIsBounded()
{
    // Every resume replays event 1 and closes; the session says it is not busy (and names no
    // turn). The stream re-reads its last event to learn how the turn ended, finds no end, and
    // gives up within the cap instead of asking for ever.
    CannedHttpServer server([](const CannedRequest &req, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        if (!req.path.contains("/events"))
            return CannedReply(CannedHttpServer::response(200, "application/json", R"({"id": "sess_1", "busy": false})"));
        return CannedReply(CannedHttpServer::stream(delta(1, "a")));
    });
    TurnStream::Options o = fast();
    o.maxReconnectAttempts = 4;
    Run run(server.url(), o);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-no-end"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QVERIFY(countRequests(server, [](const CannedRequest &r) { return r.path.contains("/events"); }) <= 2 * 4 + 2);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1}));
}

void TurnStreamTest::anEndProbeCutBeforeItsEventIsAskedAgain()
{
    // The turn ended while we were cut off; the probe that re-reads its last event is itself
    // cut right after its headers — on an event stream that closes just as cleanly as a
    // server with nothing to send. It is asked again, and the turn completes (it used to fail
    // with "its last event did not come back": TurnReliabilityTest's random cuts met it).
    int resumes = 0;
    CannedHttpServer server([&resumes](const CannedRequest &req, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        if (!req.path.contains("/events"))
            return CannedReply(CannedHttpServer::response(200, "application/json", R"({"id": "sess_1", "busy": false})"));
        ++resumes;
        if (resumes <= 2) // the ordinary resume, then the probe: both cut before any event
            return CannedReply(CannedHttpServer::stream(""));
        return CannedReply(CannedHttpServer::stream(delta(1, "a") + completed(2)));
    });
    TurnStream::Options o = fast();
    o.maxReconnectAttempts = 4;
    Run run(server.url(), o);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-probe-cut"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(run.seqs(), (QList<qint64>{0, 1, 2}));
}

void TurnStreamTest::resumeAnswered503ForeverHitsTheCap()
{
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()));
        return CannedReply(CannedHttpServer::response(503, "text/plain", "overloaded"));
    });
    TurnStream::Options o = fast();
    o.maxReconnectAttempts = 3;
    Run run(server.url(), o);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-503"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 10000);
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QCOMPARE(run.turn.lastError().httpStatus, 503);
    QCOMPARE(server.requests().size(), 1 + 3);
}

void TurnStreamTest::postAnswered429ForeverHitsItsCap()
{
    CannedHttpServer server([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(429, "application/json", R"({"error": {"message": "slow down"}})",
                                                      "Retry-After: 0\r\n"));
    });
    TurnStream::Options o = fast();
    o.maxRateLimitedPosts = 2;
    Run run(server.url(), o);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-429-forever"));
    QTRY_VERIFY_WITH_TIMEOUT(run.turn.isFinished(), 15000);
    QCOMPARE(run.turn.state(), TurnStream::State::Failed);
    QCOMPARE(run.turn.lastError().kind, ApiError::Kind::RateLimited);
    QCOMPARE(server.requests().size(), 1 + 2);
}

void TurnStreamTest::hugeRetryFieldAndRetryAfterAreClamped()
{
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream("retry: 999999999\n\n" + created() + delta(1, "a"), ridHeader()));
        return CannedReply(CannedHttpServer::response(503, "text/plain", "later", "Retry-After: 999999999\r\n"));
    });
    Run run(server.url());
    QSignalSpy scheduled(&run.turn, &TurnStream::reconnectScheduled);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-retry"));
    QTRY_COMPARE(scheduled.size(), 1); // the drop after seq 1
    QCOMPARE(scheduled.at(0).at(1).toInt(), int(Backoff::MaxServerDelayMs)); // five minutes, not eleven days
    QVERIFY(run.turn.state() == TurnStream::State::Reconnecting);
}

void TurnStreamTest::cancelAnswered500CanBePressedAgain()
{
    int cancels = 0;
    CannedHttpServer server([&](const CannedRequest &r, int) {
        if (r.path.endsWith("/cancel")) {
            if (++cancels == 1)
                return CannedReply(CannedHttpServer::response(500, "application/json", R"({"error": {"message": "cancel broke"}})"));
            return CannedReply(CannedHttpServer::response(202, "application/json", R"({"status": "cancelling"})"));
        }
        if (r.path.endsWith("/messages"))
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()), true);
        return CannedReply(CannedHttpServer::stream(CannedHttpServer::event(2, "message.cancelled", "{}")));
    });
    Run run(server.url());
    QSignalSpy cancelFailed(&run.turn, &TurnStream::cancelFailed);
    QSignalSpy failed(&run.turn, &TurnStream::failed);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-c500"));
    QTRY_COMPARE(run.events.size(), 2);
    run.turn.cancel();
    QVERIFY(cancelFailed.wait());
    QCOMPARE(cancelFailed.first().first().value<ApiError>().httpStatus, 500);
    QVERIFY(!run.turn.isCancelRequested()); // the button comes back
    QVERIFY(!run.turn.isFinished());        // the turn goes on
    QVERIFY(failed.isEmpty());              // a failed cancel is not a failed turn
    run.turn.cancel();                      // pressed again: a second cancel goes out
    QTRY_COMPARE(cancels, 2);
}

void TurnStreamTest::hangingCancelTimesOut()
{
    CannedHttpServer server([](const CannedRequest &r, int) {
        if (r.path.endsWith("/cancel"))
            return CannedReply({}, true); // never answers
        return CannedReply(CannedHttpServer::stream(created() + delta(1, "a"), ridHeader()), true);
    });
    TurnStream::Options o = fast();
    o.idleTimeoutMs = 60000;
    Run run(server.url(), o);
    run.api.setCallTimeoutMs(300);
    QSignalSpy cancelFailed(&run.turn, &TurnStream::cancelFailed);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-hang"));
    QTRY_COMPARE(run.events.size(), 2);
    run.turn.cancel();
    QVERIFY(cancelFailed.wait(5000));
    const ApiError error = cancelFailed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.userMessage().contains(u"no answer within"), qPrintable(error.userMessage()));
    QVERIFY(!run.turn.isCancelRequested());
}

void TurnStreamTest::pauseResumesFromTheStoredSeqAndHoldsTheEnd()
{
    // The owner keeps nothing of the batch with the terminal event: the turn must not end,
    // and the resume asks again for everything after what was kept.
    CannedHttpServer server([](const CannedRequest &, int index) {
        if (index == 0)
            return CannedReply(CannedHttpServer::stream(created() + delta(1, "a") + delta(2, "b") + completed(3), ridHeader()));
        return CannedReply(CannedHttpServer::stream(delta(1, "a") + delta(2, "b") + completed(3)));
    });
    TurnStream::Options o = fast();
    o.pauseRetryBaseMs = 20;
    Run run(server.url(), o);
    bool refuse = true;
    QObject::connect(&run.turn, &TurnStream::eventsReceived, &run.turn, [&](const QList<TurnEvent> &) {
        if (std::exchange(refuse, false)) {
            run.events.clear();
            run.turn.pause(0); // only message.created was kept before
        }
    });
    QSignalSpy paused(&run.turn, &TurnStream::paused);
    run.turn.send(QStringLiteral("hi"), QStringLiteral("key-pause"));
    QVERIFY(paused.wait());
    QCOMPARE(run.turn.state(), TurnStream::State::Paused);
    QTRY_VERIFY(run.turn.isFinished());
    QCOMPARE(run.turn.state(), TurnStream::State::Completed);
    QCOMPARE(server.requests().at(1).headers.value("last-event-id"), QByteArray("0"));
    QCOMPARE(run.seqs(), (QList<qint64>{1, 2, 3}));
}

QTEST_GUILESS_MAIN(TurnStreamTest)
#include "TurnStreamTest.moc"
