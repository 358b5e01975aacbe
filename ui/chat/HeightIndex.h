#pragma once

#include <QList>

namespace pokee::ui {

// The heights of a list's rows with O(log n) prefix sums (a Fenwick tree): where a row
// starts, which row is at a given y, and a row's height changed — at the same cost for ten
// rows or a hundred thousand.
class HeightIndex
{
public:
    void clear();
    void append(int height);
    void set(int row, int height);
    int height(int row) const { return m_heights.at(row); }
    int count() const { return int(m_heights.size()); }
    qint64 total() const { return m_total; }
    // The y at which `row` starts (total() for row == count()).
    qint64 offset(int row) const;
    // The row that covers y (clamped to the last row), or -1 when empty.
    int rowAt(qint64 y) const;

private:
    QList<int> m_heights;
    QList<qint64> m_tree; // 1-based Fenwick tree over m_heights
    qint64 m_total = 0;
};

} // namespace pokee::ui
