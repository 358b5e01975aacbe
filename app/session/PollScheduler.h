#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace pokee {

// When each busy session is asked about next (GET /v1/sessions/{id}). Each polled session has
// a due time: the session on screen is asked every `selectedMs`, the others every `normalMs`,
// and each failed ask doubles its interval up to `maxMs` (a server in trouble is not helped by
// fifty clients polling it fast). One timer serves every session; due() says which to ask
// now, and the asker reports the answer with answered().
class PollScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)
public:
    struct Intervals
    {
        int normalMs = 15000;
        int selectedMs = 3000;
        int maxMs = 120000;
    };
    enum class Answer { Ok, Failed };

    explicit PollScheduler(const Intervals &intervals, QObject *parent = nullptr);

    // Polls `sessionId`: at once when `soon` (unless an ask is in flight), else after its
    // interval. A session polled already keeps its time unless `soon`.
    void start(const QString &sessionId, bool soon);
    void stop(const QString &sessionId);
    bool isPolled(const QString &sessionId) const { return m_polls.contains(sessionId); }
    QStringList sessions() const { return m_polls.keys(); }
    // The session on screen: asked about faster (due no later than the faster interval).
    void setCurrent(const QString &sessionId);
    // The interval a polled session is asked at now (0: not polled).
    int intervalOf(const QString &sessionId) const;
    // The answer to an ask due() started: the next one is due an interval later (longer after
    // a failure). False when the session is no longer polled (stopped meanwhile).
    bool answered(const QString &sessionId, Answer answer);

Q_SIGNALS:
    // Ask about `sessionId` now; answered() follows when the answer comes.
    void due(const QString &sessionId);

private:
    struct Poll
    {
        qint64 dueMs = 0;
        int failures = 0;
        bool inFlight = false;
    };
    int intervalFor(const QString &sessionId, int failures) const;
    void schedule();
    void onTimer();

    Intervals m_intervals;
    QString m_current;
    QHash<QString, Poll> m_polls;
    QTimer m_timer;
};

} // namespace pokee
