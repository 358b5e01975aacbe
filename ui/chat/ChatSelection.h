#pragma once

#include "chat/ChatLayout.h"

#include <QPoint>
#include <QString>

#include <optional>

class QTextCursor;

namespace pokee::ui {

// The text selected in the chat pane, across blocks: an anchor where the press was and a
// cursor where the mouse is, both document positions (they survive a resize and scrolling).
// It also remembers what the press started on (a link, where) so that a release without a
// drag can follow the link.
class ChatSelection
{
public:
    using Position = ChatLayout::Position;

    bool isEmpty() const { return !m_anchor.isValid(); }
    void clear() { m_anchor = m_cursor = {}; }
    // A press: the selection starts (and ends) at `at`.
    void start(Position at, const QPoint &pressPoint, const QString &pressedLink);
    // The mouse moved to `at` while the button is held.
    void extendTo(Position at);
    // The button went up at `point`: returns the link to follow (a click on one, not a drag),
    // and clears a selection that selects nothing.
    QString finish(const QPoint &point, int startDragDistance);
    bool isSelecting() const { return m_selecting; }

    // Everything from the first row's start to the last row's end.
    void selectAll(ChatLayout &layout);
    // The rows the selection touches (first > last when there is none).
    int firstRow() const { return isEmpty() ? 0 : qMin(m_anchor.row, m_cursor.row); }
    int lastRow() const { return isEmpty() ? -1 : qMax(m_anchor.row, m_cursor.row); }
    // The part of `row` selected, as a cursor on its document (none when the row is outside).
    std::optional<QTextCursor> cursorIn(int row, ChatLayout &layout) const;
    // The selected text, blocks separated by a blank line.
    QString text(ChatLayout &layout) const;

private:
    Position from() const;
    Position to() const;

    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
    QString m_pressedLink;
    QPoint m_pressPoint;
};

} // namespace pokee::ui
