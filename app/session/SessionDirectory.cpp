#include "session/SessionDirectory.h"

#include "api/ApiClient.h"
#include "models/SessionProgress.h"
#include "session/ServerSession.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace pokee {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SessionDirectory::SessionDirectory(ApiClient *api, TurnManager *turns, const QString &profile, QObject *parent)
    : SessionDirectory(api, turns, profile, Options{}, parent)
{
}

SessionDirectory::SessionDirectory(ApiClient *api, TurnManager *turns, const QString &profile, const Options &options,
                                   QObject *parent)
    : QObject(parent), m_api(api), m_turns(turns), m_profile(profile), m_options(options),
      m_model(new SessionListModel(this)),
      m_polls(new PollScheduler({options.pollIntervalMs, options.selectedPollIntervalMs, options.maxPollIntervalMs}, this))
{
    connect(m_polls, &PollScheduler::due, this, &SessionDirectory::poll);
    if (m_options.listIntervalMs > 0) {
        m_listTimer.setInterval(m_options.listIntervalMs);
        connect(&m_listTimer, &QTimer::timeout, this, &SessionDirectory::refresh);
    }
    connect(turns, &TurnManager::sessionRunningChanged, this, &SessionDirectory::onRunningChanged);
    connect(turns, &TurnManager::turnStarted, this, [this](const QString &sid, qint64, const QString &prompt) {
        const QString title = SessionListModel::titleFromPrompt(prompt);
        journal()->upsertSession(SessionRecord::make(sid, m_profile, title, 0, nowMs()));
        update(sid, [&](SessionSummary &s) {
            if (s.title.isEmpty())
                s.title = title;
            s.lastActiveMs = qMax(s.lastActiveMs, nowMs());
        });
    });
    connect(turns, &TurnManager::turnFinished, this,
            [this](const QString &sid, qint64, TurnStream::State state, const ApiError &error) {
                onTurnFinished(sid, state, error);
            });
}

SessionDirectory::~SessionDirectory() = default;

Journal *SessionDirectory::journal() const
{
    return m_turns->journal();
}

SessionSummary SessionDirectory::fromRecord(const SessionRecord &r) const
{
    SessionSummary s;
    s.id = r.id;
    s.title = r.title;
    s.customTitle = r.customTitle;
    s.createdAtMs = r.createdAt;
    s.lastActiveMs = r.lastActiveAt;
    s.lastResponseMs = r.lastResponseAt;
    s.persistent = r.persistent;
    s.ttlSeconds = r.ttlSeconds;
    s.metadata = r.metadata;
    s.ended = r.ended;
    s.unread = r.unread;
    s.following = m_turns->runningTurn(r.id) != 0;
    s.busy = s.following;
    s.local = true;
    return s;
}

void SessionDirectory::load()
{
    QList<SessionSummary> rows;
    const QList<SessionRecord> records = journal()->sessions(m_profile);
    rows.reserve(records.size());
    for (const SessionRecord &r : records)
        rows.append(fromRecord(r));
    m_model->reset(rows);
    for (const SessionSummary &s : rows)
        if (s.following)
            m_polls->start(s.id, false);
}

void SessionDirectory::update(const QString &sessionId, const std::function<void(SessionSummary &)> &change)
{
    const SessionSummary *found = m_model->find(sessionId);
    if (!found)
        return;
    SessionSummary s = *found;
    change(s);
    m_model->upsert(s);
    Q_EMIT sessionChanged(sessionId);
}

void SessionDirectory::refresh()
{
    if (m_options.listIntervalMs > 0 && !m_listTimer.isActive())
        m_listTimer.start();
    if (m_listing) {
        // Asked again while a listing is on its way (that one may predate what the caller
        // knows changed): one more listing when it lands.
        m_relist = true;
        return;
    }
    m_listing = true;
    m_relist = false;
    m_addedDuringList.clear();
    ApiCall *call = m_api->get(QStringLiteral("/v1/sessions"));
    connect(call, &ApiCall::finished, this, [this, asked = ++m_requestClock](const ApiResult &r) {
        m_listing = false;
        if (m_relist) // the answer is stale for whoever asked again: list once more
            QMetaObject::invokeMethod(this, &SessionDirectory::refresh, Qt::QueuedConnection);
        if (r.error.kind == ApiError::Kind::NotFound || r.error.httpStatus == 405) {
            // Listing is not in the documented API: the journal's list is the list. Ask for
            // the state of the most recent sessions one by one instead.
            m_serverLists = false;
            const QStringList ask = sessionsToCheck();
            if (ask.isEmpty())
                return Q_EMIT refreshed();
            // refreshed() once every one of them answered.
            auto left = std::make_shared<int>(int(ask.size()));
            for (const QString &id : std::as_const(ask))
                refreshSession(id, [this, left] {
                    if (--*left == 0)
                        Q_EMIT refreshed();
                });
            return;
        }
        if (!r.ok()) {
            const QString message = tr("The session list could not be refreshed: %1").arg(r.error.userMessage());
            Q_EMIT errorOccurred(message);
            Q_EMIT refreshFailed(message);
            return;
        }
        m_serverLists = true;
        // Added here while the list was on its way: not in it, and not ended for that.
        const QSet<QString> addedMeanwhile = std::exchange(m_addedDuringList, {});
        QSet<QString> listed = addedMeanwhile;
        for (const ServerSession &s : ServerSession::listFromJson(r.json)) {
            listed.insert(s.id);
            applyServerSession(s, {}, asked);
        }
        // What the server no longer lists, it no longer has: ours stay, read-only.
        QStringList gone;
        for (const SessionSummary &s : m_model->all())
            if (!listed.contains(s.id) && !s.ended)
                gone << s.id;
        for (const QString &id : gone)
            markEnded(id);
        Q_EMIT refreshed();
    });
}

void SessionDirectory::refreshSession(const QString &sessionId)
{
    refreshSession(sessionId, {});
}

void SessionDirectory::refreshSession(const QString &sessionId, const std::function<void()> &then)
{
    ApiCall *call = m_api->getSession(sessionId);
    connect(call, &ApiCall::finished, this, [this, sessionId, then, asked = ++m_requestClock](const ApiResult &r) {
        if (r.error.kind == ApiError::Kind::NotFound)
            markEnded(sessionId);
        else if (r.ok())
            applyServerSession(ServerSession::fromJson(r.json.object()), sessionId, asked);
        else
            Q_EMIT errorOccurred(tr("The session %1 could not be refreshed: %2").arg(sessionId, r.error.userMessage()));
        if (then)
            then();
    });
}

void SessionDirectory::applyServerSession(const ServerSession &o, const QString &askedFor, quint64 askedAt)
{
    // The answer to GET /v1/sessions/{id} is about that id, whatever its body says: a
    // broken server never renames or overwrites another row.
    const QString id = askedFor.isEmpty() ? o.id : askedFor;
    if (id.isEmpty())
        return;
    const SessionSummary *found = m_model->find(id);
    SessionSummary s;
    if (found) {
        s = *found;
    } else {
        s.id = id;
        s.local = false; // listed by the server only: in the journal once opened here
    }
    const bool wasBusy = s.busy;
    const QJsonObject oldMetadata = s.metadata;
    // "Busy" in an answer to a request sent before our own turn there ended describes that
    // turn: taken as news, it would announce the turn's end a second time ("has stopped
    // working" after "is done") once a later poll found the session idle.
    const bool staleBusy = askedAt < m_turnEndedAt.value(id, 0);
    s.busy = (o.busy && !staleBusy) || m_turns->runningTurn(id) != 0;
    s.following = m_turns->runningTurn(id) != 0;
    if (o.persistent)
        s.persistent = *o.persistent ? 1 : 0;
    if (o.ttlSeconds)
        s.ttlSeconds = *o.ttlSeconds;
    if (o.metadata)
        s.metadata = *o.metadata;
    if (o.createdAtMs > 0)
        s.createdAtMs = o.createdAtMs;
    if (o.lastActiveAtMs > 0) {
        s.lastActiveMs = qMax(s.lastActiveMs, o.lastActiveAtMs);
        if (!s.busy) // the server's last activity of an idle session is its last answer
            s.lastResponseMs = qMax(s.lastResponseMs, o.lastActiveAtMs);
    }
    s.runningResponseId = s.busy ? o.currentResponseId : QString();
    s.ended = false;
    m_model->upsert(s);
    if (s.local) {
        SessionRecord rec;
        rec.id = id;
        rec.persistent = s.persistent;
        rec.ttlSeconds = s.ttlSeconds;
        rec.metadata = s.metadata;
        rec.createdAt = s.createdAtMs;
        rec.lastActiveAt = s.lastActiveMs;
        journal()->updateSessionState(rec);
        if (s.lastResponseMs > 0)
            journal()->setLastResponseAt(id, s.lastResponseMs);
    }
    Q_EMIT sessionChanged(id);
    if (s.metadata != oldMetadata)
        Q_EMIT metadataChanged(id, s.metadata);

    if (s.busy) {
        maybeAttach(s);
        m_polls->start(id, false);
    } else {
        m_polls->stop(id);
        const bool oursJustEnded = m_justFinished.remove(id); // our stream already said how
        if (wasBusy)
            Q_EMIT sessionIdle(id);
        if (wasBusy && s.local && !oursJustEnded && !s.following && m_turns->runningTurn(id) == 0) {
            // A turn we only polled has ended; the server does not say how, only that it did.
            if (id != m_current) {
                journal()->setSessionUnread(id, true);
                update(id, [](SessionSummary &x) { x.unread = true; });
            }
            Q_EMIT turnEnded(id, m_model->titleOf(id), Ending::Idle,
                             SessionProgress::of(s.metadata).text);
        }
    }
}

void SessionDirectory::maybeAttach(const SessionSummary &s)
{
    // Only this profile's own sessions (created or opened here, or by the CLI on the same
    // journal): a session the server merely lists is polled for its progress, not followed.
    if (!m_options.attachWhenKnown || !s.local || s.runningResponseId.isEmpty() || s.ended ||
        m_turns->runningTurn(s.id) != 0)
        return;
    const TurnRecord known = journal()->turnForResponse(s.id, s.runningResponseId);
    if (known.id != 0 && !known.isOpen())
        return; // ours, and already complete here: the server's busy flag lags; poll
    m_turns->attachTurn(s.id, s.runningResponseId, tr("(a turn started elsewhere)"));
}

void SessionDirectory::markEnded(const QString &sessionId)
{
    m_justFinished.remove(sessionId);
    const SessionSummary *s = m_model->find(sessionId);
    if (!s)
        return;
    m_polls->stop(sessionId);
    if (!s->local) {
        m_model->remove(sessionId); // nothing of it is kept here
        Q_EMIT sessionEndedOnServer(sessionId);
        return;
    }
    if (s->ended)
        return;
    SessionRecord rec = journal()->session(sessionId);
    rec.ended = true;
    journal()->updateSessionState(rec);
    update(sessionId, [](SessionSummary &x) {
        x.ended = true;
        x.busy = x.following;
        x.runningResponseId.clear();
    });
    Q_EMIT sessionEndedOnServer(sessionId);
}

void SessionDirectory::forget(const QString &sessionId)
{
    m_polls->stop(sessionId);
    journal()->removeSession(sessionId);
    m_model->remove(sessionId);
    Q_EMIT sessionDeleted(sessionId);
}

void SessionDirectory::setCurrentSession(const QString &sessionId)
{
    m_current = sessionId;
    const SessionSummary *s = m_model->find(sessionId);
    if (s && s->unread) {
        journal()->setSessionUnread(sessionId, false);
        update(sessionId, [](SessionSummary &x) { x.unread = false; });
    }
    m_polls->setCurrent(sessionId);
}

void SessionDirectory::addSession(const QString &sessionId, int persistent, qint64 ttlSeconds)
{
    const qint64 now = nowMs();
    if (m_listing)
        m_addedDuringList.insert(sessionId);
    journal()->upsertSession(SessionRecord::make(sessionId, m_profile, QString(), now, now));
    SessionRecord rec = journal()->session(sessionId);
    if (persistent >= 0) {
        rec.persistent = persistent;
        rec.ttlSeconds = ttlSeconds;
        journal()->updateSessionState(rec);
    }
    const SessionSummary *existing = m_model->find(sessionId);
    SessionSummary s = existing ? *existing : fromRecord(rec);
    s.local = true;
    if (persistent >= 0) {
        s.persistent = persistent;
        s.ttlSeconds = ttlSeconds;
    }
    if (!s.createdAtMs)
        s.createdAtMs = now;
    s.lastActiveMs = qMax(s.lastActiveMs, now);
    m_model->upsert(s);
    Q_EMIT sessionChanged(sessionId);
}

void SessionDirectory::rename(const QString &sessionId, const QString &title)
{
    const QString t = title.simplified();
    const SessionSummary *s = m_model->find(sessionId);
    if (!s || t.isEmpty())
        return;
    if (!s->local)
        addSession(sessionId);
    if (!journal()->renameSession(sessionId, t))
        return Q_EMIT errorOccurred(journal()->lastError());
    update(sessionId, [&](SessionSummary &x) {
        x.title = t;
        x.customTitle = true;
    });
}

QStringList SessionDirectory::sessionsToCheck()
{
    // The most recently active sessions each time, and a turn through all the others, so a
    // long list costs a bounded number of requests per refresh yet every session is asked
    // about (and found ended, or busy) within a few refreshes.
    constexpr qsizetype Recent = 25, Rotating = 25;
    QList<SessionSummary> open;
    for (const SessionSummary &s : m_model->all())
        if (!s.ended)
            open.append(s);
    std::sort(open.begin(), open.end(),
              [](const SessionSummary &a, const SessionSummary &b) { return a.lastActiveMs > b.lastActiveMs; });
    QStringList ask;
    const qsizetype recent = qMin(open.size(), Recent);
    for (qsizetype i = 0; i < recent; ++i)
        ask << open.at(i).id;
    const qsizetype rest = open.size() - recent;
    for (qsizetype n = 0; n < qMin(rest, Rotating); ++n)
        ask << open.at(recent + (m_checkCursor + n) % rest).id;
    if (rest > 0)
        m_checkCursor = (m_checkCursor + Rotating) % rest;
    return ask;
}

void SessionDirectory::removeEnded(const QString &sessionId)
{
    const SessionSummary *s = m_model->find(sessionId);
    if (s && s->ended)
        forget(sessionId);
}

void SessionDirectory::deleteSession(const QString &sessionId)
{
    ApiCall *call = m_api->deleteResource(QStringLiteral("/v1/sessions/") + ApiClient::pathSegment(sessionId));
    connect(call, &ApiCall::finished, this, [this, sessionId](const ApiResult &r) {
        if (r.ok())
            return forget(sessionId);
        if (r.error.kind == ApiError::Kind::NotFound) {
            // Gone from the server already: forgotten here too, but not reported as deleted.
            Q_EMIT sessionWasNotOnServer(sessionId);
            return forget(sessionId);
        }
        Q_EMIT errorOccurred(tr("The session could not be deleted: %1").arg(r.error.userMessage()));
    });
}

QList<SessionSummary> SessionDirectory::cleanUpPreview(qint64 olderThanSeconds, qint64 now) const
{
    if (now == 0)
        now = nowMs();
    QList<SessionSummary> out;
    for (const SessionSummary &s : m_model->all())
        if (!s.busy && !s.ended && now - s.lastActiveMs >= olderThanSeconds * 1000)
            out.append(s);
    return out;
}

void SessionDirectory::cleanUp(qint64 olderThanSeconds)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("idle"));
    q.addQueryItem(QStringLiteral("older_than"), QStringLiteral("%1s").arg(olderThanSeconds));
    ApiCall *call = m_api->deleteResource(QStringLiteral("/v1/sessions"), q);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            const QString message = tr("Clean-up failed: %1").arg(r.error.userMessage());
            Q_EMIT errorOccurred(message);
            Q_EMIT cleanUpFinished(false, {}, message);
            return;
        }
        const QJsonValue deleted = r.json.object().value(u"deleted");
        QStringList ids;
        for (const QJsonValue &v : deleted.toArray())
            ids << v.toString();
        for (const QString &id : std::as_const(ids))
            if (m_model->find(id))
                forget(id);
        if (!deleted.isArray())
            refresh(); // the server did not say which: ask it what is left
        Q_EMIT cleanUpFinished(true, ids, deleted.isArray() ? tr("%n idle session(s) deleted.", nullptr, int(ids.size()))
                                                      : tr("Clean-up done; the list is being refreshed."));
    });
}

UsageTotals SessionDirectory::usage(const QString &sessionId) const
{
    return UsageLedger::forSession(*journal(), sessionId);
}

UsageTotals SessionDirectory::profileUsage() const
{
    return UsageLedger::forProfile(*journal(), m_profile);
}

QByteArray SessionDirectory::usageCsv() const
{
    return UsageLedger::csv(*journal(), m_profile);
}

// ---------------------------------------------------------------------------------------
// Polling

void SessionDirectory::poll(const QString &sessionId)
{
    ApiCall *call = m_api->getSession(sessionId);
    connect(call, &ApiCall::finished, this, [this, sessionId, asked = ++m_requestClock](const ApiResult &r) {
        const bool failed = !r.ok() && r.error.kind != ApiError::Kind::NotFound; // backs the polls off
        if (!m_polls->answered(sessionId, failed ? PollScheduler::Answer::Failed : PollScheduler::Answer::Ok))
            return; // deleted or idle meanwhile
        if (r.error.kind == ApiError::Kind::NotFound)
            markEnded(sessionId);
        else if (r.ok())
            applyServerSession(ServerSession::fromJson(r.json.object()), sessionId, asked); // stops the poll when idle
    });
}

void SessionDirectory::onRunningChanged(const QString &sessionId, bool running)
{
    update(sessionId, [&](SessionSummary &s) {
        s.following = running;
        if (running)
            s.busy = true;
    });
    // Our stream tells us how the turn ends; the metadata only a GET does.
    if (running)
        m_polls->start(sessionId, true);
}

void SessionDirectory::onTurnFinished(const QString &sessionId, TurnStream::State state, const ApiError &error)
{
    const qint64 now = nowMs();
    m_justFinished.insert(sessionId);
    m_turnEndedAt.insert(sessionId, ++m_requestClock);
    journal()->setLastResponseAt(sessionId, now);
    const bool unread = sessionId != m_current;
    if (unread)
        journal()->setSessionUnread(sessionId, true);
    update(sessionId, [&](SessionSummary &s) {
        s.following = false;
        s.busy = false;
        s.runningResponseId.clear();
        s.lastResponseMs = now;
        s.lastActiveMs = qMax(s.lastActiveMs, now);
        s.unread = s.unread || unread;
    });
    Q_EMIT sessionIdle(sessionId);
    // The final metadata, and whether the server agrees it is idle. Until it does, a busy
    // answer is our own turn's tail, not another turn to announce.
    refreshSession(sessionId, [this, sessionId] {
        const SessionSummary *s = m_model->find(sessionId);
        if (!s || !s->busy)
            m_justFinished.remove(sessionId);
    });
    const QString title = m_model->titleOf(sessionId);
    switch (state) {
    case TurnStream::State::Completed:
        Q_EMIT turnEnded(sessionId, title, Ending::Completed, {});
        break;
    case TurnStream::State::Cancelled:
        Q_EMIT turnEnded(sessionId, title, Ending::Cancelled, {});
        break;
    case TurnStream::State::Failed:
    case TurnStream::State::Expired:
        Q_EMIT turnEnded(sessionId, title, Ending::Failed, error.userMessage());
        break;
    default:
        break;
    }
}

} // namespace pokee
