// The journal's full-text search (Journal's members that use SearchIndex), apart from
// Journal.cpp's turns and events.
#include "store/Journal.h"

#include "store/SearchText.h"

#include <QCoreApplication>

namespace pokee {

QList<SearchHit> Journal::search(const QString &typed, const SearchIndex::Filter &filter, QString &error) const
{
    const SearchText::Query query = SearchText::parse(typed);
    if (!query.ok()) {
        error = query.error;
        return {};
    }
    return m_search.search(query.fts, filter, error);
}

int Journal::unindexedTurns() const
{
    return m_search.pendingTurns();
}

int Journal::indexTurns(int count)
{
    if (!beginWrite())
        return 0;
    QString error;
    const int done = m_search.indexSome(count, error);
    if (!error.isEmpty() || !commitWrite()) {
        rollbackWrite();
        fail(QCoreApplication::translate("Journal", "The local journal could not index older turns (%1).").arg(error.isEmpty() ? m_sqlError : error));
        return 0;
    }
    return done;
}

} // namespace pokee
