#include "session/SessionTranscripts.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/TurnManager.h"
#include "store/DisplayEvents.h"
#include "store/Journal.h"

#include <QJsonDocument>

namespace pokee {

namespace {
QString connectionKey(qint64 turnId)
{
    return QStringLiteral("connection-%1").arg(turnId);
}
} // namespace

SessionTranscripts::SessionTranscripts(ApiClient *api, TurnManager *turns, QObject *parent)
    : QObject(parent), m_api(api), m_turns(turns)
{
    // The transcript of a session the turns touch: the live one, once; a folded one put aside
    // is forgotten (it changed while away: folded again when shown).
    auto shown = [this](const QString &sid) {
        if (TranscriptModel *t = live(sid))
            return t;
        m_cache.remove(sid);
        m_cacheOrder.removeAll(sid);
        return static_cast<TranscriptModel *>(nullptr);
    };
    connect(turns, &TurnManager::turnStarted, this, [shown](const QString &sid, qint64, const QString &prompt) {
        if (TranscriptModel *t = shown(sid))
            t->appendPrompt(prompt);
    });
    connect(turns, &TurnManager::turnReattached, this, [this, shown](const QString &sid, qint64) {
        // A turn the journal has, maybe written by another process since this transcript was
        // folded (the CLI's prompt and first events): fold it again, then follow it.
        if (shown(sid))
            reload(sid);
    });
    connect(turns, &TurnManager::connectionChanged, this, [shown](const QString &sid, qint64 turn, const QString &text) {
        if (TranscriptModel *t = shown(sid))
            t->setNotice(connectionKey(turn), text);
    });
    connect(turns, &TurnManager::cancelFailed, this, [shown](const QString &sid, qint64, const QString &text) {
        if (TranscriptModel *t = shown(sid))
            t->appendNotice(text);
    });
    connect(turns, &TurnManager::eventsReceived, this,
            [shown](const QString &sid, qint64, const QString &rid, const QList<TurnEvent> &events) {
                if (TranscriptModel *t = shown(sid))
                    for (const TurnEvent &e : events)
                        t->applyEvent(rid, e);
            });
    connect(turns, &TurnManager::notice, this, [shown](const QString &sid, qint64, const QString &text) {
        if (TranscriptModel *t = shown(sid))
            t->appendNotice(text);
    });
    connect(turns, &TurnManager::turnFinished, this,
            [this, shown](const QString &sid, qint64, TurnStream::State state, const ApiError &) {
                if (shown(sid) && state == TurnStream::State::Expired)
                    showSessionState(sid);
            });
}

SessionTranscripts::~SessionTranscripts() = default;

TranscriptModel *SessionTranscripts::live(const QString &sessionId) const
{
    const auto it = m_live.constFind(sessionId);
    return it == m_live.cend() ? nullptr : it->model.get();
}

int SessionTranscripts::holders(const QString &sessionId) const
{
    return m_live.value(sessionId).holders;
}

std::shared_ptr<TranscriptModel> SessionTranscripts::acquire(const QString &sessionId, std::shared_ptr<TranscriptModel> blank)
{
    if (auto it = m_live.find(sessionId); it != m_live.end()) {
        ++it->holders;
        return it->model;
    }
    std::shared_ptr<TranscriptModel> model = blank ? std::move(blank) : std::make_shared<TranscriptModel>();
    // Kept folded, and nobody (this process or the CLI on the same journal) changed its turns
    // since: a swap. Otherwise folded again from the journal.
    const Folded cached = m_cache.take(sessionId);
    m_cacheOrder.removeAll(sessionId);
    if (cached.model && cached.signature == m_turns->journal()->turnsSignature(sessionId))
        model->swapContents(*cached.model);
    else
        fold(sessionId, *model);
    m_live.insert(sessionId, {model, 1});
    return model;
}

std::shared_ptr<TranscriptModel> SessionTranscripts::release(const QString &sessionId, std::shared_ptr<TranscriptModel> model)
{
    const auto it = m_live.find(sessionId);
    if (it == m_live.end() || it->model != model)
        return model; // not one of ours: the caller's own still
    if (--it->holders > 0)
        return {};
    m_live.erase(it);
    // Put aside, unless a turn runs in it (it changes while away): its contents move to a
    // model of the cache, the model itself goes back to the caller.
    if (m_turns->runningTurn(sessionId))
        return model;
    auto aside = std::make_shared<TranscriptModel>();
    aside->swapContents(*model);
    m_cache.insert(sessionId, {aside, m_turns->journal()->turnsSignature(sessionId)});
    m_cacheOrder.removeAll(sessionId);
    m_cacheOrder.append(sessionId);
    while (m_cacheOrder.size() > CacheSize)
        m_cache.remove(m_cacheOrder.takeFirst());
    return model;
}

void SessionTranscripts::reload(const QString &sessionId)
{
    if (TranscriptModel *t = live(sessionId))
        fold(sessionId, *t);
}

void SessionTranscripts::fold(const QString &sessionId, TranscriptModel &into) const
{
    // Folded off screen, then shown in one reset: the views pay once, not per event.
    TranscriptModel staging;
    Journal *journal = m_turns->journal();
    QList<QPair<qint64, QByteArray>> backfill; // finished turns of older journals
    QList<TurnEvent> events;
    for (const TurnRecord &t : journal->turnsForDisplay(sessionId)) {
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
    into.swapContents(staging);
    journal->setTurnDisplays(backfill); // the next open of this session is the fast one
}

void SessionTranscripts::showSessionState(const QString &sessionId)
{
    ApiCall *call = m_api->getSession(sessionId);
    connect(call, &ApiCall::finished, this, [this, sessionId](const ApiResult &r) {
        TranscriptModel *t = live(sessionId);
        if (!t)
            return; // nobody shows it any more
        if (!r.ok()) {
            t->appendNotice(tr("The session's state could not be fetched: %1").arg(r.error.userMessage()));
            return;
        }
        const QJsonObject s = r.json.object();
        const QString metadata = QString::fromUtf8(QJsonDocument(s.value(u"metadata").toObject()).toJson(QJsonDocument::Compact));
        t->appendNotice(s.value(u"busy").toBool()
                            ? tr("The session is still busy on the server (metadata: %1).").arg(metadata)
                            : tr("The session is idle on the server (metadata: %1).").arg(metadata));
    });
}

} // namespace pokee
