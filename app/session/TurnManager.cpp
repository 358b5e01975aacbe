#include "session/TurnManager.h"

#include "api/ApiClient.h"
#include "store/Journal.h"

#include <QUuid>

namespace pokee {

QString stateName(TurnStream::State state)
{
    switch (state) {
    case TurnStream::State::Idle: return QStringLiteral("idle");
    case TurnStream::State::Posting: return QStringLiteral("posting");
    case TurnStream::State::Streaming: return QStringLiteral("streaming");
    case TurnStream::State::Reconnecting: return QStringLiteral("reconnecting");
    case TurnStream::State::Completed: return QStringLiteral("completed");
    case TurnStream::State::Cancelled: return QStringLiteral("cancelled");
    case TurnStream::State::Failed: return QStringLiteral("failed");
    case TurnStream::State::Expired: return QStringLiteral("expired");
    }
    return {};
}

TurnManager::TurnManager(ApiClient *api, Journal *journal, QObject *parent)
    : TurnManager(api, journal, TurnStream::Options{}, parent)
{
}

TurnManager::TurnManager(ApiClient *api, Journal *journal, const TurnStream::Options &options, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_options(options)
{
}

TurnManager::~TurnManager() = default;

qint64 TurnManager::runningTurn(const QString &sessionId) const
{
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
        if (it.value()->sessionId() == sessionId && !it.value()->isFinished())
            return it.key();
    return 0;
}

qint64 TurnManager::startTurn(const QString &sessionId, const QString &prompt)
{
    // The key is written with the prompt *before* the POST: whatever happens next, a retry
    // (now or after a restart) can only ever reach this same turn.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 turnId = m_journal->beginTurn(sessionId, prompt, key);
    if (turnId == 0) {
        Q_EMIT journalFailed(m_journal->lastError());
        return 0;
    }
    TurnStream *stream = createStream(turnId, sessionId);
    Q_EMIT turnStarted(sessionId, turnId, prompt);
    stream->send(prompt, key);
    return turnId;
}

qint64 TurnManager::attachTurn(const QString &sessionId, const QString &responseId, const QString &prompt)
{
    const qint64 turnId = m_journal->beginTurn(sessionId, prompt, QString());
    if (turnId == 0) {
        Q_EMIT journalFailed(m_journal->lastError());
        return 0;
    }
    m_journal->setResponseId(turnId, responseId);
    TurnStream *stream = createStream(turnId, sessionId);
    Q_EMIT turnStarted(sessionId, turnId, prompt);
    stream->attach(responseId, -1);
    return turnId;
}

int TurnManager::resumeOpenTurns()
{
    int resumed = 0;
    for (const TurnRecord &t : m_journal->openTurns()) {
        if (m_streams.contains(t.id))
            continue;
        TurnStream *stream = createStream(t.id, t.sessionId);
        if (!t.responseId.isEmpty()) {
            Q_EMIT notice(t.sessionId, t.id, tr("Resuming the turn left open by the last run, after event %1.").arg(t.lastSeq));
            stream->attach(t.responseId, t.lastSeq);
        } else if (!t.idempotencyKey.isEmpty()) {
            Q_EMIT notice(t.sessionId, t.id, tr("Re-sending the message whose answer never arrived (same Idempotency-Key)."));
            stream->send(t.prompt, t.idempotencyKey);
        } else {
            m_journal->finishTurn(t.id, stateName(TurnStream::State::Failed), {}, tr("nothing to resume"));
            continue;
        }
        ++resumed;
    }
    return resumed;
}

void TurnManager::cancel(qint64 turnId)
{
    if (TurnStream *s = m_streams.value(turnId))
        s->cancel();
}

TurnStream *TurnManager::createStream(qint64 turnId, const QString &sessionId)
{
    auto *stream = new TurnStream(m_api, sessionId, m_options, this);
    m_streams.insert(turnId, stream);
    connect(stream, &TurnStream::responseIdReceived, this, [this, turnId, sessionId](const QString &rid) {
        m_journal->setResponseId(turnId, rid);
        Q_EMIT responseIdReceived(sessionId, turnId, rid);
    });
    connect(stream, &TurnStream::eventsReceived, this, [this, turnId, sessionId, stream](const QList<TurnEvent> &events) {
        // Journal first: what is shown has been stored.
        if (!m_journal->appendEvents(turnId, stream->responseId(), events))
            Q_EMIT journalFailed(m_journal->lastError());
        Q_EMIT eventsReceived(sessionId, turnId, stream->responseId(), events);
    });
    connect(stream, &TurnStream::stateChanged, this, [this, turnId, sessionId, stream](TurnStream::State state) {
        if (stream->isFinished()) {
            onFinished(turnId, stream);
            return;
        }
        m_journal->setTurnState(turnId, stateName(state));
        Q_EMIT stateChanged(sessionId, turnId, state);
    });
    connect(stream, &TurnStream::cancelRequested, this, [this, turnId, sessionId] {
        Q_EMIT cancelRequested(sessionId, turnId);
    });
    connect(stream, &TurnStream::reconnectScheduled, this,
            [this, turnId, sessionId](int attempt, int delayMs, const ApiError &reason) {
                const QString why = reason.detail.isEmpty() ? reason.userMessage() : reason.detail;
                Q_EMIT notice(sessionId, turnId,
                              tr("Connection lost (%1) — reconnecting in %n s, attempt %2.", nullptr, (delayMs + 999) / 1000)
                                  .arg(why)
                                  .arg(attempt));
            });
    connect(stream, &TurnStream::replayed, this, [this, turnId, sessionId](int count) {
        Q_EMIT notice(sessionId, turnId, tr("Resumed, %n event(s) replayed.", nullptr, count));
    });
    connect(stream, &TurnStream::sessionBusy, this, [this, sessionId] { fetchBusyTurn(sessionId); });
    return stream;
}

QPair<TurnManager::Headers, TurnManager::Headers> TurnManager::headers(qint64 turnId) const
{
    if (const TurnStream *s = m_streams.value(turnId))
        return {s->requestHeaders(), s->responseHeaders()};
    return m_finishedHeaders.value(turnId);
}

void TurnManager::onFinished(qint64 turnId, TurnStream *stream)
{
    m_finishedHeaders.insert(turnId, {stream->requestHeaders(), stream->responseHeaders()});
    const TurnStream::State state = stream->state();
    const ApiError error = stream->lastError();
    m_journal->finishTurn(turnId, stateName(state), stream->usage(), error.isError() ? error.userMessage() : QString());
    const QString sessionId = stream->sessionId();
    m_streams.remove(turnId);
    stream->deleteLater();
    if (state == TurnStream::State::Expired)
        Q_EMIT notice(sessionId, turnId, tr("The server no longer has this turn's events (it expired); what was received is kept."));
    Q_EMIT stateChanged(sessionId, turnId, state);
    Q_EMIT turnFinished(sessionId, turnId, state, error);
}

void TurnManager::fetchBusyTurn(const QString &sessionId)
{
    // The API's 409 does not say which turn is running; the session object may.
    ApiCall *call = m_api->getSession(sessionId);
    connect(call, &ApiCall::finished, this, [this, sessionId](const ApiResult &r) {
        Q_EMIT sessionBusy(sessionId, r.json.object().value(u"current_response_id").toString());
    });
}

} // namespace pokee
