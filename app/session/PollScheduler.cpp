#include "session/PollScheduler.h"

#include <QDateTime>

namespace pokee {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PollScheduler::PollScheduler(const Intervals &intervals, QObject *parent) : QObject(parent), m_intervals(intervals)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::onTimer);
}

int PollScheduler::intervalFor(const QString &sessionId, int failures) const
{
    const int base = sessionId == m_current ? m_intervals.selectedMs : m_intervals.normalMs;
    qint64 interval = base;
    for (int i = 0; i < failures && interval < m_intervals.maxMs; ++i)
        interval *= 2;
    return int(qMin<qint64>(interval, qMax(base, m_intervals.maxMs)));
}

int PollScheduler::intervalOf(const QString &sessionId) const
{
    return m_polls.contains(sessionId) ? intervalFor(sessionId, m_polls.value(sessionId).failures) : 0;
}

void PollScheduler::start(const QString &sessionId, bool soon)
{
    auto it = m_polls.find(sessionId);
    if (it == m_polls.end()) {
        Poll p;
        p.dueMs = nowMs() + (soon ? 0 : intervalFor(sessionId, 0));
        m_polls.insert(sessionId, p);
    } else if (soon && !it->inFlight) {
        it->dueMs = nowMs();
    }
    schedule();
}

void PollScheduler::stop(const QString &sessionId)
{
    if (m_polls.remove(sessionId))
        schedule();
}

void PollScheduler::setCurrent(const QString &sessionId)
{
    m_current = sessionId;
    auto it = m_polls.find(sessionId);
    if (it == m_polls.end())
        return;
    // Faster now that it is watched: due no later than the selected interval.
    it->dueMs = qMin(it->dueMs, nowMs() + intervalFor(sessionId, it->failures));
    schedule();
}

bool PollScheduler::answered(const QString &sessionId, Answer answer)
{
    auto it = m_polls.find(sessionId);
    if (it == m_polls.end())
        return false; // deleted or idle meanwhile
    it->inFlight = false;
    it->failures = answer == Answer::Failed ? it->failures + 1 : 0;
    it->dueMs = nowMs() + intervalFor(sessionId, it->failures);
    schedule();
    return true;
}

void PollScheduler::schedule()
{
    qint64 next = 0;
    for (auto it = m_polls.cbegin(); it != m_polls.cend(); ++it)
        if (!it->inFlight && (next == 0 || it->dueMs < next))
            next = it->dueMs;
    if (next == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - nowMs(), qint64(24) * 3600 * 1000)));
}

void PollScheduler::onTimer()
{
    const qint64 now = nowMs();
    QStringList due;
    for (auto it = m_polls.cbegin(); it != m_polls.cend(); ++it)
        if (!it->inFlight && it->dueMs <= now)
            due << it.key();
    for (const QString &id : std::as_const(due)) {
        auto it = m_polls.find(id);
        if (it == m_polls.end())
            continue; // stopped by the ask before it
        it->inFlight = true;
        Q_EMIT this->due(id);
    }
    schedule();
}

} // namespace pokee
