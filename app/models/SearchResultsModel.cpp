#include "models/SearchResultsModel.h"

#include "store/Journal.h"
#include "store/SearchText.h"

#include <algorithm>

namespace pokee {

SearchResultsModel::SearchResultsModel(Sources sources, QObject *parent)
    : QAbstractListModel(parent), m_sources(std::move(sources))
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Row &r = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString plain = r.hit.snippet;
        return plain.remove(u'\x02').remove(u'\x03');
    }
    case ProfileRole: return r.profile;
    case SessionIdRole: return r.hit.sessionId;
    case SessionTitleRole: return r.hit.sessionTitle.isEmpty() ? r.hit.sessionId : r.hit.sessionTitle;
    case TurnIdRole: return r.hit.turnId;
    case BlockRole: return r.hit.block;
    case KindRole: return r.hit.kind;
    case AtRole: return r.hit.at;
    case SnippetRole: return r.hit.snippet;
    case FoundRole: {
        // Spans side by side are one (a Chinese word is a phrase of characters, each marked).
        const QString snippet = QString(r.hit.snippet).remove(QStringLiteral("\x03\x02"));
        const qsizetype start = snippet.indexOf(u'\x02');
        const qsizetype end = snippet.indexOf(u'\x03', start + 1);
        return start >= 0 && end > start ? snippet.mid(start + 1, end - start - 1) : m_firstTerm;
    }
    default: return {};
    }
}

bool SearchResultsModel::search(const QString &typed, const Options &options)
{
    m_error.clear();
    const SearchText::Query query = SearchText::parse(typed);
    m_firstTerm = query.terms.value(0);
    QList<Row> found;
    if (query.ok()) {
        SearchIndex::Filter filter;
        filter.where = options.where;
        filter.limit = options.limit;
        filter.since = options.sinceMs;
        filter.newestFirst = options.newestFirst;
        const QList<Source> sources = m_sources();
        for (const Source &s : options.everySource ? sources : sources.mid(0, 1)) {
            if (!s.journal)
                continue;
            filter.profiles = s.key.isEmpty() ? QStringList() : QStringList{s.key};
            for (const SearchHit &h : s.journal->search(typed, filter, m_error))
                found.append({s.profile, h});
            if (!m_error.isEmpty())
                break;
        }
        // Several journals: merged newest first; by rank, each journal's best first, in turn
        // (FTS5's ranks of two indexes do not compare).
        if (options.newestFirst)
            std::stable_sort(found.begin(), found.end(), [](const Row &a, const Row &b) { return a.hit.at > b.hit.at; });
        if (found.size() > options.limit)
            found.resize(options.limit);
    } else if (!typed.trimmed().isEmpty()) {
        m_error = query.error;
    }
    beginResetModel();
    m_hits = found;
    endResetModel();
    Q_EMIT searched(int(m_hits.size()));
    return m_error.isEmpty();
}

QSet<QString> SearchResultsModel::sessionsMatching(const Source &source, const QString &typed)
{
    QSet<QString> ids;
    if (!source.journal)
        return ids;
    QString query = typed.trimmed();
    if (query.count(u'"') % 2 != 0)
        return ids; // a phrase still being typed
    if (!query.endsWith(u'"') && !query.endsWith(u'*'))
        query += u'*'; // the word being typed is the start of one
    SearchIndex::Filter filter;
    filter.profiles = source.key.isEmpty() ? QStringList() : QStringList{source.key};
    filter.limit = 2000;
    QString error;
    for (const SearchHit &h : source.journal->search(query, filter, error))
        ids.insert(h.sessionId);
    return ids;
}

} // namespace pokee
