#include "runtime/SearchCatchUp.h"

#include "store/Journal.h"

#include <QTimer>

namespace pokee {

SearchCatchUp::SearchCatchUp(Journal *journal, QObject *parent)
    : QObject(parent), m_journal(journal), m_timer(new QTimer(this))
{
    m_timer->setInterval(0); // between events: a step is a few milliseconds of SQLite
    connect(m_timer, &QTimer::timeout, this, &SearchCatchUp::step);
}

void SearchCatchUp::start()
{
    m_total = m_journal->unindexedTurns();
    m_done = 0;
    if (m_total > 0)
        m_timer->start();
}

void SearchCatchUp::step()
{
    const int indexed = m_journal->indexTurns(TurnsPerStep);
    m_done = indexed > 0 ? qMin(m_total, m_done + indexed) : m_total; // a failure ends it (said by the journal)
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total) {
        m_timer->stop();
        Q_EMIT finished();
    }
}

} // namespace pokee
