#pragma once

#include "chat/HeightIndex.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QPainter;
class QToolButton;

namespace pokee {
class TranscriptModel;
}

namespace pokee::ui {

class BlockDocument;

// The conversation: a virtualised view of a TranscriptModel. Only rows on screen are laid
// out (the others have estimated heights in a Fenwick tree, corrected as they come into
// view), model changes are coalesced to one render per frame, and a streaming text block is
// re-rendered incrementally — so the cost of a delta does not grow with the transcript.
// Text is selectable across blocks and copyable, links open in the browser, code blocks have
// a copy button, thinking and tool blocks fold, and Ctrl+F search highlights matches.
// From the keyboard, Up/Down move a focus between blocks, Tab/Shift+Tab walk the focused
// block's links, copy buttons and fold toggle (and then leave the view), Enter activates and
// Space folds; assistive tools see each block as a child (ChatViewAccessible).
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
    QString rowText(int row);
    bool isCollapsed(int row) const;
    void setCollapsed(int row, bool collapsed);
    bool isAtBottom() const;
    void scrollToBottom();
    QToolButton *jumpToLatestButton() const { return m_jump; }
    // Where a row is in the viewport (it may be partly or wholly outside it).
    QRect rowRect(int row) const;
    // The viewport rectangle of a code block's copy button.
    QRect copyButtonRect(int row, int region);

    QString selectedText();
    void selectAll();
    void copySelection();

    // Search: highlights every match; next/previous move to and show the next matching block.
    void setSearchText(const QString &text);
    int searchMatchCount() const { return m_matchCount; }
    int currentMatchRow() const;
    void findNext();
    void findPrevious();

    // The keyboard focus: a block (row), and optionally one interactive item inside it.
    enum class FocusItemKind { None, Link, CopyButton, Toggle };
    int focusedRow() const { return m_focusRow; }
    // Focuses a block (no item) and scrolls it into view; -1 or a row out of range clears.
    void setFocusedRow(int row);
    FocusItemKind focusedItemKind() const;
    // A focused link's target, the code a focused copy button copies, or the fold toggle's
    // line as shown; empty when only the block is focused.
    QString focusedItemText() const;
    int rowCount() const { return int(m_rows.size()); }
    pokee::TranscriptModel *model() const { return m_model; }

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
    friend class ChatViewAccessible;
    friend class ChatBlockAccessible;

    struct Row
    {
        std::unique_ptr<BlockDocument> doc;
        bool dirty = true;    // the block changed since its document was rendered
        bool measured = false;
    };
    struct Position
    {
        int row = -1;
        int pos = 0;
        bool isValid() const { return row >= 0; }
    };
    // An interactive item of the focused block, in document terms (positions, not pixels:
    // they survive a resize; a re-render of the block collects them again).
    struct FocusItem
    {
        FocusItemKind kind = FocusItemKind::None;
        int from = 0; // Link, Toggle: the document range it covers
        int to = 0;
        int region = -1;  // CopyButton: index in BlockDocument::codeRegions()
        QString text;     // see focusedItemText()
        QString label;    // Link: the text it shows
    };

    void reset();
    void rowsInserted(int first, int last);
    void rowChanged(int row);
    void scheduleFrame();
    int estimateHeight(int row) const;
    BlockDocument *document(int row); // rendered and sized, not measured
    void measure(int row);
    void layoutVisibleRows();
    void updateScrollRange();
    void trimDocumentCache();
    qreal documentWidth() const;
    qint64 scrollY() const;
    Position hit(const QPoint &viewportPoint, bool fuzzy = true);
    bool handleClick(const QPoint &point, Position at);
    void recomputeMatches();
    void showRow(int row);
    void updateJumpButton();
    // Keyboard focus
    void focusRow(int row, bool reveal = true);
    void focusItem(int index);
    void refreshFocusItems();
    void collectFocusItems(BlockDocument *doc);
    QRectF focusItemRect(BlockDocument *doc, const FocusItem &item) const;
    static QRectF rangeRect(BlockDocument *doc, int from, int to);
    void revealFocus();
    void scrollToShow(int row, const QRectF &area);
    void paintFocus(QPainter &p, const QRect &rect, BlockDocument *doc);
    void activateFocus();
    void activateBlock(int row);
    void toggleFold(int row);
    void openLink(const QString &href);
    // Accessibility (cost nothing unless an assistive tool is active)
    void notifyAccessibleFocus();
    void announce(const QString &message);
    void dropAccessibleRows();

    pokee::TranscriptModel *m_model = nullptr; // not owned
    std::vector<Row> m_rows;
    HeightIndex m_heights;
    QSet<int> m_dirtyRows;
    QSet<int> m_toggled; // rows folded or unfolded against their kind's default
    QTimer m_frame;
    bool m_stickToBottom = true;
    int m_liveDocuments = 0;
    // Selection
    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;
    QString m_pressedLink;
    QPoint m_pressPoint;
    // Search
    QString m_search;
    QList<int> m_matchRows;
    int m_matchCount = 0;
    int m_currentMatch = -1;
    // Keyboard focus
    int m_focusRow = -1;
    int m_focusIndex = -1; // in m_focusItems; -1: the block itself
    std::vector<FocusItem> m_focusItems; // of m_focusRow, in reading order
    bool m_focusItemsStale = true;       // the focused block was rendered again since
    bool m_focusVisible = false;         // drawn after keyboard use, not after a click
    // Accessible interfaces handed out for rows (ChatViewAccessible::child), by row: they are
    // created only when asked for and die with the rows they describe.
    QHash<int, QAccessible::Id> m_accessibleRows;
    QToolButton *m_jump; // parent: viewport
};

} // namespace pokee::ui
