#pragma once

#include <QPalette>

class QPainter;
class QRect;

namespace pokee::ui {

class ChatFocus;
class ChatLayout;
class ChatSearch;
class ChatSelection;

// Paints the chat pane's rows that are on screen: each block's document with a quiet frame
// for its kind, search matches and the selection over it, the code blocks' copy buttons and
// the keyboard focus frame. Made for one paint; it changes nothing but what the layout
// renders for the rows it draws.
class ChatPainter
{
public:
    ChatPainter(ChatLayout &layout, const ChatSelection &selection, const ChatSearch &search, const QPalette &palette)
        : m_layout(layout), m_selection(selection), m_search(search), m_palette(palette)
    {
    }

    // Paints `viewport` (its rectangle) scrolled by scrollY; `focus` draws its frame on its
    // row when given (nullptr: the frame is not shown).
    void paint(QPainter &p, const QRect &viewport, qint64 scrollY, ChatFocus *focus);

private:
    ChatLayout &m_layout;
    const ChatSelection &m_selection;
    const ChatSearch &m_search;
    QPalette m_palette;
};

} // namespace pokee::ui
