#pragma once

#include <QList>
#include <QString>

namespace pokee {
class TranscriptModel;
}

namespace pokee::ui {

// Find in the conversation (Ctrl+F): which blocks contain the text, how many times in all,
// and which matching block is the current one. It reads the blocks' own text, not their
// rendering, so no row needs laying out to be searched.
class ChatSearch
{
public:
    const QString &text() const { return m_text; }
    bool isActive() const { return !m_text.isEmpty(); }
    // A new search text: the current match is forgotten.
    void setText(const QString &text);
    // Counts the matches again (the transcript grew or changed); the current block stays
    // current while it still matches.
    void recompute(const pokee::TranscriptModel *model);

    bool matches(int row) const { return m_rows.contains(row); }
    int matchingBlocks() const { return int(m_rows.size()); }
    int matchCount() const { return m_count; }
    // The index of the current block among the matching ones, or -1.
    int currentIndex() const { return m_current; }
    int currentRow() const;
    // The next (previous) matching block becomes current, wrapping around; false when none.
    bool next();
    bool previous();
    // The first matching block at or after `row` becomes current (the first of all when none
    // is); false when nothing matches.
    bool nextFrom(int row);

private:
    QString m_text;
    QList<int> m_rows;
    int m_count = 0;
    int m_current = -1;
};

} // namespace pokee::ui
