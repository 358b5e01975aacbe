#pragma once

#include <QtGlobal>

namespace pokee {

// Jittered exponential backoff: attempt k waits a random time in [d/2, d] where
// d = min(cap, base * 2^(k-1)), and never less than the floor the server asked for (retry:).
// What a server asks for is clamped to MaxServerDelayMs: `retry: 999999999` must not park a
// turn for eleven days.
class Backoff
{
public:
    static constexpr qint64 MaxServerDelayMs = 5 * 60 * 1000;

    Backoff(int baseMs = 500, int capMs = 30000) : m_baseMs(baseMs), m_capMs(capMs) {}

    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    void setFloorMs(qint64 floorMs) { m_floorMs = qBound<qint64>(0, floorMs, MaxServerDelayMs); }
    qint64 floorMs() const { return m_floorMs; }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
    qint64 m_floorMs = 0;
};

} // namespace pokee
