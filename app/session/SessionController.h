#pragma once

#include "api/ApiError.h"
#include "stream/TurnStream.h"

#include <QObject>
#include <QPointer>

namespace pokee {

class ApiClient;
class TranscriptModel;

// The conversation the user is looking at: which session, its transcript, and the turn that
// is running in it. The composer talks to this; it never sees the network.
class SessionController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)
public:
    explicit SessionController(ApiClient *api, QObject *parent = nullptr);
    ~SessionController() override;

    TranscriptModel *transcript() const { return m_transcript; }
    QString sessionId() const { return m_sessionId; }
    bool isTurnRunning() const;
    TurnStream *turn() const { return m_turn; }

    // Creates a session on the server; sessionOpened() follows.
    void createSession();
    void openSession(const QString &sessionId);
    // Sends a prompt in the open session (creating one first if there is none).
    void send(const QString &text);
    void cancel();

Q_SIGNALS:
    void sessionCreated(const QString &sessionId);
    void sessionOpened(const QString &sessionId);
    void turnStarted(const QString &prompt);
    void turnStateChanged(pokee::TurnStream::State state);
    void responseIdReceived(const QString &responseId);
    void turnFinished(pokee::TurnStream::State state);
    void runningChanged(bool running);
    void errorOccurred(const QString &message);

private:
    void startTurn(const QString &text);

    ApiClient *m_api;               // not owned
    TranscriptModel *m_transcript;  // parent: this
    QPointer<TurnStream> m_turn;    // parent: this
    QString m_sessionId;
    QString m_pendingPrompt;        // sent once the session being created exists
    bool m_creating = false;
};

} // namespace pokee
