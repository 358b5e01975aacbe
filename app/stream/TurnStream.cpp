#include "stream/TurnStream.h"

#include "api/ApiClient.h"
#include "api/ReplyRelease.h"
#include "api/ResourceId.h"

#include <QDateTime>
#include <QNetworkReply>

namespace pokee {

// How much of a reply is parsed and delivered at a time.
constexpr qint64 ParseSliceBytes = 64 * 1024;
// How much Qt may hold for us before the socket waits (QNetworkReply::setReadBufferSize).
// 256 KiB, not more: Qt keeps about three copies of this window in flight (its HTTP thread,
// the queued chunks, the reply's buffer), and `pokee events --raw` of a 1,000,000-event turn
// from nginx peaked at 42-49 MB with 4 MiB and 26-29 MB with 256 KiB, equally fast
// (bench/README.md, "Memory of one turn").
constexpr qint64 ReadWindowBytes = 256 * 1024;

namespace {
constexpr qsizetype MaxErrorBody = 64 * 1024;

bool isRetryablePostStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}
} // namespace

TurnStream::TurnStream(ApiClient *api, const QString &sessionId, QObject *parent)
    : TurnStream(api, sessionId, Options{}, parent)
{
}

TurnStream::TurnStream(ApiClient *api, const QString &sessionId, const Options &options,
                       QObject *parent)
    : QObject(parent), m_api(api), m_sessionId(sessionId), m_options(options),
      m_backoff(options.backoffBaseMs, options.backoffCapMs),
      m_pauseBackoff(options.pauseRetryBaseMs, options.pauseRetryCapMs)
{
    m_retryTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_options.idleTimeoutMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_waitingForSession)
            checkSessionIsFree();
        else if (m_responseId.isEmpty())
            openPost();
        else
            openResume();
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &TurnStream::onIdle);
}

TurnStream::~TurnStream()
{
    closeReply();
}

bool TurnStream::isFinished() const
{
    return m_state == State::Completed || m_state == State::Cancelled ||
           m_state == State::Failed || m_state == State::Expired;
}

void TurnStream::send(const QString &prompt, const QString &idempotencyKey, bool isRetry)
{
    Q_ASSERT(m_state == State::Idle);
    m_prompt = prompt;
    m_idempotencyKey = idempotencyKey;
    m_isRetry = isRetry;
    if (refuseUnusableIds(false, {}))
        return;
    openPost();
}

bool TurnStream::refuseUnusableIds(bool attaching, const QString &responseId)
{
    QString problem = resource_id::problem(tr("session"), m_sessionId);
    if (problem.isEmpty() && attaching)
        problem = resource_id::problem(tr("response"), responseId); // attach: the response is named
    if (problem.isEmpty())
        return false;
    // Never sent (ResourceId.h); ended from the event loop, as a failed request would be.
    setState(State::Posting);
    QTimer::singleShot(0, this, [this, problem] { finish(State::Failed, ApiError::refused(problem)); });
    return true;
}

void TurnStream::attach(const QString &responseId, qint64 lastSeq)
{
    Q_ASSERT(m_state == State::Idle);
    m_lastSeq = lastSeq;
    if (refuseUnusableIds(true, responseId))
        return;
    setResponseId(responseId);
    openResume();
}

void TurnStream::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    Q_EMIT cancelRequested();
    if (!m_responseId.isEmpty())
        sendCancel();
    // Otherwise the cancel goes out the moment X-Response-Id arrives.
}

void TurnStream::sendCancel()
{
    if (m_cancelSent)
        return;
    m_cancelSent = true;
    ApiCall *call = m_api->cancelTurn(m_sessionId, m_responseId);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (isFinished())
            return;
        if (result.ok()) {
            // 202 cancelling: message.cancelled will arrive on this stream or on a resume.
            // 200 already_complete: the terminal event is (or will be) in the buffer.
            if (m_state == State::Reconnecting && !m_retryTimer.isActive() && !m_reply)
                openResume();
            return;
        }
        if (result.error.kind == ApiError::Kind::NotFound) {
            finish(State::Expired, result.error);
            return;
        }
        // The cancel itself failed (network, 5xx, no answer in time): the turn goes on, and
        // the user can press Cancel again.
        m_cancelSent = false;
        m_cancelRequested = false;
        Q_EMIT cancelFailed(result.error);
    });
}

void TurnStream::pause(qint64 storedSeq)
{
    if (isFinished())
        return;
    // Everything after what the owner kept is asked for again; the dedup floor moves back.
    m_lastSeq = storedSeq;
    closeReply();
    m_retryTimer.stop();
    setState(State::Paused);
    const int delay = m_pauseBackoff.nextDelayMs();
    Q_EMIT paused(delay);
    m_retryTimer.start(delay);
}

void TurnStream::openPost()
{
    if (m_postAttempts > 0)
        m_isRetry = true; // this key may have reached the server already
    ++m_postAttempts;
    setState(State::Posting);
    watch(m_api->postMessage(m_sessionId, m_prompt, m_idempotencyKey), Request::Post);
}

void TurnStream::openResume()
{
    setState(State::Reconnecting);
    watch(m_api->getEvents(m_sessionId, m_responseId, m_endProbe ? m_lastSeq - 1 : m_lastSeq), Request::Resume);
}

void TurnStream::watch(QNetworkReply *reply, Request kind)
{
    closeReply();
    m_reply = reply;
    // Back-pressure: a reader that falls behind makes the socket wait instead of letting Qt
    // buffer an unbounded backlog (a replay can be hundreds of megabytes).
    reply->setReadBufferSize(ReadWindowBytes);
    m_request = kind;
    m_httpStatus = 0;
    m_errorBody.clear();
    m_wrongContentType.clear();
    m_idleAbort = false;
    m_parser.resetConnection();
    connect(reply, &QNetworkReply::metaDataChanged, this, &TurnStream::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &TurnStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &TurnStream::onFinished);
    // Qt 6.8 fails a reply whose inflated body passes its safety check (a compression bomb)
    // without ever emitting finished(): waiting for it would hold the user until the idle
    // timeout, and then reconnect to the same bomb.
    connect(reply, &QNetworkReply::errorOccurred, this, [this, reply] {
        if (reply != m_reply || isFinished())
            return;
        if (const ApiError unreadable = ApiError::unreadableAnswer(reply); unreadable.isError())
            finish(State::Failed, unreadable);
    });
    m_idleTimer.start();
}

void TurnStream::closeReply()
{
    m_idleTimer.stop();
    releaseReply(m_reply, this);
}

void TurnStream::onMetaData()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (reply != m_reply || m_httpStatus != 0)
        return;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus == 0)
        return;
    if (m_httpStatus >= 400)
        return; // the body is an error document, read at finished()
    m_api->reportOutcome({}); // the server answered: the status bar says so
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!contentType.trimmed().toLower().startsWith("text/event-stream")) {
        if (const ApiError unreadable = ApiError::unreadableAnswer(reply); unreadable.isError())
            return finish(State::Failed, unreadable); // no headers at all: Qt could not read them
        // Read a little of it first: the excerpt tells the user what answered instead.
        m_wrongContentType = contentType.isEmpty() ? QByteArrayLiteral("no content type") : contentType;
        return;
    }
    m_responseHeaders = reply->rawHeaderPairs();
    m_requestHeaders.clear();
    for (const QByteArray &name : reply->request().rawHeaderList()) {
        // What the inspector shows: the key never leaves this process in clear.
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        m_requestHeaders.append({name, secret ? QByteArrayLiteral("Bearer •••• (redacted)") : reply->request().rawHeader(name)});
    }
    if (m_request == Request::Post) {
        const QString rid = QString::fromUtf8(reply->rawHeader("X-Response-Id")).trimmed();
        if (!rid.isEmpty())
            setResponseId(rid);
    } else {
        m_resumedConnection = true;
        m_replayCount = 0;
        Q_EMIT resumed(m_lastSeq);
    }
    // Headers are not progress: a server that answers 200 and drops at once must still run
    // into the caps. Only a new sequence number resets them (deliver()).
    setState(State::Streaming);
}

void TurnStream::onReadyRead()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (reply != m_reply)
        return;
    m_idleTimer.start();
    if (m_httpStatus >= 400 || m_httpStatus == 0 || !m_wrongContentType.isEmpty()) {
        m_errorBody += reply->read(MaxErrorBody - m_errorBody.size());
        reply->readAll(); // bounded memory: the rest of a huge error page is dropped
        if (!m_wrongContentType.isEmpty() && m_errorBody.size() >= 512)
            failWrongContentType(); // enough for an excerpt; no need to wait for the end
        return;
    }
    // In slices: what is held at once is one slice's events (and the lines a consumer prints
    // for them), not the events of all Qt buffered.
    while (reply == m_reply && reply->bytesAvailable() > 0) {
        // The events are views into `bytes` (SseEventView): it outlives their delivery.
        const QByteArray bytes = reply->read(ParseSliceBytes);
        QList<SseEventView> events;
        events.reserve(bytes.size() / 64); // small events are ~100 bytes: one allocation per slice
        const bool ok = m_parser.feedViews(bytes, events);
        deliver(events);
        if (!ok) {
            if (!isFinished() && m_state != State::Paused) {
                finish(State::Failed, ApiError::badResponse(tr("an event or line exceeded %1 MiB")
                                                                .arg(SseParser::DefaultMaxEventSize >> 20),
                                                            {}, m_httpStatus));
            }
            return;
        }
        if (isFinished() || m_state == State::Paused)
            return;
    }
}

void TurnStream::deliver(const QList<SseEventView> &events)
{
    if (m_parser.retryMs() >= 0)
        m_backoff.setFloorMs(m_parser.retryMs()); // clamped there
    QList<SseEventView> fresh;
    fresh.reserve(events.size());
    const qint64 seqBefore = m_lastSeq;
    for (const SseEventView &sse : events) {
        // Only the event's own id counts: one that inherited the stream's last id is new.
        const qint64 seq = TurnEvent::sequenceOf(sse);
        if (seq >= 0) {
            if (m_endProbe && seq == m_lastSeq) {
                // The last event we had, asked for again only to learn how the turn ended: a
                // terminal one closes the turn (not delivered again); any other says it has
                // not ended after all, and the stream goes on as usual.
                m_endProbe = false;
                if (TurnEvent::isTerminalWireType(sse.type)) {
                    finishFromTerminal(TurnEvent::fromSse(sse));
                    return;
                }
                continue;
            }
            if (seq <= m_lastSeq)
                continue; // a replay of what we already have
            m_lastSeq = seq;
        }
        if (m_responseId.isEmpty() && sse.type == "message.created")
            setResponseId(TurnEvent::fromSse(sse).data.value(u"id").toString());
        fresh.append(sse);
        if (TurnEvent::isTerminalWireType(sse.type))
            break; // nothing follows a terminal event
    }
    if (fresh.isEmpty())
        return;
    if (m_lastSeq > seqBefore) {
        m_endProbe = false;
        // Progress: the caps count attempts since the last one.
        m_backoff.reset();
        m_postAttempts = 0;
        m_rateLimitedPosts = 0;
    }
    if (m_resumedConnection) {
        m_replayCount += int(fresh.size());
        Q_EMIT replayed(m_replayCount);
    }
    if (m_options.rawEvents) {
        Q_EMIT rawEventsReceived(fresh);
    } else {
        QList<TurnEvent> converted;
        converted.reserve(fresh.size());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const SseEventView &sse : std::as_const(fresh)) {
            converted.append(TurnEvent::fromSse(sse));
            converted.last().receivedAt = now;
        }
        Q_EMIT eventsReceived(converted);
    }
    // The owner may have paused us from its slot: then nothing was kept, not even the end.
    if (m_state == State::Paused)
        return;
    m_pauseBackoff.reset(); // kept: a later pause starts from the short wait again
    if (!TurnEvent::isTerminalWireType(fresh.constLast().type) || isFinished())
        return;
    finishFromTerminal(TurnEvent::fromSse(fresh.constLast()));
}

void TurnStream::finishFromTerminal(const TurnEvent &terminal)
{
    if (terminal.type == u"message.completed") {
        m_usage = terminal.data.value(u"usage").toObject();
        finish(State::Completed);
    } else if (terminal.type == u"message.cancelled") {
        finish(State::Cancelled);
    } else {
        finish(State::Failed, ApiError::turnError(terminal.data.value(u"error").toString()));
    }
}

void TurnStream::onFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (reply != m_reply)
        return;
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    // An answer Qt could not read (a compression bomb, a header block past its limits) is the
    // server's doing, and asking again would bring the same: the turn ends here, saying so.
    if (const ApiError unreadable = m_idleAbort ? ApiError() : ApiError::unreadableAnswer(reply); unreadable.isError()) {
        if (m_httpStatus < 400 && m_wrongContentType.isEmpty() && reply->isOpen())
            onReadyRead(); // what did arrive is kept
        if (!isFinished() && reply == m_reply)
            finish(State::Failed, unreadable);
        return;
    }
    if (!m_wrongContentType.isEmpty()) {
        if (reply->isOpen())
            m_errorBody += reply->read(MaxErrorBody - m_errorBody.size());
        failWrongContentType();
        return;
    }
    if (m_httpStatus >= 400 && reply->isOpen())
        m_errorBody += reply->read(MaxErrorBody - m_errorBody.size());
    else if (m_httpStatus > 0 && reply->isOpen())
        onReadyRead(); // whatever is left
    if (isFinished() || reply != m_reply)
        return;
    m_reply = nullptr;
    m_idleTimer.stop();
    reply->disconnect(this);
    reply->deleteLater();
    m_parser.finish();
    const bool emptyResume = m_request == Request::Resume && m_resumedConnection && m_replayCount == 0;
    m_resumedConnection = false;

    if (m_httpStatus >= 400) {
        handleHttpError(m_httpStatus, m_errorBody, retryAfter);
        return;
    }
    // Ended without a terminal event: that is a drop, however clean it looked.
    ApiError reason = m_idleAbort
                          ? ApiError::fromNetwork(QNetworkReply::TimeoutError,
                                                  tr("no data for %n second(s)", nullptr,
                                                     m_options.idleTimeoutMs / 1000))
                          : m_httpStatus > 0 ? ApiError::connectionBroke(netError, netText)
                                             : ApiError::fromNetwork(netError, netText);
    if (netError == QNetworkReply::NoError && !m_idleAbort)
        reason.detail = tr("the connection ended before the turn did");
    if (m_httpStatus == 0)
        m_api->reportOutcome(reason); // never answered: unreachable
    if (emptyResume && netError == QNetworkReply::NoError && !m_idleAbort) {
        // The server replayed nothing and closed: either the turn is quiet and the link fell,
        // or there is nothing more because the turn has ended. Only the server knows.
        askWhetherTurnRuns(reason);
        return;
    }
    handleDrop(reason);
}

void TurnStream::failWrongContentType()
{
    finish(State::Failed, ApiError::badResponse(tr("expected an event stream but got \"%1\"")
                                                    .arg(QString::fromLatin1(m_wrongContentType)),
                                                m_errorBody, m_httpStatus));
}

void TurnStream::onIdle()
{
    if (!m_reply)
        return;
    m_idleAbort = true;
    m_reply->abort(); // finished() follows, re-entrantly, and is treated as a drop
}

void TurnStream::handleHttpError(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    const ApiError error = ApiError::fromHttp(status, body, retryAfter);
    m_api->reportOutcome(error);
    if (m_request == Request::Post) {
        if (status == 409) {
            if (m_isRetry)
                waitForFreeSession();
            else
                reportBusy(error);
            return;
        }
        if (status == 429) {
            // A wait longer than we ever wait (Backoff's clamp) is a refusal: say so now,
            // with the server's own wait, instead of retrying every five minutes.
            const bool tooLong = qint64(error.retryAfterSeconds) * 1000 > Backoff::MaxServerDelayMs;
            if (tooLong || ++m_rateLimitedPosts > m_options.maxRateLimitedPosts) {
                finish(State::Failed, error);
                return;
            }
            --m_postAttempts; // a 429 has its own cap
            if (error.retryAfterSeconds >= 0) {
                // The server said how long: that, not our backoff (which had grown to 16-23 s
                // while the server asked for 1 s).
                retryIn(error, qint64(qMax(error.retryAfterSeconds, 1)) * 1000);
                return;
            }
            retryLater(error);
            return;
        }
        if (isRetryablePostStatus(status) && m_postAttempts < m_options.maxPostAttempts) {
            retryLater(error);
            return;
        }
        finish(State::Failed, error);
        return;
    }
    // A resume.
    if (status == 404) {
        finish(State::Expired, error);
        return;
    }
    if (status == 429 || status >= 500) {
        if (m_backoff.attempt() >= m_options.maxReconnectAttempts) {
            finish(State::Failed, error);
            return;
        }
        if (status == 429 && error.retryAfterSeconds >= 0) {
            (void)m_backoff.nextDelayMs(); // counted against the cap all the same
            retryIn(error, qint64(qMax(error.retryAfterSeconds, 1)) * 1000);
            return;
        }
        retryLater(error, error.retryAfterSeconds > 0 ? qint64(error.retryAfterSeconds) * 1000 : 0);
        return;
    }
    finish(State::Failed, error);
}

void TurnStream::handleDrop(const ApiError &reason)
{
    if (!m_options.reconnect) {
        finish(State::Failed, reason);
        return;
    }
    if (m_responseId.isEmpty()) {
        // The POST never told us its id: repeating it with the same key and body is safe, the
        // server answers with the original turn instead of starting a second one.
        if (m_postAttempts >= m_options.maxPostAttempts) {
            finish(State::Failed, reason);
            return;
        }
    } else if (m_backoff.attempt() >= m_options.maxReconnectAttempts) {
        finish(State::Failed, reason);
        return;
    }
    retryLater(reason);
}

void TurnStream::retryLater(const ApiError &reason, qint64 atLeastMs)
{
    // Retry-After is the server's word, within reason: never longer than Backoff's clamp.
    const qint64 asked = qBound<qint64>(0, atLeastMs, Backoff::MaxServerDelayMs);
    const int delay = int(qMax<qint64>(m_backoff.nextDelayMs(), asked));
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(m_backoff.attempt(), delay, reason);
    m_retryTimer.start(delay);
}

void TurnStream::retryIn(const ApiError &reason, qint64 serverWaitMs)
{
    const int delay = int(qBound<qint64>(0, serverWaitMs, Backoff::MaxServerDelayMs));
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(qMax(m_backoff.attempt(), 1), delay, reason);
    m_retryTimer.start(delay);
}

void TurnStream::setResponseId(const QString &id)
{
    if (id.isEmpty() || id == m_responseId)
        return;
    m_responseId = id;
    Q_EMIT responseIdReceived(id);
    if (m_cancelRequested)
        sendCancel();
}

void TurnStream::finish(State state, const ApiError &error)
{
    m_retryTimer.stop();
    m_waitingForSession = false;
    m_error = error;
    closeReply();
    setState(state);
    if (error.isError() && state != State::Completed && state != State::Cancelled)
        Q_EMIT failed(error);
}

void TurnStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace pokee
