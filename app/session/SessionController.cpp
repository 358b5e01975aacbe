#include "session/SessionController.h"

#include "session/Prompt.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/TranscriptExport.h"
#include "session/TurnManager.h"
#include "store/DisplayEvents.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QTimer>

namespace pokee {

namespace {
QString connectionKey(qint64 turnId)
{
    return QStringLiteral("connection-%1").arg(turnId);
}
} // namespace

SessionController::SessionController(ApiClient *api, TurnManager *turns, QObject *parent)
    : QObject(parent), m_api(api), m_turns(turns), m_transcript(new TranscriptModel(this))
{
    auto mine = [this](const QString &sid) {
        const bool shown = !m_sessionId.isEmpty() && sid == m_sessionId;
        if (!shown)
            forgetCached(sid); // it changed while away: fold it again when shown
        return shown;
    };
    connect(turns, &TurnManager::turnStarted, this, [this, mine](const QString &sid, qint64, const QString &prompt) {
        if (!mine(sid))
            return;
        m_transcript->appendPrompt(prompt);
        Q_EMIT turnStarted(prompt);
        Q_EMIT runningChanged(true);
    });
    connect(turns, &TurnManager::turnReattached, this, [this, mine](const QString &sid, qint64) {
        if (!mine(sid))
            return;
        // A turn the journal has, maybe written by another process since this transcript
        // was folded (the CLI's prompt and first events): fold it again, then follow it.
        loadTranscript();
        Q_EMIT runningChanged(true);
    });
    connect(turns, &TurnManager::connectionChanged, this, [this, mine](const QString &sid, qint64 turn, const QString &text) {
        if (mine(sid))
            m_transcript->setNotice(connectionKey(turn), text);
    });
    connect(turns, &TurnManager::cancelFailed, this, [this, mine](const QString &sid, qint64, const QString &text) {
        if (!mine(sid))
            return;
        m_transcript->appendNotice(text);
        Q_EMIT cancelFailed(text);
    });
    connect(turns, &TurnManager::responseIdReceived, this, [this, mine](const QString &sid, qint64, const QString &rid) {
        if (mine(sid))
            Q_EMIT responseIdReceived(rid);
    });
    connect(turns, &TurnManager::eventsReceived, this,
            [this, mine](const QString &sid, qint64, const QString &rid, const QList<TurnEvent> &events) {
                if (!mine(sid))
                    return;
                for (const TurnEvent &e : events)
                    m_transcript->applyEvent(rid, e);
            });
    connect(turns, &TurnManager::notice, this, [this, mine](const QString &sid, qint64, const QString &text) {
        if (mine(sid))
            m_transcript->appendNotice(text);
    });
    connect(turns, &TurnManager::cancelRequested, this, [this, mine](const QString &sid, qint64) {
        if (mine(sid))
            Q_EMIT cancelRequested();
    });
    connect(turns, &TurnManager::stateChanged, this, [this, mine](const QString &sid, qint64, TurnStream::State s) {
        if (mine(sid))
            Q_EMIT turnStateChanged(s);
    });
    connect(turns, &TurnManager::turnFinished, this,
            [this, mine](const QString &sid, qint64 turnId, TurnStream::State state, const ApiError &error) {
                if (!mine(sid))
                    return;
                // Failed before the server took it (no response id, nothing streamed): the
                // prompt goes back to the composer to be sent again.
                const TurnRecord turn = m_turns->journal()->turn(turnId);
                if (state == TurnStream::State::Failed && turn.responseId.isEmpty() && turn.lastSeq < 0)
                    Q_EMIT promptNotSent(turn.prompt);
                if (error.isError() && error.kind != ApiError::Kind::TurnError &&
                    error.kind != ApiError::Kind::Conflict)
                    Q_EMIT errorOccurred(error.userMessage());
                if (state == TurnStream::State::Expired)
                    showSessionState();
                Q_EMIT runningChanged(false);
                Q_EMIT turnFinished(state);
            });
    connect(turns, &TurnManager::sessionBusy, this, [this, mine](const QString &sid, const QString &rid) {
        if (mine(sid))
            Q_EMIT sessionBusy(rid);
    });
    connect(turns, &TurnManager::journalFailed, this, &SessionController::errorOccurred);
}

SessionController::~SessionController() = default;

qint64 SessionController::runningTurn() const
{
    return m_sessionId.isEmpty() ? 0 : m_turns->runningTurn(m_sessionId);
}

bool SessionController::isTurnRunning() const
{
    return runningTurn() != 0;
}

void SessionController::createSession(const NewSession &options)
{
    if (m_creating)
        return;
    m_creating = true;
    QJsonObject body{{QStringLiteral("persistent"), options.persistent}};
    if (options.ttlSeconds > 0)
        body.insert(QStringLiteral("ttl"), options.ttlSeconds);
    if (!options.tools.isEmpty())
        body.insert(QStringLiteral("tools"), options.tools);
    ApiCall *call = m_api->createSession(body);
    connect(call, &ApiCall::finished, this, [this, options](const ApiResult &result) {
        m_creating = false;
        const QString id = result.json.object().value(u"id").toString();
        if (!result.ok() || id.isEmpty()) {
            if (!m_pendingPrompt.isEmpty())
                Q_EMIT promptNotSent(std::exchange(m_pendingPrompt, QString()));
            Q_EMIT errorOccurred(result.ok()
                                     ? tr("The server created no session: its answer had no id.")
                                     : tr("Could not create a session. %1").arg(result.error.userMessage()));
            return;
        }
        Q_EMIT sessionCreated(id, options.persistent, options.ttlSeconds);
        openSession(id);
        if (!m_pendingPrompt.isEmpty())
            m_turns->startTurn(m_sessionId, std::exchange(m_pendingPrompt, QString()));
    });
}

void SessionController::openSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    const bool wasRunning = isTurnRunning();
    // Put the one on screen aside, unless a turn runs in it (it changes while away).
    if (!m_sessionId.isEmpty() && !isTurnRunning()) {
        auto aside = std::make_shared<TranscriptModel>();
        aside->swapContents(*m_transcript);
        m_cache.insert(m_sessionId, {aside, m_turns->journal()->turnsSignature(m_sessionId)});
        m_cacheOrder.removeAll(m_sessionId);
        m_cacheOrder.append(m_sessionId);
        while (m_cacheOrder.size() > CacheSize)
            m_cache.remove(m_cacheOrder.takeFirst());
    }
    m_sessionId = sessionId;
    // Kept folded, and nobody (this process or the CLI on the same journal) changed its
    // turns since: a swap. Otherwise folded again from the journal.
    const Folded cached = m_cache.take(sessionId);
    m_cacheOrder.removeAll(sessionId);
    if (cached.model && cached.signature == m_turns->journal()->turnsSignature(sessionId))
        m_transcript->swapContents(*cached.model);
    else
        loadTranscript();
    Q_EMIT sessionOpened(sessionId);
    if (wasRunning != isTurnRunning() || isTurnRunning())
        Q_EMIT runningChanged(isTurnRunning());
}

void SessionController::loadTranscript()
{
    // Folded off screen, then shown in one reset: the view pays once, not per event.
    TranscriptModel staging;
    Journal *journal = m_turns->journal();
    QList<QPair<qint64, QByteArray>> backfill; // finished turns of older journals
    QList<TurnEvent> events;
    for (const TurnRecord &t : journal->turnsForDisplay(m_sessionId)) {
        staging.appendPrompt(t.prompt);
        // A finished turn's display events fold to the same blocks as all of its events.
        if (t.isOpen() || t.display.isEmpty() || !DisplayEvents::decode(t.display, events)) {
            events = journal->events(t.id);
            if (!t.isOpen()) {
                DisplayEvents display;
                display.add(events);
                backfill.append({t.id, display.encode()});
            }
        }
        bool terminal = false;
        for (const TurnEvent &e : std::as_const(events)) {
            staging.applyEvent(t.responseId, e);
            terminal = terminal || e.isTerminal();
        }
        if (!t.isOpen() && !terminal && !t.error.isEmpty())
            staging.appendNotice(t.error);
        // What this turn's connection went through in this run, as one line.
        const QString link = m_turns->connectionLog(t.id).summary;
        if (!link.isEmpty())
            staging.setNotice(connectionKey(t.id), link);
    }
    m_transcript->swapContents(staging);
    journal->setTurnDisplays(backfill); // the next open of this session is the fast one
}

void SessionController::send(const QString &text)
{
    if (!promptProblem(text).isEmpty() || isTurnRunning())
        return;
    if (m_sessionId.isEmpty()) {
        m_pendingPrompt = text;
        createSession(NewSession{});
        return;
    }
    m_turns->startTurn(m_sessionId, text);
}

void SessionController::cancel()
{
    if (const qint64 turn = runningTurn())
        m_turns->cancel(turn);
}

void SessionController::attach(const QString &responseId)
{
    if (!m_sessionId.isEmpty() && !responseId.isEmpty() && !isTurnRunning())
        m_turns->attachTurn(m_sessionId, responseId, tr("(a turn started elsewhere)"));
}

void SessionController::waitUntilIdle(int intervalMs)
{
    const QString sid = m_sessionId;
    ApiCall *call = m_api->getSession(sid);
    connect(call, &ApiCall::finished, this, [this, sid, intervalMs](const ApiResult &r) {
        if (sid != m_sessionId)
            return; // the user moved on
        if (r.ok() && !r.json.object().value(u"busy").toBool()) {
            Q_EMIT sessionIdle();
            return;
        }
        if (!r.ok() && r.error.kind == ApiError::Kind::NotFound) {
            Q_EMIT errorOccurred(r.error.userMessage());
            return;
        }
        QTimer::singleShot(intervalMs, this, [this, intervalMs] { waitUntilIdle(intervalMs); });
    });
}

void SessionController::showSessionState()
{
    const QString sid = m_sessionId;
    ApiCall *call = m_api->getSession(sid);
    connect(call, &ApiCall::finished, this, [this, sid](const ApiResult &r) {
        if (sid != m_sessionId)
            return;
        if (!r.ok()) {
            m_transcript->appendNotice(tr("The session's state could not be fetched: %1").arg(r.error.userMessage()));
            return;
        }
        const QJsonObject s = r.json.object();
        const QString metadata = QString::fromUtf8(QJsonDocument(s.value(u"metadata").toObject()).toJson(QJsonDocument::Compact));
        m_transcript->appendNotice(s.value(u"busy").toBool()
                                       ? tr("The session is still busy on the server (metadata: %1).").arg(metadata)
                                       : tr("The session is idle on the server (metadata: %1).").arg(metadata));
    });
}

qint64 SessionController::turnForResponse(const QString &responseId) const
{
    return m_turns->journal()->turnForResponse(m_sessionId, responseId).id;
}

qint64 SessionController::latestTurn() const
{
    const QList<TurnRecord> turns = m_turns->journal()->turns(m_sessionId);
    return turns.isEmpty() ? 0 : turns.constLast().id;
}

QString SessionController::exportTranscript(const QString &path, bool markdown) const
{
    if (m_sessionId.isEmpty())
        return tr("Open a session first.");
    const Journal &journal = *m_turns->journal();
    return TranscriptExport::write(path, markdown ? TranscriptExport::markdown(journal, m_sessionId).toUtf8()
                                                  : TranscriptExport::json(journal, m_sessionId));
}

} // namespace pokee
