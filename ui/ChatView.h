#pragma once

#include "HeightIndex.h"

#include <QAbstractScrollArea>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

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

private:
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
    QToolButton *m_jump; // parent: viewport
};

} // namespace pokee::ui
