#include "chat/ChatLayout.h"

#include "chat/BlockDocument.h"

#include "models/TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QWidget>

#include <cmath>
#include <cstdlib>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

namespace {
bool foldedByDefault(Kind kind)
{
    return kind == Kind::Thinking;
}
} // namespace

ChatLayout::ChatLayout(const QWidget *view, const QWidget *viewport) : m_view(view), m_viewport(viewport)
{
}

ChatLayout::~ChatLayout() = default;

void ChatLayout::reset()
{
    m_rows.clear();
    m_heights.clear();
    m_changedRows.clear();
    m_toggled.clear();
    m_liveDocuments = 0;
    const int count = m_model ? m_model->rowCount() : 0;
    m_rows.resize(size_t(count));
    for (int row = 0; row < count; ++row)
        m_heights.append(estimateHeight(row));
}

void ChatLayout::append(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_rows.emplace_back();
        m_heights.append(estimateHeight(row));
        m_changedRows.insert(row);
    }
}

void ChatLayout::markChanged(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    m_rows[size_t(row)].dirty = true;
    m_changedRows.insert(row);
}

void ChatLayout::applyChanges(qint64 top, int viewHeight)
{
    // Re-render only rows that are on screen (and were rendered); the rest just get a new
    // estimate and are rendered when they scroll into view.
    const qint64 bottom = top + viewHeight;
    for (int row : std::as_const(m_changedRows)) {
        Row &r = m_rows[size_t(row)];
        const qint64 y = m_heights.offset(row);
        const bool visible = y < bottom + viewHeight && y + m_heights.height(row) > top - viewHeight;
        if (r.doc && visible) {
            measure(row);
        } else {
            r.measured = false;
            m_heights.set(row, estimateHeight(row));
        }
    }
    m_changedRows.clear();
}

void ChatLayout::invalidateHeights()
{
    // New width, new heights: rendered rows are measured again as they are shown.
    for (size_t row = 0; row < m_rows.size(); ++row) {
        m_rows[row].measured = false;
        if (!m_rows[row].doc)
            m_heights.set(int(row), estimateHeight(int(row)));
    }
}

void ChatLayout::dropDocuments()
{
    // Colours and the code theme follow the palette: render everything again.
    for (Row &r : m_rows) {
        r.doc.reset();
        r.dirty = true;
        r.measured = false;
    }
    m_liveDocuments = 0;
}

qreal ChatLayout::documentWidth() const
{
    return qMax(120, m_viewport->width() - 2 * SideMargin);
}

int ChatLayout::estimateHeight(int row) const
{
    const pokee::TranscriptBlock &b = m_model->block(row);
    const QFontMetrics fm(m_view->font());
    const bool folded = foldedByDefault(b.kind) != m_toggled.contains(row);
    if (folded || b.kind == Kind::Status || b.kind == Kind::Notice)
        return fm.lineSpacing() + 20 + RowSpacing;
    const qsizetype chars = b.text.size() + b.toolInput.size() + b.toolResult.size();
    const int perLine = qMax(20, int(documentWidth() / qMax(1, fm.averageCharWidth())));
    const qsizetype lines = 1 + chars / perLine + b.text.count(u'\n') + b.toolInput.count(u'\n') + b.toolResult.count(u'\n');
    return int(qMin<qint64>(lines * fm.lineSpacing(), 200000)) + 20 + RowSpacing + (b.kind == Kind::UserPrompt ? fm.lineSpacing() : 0);
}

BlockDocument *ChatLayout::document(int row)
{
    Row &r = m_rows[size_t(row)];
    if (!r.doc) {
        r.doc = std::make_unique<BlockDocument>(m_view->font(), m_view->palette());
        r.dirty = true;
        ++m_liveDocuments;
    }
    if (r.dirty) {
        r.doc->render(m_model->block(row), isCollapsed(row));
        r.dirty = false;
        ++r.renders;
    }
    r.doc->setWidth(documentWidth());
    return r.doc.get();
}

void ChatLayout::measure(int row)
{
    BlockDocument *doc = document(row);
    m_rows[size_t(row)].measured = true;
    m_heights.set(row, int(std::ceil(doc->height())) + RowSpacing);
}

bool ChatLayout::measureRowsIn(qint64 top, qint64 bottom)
{
    bool changed = false;
    for (int row = m_heights.rowAt(top); row >= 0 && row < int(m_rows.size()) && m_heights.offset(row) < bottom; ++row) {
        if (!m_rows[size_t(row)].measured || m_rows[size_t(row)].dirty) {
            const int before = m_heights.height(row);
            measure(row);
            changed = changed || before != m_heights.height(row);
        }
    }
    return changed;
}

qint64 ChatLayout::layOutVisible(qint64 scrollY, int viewHeight, bool stickToBottom)
{
    // Keep what the reader looks at in place while rows above it get their real heights.
    const int anchorRow = m_heights.rowAt(scrollY);
    const qint64 anchorDelta = scrollY - m_heights.offset(anchorRow);
    for (int pass = 0; pass < 3; ++pass) {
        const qint64 top = stickToBottom ? qMax<qint64>(0, m_heights.total() - viewHeight)
                                         : m_heights.offset(anchorRow) + anchorDelta;
        if (!measureRowsIn(top, top + viewHeight))
            break;
    }
    return stickToBottom ? qMax<qint64>(0, m_heights.total() - viewHeight) : m_heights.offset(anchorRow) + anchorDelta;
}

qint64 ChatLayout::scrollToShow(int row, const QRectF &area, qint64 scrollY, int viewHeight)
{
    // Unlike a jump to a search match it neither unfolds nor centres: moving the focus block
    // by block should not jump.
    qint64 value = scrollY;
    for (int pass = 0; pass < 3; ++pass) {
        const qint64 rowTop = m_heights.offset(row);
        const qint64 top = rowTop + qint64(std::floor(area.top()));
        const qint64 bottom = rowTop + qint64(std::ceil(area.bottom()));
        value = scrollY;
        if (bottom - top > viewHeight) {
            // Taller than the view: if part of it shows, leave it; else its near end comes in.
            if (bottom <= value)
                value = bottom - viewHeight;
            else if (top >= value + viewHeight)
                value = top;
        } else if (top < value) {
            value = top;
        } else if (bottom > value + viewHeight) {
            value = bottom - viewHeight;
        }
        // Rows coming into view get their real heights now; measured at the next paint
        // instead, they would push the target off again. Only rows on screen: O(view).
        if (!measureRowsIn(qMax<qint64>(0, value), value + viewHeight))
            break;
    }
    return value;
}

void ChatLayout::trimDocuments(int centreRow, int keepFirst, int keepLast)
{
    if (m_liveDocuments <= MaxLiveDocuments)
        return;
    for (int row = 0; row < int(m_rows.size()) && m_liveDocuments > MaxLiveDocuments / 2; ++row) {
        Row &r = m_rows[size_t(row)];
        if (r.doc && std::abs(row - centreRow) > MaxLiveDocuments / 4 && !(row >= keepFirst && row <= keepLast)) {
            r.doc.reset();
            r.dirty = true;
            --m_liveDocuments;
        }
    }
}

bool ChatLayout::isCollapsed(int row) const
{
    return foldedByDefault(m_model->block(row).kind) != m_toggled.contains(row);
}

void ChatLayout::toggleCollapsed(int row)
{
    if (m_toggled.contains(row))
        m_toggled.remove(row);
    else
        m_toggled.insert(row);
    markChanged(row);
}

QRect ChatLayout::rowRect(int row, qint64 scrollY) const
{
    const qint64 y = m_heights.offset(row) - scrollY;
    return QRect(SideMargin, int(y), int(documentWidth()), m_heights.height(row) - RowSpacing);
}

QRect ChatLayout::copyButtonRect(int row, int region, qint64 scrollY)
{
    BlockDocument *doc = document(row);
    if (region < 0 || region >= doc->codeRegions().size())
        return {};
    return doc->copyButtonRect(doc->codeRegions().at(region)).toRect().translated(rowRect(row, scrollY).topLeft());
}

QPointF ChatLayout::toDocument(int row, const QPoint &point, qint64 scrollY) const
{
    return QPointF(point.x() - SideMargin, double(scrollY + point.y() - m_heights.offset(row)));
}

ChatLayout::Position ChatLayout::hit(const QPoint &point, qint64 scrollY, bool fuzzy)
{
    const int row = m_heights.rowAt(scrollY + point.y());
    if (row < 0)
        return {};
    BlockDocument *doc = document(row);
    const int pos = doc->document()->documentLayout()->hitTest(toDocument(row, point, scrollY), fuzzy ? Qt::FuzzyHit : Qt::ExactHit);
    return {row, qMax(0, pos)};
}

QRectF ChatLayout::rangeRect(BlockDocument *doc, int from, int to)
{
    QTextDocument *d = doc->document();
    QRectF result;
    for (QTextBlock block = d->findBlock(from); block.isValid() && block.position() < to; block = block.next()) {
        // Lays the block out, and gives where its layout sits (inside tables too).
        const QPointF origin = d->documentLayout()->blockBoundingRect(block).topLeft();
        const QTextLayout *layout = block.layout();
        const int start = qMax(0, from - block.position());
        const int end = qMin(to - block.position(), block.length() - 1);
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int a = qMax(start, line.textStart());
            const int b = qMin(end, line.textStart() + line.textLength());
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            result |= QRectF(QPointF(qMin(x1, x2), line.y()), QPointF(qMax(x1, x2), line.y() + line.height())).translated(origin);
        }
    }
    return result;
}

} // namespace pokee::ui
