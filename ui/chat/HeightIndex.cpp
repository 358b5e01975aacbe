#include "chat/HeightIndex.h"

namespace pokee::ui {

void HeightIndex::clear()
{
    m_heights.clear();
    m_tree.clear();
    m_total = 0;
}

void HeightIndex::append(int height)
{
    m_heights.append(height);
    // A new Fenwick node i covers (i - lowbit(i), i]: its sum is this height plus the nodes
    // it spans, which are already built.
    const qsizetype i = m_heights.size();
    qint64 sum = height;
    const qsizetype low = i & -i;
    for (qsizetype j = i - 1; j > i - low; j -= j & -j)
        sum += m_tree.at(j - 1);
    m_tree.append(sum);
    m_total += height;
}

void HeightIndex::set(int row, int height)
{
    const qint64 delta = qint64(height) - m_heights.at(row);
    if (delta == 0)
        return;
    m_heights[row] = height;
    m_total += delta;
    for (qsizetype i = row + 1; i <= m_tree.size(); i += i & -i)
        m_tree[i - 1] += delta;
}

qint64 HeightIndex::offset(int row) const
{
    qint64 sum = 0;
    for (qsizetype i = row; i > 0; i -= i & -i)
        sum += m_tree.at(i - 1);
    return sum;
}

int HeightIndex::rowAt(qint64 y) const
{
    if (m_heights.isEmpty())
        return -1;
    if (y <= 0)
        return 0;
    // Descend the tree: the largest prefix whose sum is <= y.
    qsizetype pos = 0;
    qsizetype step = 1;
    while (step * 2 <= m_tree.size())
        step *= 2;
    qint64 remaining = y;
    for (; step > 0; step /= 2) {
        if (pos + step <= m_tree.size() && m_tree.at(pos + step - 1) <= remaining) {
            pos += step;
            remaining -= m_tree.at(pos - 1);
        }
    }
    return int(qMin<qsizetype>(pos, m_heights.size() - 1));
}

} // namespace pokee::ui
