#pragma once

#include "api/ApiError.h"
#include "store/TurnRecord.h"
#include "stream/TurnStream.h"

#include <QHash>
#include <QObject>

namespace pokee {

class ApiClient;
class Journal;

// Every running turn of a profile, across sessions: starts them (journal first, then POST),
// journals every batch of events before anyone sees it, closes them, and on start-up resumes
// the turns the journal says were left open. Views follow it by session id.
class TurnManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnManager)
public:
    TurnManager(ApiClient *api, Journal *journal, QObject *parent = nullptr);
    TurnManager(ApiClient *api, Journal *journal, const TurnStream::Options &options, QObject *parent = nullptr);
    ~TurnManager() override;

    // Records the prompt with a fresh Idempotency-Key, then sends it. Returns the turn id, or
    // 0 when the journal could not record it (journalFailed() says why; nothing was sent).
    qint64 startTurn(const QString &sessionId, const QString &prompt);
    // Follows a turn that runs on the server but is not in the journal (attach after a 409).
    qint64 attachTurn(const QString &sessionId, const QString &responseId, const QString &prompt);
    // Resumes every turn the journal left open: from its last seq when its response id is
    // known, else by re-sending its POST with the stored key and body.
    int resumeOpenTurns();
    void cancel(qint64 turnId);

    TurnStream *stream(qint64 turnId) const { return m_streams.value(turnId); }
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // The request (key redacted) and response headers of a turn's last connection this run.
    QPair<Headers, Headers> headers(qint64 turnId) const;
    qint64 runningTurn(const QString &sessionId) const;
    Journal *journal() const { return m_journal; }

Q_SIGNALS:
    void turnStarted(const QString &sessionId, qint64 turnId, const QString &prompt);
    void responseIdReceived(const QString &sessionId, qint64 turnId, const QString &responseId);
    void eventsReceived(const QString &sessionId, qint64 turnId, const QString &responseId,
                        const QList<pokee::TurnEvent> &events);
    void stateChanged(const QString &sessionId, qint64 turnId, pokee::TurnStream::State state);
    void cancelRequested(const QString &sessionId, qint64 turnId);
    // A line for the conversation: reconnecting, resumed, expired.
    void notice(const QString &sessionId, qint64 turnId, const QString &text);
    void turnFinished(const QString &sessionId, qint64 turnId, pokee::TurnStream::State state,
                      const pokee::ApiError &error);
    void sessionBusy(const QString &sessionId, const QString &runningResponseId);
    void journalFailed(const QString &message);

private:
    TurnStream *createStream(qint64 turnId, const QString &sessionId);
    void onFinished(qint64 turnId, TurnStream *stream);
    void fetchBusyTurn(const QString &sessionId);

    ApiClient *m_api;   // not owned
    Journal *m_journal; // not owned
    TurnStream::Options m_options;
    QHash<qint64, TurnStream *> m_streams; // parent: this
    QHash<qint64, QPair<Headers, Headers>> m_finishedHeaders;
};

QString stateName(TurnStream::State state);

} // namespace pokee
