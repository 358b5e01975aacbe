#include "chat/ChatSelection.h"

#include "chat/BlockDocument.h"

#include <QStringList>
#include <QTextCursor>

namespace pokee::ui {

namespace {
QString plainText(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}
} // namespace

void ChatSelection::start(Position at, const QPoint &pressPoint, const QString &pressedLink)
{
    m_pressedLink = pressedLink;
    m_pressPoint = pressPoint;
    m_anchor = m_cursor = at;
    m_selecting = true;
}

void ChatSelection::extendTo(Position at)
{
    if (at.isValid())
        m_cursor = at;
}

QString ChatSelection::finish(const QPoint &point, int startDragDistance)
{
    m_selecting = false;
    const bool dragged = (point - m_pressPoint).manhattanLength() > startDragDistance;
    const QString link = dragged ? QString() : m_pressedLink;
    m_pressedLink.clear();
    if (!dragged && m_anchor.row == m_cursor.row && m_anchor.pos == m_cursor.pos)
        clear(); // a click, not a selection
    return link;
}

void ChatSelection::selectAll(ChatLayout &layout)
{
    if (layout.isEmpty())
        return;
    m_anchor = {0, 0};
    const int last = layout.rowCount() - 1;
    m_cursor = {last, layout.document(last)->document()->characterCount() - 1};
}

ChatSelection::Position ChatSelection::from() const
{
    const bool anchorFirst = m_anchor.row < m_cursor.row || (m_anchor.row == m_cursor.row && m_anchor.pos <= m_cursor.pos);
    return anchorFirst ? m_anchor : m_cursor;
}

ChatSelection::Position ChatSelection::to() const
{
    const bool anchorFirst = m_anchor.row < m_cursor.row || (m_anchor.row == m_cursor.row && m_anchor.pos <= m_cursor.pos);
    return anchorFirst ? m_cursor : m_anchor;
}

std::optional<QTextCursor> ChatSelection::cursorIn(int row, ChatLayout &layout) const
{
    if (isEmpty() || row < firstRow() || row > lastRow())
        return std::nullopt;
    const Position start = from();
    const Position end = to();
    QTextCursor c(layout.document(row)->document());
    c.setPosition(row == start.row ? start.pos : 0);
    if (row == end.row)
        c.setPosition(end.pos, QTextCursor::KeepAnchor);
    else
        c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    return c;
}

QString ChatSelection::text(ChatLayout &layout) const
{
    if (!m_anchor.isValid() || !m_cursor.isValid())
        return {};
    QStringList parts;
    for (int row = from().row; row <= to().row; ++row)
        parts << plainText(*cursorIn(row, layout));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace pokee::ui
