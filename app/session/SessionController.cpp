#include "session/SessionController.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"

#include <QUuid>

namespace pokee {

SessionController::SessionController(ApiClient *api, QObject *parent)
    : QObject(parent), m_api(api), m_transcript(new TranscriptModel(this))
{
}

SessionController::~SessionController() = default;

bool SessionController::isTurnRunning() const
{
    return m_turn && !m_turn->isFinished();
}

void SessionController::createSession()
{
    if (m_creating)
        return;
    m_creating = true;
    ApiCall *call = m_api->createSession({{QStringLiteral("persistent"), true}});
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_creating = false;
        const QString id = result.json.object().value(u"id").toString();
        if (!result.ok() || id.isEmpty()) {
            m_pendingPrompt.clear();
            Q_EMIT errorOccurred(result.ok()
                                     ? tr("The server created no session: its answer had no id.")
                                     : tr("Could not create a session. %1").arg(result.error.userMessage()));
            return;
        }
        Q_EMIT sessionCreated(id);
        openSession(id);
        if (!m_pendingPrompt.isEmpty())
            startTurn(std::exchange(m_pendingPrompt, QString()));
    });
}

void SessionController::openSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    if (m_turn) {
        // The turn runs on in the server; the journal (not this view) keeps following it.
        m_turn->disconnect(this);
        m_turn->deleteLater();
        m_turn = nullptr;
        Q_EMIT runningChanged(false);
    }
    m_sessionId = sessionId;
    m_transcript->clear();
    Q_EMIT sessionOpened(sessionId);
}

void SessionController::send(const QString &text)
{
    if (text.trimmed().isEmpty() || isTurnRunning())
        return;
    if (m_sessionId.isEmpty()) {
        m_pendingPrompt = text;
        createSession();
        return;
    }
    startTurn(text);
}

void SessionController::startTurn(const QString &text)
{
    if (m_turn)
        m_turn->deleteLater();
    auto *turn = new TurnStream(m_api, m_sessionId, this);
    m_turn = turn;
    m_transcript->appendPrompt(text);
    connect(turn, &TurnStream::responseIdReceived, this, &SessionController::responseIdReceived);
    connect(turn, &TurnStream::eventReceived, this, [this, turn](const TurnEvent &event) {
        m_transcript->applyEvent(turn->responseId(), event);
    });
    connect(turn, &TurnStream::reconnectScheduled, this,
            [this](int attempt, int delayMs, const ApiError &reason) {
                m_transcript->appendNotice(
                    tr("Connection lost (%1) — reconnecting in %n s, attempt %2.", nullptr,
                       (delayMs + 999) / 1000)
                        .arg(reason.detail.isEmpty() ? reason.userMessage() : reason.detail)
                        .arg(attempt));
            });
    connect(turn, &TurnStream::resumed, this, [this](qint64 afterSeq) {
        m_transcript->appendNotice(tr("Reconnected; resuming after event %1.").arg(afterSeq));
    });
    connect(turn, &TurnStream::stateChanged, this, [this, turn](TurnStream::State state) {
        Q_EMIT turnStateChanged(state);
        if (turn->isFinished()) {
            Q_EMIT runningChanged(false);
            Q_EMIT turnFinished(state);
        }
    });
    connect(turn, &TurnStream::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::TurnError)
            Q_EMIT errorOccurred(error.userMessage());
    });
    Q_EMIT turnStarted(text);
    Q_EMIT runningChanged(true);
    turn->send(text, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void SessionController::cancel()
{
    if (isTurnRunning())
        m_turn->cancel();
}

} // namespace pokee
