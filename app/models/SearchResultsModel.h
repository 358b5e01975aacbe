#pragma once

#include "store/SearchIndex.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

#include <functional>

namespace pokee {

class Journal;

// What a search of the journals found, one row per block, newest first: the search window's
// list. Each source is an open profile's journal (the profile's name, its journal, the key its
// turns are filed under); the search runs on the calling thread — SQLite FTS5 answers in
// milliseconds (bench/README.md) — and the rows are replaced at once.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)
public:
    enum Role {
        ProfileRole = Qt::UserRole + 1,
        SessionIdRole,
        SessionTitleRole,
        TurnIdRole,
        BlockRole,
        KindRole,    // prompt, answer, thinking, tool, result
        AtRole,      // unix ms
        SnippetRole, // the matched words between \x02 and \x03
        FoundRole,   // the first matched words as the block has them ("Café" for "cafe"): what Ctrl+F finds there
    };
    struct Source
    {
        QString profile;
        Journal *journal = nullptr;
        QString key;
    };
    using Sources = std::function<QList<Source>()>;

    explicit SearchResultsModel(Sources sources, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Searches `typed` (SearchText's syntax) in the first source — the profile on screen — or
    // in every one; `sinceMs` (unix ms, 0: any time) and the order (newest first, or the best
    // matches first) narrow and sort it. Returns false with error() set when it cannot be searched.
    struct Options
    {
        SearchIndex::Where where = SearchIndex::Where::Everywhere;
        bool everySource = false;
        qint64 sinceMs = 0;
        bool newestFirst = true;
        int limit = 200;
    };
    bool search(const QString &typed, const Options &options);
    QString error() const { return m_error; }
    const SearchHit &hit(int row) const { return m_hits.at(row).hit; }
    QString profileAt(int row) const { return m_hits.at(row).profile; }
    // The sessions of `source` whose turns hold what is being typed in the session list's
    // filter (its last word as the start of a word): empty when it cannot be searched.
    static QSet<QString> sessionsMatching(const Source &source, const QString &typed);
    // The first word or phrase of the last search, for the conversation's Find bar.
    QString firstTerm() const { return m_firstTerm; }

Q_SIGNALS:
    void searched(int count);

private:
    struct Row
    {
        QString profile;
        SearchHit hit;
    };
    Sources m_sources;
    QList<Row> m_hits;
    QString m_error;
    QString m_firstTerm;
};

} // namespace pokee
