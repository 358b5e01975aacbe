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

// Owns one turn's connection and all of its retry policy (DESIGN.md, "The data path of one
// turn"). A turn is complete only on a terminal event; anything else that ends a connection
// is a drop, and a drop is resumed from the last sequence number seen. No event is delivered
// twice: sequence numbers at or below the last one seen are dropped here.
class TurnStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnStream)
public:
    enum class State { Idle, Posting, Streaming, Reconnecting, Completed, Cancelled, Failed, Expired };
    Q_ENUM(State)

    struct Options
    {
        int maxPostAttempts = 6;        // a POST failing before headers (or 502/503/504)
        int maxReconnectAttempts = 50;  // consecutive failed resumes before giving up
        int backoffBaseMs = 500;
        int backoffCapMs = 30000;
        int idleTimeoutMs = 45000;      // three keep-alive intervals of silence = a dead link
        bool rawEvents = false;         // true: rawEventsReceived() instead of eventsReceived()
        bool reconnect = true;          // false: a drop ends the turn as Failed
    };

    TurnStream(ApiClient *api, const QString &sessionId, QObject *parent = nullptr);
    TurnStream(ApiClient *api, const QString &sessionId, const Options &options,
               QObject *parent = nullptr);
    ~TurnStream() override;

    // Starts a new turn. The same key must be used for every retry of this prompt.
    void send(const QString &prompt, const QString &idempotencyKey);
    // Follows a turn that already exists on the server, from after `lastSeq` (-1: from start).
    void attach(const QString &responseId, qint64 lastSeq = -1);
    // Asks the server to cancel; works before the response id is known (sent once it is).
    void cancel();

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
    // The same, as the SSE parser dispatched them (Options::rawEvents): no JSON is parsed.
    void rawEventsReceived(const QList<pokee::SseEvent> &events);
    void stateChanged(pokee::TurnStream::State state);
    void cancelRequested();
    void reconnectScheduled(int attempt, int delayMs, const pokee::ApiError &reason);
    void resumed(qint64 afterSeq);
    // Events the server had buffered while we were away, delivered on reconnecting.
    void replayed(int count);
    void sessionBusy(const QString &runningResponseId);
    void failed(const pokee::ApiError &error);

private:
    enum class Request { None, Post, Resume };

    void openPost();
    void openResume();
    void watch(QNetworkReply *reply, Request kind);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onIdle();
    void handleHttpError(int status, const QByteArray &body, const QByteArray &retryAfter);
    void handleDrop(const ApiError &reason);
    void retryLater(const ApiError &reason, qint64 atLeastMs = 0);
    void deliver(QList<SseEvent> &events);
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
    bool m_countReplay = false;
    QByteArray m_wrongContentType; // a 200 that is not an event stream: its body is an excerpt
    int m_postAttempts = 0;
    SseParser m_parser;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_idleTimer;
    ApiError m_error;
    QJsonObject m_usage;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
};

} // namespace pokee
