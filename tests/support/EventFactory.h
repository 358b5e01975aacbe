#pragma once

// Builds a TurnEvent as the SSE parser would have delivered it, for tests.
#include "stream/TurnEvent.h"

namespace pokee::test {

inline TurnEvent event(qint64 seq, const char *type, const QByteArray &data = "{}")
{
    SseEvent s;
    s.lastEventId = QByteArray::number(seq);
    s.type = type;
    s.data = data;
    return TurnEvent::fromSse(s);
}

} // namespace pokee::test
