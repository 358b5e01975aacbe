#pragma once

#include <QRectF>
#include <QString>

#include <vector>

class QKeyEvent;
class QPainter;
class QUrl;

namespace pokee::ui {

class BlockDocument;
class ChatView;

// The links a click acts on: the tool-call inbox and what the browser opens. Other anchors
// (a relative path in Markdown) do nothing, so they are no Tab stops either.
bool isActionableLink(const QUrl &url);

// The chat pane's keyboard focus: a block (row), and optionally one interactive item inside
// it — a link, a code block's copy button or the fold toggle. Up/Down move between blocks,
// Tab/Shift+Tab walk the focused block's items (and then leave the view), Enter activates and
// Space folds. The items are collected from the block's document only when the keyboard asks
// (and again after the block is rendered anew): nothing here walks the transcript, and a
// paint costs one frame around one block.
class ChatFocus
{
public:
    enum class ItemKind { None, Link, CopyButton, Toggle };

    explicit ChatFocus(ChatView &view) : m_view(view) {}

    int row() const { return m_row; }
    // Whether an item inside the block has the focus (not just the block).
    bool hasItem() const { return m_index >= 0; }
    ItemKind itemKind() const;
    // A focused link's target, the code a focused copy button copies, or the fold toggle's
    // line as shown; empty when only the block is focused.
    QString itemText() const;
    // Whether the frame is drawn: after keyboard use, not after a click.
    bool isShown() const { return m_shown; }
    void setShown(bool shown) { m_shown = shown; }

    // A new transcript: nothing is focused.
    void clear();
    // Focuses a block (no item); -1 or a row out of range clears. `reveal` scrolls it into view.
    void focusRow(int row, bool reveal = true);
    // Scrolls the focused block (or its focused item) into view.
    void reveal();

    // The keyboard's part: Up/Down/Enter/Space on the view; true when the key was used.
    bool keyPress(QKeyEvent *event);
    // The view got the focus for `reason` (Qt::FocusReason).
    void focusIn(int reason);
    // Tab (next) or Shift+Tab in the view: true while the focused block has an item to go to.
    bool focusNextPrev(bool next);

    // The focus frame around the block at `rect` (viewport coordinates) and its item.
    void paint(QPainter &p, const QRect &rect, BlockDocument *doc);

private:
    // An interactive item of the focused block, in document terms (positions, not pixels:
    // they survive a resize; a re-render of the block collects them again).
    struct Item
    {
        ItemKind kind = ItemKind::None;
        int from = 0; // Link, Toggle: the document range it covers
        int to = 0;
        int region = -1;  // CopyButton: index in BlockDocument::codeRegions()
        QString text;     // see itemText()
        QString label;    // Link: the text it shows
    };

    void focusItem(int index);
    void refreshItems();
    void collectItems(BlockDocument *doc);
    QRectF itemRect(BlockDocument *doc, const Item &item) const;
    void activate();

    ChatView &m_view;
    int m_row = -1;
    int m_index = -1;             // in m_items; -1: the block itself
    std::vector<Item> m_items;    // of m_row, in reading order
    bool m_itemsStale = true;     // collected for another row (or never)
    quint64 m_itemsRender = 0;    // the row's render count they were collected from
    bool m_shown = false;
};

} // namespace pokee::ui
