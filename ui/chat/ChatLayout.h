#pragma once

#include "chat/HeightIndex.h"

#include <QPointF>
#include <QRect>
#include <QSet>

#include <memory>
#include <vector>

class QWidget;

namespace pokee {
class TranscriptModel;
}

namespace pokee::ui {

class BlockDocument;

// The chat pane's layout and document cache (as KateLayoutCache is Kate's): one row per
// transcript block, its rendered document while it is near the screen, and every row's
// height in a HeightIndex — measured for rows that were shown, estimated for the others and
// corrected as they come into view. Folding lives here too, since it changes a row's height.
// What costs is bounded by the screen: a row is rendered and measured only when asked for,
// and at most MaxLiveDocuments documents are kept.
// Coordinates: "content y" runs from the top of the first row; rowRect() and hit() take the
// scroll position to map between content and the viewport.
class ChatLayout
{
public:
    static constexpr int SideMargin = 14;
    static constexpr int RowSpacing = 6;
    static constexpr int MaxLiveDocuments = 400; // rendered rows kept; the others keep only their height

    // A place in the text: a row and a position in its document.
    struct Position
    {
        int row = -1;
        int pos = 0;
        bool isValid() const { return row >= 0; }
    };

    // `view` gives the font and palette documents are rendered with and the viewport's width.
    ChatLayout(const QWidget *view, const QWidget *viewport);
    ~ChatLayout();

    void setModel(const pokee::TranscriptModel *model) { m_model = model; }
    const pokee::TranscriptModel *model() const { return m_model; }

    // A new transcript: every row estimated, nothing rendered, nothing folded against its kind.
    void reset();
    // Rows appended at the end (the transcript only grows there).
    void append(int first, int last);
    // A row's block changed: rendered again when next shown.
    void markChanged(int row);
    // Applies the changes since the last call: rendered rows near the screen (one screen
    // above and below [top, top + viewHeight)) are measured again, the rest re-estimated.
    void applyChanges(qint64 top, int viewHeight);
    // The width changed: every row is measured again when shown (estimated until then).
    void invalidateHeights();
    // Font or palette changed: every document is rendered again.
    void dropDocuments();

    int rowCount() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    // A row's document, rendered and sized to the width (not measured into the index).
    BlockDocument *document(int row);
    // How many times a row was rendered: a caller that read a document's positions (links,
    // buttons) knows they may have moved when this changes.
    quint64 renderCount(int row) const { return m_rows[size_t(row)].renders; }
    // Renders a row and puts its real height into the index.
    void measure(int row);
    // Measures the rows in [top, bottom) that are not measured or changed; true when a
    // height changed (rows further down moved).
    bool measureRowsIn(qint64 top, qint64 bottom);
    // The rows on screen laid out: returns the scroll value that keeps what the reader looks
    // at in place while rows above it get their real heights (or the bottom when sticking).
    qint64 layOutVisible(qint64 scrollY, int viewHeight, bool stickToBottom);
    // The least scroll that shows `area` (document coordinates of `row`), measuring the
    // rows that come into view so they do not push the target off again.
    qint64 scrollToShow(int row, const QRectF &area, qint64 scrollY, int viewHeight);
    // Forgets documents far from `centreRow`, keeping the rows [keepFirst, keepLast].
    void trimDocuments(int centreRow, int keepFirst, int keepLast);

    bool isCollapsed(int row) const;
    // Folds or unfolds a row against what it shows now (the change is applied at once).
    void toggleCollapsed(int row);

    qint64 totalHeight() const { return m_heights.total(); }
    qint64 offset(int row) const { return m_heights.offset(row); }
    int height(int row) const { return m_heights.height(row); }
    // The row at content y (O(log n), nothing laid out), or -1 when empty.
    int rowAt(qint64 y) const { return m_heights.rowAt(y); }
    qreal documentWidth() const;
    // Where a row is in the viewport, scrolled by scrollY (it may be partly or wholly outside).
    QRect rowRect(int row, qint64 scrollY) const;
    // A viewport point to a document position: the row under it, and the nearest position
    // (fuzzy) or the character under it (exact, else -1 clamped to 0).
    Position hit(const QPoint &viewportPoint, qint64 scrollY, bool fuzzy = true);
    // A viewport point in a row's document coordinates.
    QPointF toDocument(int row, const QPoint &viewportPoint, qint64 scrollY) const;
    // The viewport rectangle of a code block's copy button (empty for no such region).
    QRect copyButtonRect(int row, int region, qint64 scrollY);
    // Document coordinates of the text from..to: the union of its pieces on each line.
    static QRectF rangeRect(BlockDocument *doc, int from, int to);

private:
    struct Row
    {
        std::unique_ptr<BlockDocument> doc;
        bool dirty = true;    // the block changed since its document was rendered
        bool measured = false;
        quint64 renders = 0;
    };
    int estimateHeight(int row) const;

    const QWidget *m_view;
    const QWidget *m_viewport;
    const pokee::TranscriptModel *m_model = nullptr;
    std::vector<Row> m_rows;
    HeightIndex m_heights;
    QSet<int> m_changedRows;
    QSet<int> m_toggled; // rows folded or unfolded against their kind's default
    int m_liveDocuments = 0;
};

} // namespace pokee::ui
