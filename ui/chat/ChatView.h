#pragma once

#include "chat/AccessibleRows.h"
#include "chat/BlockDocument.h"
#include "chat/ChatFocus.h"
#include "chat/ChatLayout.h"
#include "chat/ChatMouse.h"
#include "chat/ChatSearch.h"
#include "chat/ChatSelection.h"

#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QTimer>

class QToolButton;

namespace pokee {
class TranscriptModel;
}

namespace pokee::ui {

// The conversation: a virtualised view of a TranscriptModel. Only rows on screen are laid
// out (the others have estimated heights in a Fenwick tree, corrected as they come into
// view), model changes are coalesced to one render per frame, and a streaming text block is
// re-rendered incrementally — so the cost of a delta does not grow with the transcript.
// Text is selectable across blocks and copyable, links open in the browser, code blocks have
// a copy button, thinking and tool blocks fold, and Ctrl+F search highlights matches.
// From the keyboard, Up/Down move a focus between blocks, Tab/Shift+Tab walk the focused
// block's links, copy buttons and fold toggle (and then leave the view), Enter activates and
// Space folds; assistive tools see each block as a child (ChatViewAccessible).
// Its parts, each with one job (as Kate splits its view): ChatLayout (rows, heights, the
// document cache, folding, position lookup), ChatPainter, ChatSelection, ChatSearch,
// ChatFocus (the keyboard) and AccessibleRows. The view itself wires the model, batches its
// changes into frames and dispatches events to the parts.
class ChatView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)
public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    void setModel(pokee::TranscriptModel *model);
    // Applies pending model changes now (normally a 16 ms timer does).
    void flush();

    // The text of every block as shown (lays out all rows: for tests and exports of the view).
    QString toPlainText();
    QString rowText(int row) { return m_layout.document(row)->document()->toPlainText(); }
    bool isCollapsed(int row) const { return m_layout.isCollapsed(row); }
    void setCollapsed(int row, bool collapsed);
    bool isAtBottom() const { return scrollY() >= verticalScrollBar()->maximum() - 2; }
    void scrollToBottom();
    QToolButton *jumpToLatestButton() const { return m_jump; }
    // Where a row is in the viewport (it may be partly or wholly outside it).
    QRect rowRect(int row) const { return m_layout.rowRect(row, scrollY()); }
    // The viewport rectangle of a code block's copy button.
    QRect copyButtonRect(int row, int region) { return m_layout.copyButtonRect(row, region, scrollY()); }

    QString selectedText() { return m_selection.text(m_layout); }
    void selectAll();
    void copySelection();

    // Search: highlights every match; next/previous move to and show the next matching block.
    void setSearchText(const QString &text);
    int searchMatchCount() const { return m_search.matchCount(); }
    int currentMatchRow() const { return m_search.currentRow(); }
    void findNext();
    // The first match at or after `row` (a turn's prompt: Find in All Sessions' result) shown.
    void findFrom(int row);
    void findPrevious();

    // The keyboard focus: a block (row), and optionally one interactive item inside it.
    using FocusItemKind = ChatFocus::ItemKind;
    int focusedRow() const { return m_focus.row(); }
    // Focuses a block (no item) and scrolls it into view; -1 or a row out of range clears.
    void setFocusedRow(int row);
    FocusItemKind focusedItemKind() const { return m_focus.itemKind(); }
    // A focused link's target, the code a focused copy button copies, or the fold toggle's
    // line as shown; empty when only the block is focused.
    QString focusedItemText() const { return m_focus.itemText(); }
    int rowCount() const { return m_layout.rowCount(); }
    pokee::TranscriptModel *model() const { return m_model; }

    // The parts, for each other and for the accessibility interfaces.
    ChatLayout &layout() { return m_layout; }
    const ChatLayout &layout() const { return m_layout; }
    AccessibleRows &accessibleRows() { return m_accessibleRows; }
    ChatSelection &selection() { return m_selection; }
    ChatFocus &focus() { return m_focus; }
    qint64 scrollY() const { return verticalScrollBar()->value(); }
    // The least scroll that shows `area` (document coordinates of `row`); neither unfolds
    // nor centres, so moving the focus block by block does not jump.
    void ensureVisible(int row, const QRectF &area);
    // What Enter does on a block: a tool call opens in the inbox, a foldable block folds.
    void activateBlock(int row);
    void toggleFold(int row);
    // The one way a link is followed, by a click or by Enter.
    void openLink(const QString &href);
    // Tells an assistive tool which block has the keyboard focus.
    void notifyAccessibleFocus();

Q_SIGNALS:
    void toolCallActivated(const QString &toolCallId);
    void rowClicked(int row);
    void searchResultsChanged(int currentIndex, int matchingBlocks, int matches);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void reset();
    void rowsInserted(int first, int last);
    void rowChanged(int row);
    void scheduleFrame();
    void layoutVisibleRows();
    void updateScrollRange();
    // Sets the scroll position, then follows the bottom only if it landed there.
    void scrollTo(qint64 value);
    void recomputeMatches();
    void showRow(int row);
    void updateJumpButton();

    pokee::TranscriptModel *m_model = nullptr; // not owned
    ChatLayout m_layout;
    ChatSelection m_selection;
    ChatSearch m_search;
    ChatFocus m_focus;
    ChatMouse m_mouse;
    AccessibleRows m_accessibleRows;
    QTimer m_frame;
    bool m_stickToBottom = true;
    QToolButton *m_jump; // parent: viewport
};

} // namespace pokee::ui
