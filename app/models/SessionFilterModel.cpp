#include "models/SessionFilterModel.h"

#include "models/SessionListModel.h"

namespace pokee {

SessionFilterModel::SessionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void SessionFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_contentMatches = m_matcher && !m_search.isEmpty() ? m_matcher(m_search) : QSet<QString>();
    invalidateRowsFilter();
}

void SessionFilterModel::setSortMode(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    invalidate();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString id = i.data(SessionListModel::IdRole).toString();
    return i.data(SessionListModel::TitleRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           id.contains(m_search, Qt::CaseInsensitive) || m_contentMatches.contains(id);
}

bool SessionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // "Less" comes first: the newest activity, or A before Z; the id breaks ties so the
    // order never flickers between two equal rows.
    if (m_sort == Sort::Activity) {
        const qint64 a = left.data(SessionListModel::LastActiveRole).toLongLong();
        const qint64 b = right.data(SessionListModel::LastActiveRole).toLongLong();
        if (a != b)
            return a > b;
    } else {
        const int c = QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(),
                                                  right.data(Qt::DisplayRole).toString());
        if (c != 0)
            return c < 0;
    }
    return left.data(SessionListModel::IdRole).toString() < right.data(SessionListModel::IdRole).toString();
}

} // namespace pokee
