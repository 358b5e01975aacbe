#include "stream/Backoff.h"

#include <QRandomGenerator>

namespace pokee {

int Backoff::nextDelayMs()
{
    ++m_attempt;
    const int shift = qMin(m_attempt - 1, 20);
    const qint64 ceiling = qMin<qint64>(m_capMs, qint64(m_baseMs) << shift);
    const qint64 jittered = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    return int(qMin<qint64>(qMax(jittered, m_floorMs), qMax<qint64>(m_capMs, m_floorMs)));
}

} // namespace pokee
