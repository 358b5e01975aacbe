// The questions a TurnStream asks the session object (GET /v1/sessions/{id}) when an answer
// alone cannot tell what happened: which turn keeps the session busy, whether it is free for
// a retried message, and whether a turn that replays nothing has ended.
#include "stream/TurnStream.h"

#include "api/ApiClient.h"

#include <QJsonObject>

#include <utility>

namespace pokee {

void TurnStream::reportBusy(const ApiError &conflict)
{
    // The API's 409 does not say which turn runs; the session object may. Asked before the
    // turn ends, so that whoever reports the failure can say how to follow the running turn.
    setState(State::Reconnecting);
    ApiCall *call = m_api->getSession(m_sessionId);
    connect(call, &ApiCall::finished, this, [this, conflict](const ApiResult &r) {
        if (isFinished())
            return;
        Q_EMIT sessionBusy(r.ok() ? r.json.object().value(u"current_response_id").toString() : QString());
        finish(State::Failed, conflict);
    });
}

void TurnStream::waitForFreeSession()
{
    // A 409 to a retry does not prove that the running turn is ours: a server that checks the
    // Idempotency-Key first answers our own key with our turn, so its 409 means another
    // client's turn; one that checks "busy" first cannot tell. Following the running turn
    // could show another turn's answer under our prompt. So wait until the session is free
    // and post again with the same key: a turn that was ours comes back by its key, and if it
    // was not, ours starts then (docs/reliability.md, "A retried message").
    m_waitingForSession = true;
    checkSessionIsFree();
}

void TurnStream::checkSessionIsFree()
{
    setState(State::Reconnecting);
    ApiCall *call = m_api->getSession(m_sessionId);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (isFinished() || m_state == State::Paused || !m_waitingForSession)
            return;
        const QJsonObject session = r.json.object();
        if (r.ok() && !session.value(u"busy").toBool()) {
            m_waitingForSession = false;
            openPost();
            return;
        }
        // Still busy, or the question did not get through: ask again later, within the cap.
        if (m_backoff.attempt() >= m_options.maxReconnectAttempts) {
            finish(State::Failed, ApiError::sessionStayedBusy(session.value(u"current_response_id").toString()));
            return;
        }
        const int delay = m_backoff.nextDelayMs();
        Q_EMIT waitingForSession(session.value(u"current_response_id").toString(), delay);
        m_retryTimer.start(delay);
    });
}

void TurnStream::askWhetherTurnRuns(const ApiError &reason)
{
    if (m_endProbe) {
        // The probe came back empty. On an event stream a connection cut right after its
        // headers closes just as cleanly, so probe again as drops are retried; only when those
        // run out is it the server's doing: even the last event we have did not come back, and
        // it cannot say how the turn ended.
        if (m_backoff.attempt() < m_options.maxReconnectAttempts) {
            retryLater(reason);
            return;
        }
        finish(State::Failed, ApiError::badResponse(tr("the turn has ended on the server, but its last event "
                                                       "(%1) did not come back").arg(m_lastSeq), {}));
        return;
    }
    setState(State::Reconnecting);
    ApiCall *call = m_api->getSession(m_sessionId);
    connect(call, &ApiCall::finished, this, [this, reason](const ApiResult &r) {
        if (isFinished() || m_state == State::Paused)
            return;
        const QJsonObject session = r.json.object();
        // current_response_id is the emulator's extension: a busy session that does not name
        // its turn may well be running this one.
        const QString running = session.value(u"current_response_id").toString();
        const bool runsThisTurn = session.value(u"busy").toBool() && (running.isEmpty() || running == m_responseId);
        if (!r.ok() || runsThisTurn) {
            handleDrop(reason); // still running (or unknown): an ordinary drop
            return;
        }
        if (m_lastSeq < 0) {
            finish(State::Failed, ApiError::badResponse(tr("the turn has ended on the server, but it sent none of "
                                                           "its events"), {}));
            return;
        }
        m_endProbe = true;
        if (std::exchange(m_probedAtSeq, m_lastSeq) != m_lastSeq) {
            openResume(); // the usual case: the turn has ended, and this learns how, at once
            return;
        }
        // Probed here before and the server's last event was not an end: a server that says
        // the turn is over but holds no end for it. Ask again only as drops are retried.
        if (m_backoff.attempt() >= m_options.maxReconnectAttempts) {
            finish(State::Failed, reason);
            return;
        }
        retryLater(reason);
    });
}

} // namespace pokee
