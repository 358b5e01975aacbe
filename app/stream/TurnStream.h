#pragma once

#include "api/ApiError.h"
#include "stream/Backoff.h"
#include "stream/SseParser.h"
#include "stream/TurnEvent.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace pokee {

class ApiClient;

// Owns one turn's connection and all of its retry policy (docs/architecture.md, "The data
// path of one turn"). A turn is complete only on a terminal event; anything else that ends a
// connection is a drop, and a drop is resumed from the last sequence number seen. No event is
// delivered twice: sequence numbers at or below the last one seen are dropped here. Only an
// event's own id (or its data.sequence_number) is a sequence number; an id it merely
// inherited is not.
//
// Caps (docs/architecture.md, "Retry caps"): consecutive attempts without progress — a new
// sequence number delivered — are bounded for resumes (drops, 5xx and 429 alike) and for
// POSTs (no headers, 502/503/504, and 429 separately); a wait a server asks for is clamped.
class TurnStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnStream)
public:
    // Paused: the owner could not store what was delivered (journal write failed); the stream
    // waits, then resumes from the seq the owner says it stored.
    enum class State { Idle, Posting, Streaming, Reconnecting, Paused, Completed, Cancelled, Failed, Expired };
    Q_ENUM(State)

    struct Options
    {
        int maxPostAttempts = 6;        // a POST failing before headers (or 502/503/504)
        int maxRateLimitedPosts = 10;   // a POST answered 429, each after its Retry-After
        int maxReconnectAttempts = 50;  // consecutive resumes without progress before giving up
        int backoffBaseMs = 500;
        int backoffCapMs = 30000;
        int idleTimeoutMs = 45000;      // three keep-alive intervals of silence = a dead link
        int pauseRetryBaseMs = 1000;    // after a pause, the first try to go on
        int pauseRetryCapMs = 30000;
        bool rawEvents = false;         // true: rawEventsReceived() instead of eventsReceived()
        bool reconnect = true;          // false: a drop ends the turn as Failed
    };

    TurnStream(ApiClient *api, const QString &sessionId, QObject *parent = nullptr);
    TurnStream(ApiClient *api, const QString &sessionId, const Options &options,
               QObject *parent = nullptr);
    ~TurnStream() override;

    // Starts a new turn. The same key must be used for every retry of this prompt;
    // `isRetry` says an earlier run may already have sent it (a 409 then means "ours").
    void send(const QString &prompt, const QString &idempotencyKey, bool isRetry = false);
    // Follows a turn that already exists on the server, from after `lastSeq` (-1: from start).
    void attach(const QString &responseId, qint64 lastSeq = -1);
    // Asks the server to cancel; works before the response id is known (sent once it is).
    // A cancel that fails (network, 5xx, no answer in time) emits cancelFailed() and can be
    // asked again; the turn goes on.
    void cancel();
    // The owner could not keep the events just delivered and holds everything up to
    // `storedSeq`: stop, and resume from there later. Safe to call from eventsReceived().
    void pause(qint64 storedSeq);

    State state() const { return m_state; }
    bool isFinished() const;
    bool isCancelRequested() const { return m_cancelRequested; }
    QString sessionId() const { return m_sessionId; }
    QString responseId() const { return m_responseId; }
    qint64 lastSeq() const { return m_lastSeq; }
    ApiError lastError() const { return m_error; }
    // The last connection's headers, for the event inspector; Authorization is redacted.
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const { return m_requestHeaders; }
    QList<QPair<QByteArray, QByteArray>> responseHeaders() const { return m_responseHeaders; }
    // The usage of message.completed, once it arrived.
    QJsonObject usage() const { return m_usage; }

Q_SIGNALS:
    void responseIdReceived(const QString &responseId);
    // New events, in order, never one already delivered; one signal per network read.
    void eventsReceived(const QList<pokee::TurnEvent> &events);
    // The same, as the SSE parser dispatched them (Options::rawEvents): no JSON is parsed and
    // nothing is copied. The views are valid during the emission only: connect directly and
    // copy (SseEventView::toEvent) what you keep.
    void rawEventsReceived(const QList<pokee::SseEventView> &events);
    void stateChanged(pokee::TurnStream::State state);
    void cancelRequested();
    void reconnectScheduled(int attempt, int delayMs, const pokee::ApiError &reason);
    void resumed(qint64 afterSeq);
    // The new events delivered so far on the current resumed connection: the server's replay
    // of what we missed, then whatever follows. Emitted as the count grows.
    void replayed(int count);
    // A first POST was answered 409: the session runs another turn (its id when the server
    // says which; empty otherwise). Emitted before the turn ends as Failed.
    void sessionBusy(const QString &runningResponseId);
    // A 409 to a retry of our POST: the running turn is not proven ours, so the message waits
    // until the session is free and is posted again with the same key (checked in `delayMs`).
    void waitingForSession(const QString &runningResponseId, int delayMs);
    void paused(int retryInMs);
    void cancelFailed(const pokee::ApiError &error);
    // The turn ended without completing: Failed or Expired, with why.
    void failed(const pokee::ApiError &error);

private:
    enum class Request { None, Post, Resume };

    // Ends the turn unsent when an id (the session's; for attach, also `responseId`) would
    // change the request's route; true if it did.
    bool refuseUnusableIds(bool attaching, const QString &responseId);
    void openPost();
    void openResume();
    void watch(QNetworkReply *reply, Request kind);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onIdle();
    void handleHttpError(int status, const QByteArray &body, const QByteArray &retryAfter);
    void handleDrop(const ApiError &reason);
    void reportBusy(const ApiError &conflict);
    void waitForFreeSession();
    void checkSessionIsFree();
    void askWhetherTurnRuns(const ApiError &reason);
    void finishFromTerminal(const TurnEvent &terminal);
    void retryLater(const ApiError &reason, qint64 atLeastMs = 0);
    // Exactly the wait the server asked for (Retry-After), within Backoff's clamp.
    void retryIn(const ApiError &reason, qint64 serverWaitMs);
    void deliver(const QList<SseEventView> &events);
    void setResponseId(const QString &id);
    void sendCancel();
    void finish(State state, const ApiError &error = {});
    void setState(State state);
    void closeReply();
    void failWrongContentType();

    ApiClient *m_api; // not owned; outlives the stream
    QString m_sessionId;
    Options m_options;
    QString m_prompt;
    QString m_idempotencyKey;
    QString m_responseId;
    qint64 m_lastSeq = -1;
    State m_state = State::Idle;
    bool m_cancelRequested = false;
    bool m_cancelSent = false;

    QPointer<QNetworkReply> m_reply; // parent: the ApiClient's network manager
    Request m_request = Request::None;
    int m_httpStatus = 0;
    QByteArray m_errorBody;
    bool m_idleAbort = false;
    bool m_isRetry = false;         // the POST may have reached the server before (send(isRetry))
    bool m_waitingForSession = false; // a retry met 409: the retry timer checks the session
    // A resume that delivered nothing and closed, for a turn the server no longer runs: the
    // next resume re-reads the last event we have, only to learn how the turn ended.
    bool m_endProbe = false;
    qint64 m_probedAtSeq = -2; // the last seq such a probe was made after (-2: none yet)
    bool m_resumedConnection = false;
    int m_replayCount = 0;
    QByteArray m_wrongContentType; // a 200 that is not an event stream: its body is an excerpt
    int m_postAttempts = 0;
    int m_rateLimitedPosts = 0;
    SseParser m_parser;
    Backoff m_backoff;
    Backoff m_pauseBackoff;
    QTimer m_retryTimer;
    QTimer m_idleTimer;
    ApiError m_error;
    QJsonObject m_usage;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
};

} // namespace pokee
