#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace pokee {

// The session list as the user asked for it: searched by title and id — and by what was said
// in it, when a content matcher is given (the journal's full-text index) — sorted by last
// activity (newest first) or by title.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterModel)
public:
    enum class Sort { Activity, Title };
    Q_ENUM(Sort)

    explicit SessionFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // The ids of the sessions whose turns hold the words typed (asked once per search text).
    using ContentMatcher = std::function<QSet<QString>(const QString &text)>;
    void setContentMatcher(ContentMatcher matcher) { m_matcher = std::move(matcher); }
    QString searchText() const { return m_search; }
    void setSortMode(Sort sort);
    Sort sortMode() const { return m_sort; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    ContentMatcher m_matcher;
    QSet<QString> m_contentMatches; // for m_search
    Sort m_sort = Sort::Activity;
};

} // namespace pokee
