#pragma once

#include "api/ApiError.h"
#include "models/SessionListModel.h"
#include "session/PollScheduler.h"
#include "session/ServerSession.h"
#include "session/UsageLedger.h"
#include "store/TurnRecord.h"
#include "stream/TurnStream.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <functional>
#include <limits>

namespace pokee {

class ApiClient;
class Journal;
class TurnManager;

// The sessions of one profile, kept true: the journal's list (sessions created or opened
// here) merged with the server's list where it has one, refreshed, and every busy session
// polled with GET /v1/sessions/{id} until it is idle. Where the server names the running
// turn (current_response_id) and no stream of ours follows it, the TurnManager attaches to
// it instead, so the answer is journaled like any other. One model for the window and the CLI.
class SessionDirectory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDirectory)
public:
    struct Options
    {
        int pollIntervalMs = 15000;        // a busy session in the background
        int selectedPollIntervalMs = 3000; // the busy session on screen
        int maxPollIntervalMs = 120000;    // where errors back the polls off to
        int listIntervalMs = 60000;        // the whole list again (0: only on refresh())
        bool attachWhenKnown = true;       // follow a running turn's stream when its id is known
    };

    // Idle: a turn followed only by polling ended; the server says that it did, not how.
    enum class Ending { Completed, Failed, Cancelled, Idle };
    Q_ENUM(Ending)

    SessionDirectory(ApiClient *api, TurnManager *turns, const QString &profile, QObject *parent = nullptr);
    SessionDirectory(ApiClient *api, TurnManager *turns, const QString &profile, const Options &options,
                     QObject *parent = nullptr);
    ~SessionDirectory() override;

    SessionListModel *model() const { return m_model; }
    Journal *journal() const;
    QString profile() const { return m_profile; }
    // Whether the server answered GET /v1/sessions (an emulator extension); false until it
    // did, and for a server without it (404/405: the local list only, silently).
    bool serverLists() const { return m_serverLists; }

    // Fills the model from the journal; then refresh() asks the server.
    void load();
    void refresh();
    void refreshSession(const QString &sessionId);
    // The same, then `then()` once it answered (whatever it said).
    void refreshSession(const QString &sessionId, const std::function<void()> &then);

    // The session on screen: read, and polled faster while busy.
    void setCurrentSession(const QString &sessionId);
    QString currentSession() const { return m_current; }

    // A session created (persistent, ttl as asked) or opened by id here: kept in the journal.
    void addSession(const QString &sessionId, int persistent = -1, qint64 ttlSeconds = 0);
    void rename(const QString &sessionId, const QString &title);
    void deleteSession(const QString &sessionId);
    // A session the server has ended: its row and transcript go from this computer (there is
    // nothing left to delete on the server).
    void removeEnded(const QString &sessionId);
    // The idle sessions the server would delete for "idle and older than" `olderThanSeconds`.
    QList<SessionSummary> cleanUpPreview(qint64 olderThanSeconds, qint64 nowMs = 0) const;
    void cleanUp(qint64 olderThanSeconds);

    // The usage ledger: tokens of the completed turns, per session and for the profile.
    UsageTotals usage(const QString &sessionId) const;
    UsageTotals profileUsage() const;
    QByteArray usageCsv() const;

    // The sessions being polled, and when each is due next (for tests and the inspector).
    QStringList polledSessions() const { return m_polls->sessions(); }
    int pollIntervalOf(const QString &sessionId) const { return m_polls->intervalOf(sessionId); }

Q_SIGNALS:
    void refreshed();
    // The list itself could not be fetched (errorOccurred says why too); refreshed() will
    // not follow for this attempt.
    void refreshFailed(const QString &message);
    void sessionChanged(const QString &sessionId);
    // The metadata of a busy session changed (what `pokee wait` prints).
    void metadataChanged(const QString &sessionId, const QJsonObject &metadata);
    // A session was busy and is idle now: a turn of ours finished, or one we only polled.
    void sessionIdle(const QString &sessionId);
    // A turn ended, ours or one we polled: what a desktop notification says.
    void turnEnded(const QString &sessionId, const QString &title, pokee::SessionDirectory::Ending ending,
                   const QString &detail);
    void sessionEndedOnServer(const QString &sessionId);
    void sessionDeleted(const QString &sessionId);
    // A delete was answered 404: the server had no such session (deleted or expired before).
    // Emitted just before sessionDeleted(), which still follows: it is gone from the list too.
    void sessionWasNotOnServer(const QString &sessionId);
    void cleanUpFinished(bool ok, const QStringList &deletedIds, const QString &message);
    void errorOccurred(const QString &message);

private:
    SessionSummary fromRecord(const SessionRecord &record) const;
    // `askedAt`: m_requestClock when the request was sent (answers older than our turn's end
    // cannot report that turn as busy).
    void applyServerSession(const ServerSession &session, const QString &askedFor = {},
                            quint64 askedAt = std::numeric_limits<quint64>::max());
    void markEnded(const QString &sessionId);
    void forget(const QString &sessionId);
    // Without the server's list: the sessions whose state to ask for on this refresh.
    QStringList sessionsToCheck();
    void poll(const QString &sessionId);
    void onTurnFinished(const QString &sessionId, TurnStream::State state, const ApiError &error);
    void onRunningChanged(const QString &sessionId, bool running);
    void update(const QString &sessionId, const std::function<void(SessionSummary &)> &change);
    void maybeAttach(const SessionSummary &session);

    ApiClient *m_api;     // not owned
    TurnManager *m_turns; // not owned
    QString m_profile;
    Options m_options;
    SessionListModel *m_model; // parent: this
    QString m_current;
    bool m_serverLists = false;
    bool m_listing = false;
    bool m_relist = false; // refresh() was asked for while a listing was in flight
    qsizetype m_checkCursor = 0; // without the server's list: where the next round of checks starts
    PollScheduler *m_polls; // parent: this
    QSet<QString> m_addedDuringList; // added while a listing was in flight
    QSet<QString> m_justFinished; // our turn ended; the server may still say busy a moment
    quint64 m_requestClock = 0;   // ticks at every request sent and every turn of ours ending
    QHash<QString, quint64> m_turnEndedAt; // session -> the clock when our last turn there ended
    QTimer m_listTimer;
};

} // namespace pokee
