#pragma once

#include "api/ApiClient.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace pokee::soak {

// A second client of the same sessions and the same journal file (issue 21): another
// ApiClient, another Journal connection on the soak's file, its own TurnManager, sending into
// a few of the soak's sessions while the first client's turns run there. It must never take
// the other client's turn for its own (each completed turn's journal is the server's record of
// *its* response, and no response id belongs to both clients), and a busy session is a refusal
// to count and retry, never a failure.
class SecondClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondClient)
public:
    SecondClient(const Endpoint &endpoint, const QString &journalPath, const TurnStream::Options &options,
                 QObject *parent = nullptr);

    // Empty on success, else why it cannot start (the journal).
    QString open();
    // One turn after another in each of `sessionIds`.
    void start(const QStringList &sessionIds);
    // Starts no new turn; finished() once the running ones ended and were checked.
    void stop();
    bool isIdle() const { return m_running.isEmpty() && m_verifying == 0; }

    qint64 asked() const { return m_asked; }
    qint64 completed() const { return m_completed; }
    qint64 busyRefusals() const { return m_busy; }
    qint64 failed() const { return m_failed; }
    qint64 mismatches() const { return m_mismatches; }
    const QSet<QString> &responseIds() const { return m_responseIds; }
    const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void startTurn(const QString &sessionId);
    void onTurnFinished(const QString &sessionId, qint64 turnId, TurnStream::State state, const ApiError &error);
    void verify(const QString &sessionId, qint64 turnId);
    void next(const QString &sessionId, int delayMs);

    ApiClient m_api;
    ApiClient m_oracle; // reads the emulator's record on connections of its own
    Journal m_journal;
    QString m_journalPath;
    std::unique_ptr<TurnManager> m_turns;
    QHash<qint64, QString> m_running; // turn -> session
    int m_verifying = 0;
    int m_nextPrompt = 0;
    bool m_stopping = false;
    qint64 m_asked = 0, m_completed = 0, m_busy = 0, m_failed = 0, m_mismatches = 0;
    QSet<QString> m_responseIds;
    QStringList m_problems;
};

} // namespace pokee::soak
