#include "cli/CliWatch.h"

#include "cli/CliTurn.h"
#include "session/ServerSession.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QDateTime>

#include <utility>

namespace pokee::cli {

namespace {

// Text is printed a line at a time, so that two sessions' answers never mix within a line;
// a line longer than this is broken at a space, so that a long paragraph still shows up as
// it streams instead of all at once at its end.
constexpr qsizetype MaxLine = 100;

QString tag(const QString &sessionId)
{
    return u'[' + sessionId + QStringLiteral("] ");
}

} // namespace

CliWatch::CliWatch(const Options &options, CliOutput &out, ApiClient *api, Journal *journal, QObject *parent)
    : QObject(parent), m_options(options), m_out(out), m_api(api), m_journal(journal),
      m_turns(new TurnManager(api, journal, this))
{
    if (!options.sessionKey.isEmpty())
        m_turns->setProfile(options.sessionKey);
    // A turn the journal already holds part of (an earlier watch or send, cut off): that part
    // first, from the journal, then the rest as it arrives after the last stored event.
    connect(m_turns, &TurnManager::turnReattached, this, [this](const QString &sid, qint64 turn) {
        for (const TurnEvent &e : m_journal->events(turn))
            print(sid, m_attaching, e);
    });
    connect(m_turns, &TurnManager::eventsReceived, this,
            [this](const QString &sid, qint64, const QString &rid, const QList<TurnEvent> &events) {
                for (const TurnEvent &e : events)
                    print(sid, rid, e);
                m_out.flush(); // live: each batch shows as it comes, even through a pipe
            });
    connect(m_turns, &TurnManager::notice, this, [this](const QString &sid, qint64, const QString &text) { note(sid, text); });
    connect(m_turns, &TurnManager::connectionChanged, this,
            [this](const QString &sid, qint64, const QString &text) { note(sid, text); });
    connect(m_turns, &TurnManager::journalFailed, this, [this](const QString &text) { m_out.note(text); });
    connect(m_turns, &TurnManager::turnFinished, this,
            [this](const QString &sid, qint64, TurnStream::State state, const ApiError &error) {
                printText(sid, true);
                const int code = CliTurn::exitCodeFor(state, error);
                if (code == Failure)
                    note(sid, QStringLiteral("pokee: ") + error.userMessage());
                if (!m_options.follow)
                    return settle(sid, code);
                remember(code); // and the session is asked again for its next turn
            });
    connect(&m_poll, &QTimer::timeout, this, &CliWatch::pollIdle);
}

void CliWatch::start(const QStringList &sessionIds)
{
    for (const QString &sid : sessionIds)
        if (!m_sessions.contains(sid)) {
            m_order << sid;
            m_sessions.insert(sid, {});
        }
    for (const QString &sid : std::as_const(m_order))
        lookUp(sid);
    if (m_options.follow) {
        m_poll.setInterval(int(m_options.intervalMs));
        m_poll.start();
    }
}

void CliWatch::lookUp(const QString &sid)
{
    m_sessions[sid].asking = true;
    connect(m_api->getSession(sid), &ApiCall::finished, this, [this, sid](const ApiResult &r) { onSession(sid, r); });
}

void CliWatch::onSession(const QString &sid, const ApiResult &r)
{
    Watched &w = m_sessions[sid];
    w.asking = false;
    const bool first = !std::exchange(w.asked, true);
    if (w.done)
        return;
    if (r.error.kind == ApiError::Kind::NotFound) {
        m_out.note(tr("pokee: the server does not know session %1.").arg(sid));
        return settle(sid, Failure);
    }
    if (!r.ok()) {
        note(sid, QStringLiteral("pokee: ") + r.error.userMessage());
        if (!m_options.follow)
            settle(sid, Failure);
        return; // followed: asked again at the next poll
    }
    const ServerSession s = ServerSession::fromJson(r.json.object());
    if (s.busy && !s.currentResponseId.isEmpty() && !w.followed.contains(s.currentResponseId))
        return follow(sid, s.currentResponseId);
    if (s.busy && s.currentResponseId.isEmpty()) {
        // Naming the running turn is an extension of the API: a server without it can only be
        // polled, which `wait` does.
        if (first)
            note(sid, tr("busy, but the server does not say with which turn, so it cannot be followed; "
                         "pokee wait %1 polls it until it is idle.").arg(sid));
        if (!m_options.follow)
            settle(sid, Failure);
        return;
    }
    if (m_options.follow) {
        if (first && !s.busy)
            note(sid, tr("idle; waiting for its next turn."));
        return;
    }
    note(sid, tr("idle: no turn to watch."));
    settle(sid, Completed);
}

void CliWatch::follow(const QString &sid, const QString &rid)
{
    m_sessions[sid].followed.insert(rid);
    // The profile's session list has it from now on, as after `send`.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_journal->upsertSession(SessionRecord::make(sid, m_turns->profile(), QString(), now, now));
    m_attaching = rid;
    const qint64 turn = m_turns->attachTurn(sid, rid, tr("(a turn started elsewhere)"));
    m_attaching.clear();
    if (turn == 0)
        return settle(sid, Failure); // journalFailed() said why
    if (m_turns->runningTurn(sid) != turn) {
        // The journal holds this turn to its end already: the server's busy flag lags.
        note(sid, tr("response %1 has ended already; pokee transcript %2 shows it.").arg(rid, sid));
        if (!m_options.follow)
            settle(sid, Completed);
        return;
    }
    if (!m_out.json())
        note(sid, tr("following response %1").arg(rid));
}

void CliWatch::print(const QString &sid, const QString &rid, const TurnEvent &e)
{
    if (m_out.json()) {
        QJsonObject o = CliTurn::eventJson(e);
        o.insert(QStringLiteral("session"), sid);
        o.insert(QStringLiteral("response_id"), rid);
        m_out.object(o);
        return;
    }
    if (e.type == u"text.delta") {
        m_sessions[sid].text += e.data.value(u"content").toString();
        return printText(sid, false);
    }
    if (e.type == u"text.stop")
        return printText(sid, true);
    if (const QString said = CliTurn::describe(e, sid); !said.isEmpty()) {
        printText(sid, true); // what was said before it comes before it
        m_out.line(tag(sid) + said);
    }
}

void CliWatch::printText(const QString &sid, bool all)
{
    QString &text = m_sessions[sid].text;
    auto put = [&](qsizetype length, qsizetype skip) {
        const QString line = text.left(length);
        text.remove(0, length + skip);
        if (!line.trimmed().isEmpty()) // blank lines would only part the sessions' lines further
            m_out.line(tag(sid) + line);
    };
    for (;;) {
        const qsizetype newline = text.indexOf(u'\n');
        if (newline >= 0 && newline <= MaxLine) {
            put(newline, 1);
        } else if (text.size() > MaxLine) {
            qsizetype cut = text.lastIndexOf(u' ', MaxLine);
            if (cut <= 0)
                cut = text.at(MaxLine - 1).isHighSurrogate() ? MaxLine - 1 : MaxLine; // one long word
            put(cut, text.at(cut) == u' ' ? 1 : 0);
        } else {
            break;
        }
    }
    if (all)
        put(text.size(), 0);
}

void CliWatch::note(const QString &sid, const QString &text)
{
    m_out.note(tag(sid) + text);
}

void CliWatch::remember(int code)
{
    if (m_exitCode == Completed)
        m_exitCode = code;
}

void CliWatch::settle(const QString &sid, int code)
{
    m_sessions[sid].done = true;
    remember(code);
    for (const Watched &w : std::as_const(m_sessions))
        if (!w.done)
            return;
    if (std::exchange(m_finished, true))
        return;
    m_poll.stop();
    m_out.flush();
    Q_EMIT finished(m_exitCode);
}

void CliWatch::pollIdle()
{
    for (const QString &sid : std::as_const(m_order)) {
        const Watched &w = m_sessions.value(sid);
        if (!w.done && !w.asking && m_turns->runningTurn(sid) == 0)
            lookUp(sid);
    }
}

} // namespace pokee::cli
