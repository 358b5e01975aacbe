#pragma once

#include <QSortFilterProxyModel>

namespace pokee {

// The session list as the user asked for it: searched by title and id, sorted by last
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
    QString searchText() const { return m_search; }
    void setSortMode(Sort sort);
    Sort sortMode() const { return m_sort; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    Sort m_sort = Sort::Activity;
};

} // namespace pokee
