#include "session/TurnManager.h"

#include "api/ApiClient.h"
#include "store/Journal.h"

#include <QTime>
#include <QUuid>

#include <utility>

namespace pokee {

namespace {
constexpr qsizetype MaxLogEntries = 200;

QString why(const ApiError &reason)
{
    return reason.detail.isEmpty() ? reason.userMessage() : reason.detail;
}
} // namespace

QString stateName(TurnStream::State state)
{
    switch (state) {
    case TurnStream::State::Idle: return QStringLiteral("idle");
    case TurnStream::State::Posting: return QStringLiteral("posting");
    case TurnStream::State::Streaming: return QStringLiteral("streaming");
    case TurnStream::State::Reconnecting: return QStringLiteral("reconnecting");
    case TurnStream::State::Paused: return QStringLiteral("paused");
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
    : QObject(parent), m_api(api), m_journal(journal), m_options(options),
      m_profile(api->endpoint().baseUrl.toString(QUrl::RemoveUserInfo))
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
    const qint64 turnId = m_journal->beginTurn(sessionId, prompt, key, m_profile);
    if (turnId == 0) {
        Q_EMIT journalFailed(m_journal->lastError());
        return 0;
    }
    TurnStream *stream = createStream(turnId, sessionId, -1);
    Q_EMIT turnStarted(sessionId, turnId, prompt);
    Q_EMIT sessionRunningChanged(sessionId, true);
    stream->send(prompt, key);
    return turnId;
}

qint64 TurnManager::attachTurn(const QString &sessionId, const QString &responseId, const QString &prompt)
{
    const TurnRecord known = m_journal->turnForResponse(sessionId, responseId);
    if (known.id != 0) {
        // The journal has this turn: one row, resumed after what it holds; never a second,
        // empty row that would show the same answer twice.
        if (m_streams.contains(known.id) || known.state == u"completed" || known.state == u"cancelled")
            return known.id;
        m_journal->setTurnState(known.id, stateName(TurnStream::State::Reconnecting));
        TurnStream *stream = createStream(known.id, sessionId, known.lastSeq);
        Q_EMIT turnReattached(sessionId, known.id);
        Q_EMIT sessionRunningChanged(sessionId, true);
        stream->attach(responseId, known.lastSeq);
        return known.id;
    }
    const qint64 turnId = m_journal->beginTurn(sessionId, prompt, QString(), m_profile);
    if (turnId == 0) {
        Q_EMIT journalFailed(m_journal->lastError());
        return 0;
    }
    m_journal->setResponseId(turnId, responseId);
    TurnStream *stream = createStream(turnId, sessionId, -1);
    Q_EMIT turnStarted(sessionId, turnId, prompt);
    Q_EMIT sessionRunningChanged(sessionId, true);
    stream->attach(responseId, -1);
    return turnId;
}

int TurnManager::resumeOpenTurns()
{
    int resumed = 0;
    for (const TurnRecord &t : m_journal->openTurns(m_profile)) {
        if (m_streams.contains(t.id))
            continue;
        if (t.responseId.isEmpty() && t.idempotencyKey.isEmpty()) {
            m_journal->finishTurn(t.id, stateName(TurnStream::State::Failed), {}, tr("nothing to resume"));
            continue;
        }
        // Read once: whether it already ended, and (if not) its display events so far.
        const QList<TurnEvent> stored = m_journal->events(t.id);
        if (closeIfJournaledEnd(t, stored))
            continue;
        TurnStream *stream = createStream(t.id, t.sessionId, t.lastSeq, &stored);
        Q_EMIT sessionRunningChanged(t.sessionId, true);
        if (!t.responseId.isEmpty()) {
            Q_EMIT notice(t.sessionId, t.id, tr("Resuming the turn left open by the last run, after event %1.").arg(t.lastSeq));
            stream->attach(t.responseId, t.lastSeq);
        } else {
            Q_EMIT notice(t.sessionId, t.id, tr("Re-sending the message whose answer never arrived (same Idempotency-Key)."));
            stream->send(t.prompt, t.idempotencyKey, /*isRetry=*/true);
        }
        ++resumed;
    }
    return resumed;
}

bool TurnManager::closeIfJournaledEnd(const TurnRecord &t, const QList<TurnEvent> &events)
{
    // The terminal event was stored but the row still says running (the run died between the
    // two writes, or the second failed): the turn is over, there is nothing to ask the server.
    if (events.isEmpty() || !events.constLast().isTerminal())
        return false;
    const TurnEvent &end = events.constLast();
    TurnStream::State state = TurnStream::State::Failed;
    QString error;
    if (end.type == u"message.completed")
        state = TurnStream::State::Completed;
    else if (end.type == u"message.cancelled")
        state = TurnStream::State::Cancelled;
    else
        error = ApiError::turnError(end.data.value(u"error").toString()).userMessage();
    DisplayEvents display;
    display.add(events);
    if (!m_journal->finishTurn(t.id, stateName(state), end.data.value(u"usage").toObject(), error, display.encode())) {
        Q_EMIT journalFailed(m_journal->lastError());
        return false;
    }
    Q_EMIT notice(t.sessionId, t.id, tr("The turn left open by the last run had already ended (%1 is in the journal); "
                                        "closed it as %2.").arg(end.type, stateName(state)));
    return true;
}

void TurnManager::cancel(qint64 turnId)
{
    if (TurnStream *s = m_streams.value(turnId))
        s->cancel();
}

void TurnManager::log(qint64 turnId, const QString &sessionId, const QString &entry, const QString &summary)
{
    ConnectionLog &link = m_links[turnId];
    if (!entry.isEmpty()) {
        link.entries.append(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QStringLiteral("  ") + entry);
        if (link.entries.size() > MaxLogEntries)
            link.entries.removeFirst();
    }
    if (!summary.isEmpty() && summary != link.summary) {
        link.summary = summary;
        Q_EMIT connectionChanged(sessionId, turnId, summary);
    }
}

TurnStream *TurnManager::createStream(qint64 turnId, const QString &sessionId, qint64 storedSeq,
                                      const QList<TurnEvent> *stored)
{
    auto *stream = new TurnStream(m_api, sessionId, m_options, this);
    m_streams.insert(turnId, stream);
    m_storedSeq.insert(turnId, storedSeq);
    // A resumed turn's display events start from what the journal already holds (a new
    // turn has none: one empty query).
    DisplayEvents display;
    display.add(stored ? *stored : m_journal->events(turnId));
    m_display.insert(turnId, display);
    connect(stream, &TurnStream::responseIdReceived, this, [this, turnId, sessionId](const QString &rid) {
        m_journal->setResponseId(turnId, rid);
        Q_EMIT responseIdReceived(sessionId, turnId, rid);
    });
    connect(stream, &TurnStream::eventsReceived, this,
            [this, turnId, stream](const QList<TurnEvent> &events) { onEvents(turnId, stream, events); });
    connect(stream, &TurnStream::stateChanged, this, [this, turnId, sessionId, stream](TurnStream::State state) {
        if (stream->isFinished()) {
            onFinished(turnId, stream);
            return;
        }
        if (state == TurnStream::State::Streaming)
            m_links[turnId].streaming = true;
        m_journal->setTurnState(turnId, stateName(state));
        Q_EMIT stateChanged(sessionId, turnId, state);
    });
    connect(stream, &TurnStream::cancelRequested, this, [this, turnId, sessionId] {
        Q_EMIT cancelRequested(sessionId, turnId);
    });
    connect(stream, &TurnStream::cancelFailed, this, [this, turnId, sessionId](const ApiError &error) {
        const QString text = tr("Cancel did not reach the server (%1). The turn goes on; press Cancel to try again.")
                                 .arg(error.userMessage());
        log(turnId, sessionId, text, {});
        Q_EMIT cancelFailed(sessionId, turnId, text);
    });
    connect(stream, &TurnStream::reconnectScheduled, this,
            [this, turnId, sessionId](int attempt, int delayMs, const ApiError &reason) {
                ConnectionLog &link = m_links[turnId];
                // A drop is an established stream that ended; the failed tries in between
                // are attempts, counted by the stream since its last progress.
                if (std::exchange(link.streaming, false))
                    ++link.drops;
                if (link.lastReplayed > 0)
                    log(turnId, sessionId, tr("That resumed connection delivered %n event(s).", nullptr,
                                              std::exchange(link.lastReplayed, 0)), {});
                const QString wait = tr("%n s", nullptr, (delayMs + 999) / 1000);
                log(turnId, sessionId,
                    tr("Connection lost (%1); attempt %2 of %3 in %4.")
                        .arg(why(reason)).arg(attempt).arg(m_options.maxReconnectAttempts).arg(wait),
                    tr("Connection lost (%1) — reconnecting in %2, attempt %3 of %4; dropped %n time(s) so far, nothing lost.",
                       nullptr, qMax(link.drops, 1))
                        .arg(why(reason), wait)
                        .arg(attempt)
                        .arg(m_options.maxReconnectAttempts));
            });
    connect(stream, &TurnStream::resumed, this, [this, turnId, sessionId](qint64 afterSeq) {
        ConnectionLog &link = m_links[turnId];
        // attachTurn()'s first connection to a turn followed from its first event resumes
        // nothing: no drop to report (every `pokee watch` would otherwise begin with one).
        if (afterSeq < 0 && link.drops == 0 && link.resumes == 0) {
            log(turnId, sessionId, tr("Following the turn from its first event."), {});
            return;
        }
        ++link.resumes;
        link.lastReplayed = 0;
        log(turnId, sessionId, tr("Resumed after event %1.").arg(afterSeq),
            tr("Connection dropped %n time(s), resumed each time, nothing lost.", nullptr, qMax(link.drops, 1)));
    });
    connect(stream, &TurnStream::replayed, this, [this, turnId](int count) { m_links[turnId].lastReplayed = count; });
    connect(stream, &TurnStream::waitingForSession, this,
            [this, turnId, sessionId](const QString &rid, int delayMs) {
                const QString wait = tr("%n s", nullptr, (delayMs + 999) / 1000);
                const QString text =
                    rid.isEmpty()
                        ? tr("The retried message was answered 409: the session is busy with another turn. Your "
                             "message is sent once it ends (checking again in %1).").arg(wait)
                        : tr("The retried message was answered 409: the session is busy with another turn (%1). "
                             "Your message is sent once it ends (checking again in %2).").arg(rid, wait);
                log(turnId, sessionId, text, text);
            });
    connect(stream, &TurnStream::paused, this, [this, turnId, sessionId](int retryInMs) {
        ConnectionLog &link = m_links[turnId];
        link.journalPaused = true;
        const QString text = tr("Paused: the local journal could not be written (%1). Nothing is lost: the turn goes on "
                                "from event %2 once it can be written again; next try in %n s.",
                                nullptr, (retryInMs + 999) / 1000)
                                 .arg(m_journal->lastError(), QString::number(m_storedSeq.value(turnId)));
        log(turnId, sessionId, text, text);
    });
    connect(stream, &TurnStream::failed, this, [this, turnId, sessionId](const ApiError &error) {
        log(turnId, sessionId, tr("Gave up: %1").arg(error.userMessage()), {});
    });
    connect(stream, &TurnStream::sessionBusy, this,
            [this, sessionId](const QString &rid) { Q_EMIT sessionBusy(sessionId, rid); });
    return stream;
}

void TurnManager::onEvents(qint64 turnId, TurnStream *stream, const QList<TurnEvent> &events)
{
    const QString sessionId = stream->sessionId();
    // Journal first: what is shown has been stored. What could not be stored is not shown,
    // and the stream goes back to the last stored event, so a failed write never becomes a
    // hole in a turn that later reads as completed.
    if (!m_journal->appendEvents(turnId, events)) {
        Q_EMIT journalFailed(m_journal->lastError());
        stream->pause(m_storedSeq.value(turnId, -1));
        return;
    }
    qint64 &stored = m_storedSeq[turnId];
    for (const TurnEvent &e : events)
        stored = qMax(stored, e.seq);
    m_display[turnId].add(events);
    ConnectionLog &link = m_links[turnId];
    if (link.journalPaused) {
        link.journalPaused = false;
        log(turnId, sessionId, tr("The journal is writable again; the turn goes on."),
            link.drops > 0 ? tr("Connection dropped %n time(s), resumed each time, nothing lost.", nullptr, link.drops)
                           : tr("The journal could not be written for a while; the turn went on once it could, "
                                "nothing lost."));
    }
    Q_EMIT eventsReceived(sessionId, turnId, stream->responseId(), events);
}

QList<TurnEvent> TurnManager::storedEvents(qint64 turnId) const
{
    return m_journal->events(turnId);
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
    // The inspector's details of finished turns are kept for the latest ones only: an app
    // left running for weeks must not grow with every turn it ever ran (./dev soak).
    m_finishedOrder.enqueue(turnId);
    while (m_finishedOrder.size() > KeptFinishedTurns) {
        const qint64 oldest = m_finishedOrder.dequeue();
        m_finishedHeaders.remove(oldest);
        m_links.remove(oldest);
    }
    const TurnStream::State state = stream->state();
    const ApiError error = stream->lastError();
    m_journal->finishTurn(turnId, stateName(state), stream->usage(), error.isError() ? error.userMessage() : QString(),
                          m_display.take(turnId).encode());
    const QString sessionId = stream->sessionId();
    m_streams.remove(turnId);
    m_storedSeq.remove(turnId);
    stream->deleteLater();
    if (const int replayed = std::exchange(m_links[turnId].lastReplayed, 0); replayed > 0)
        log(turnId, sessionId, tr("The last resumed connection delivered %n event(s).", nullptr, replayed), {});
    const ConnectionLog link = m_links.value(turnId);
    if (state == TurnStream::State::Failed && link.drops > 0 && error.kind != ApiError::Kind::TurnError)
        log(turnId, sessionId, {},
            tr("Connection lost for good after %n drop(s) (%1). What was received is kept.", nullptr, link.drops)
                .arg(error.userMessage()));
    if (state == TurnStream::State::Expired)
        Q_EMIT notice(sessionId, turnId, tr("The server no longer has this turn's events (it expired); what was received is kept."));
    Q_EMIT stateChanged(sessionId, turnId, state);
    Q_EMIT turnFinished(sessionId, turnId, state, error);
    if (runningTurn(sessionId) == 0)
        Q_EMIT sessionRunningChanged(sessionId, false);
}

} // namespace pokee
