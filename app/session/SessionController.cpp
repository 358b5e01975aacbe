#include "session/SessionController.h"

#include "session/Prompt.h"
#include "session/SessionTranscripts.h"

#include <algorithm>

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/TranscriptExport.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QTimer>

namespace pokee {

SessionController::SessionController(ApiClient *api, TurnManager *turns, SessionTranscripts *transcripts, QObject *parent)
    : QObject(parent), m_api(api), m_turns(turns),
      m_transcripts(transcripts ? transcripts : new SessionTranscripts(api, turns, this)),
      m_transcript(std::make_shared<TranscriptModel>())
{
    // The transcript follows the turns by itself (SessionTranscripts, connected first); what
    // is said here is what the open session's view does about them.
    auto mine = [this](const QString &sid) { return !m_sessionId.isEmpty() && sid == m_sessionId; };
    connect(turns, &TurnManager::turnStarted, this, [this, mine](const QString &sid, qint64, const QString &prompt) {
        if (!mine(sid))
            return;
        Q_EMIT turnStarted(prompt);
        Q_EMIT runningChanged(true);
    });
    connect(turns, &TurnManager::turnReattached, this, [this, mine](const QString &sid, qint64) {
        if (mine(sid))
            Q_EMIT runningChanged(true);
    });
    connect(turns, &TurnManager::cancelFailed, this, [this, mine](const QString &sid, qint64, const QString &text) {
        if (mine(sid))
            Q_EMIT cancelFailed(text);
    });
    connect(turns, &TurnManager::responseIdReceived, this, [this, mine](const QString &sid, qint64, const QString &rid) {
        if (mine(sid))
            Q_EMIT responseIdReceived(rid);
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
                Q_EMIT runningChanged(false);
                Q_EMIT turnFinished(state);
            });
    connect(turns, &TurnManager::sessionBusy, this, [this, mine](const QString &sid, const QString &rid) {
        if (mine(sid))
            Q_EMIT sessionBusy(rid);
    });
    connect(turns, &TurnManager::journalFailed, this, &SessionController::errorOccurred);
}

SessionController::~SessionController()
{
    if (!m_sessionId.isEmpty())
        m_transcripts->release(m_sessionId, std::move(m_transcript));
}


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
    TranscriptModel *before = m_transcript.get();
    // The model goes on as the next session's when no other view shares the one on screen.
    std::shared_ptr<TranscriptModel> mine =
        m_sessionId.isEmpty() ? std::move(m_transcript) : m_transcripts->release(m_sessionId, std::move(m_transcript));
    m_sessionId = sessionId;
    m_transcript = m_transcripts->acquire(sessionId, std::move(mine));
    if (m_transcript.get() != before)
        Q_EMIT transcriptChanged(m_transcript.get());
    Q_EMIT sessionOpened(sessionId);
    if (wasRunning != isTurnRunning() || isTurnRunning())
        Q_EMIT runningChanged(isTurnRunning());
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

qint64 SessionController::turnForResponse(const QString &responseId) const
{
    return m_turns->journal()->turnForResponse(m_sessionId, responseId).id;
}

int SessionController::firstRowOfTurn(qint64 turnId) const
{
    // Every turn begins with its prompt's row, in the journal's order (SessionTranscripts::fold).
    const QList<TurnRecord> turns = m_turns->journal()->turns(m_sessionId);
    const auto it = std::find_if(turns.cbegin(), turns.cend(), [turnId](const TurnRecord &t) { return t.id == turnId; });
    if (it == turns.cend() || !transcript())
        return -1;
    qsizetype prompts = it - turns.cbegin();
    for (int row = 0; row < transcript()->rowCount(); ++row)
        if (transcript()->block(row).kind == TranscriptBlock::Kind::UserPrompt && prompts-- == 0)
            return row;
    return -1;
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
