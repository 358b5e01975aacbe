#pragma once

#include "api/ApiError.h"
#include "store/DisplayEvents.h"
#include "store/TurnRecord.h"
#include "stream/TurnStream.h"

#include <QHash>
#include <QQueue>
#include <QObject>

namespace pokee {

class ApiClient;
class Journal;

// What one turn's connection went through this run: drops, resumes, pauses. Folded into one
// line that updates in place; the entries are the details for the event inspector.
struct ConnectionLog
{
    int drops = 0;          // connections that ended before the turn did
    int resumes = 0;        // reconnections that got an event stream back
    int lastReplayed = 0;   // events delivered on the latest resumed connection
    bool journalPaused = false;
    bool streaming = false;  // the current connection got an event stream
    QString summary;        // the one line the conversation shows; empty while nothing happened
    QStringList entries;    // "hh:mm:ss.zzz  what happened", oldest first (bounded)
};

// Every running turn of a profile, across sessions: starts them (journal first, then POST),
// journals every batch of events before anyone sees it, closes them, and on start-up resumes
// the turns the journal says were left open against this profile's endpoint. Views follow it
// by session id; every session's turns are followed alike, shown or not.
class TurnManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnManager)
public:
    TurnManager(ApiClient *api, Journal *journal, QObject *parent = nullptr);
    TurnManager(ApiClient *api, Journal *journal, const TurnStream::Options &options, QObject *parent = nullptr);
    ~TurnManager() override;

    // The key the journal files this manager's turns under: by default the endpoint's base
    // URL (without user info), so a journal never resumes a turn against another server.
    QString profile() const { return m_profile; }
    void setProfile(const QString &profile) { m_profile = profile; }

    // Records the prompt with a fresh Idempotency-Key, then sends it. Returns the turn id, or
    // 0 when the journal could not record it (journalFailed() says why; nothing was sent).
    qint64 startTurn(const QString &sessionId, const QString &prompt);
    // Follows a turn that runs on the server (attach after a 409). A response id the journal
    // already has reuses that turn's row and resumes after its last stored event.
    qint64 attachTurn(const QString &sessionId, const QString &responseId, const QString &prompt);
    // Resumes every turn the journal left open against this profile: from its last seq when
    // its response id is known, else by re-sending its POST with the stored key and body.
    int resumeOpenTurns();
    void cancel(qint64 turnId);

    TurnStream *stream(qint64 turnId) const { return m_streams.value(turnId); }
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // The request (key redacted) and response headers of a turn's last connection this run.
    QPair<Headers, Headers> headers(qint64 turnId) const;
    ConnectionLog connectionLog(qint64 turnId) const { return m_links.value(turnId); }
    qint64 runningTurn(const QString &sessionId) const;
    Journal *journal() const { return m_journal; }
    // A turn's events as the journal holds them (the inspector's view).
    QList<TurnEvent> storedEvents(qint64 turnId) const;

    // How many finished turns keep their headers and connection log (the inspector's view).
    static constexpr qsizetype KeptFinishedTurns = 200;

Q_SIGNALS:
    void turnStarted(const QString &sessionId, qint64 turnId, const QString &prompt);
    // attachTurn() picked up a turn the journal already had: its prompt is already shown.
    void turnReattached(const QString &sessionId, qint64 turnId);
    void responseIdReceived(const QString &sessionId, qint64 turnId, const QString &responseId);
    void eventsReceived(const QString &sessionId, qint64 turnId, const QString &responseId,
                        const QList<pokee::TurnEvent> &events);
    void stateChanged(const QString &sessionId, qint64 turnId, pokee::TurnStream::State state);
    void cancelRequested(const QString &sessionId, qint64 turnId);
    // The cancel did not reach the server; the turn goes on and Cancel can be pressed again.
    void cancelFailed(const QString &sessionId, qint64 turnId, const QString &message);
    // A line for the conversation: resuming after a restart, expired.
    void notice(const QString &sessionId, qint64 turnId, const QString &text);
    // The turn's connection line changed (ConnectionLog::summary); one line per turn.
    void connectionChanged(const QString &sessionId, qint64 turnId, const QString &summary);
    void turnFinished(const QString &sessionId, qint64 turnId, pokee::TurnStream::State state,
                      const pokee::ApiError &error);
    // A session gained or lost its running turn, whether it is on screen or not.
    void sessionRunningChanged(const QString &sessionId, bool running);
    void sessionBusy(const QString &sessionId, const QString &runningResponseId);
    void journalFailed(const QString &message);

private:
    // `stored`: the turn's journaled events when the caller has read them already.
    TurnStream *createStream(qint64 turnId, const QString &sessionId, qint64 storedSeq,
                             const QList<TurnEvent> *stored = nullptr);
    void onEvents(qint64 turnId, TurnStream *stream, const QList<TurnEvent> &events);
    void onFinished(qint64 turnId, TurnStream *stream);
    bool closeIfJournaledEnd(const TurnRecord &turn, const QList<TurnEvent> &events);
    void log(qint64 turnId, const QString &sessionId, const QString &entry, const QString &summary);

    ApiClient *m_api;   // not owned
    Journal *m_journal; // not owned
    TurnStream::Options m_options;
    QString m_profile;
    QHash<qint64, TurnStream *> m_streams; // parent: this
    QHash<qint64, qint64> m_storedSeq;     // the highest seq the journal holds, per running turn
    QHash<qint64, QPair<Headers, Headers>> m_finishedHeaders;
    QQueue<qint64> m_finishedOrder; // finished turns whose headers and log are kept, oldest first
    QHash<qint64, ConnectionLog> m_links;
    QHash<qint64, DisplayEvents> m_display; // each running turn's display events, built as they arrive
};

QString stateName(TurnStream::State state);

} // namespace pokee
