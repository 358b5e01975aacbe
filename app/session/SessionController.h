#pragma once

#include "api/ApiError.h"
#include "stream/TurnStream.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <memory>

namespace pokee {

class ApiClient;
class SessionTranscripts;
class TranscriptModel;
class TurnManager;

// The conversation the user is looking at: which session, its transcript (from the journal,
// then live), and its running turn. The composer talks to this; it never sees the network.
// Every view of a session shares its transcript (SessionTranscripts): a session shown in two
// places is one model, followed once.
class SessionController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)
public:
    // `transcripts`: the profile's shared transcripts (nullptr: this controller's own).
    SessionController(ApiClient *api, TurnManager *turns, SessionTranscripts *transcripts, QObject *parent = nullptr);
    SessionController(ApiClient *api, TurnManager *turns, QObject *parent = nullptr)
        : SessionController(api, turns, nullptr, parent)
    {
    }
    ~SessionController() override;

    // The open session's transcript. The same model from one session to the next while no
    // other view shares them; another view's when it shows the session already
    // (transcriptChanged() says so).
    TranscriptModel *transcript() const { return m_transcript.get(); }
    ApiClient *api() const { return m_api; }
    QString sessionId() const { return m_sessionId; }
    // The open session's journaled turn that `responseId` belongs to; 0 when none.
    qint64 turnForResponse(const QString &responseId) const;
    // The transcript's row where the open session's turn `turnId` begins (its prompt), or -1.
    int firstRowOfTurn(qint64 turnId) const;
    // The open session's latest journaled turn; 0 when none.
    qint64 latestTurn() const;
    // Writes the open session's transcript, Markdown or JSON, to `path`: empty, or a
    // sentence saying why not.
    QString exportTranscript(const QString &path, bool markdown) const;
    bool isTurnRunning() const;
    qint64 runningTurn() const;
    TurnManager *turns() const { return m_turns; }

    // Creates a session on the server; sessionCreated() and sessionOpened() follow. Its
    // tools are fixed from then on (the tool library sets `tools`; none by default).
    struct NewSession
    {
        bool persistent = true;
        qint64 ttlSeconds = 0; // 0: the server's default
        QJsonArray tools;      // the flat shape; fixed once the session exists
    };
    void createSession() { createSession(NewSession{}); }
    void createSession(const NewSession &options);
    // Shows a session: its journaled turns at once, then whatever arrives.
    void openSession(const QString &sessionId);
    // Sends a prompt in the open session (creating one first if there is none).
    void send(const QString &text);
    void cancel();
    // Follows the turn that made the session busy (after a 409).
    void attach(const QString &responseId);
    // Polls the session until it is idle (after a 409), then emits sessionIdle().
    void waitUntilIdle(int intervalMs = 2000);

Q_SIGNALS:
    void sessionCreated(const QString &sessionId, bool persistent, qint64 ttlSeconds);
    // A prompt the server never accepted (the session could not be created, the POST never
    // reached it): the composer gets it back, so nothing typed is lost.
    void promptNotSent(const QString &prompt);
    void sessionOpened(const QString &sessionId);
    // The model transcript() returns is another one (before sessionOpened()).
    void transcriptChanged(pokee::TranscriptModel *model);
    void turnStarted(const QString &prompt);
    void turnStateChanged(pokee::TurnStream::State state);
    void responseIdReceived(const QString &responseId);
    void cancelRequested();
    // The cancel did not reach the server: the turn goes on, Cancel is available again.
    void cancelFailed(const QString &message);
    void turnFinished(pokee::TurnStream::State state);
    void runningChanged(bool running);
    void sessionBusy(const QString &runningResponseId);
    void sessionIdle();
    void errorOccurred(const QString &message);

private:
    ApiClient *m_api;                   // not owned
    TurnManager *m_turns;               // not owned
    SessionTranscripts *m_transcripts;  // the profile's, or this controller's own (parent: this)
    std::shared_ptr<TranscriptModel> m_transcript;
    QString m_sessionId;
    QString m_pendingPrompt;       // sent once the session being created exists
    bool m_creating = false;
};

} // namespace pokee
