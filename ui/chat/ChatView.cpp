#include "chat/ChatView.h"

#include "chat/BlockDocument.h"
#include "chat/ChatViewAccessible.h"

#include "models/TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolButton>
#include <QUrl>

#include <cmath>
#include <cstdlib>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

namespace {
constexpr int SideMargin = 14;
constexpr int RowSpacing = 6;
constexpr int MaxLiveDocuments = 400; // rendered rows kept; the others keep only their height

bool foldedByDefault(Kind kind)
{
    return kind == Kind::Thinking;
}

// The links a click acts on: the tool-call inbox and what the browser opens. Other anchors
// (a relative path in Markdown) do nothing, so they are no Tab stops either.
bool isActionableLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"pokee-toolcall" || scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

QString plainText(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}
} // namespace

ChatView::ChatView(QWidget *parent)
    // The accessibility factory goes in before anything can ask for this widget's interface
    // (a child's creation, setAccessibleName): Qt caches the first interface it makes.
    : QAbstractScrollArea((installChatViewAccessibility(), parent)), m_jump(new QToolButton(viewport()))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(24);
    m_frame.setSingleShot(true);
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &ChatView::flush);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= verticalScrollBar()->maximum() - 2;
        updateJumpButton();
    });
    m_jump->setObjectName(QStringLiteral("jumpToLatest"));
    m_jump->setText(tr("Jump to latest ↓"));
    m_jump->setToolTip(tr("Scroll to the newest message and follow it"));
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, &ChatView::scrollToBottom);
}

ChatView::~ChatView()
{
    dropAccessibleRows();
}

void ChatView::setModel(pokee::TranscriptModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &ChatView::reset);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { rowsInserted(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            rowChanged(row);
    });
    reset();
}

void ChatView::reset()
{
    m_frame.stop();
    m_rows.clear();
    m_heights.clear();
    m_dirtyRows.clear();
    m_toggled.clear();
    m_anchor = m_cursor = {};
    m_liveDocuments = 0;
    m_stickToBottom = true;
    // A new transcript: nothing in it is focused yet, and the old rows' interfaces go.
    m_focusRow = m_focusIndex = -1;
    m_focusItems.clear();
    m_focusItemsStale = true;
    dropAccessibleRows();
    const int count = m_model ? m_model->rowCount() : 0;
    m_rows.resize(size_t(count));
    for (int row = 0; row < count; ++row)
        m_heights.append(estimateHeight(row));
    recomputeMatches();
    updateScrollRange();
    scrollToBottom();
    viewport()->update();
    if (QAccessible::isActive()) {
        QAccessibleEvent ev(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&ev);
    }
}

void ChatView::rowsInserted(int first, int last)
{
    if (first != int(m_rows.size())) {
        reset(); // the transcript only grows at its end; anything else is a new transcript
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_rows.emplace_back();
        m_heights.append(estimateHeight(row));
        m_dirtyRows.insert(row);
    }
    // Rows are appended once each (deltas only change them), so this is per block, not per
    // delta, and only with an assistive tool listening.
    if (QAccessible::isActive()) {
        for (int row = first; row <= last; ++row) {
            QAccessibleEvent ev(this, QAccessible::ObjectCreated);
            ev.setChild(row);
            QAccessible::updateAccessibility(&ev);
        }
    }
    scheduleFrame();
}

void ChatView::rowChanged(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    m_rows[size_t(row)].dirty = true;
    m_dirtyRows.insert(row);
    scheduleFrame();
}

void ChatView::scheduleFrame()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void ChatView::flush()
{
    m_frame.stop();
    if (!m_model)
        return;
    // Re-render only rows that are on screen (and were rendered); the rest just get a new
    // estimate and are rendered when they scroll into view.
    const qint64 top = scrollY();
    const qint64 bottom = top + viewport()->height();
    for (int row : std::as_const(m_dirtyRows)) {
        Row &r = m_rows[size_t(row)];
        const qint64 y = m_heights.offset(row);
        const bool visible = y < bottom + viewport()->height() && y + m_heights.height(row) > top - viewport()->height();
        if (r.doc && visible) {
            measure(row);
        } else {
            r.measured = false;
            m_heights.set(row, estimateHeight(row));
        }
    }
    m_dirtyRows.clear();
    if (!m_search.isEmpty())
        recomputeMatches();
    updateScrollRange();
    if (m_stickToBottom)
        scrollToBottom();
    viewport()->update();
}

qreal ChatView::documentWidth() const
{
    return qMax(120, viewport()->width() - 2 * SideMargin);
}

int ChatView::estimateHeight(int row) const
{
    const pokee::TranscriptBlock &b = m_model->block(row);
    const QFontMetrics fm(font());
    const bool folded = foldedByDefault(b.kind) != m_toggled.contains(row);
    if (folded || b.kind == Kind::Status || b.kind == Kind::Notice)
        return fm.lineSpacing() + 20 + RowSpacing;
    const qsizetype chars = b.text.size() + b.toolInput.size() + b.toolResult.size();
    const int perLine = qMax(20, int(documentWidth() / qMax(1, fm.averageCharWidth())));
    const qsizetype lines = 1 + chars / perLine + b.text.count(u'\n') + b.toolInput.count(u'\n') + b.toolResult.count(u'\n');
    return int(qMin<qint64>(lines * fm.lineSpacing(), 200000)) + 20 + RowSpacing + (b.kind == Kind::UserPrompt ? fm.lineSpacing() : 0);
}

BlockDocument *ChatView::document(int row)
{
    Row &r = m_rows[size_t(row)];
    if (!r.doc) {
        r.doc = std::make_unique<BlockDocument>(font(), palette());
        r.dirty = true;
        ++m_liveDocuments;
    }
    if (r.dirty) {
        r.doc->render(m_model->block(row), isCollapsed(row));
        r.dirty = false;
        if (row == m_focusRow)
            m_focusItemsStale = true; // its links and buttons may have moved or changed
    }
    r.doc->setWidth(documentWidth());
    return r.doc.get();
}

void ChatView::measure(int row)
{
    BlockDocument *doc = document(row);
    m_rows[size_t(row)].measured = true;
    m_heights.set(row, int(std::ceil(doc->height())) + RowSpacing);
}

qint64 ChatView::scrollY() const
{
    return verticalScrollBar()->value();
}

void ChatView::updateScrollRange()
{
    const qint64 max = qMax<qint64>(0, m_heights.total() - viewport()->height());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, int(qMin<qint64>(max, std::numeric_limits<int>::max())));
}

void ChatView::layoutVisibleRows()
{
    if (m_rows.empty())
        return;
    // Keep what the reader looks at in place while rows above it get their real heights.
    const int anchorRow = m_heights.rowAt(scrollY());
    const qint64 anchorDelta = scrollY() - m_heights.offset(anchorRow);
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        const qint64 top = m_stickToBottom ? qMax<qint64>(0, m_heights.total() - viewport()->height())
                                           : m_heights.offset(anchorRow) + anchorDelta;
        const qint64 bottom = top + viewport()->height();
        for (int row = m_heights.rowAt(top); row >= 0 && row < int(m_rows.size()) && m_heights.offset(row) < bottom; ++row) {
            if (!m_rows[size_t(row)].measured || m_rows[size_t(row)].dirty) {
                const int before = m_heights.height(row);
                measure(row);
                changed = changed || before != m_heights.height(row);
            }
        }
        if (!changed)
            break;
    }
    updateScrollRange();
    const QSignalBlocker block(verticalScrollBar()); // an adjustment, not a user scroll
    if (m_stickToBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else
        verticalScrollBar()->setValue(int(m_heights.offset(anchorRow) + anchorDelta));
    updateJumpButton();
}

void ChatView::trimDocumentCache()
{
    if (m_liveDocuments <= MaxLiveDocuments)
        return;
    const int centre = m_heights.rowAt(scrollY());
    for (int row = 0; row < int(m_rows.size()) && m_liveDocuments > MaxLiveDocuments / 2; ++row) {
        Row &r = m_rows[size_t(row)];
        if (r.doc && std::abs(row - centre) > MaxLiveDocuments / 4 && !(m_anchor.isValid() && row >= qMin(m_anchor.row, m_cursor.row) && row <= qMax(m_anchor.row, m_cursor.row))) {
            r.doc.reset();
            r.dirty = true;
            --m_liveDocuments;
        }
    }
}

QRect ChatView::rowRect(int row) const
{
    const qint64 y = m_heights.offset(row) - scrollY();
    return QRect(SideMargin, int(y), int(documentWidth()), m_heights.height(row) - RowSpacing);
}

void ChatView::paintEvent(QPaintEvent *)
{
    layoutVisibleRows();
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().base());
    if (m_rows.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("Send a message to start."));
        return;
    }
    const int startRow = qMin(m_anchor.row, m_cursor.row);
    const int endRow = qMax(m_anchor.row, m_cursor.row);
    const bool anchorFirst = m_anchor.row < m_cursor.row || (m_anchor.row == m_cursor.row && m_anchor.pos <= m_cursor.pos);
    const Position selStart = anchorFirst ? m_anchor : m_cursor;
    const Position selEnd = anchorFirst ? m_cursor : m_anchor;
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(palette().highlight());
    selectionFormat.setForeground(palette().highlightedText());
    QTextCharFormat matchFormat;
    matchFormat.setBackground(QColor(0xff, 0xd7, 0x00, 150));
    const int currentRow = currentMatchRow();
    const bool showFocus = m_focusVisible && hasFocus();

    for (int row = m_heights.rowAt(scrollY()); row >= 0 && row < int(m_rows.size()); ++row) {
        const QRect rect = rowRect(row);
        if (rect.top() > viewport()->height())
            break;
        BlockDocument *doc = document(row);
        const pokee::TranscriptBlock &b = m_model->block(row);
        // A quiet frame tells the kinds apart.
        if (b.kind == Kind::UserPrompt) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette().alternateBase());
            p.drawRoundedRect(rect, 8, 8);
        } else if (b.kind == Kind::ToolUse || b.kind == Kind::ToolCall || b.kind == Kind::Thinking) {
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        }
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = palette();
        ctx.clip = QRectF(0, -rect.top(), rect.width(), viewport()->height());
        if (!m_search.isEmpty() && m_matchRows.contains(row)) {
            QTextCursor found(doc->document());
            while (!(found = doc->document()->find(m_search, found)).isNull()) {
                QTextCharFormat f = matchFormat;
                if (row == currentRow)
                    f.setBackground(QColor(0xff, 0x8c, 0x00, 170));
                ctx.selections.append({found, f});
            }
        }
        if (m_anchor.isValid() && row >= startRow && row <= endRow) {
            QTextCursor sel(doc->document());
            sel.setPosition(row == selStart.row ? selStart.pos : 0);
            if (row == selEnd.row)
                sel.setPosition(selEnd.pos, QTextCursor::KeepAnchor);
            else
                sel.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            ctx.selections.append({sel, selectionFormat});
        }
        p.save();
        p.translate(rect.topLeft());
        doc->document()->documentLayout()->draw(&p, ctx);
        for (const BlockDocument::CodeRegion &region : doc->codeRegions()) {
            const QRectF button = doc->copyButtonRect(region);
            p.setPen(palette().color(QPalette::ButtonText));
            p.setBrush(palette().button());
            p.drawRoundedRect(button, 4, 4);
            p.drawText(button, Qt::AlignCenter, tr("Copy"));
        }
        p.restore();
        if (showFocus && row == m_focusRow)
            paintFocus(p, rect, doc);
    }
    trimDocumentCache();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // New width, new heights: rendered rows are measured again as they are shown.
    for (size_t row = 0; row < m_rows.size(); ++row) {
        m_rows[row].measured = false;
        if (!m_rows[row].doc)
            m_heights.set(int(row), estimateHeight(int(row)));
    }
    updateScrollRange();
    m_jump->move(viewport()->width() - m_jump->sizeHint().width() - 16,
                 viewport()->height() - m_jump->sizeHint().height() - 12);
    viewport()->update();
}

void ChatView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool ChatView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 2;
}

void ChatView::scrollToBottom()
{
    m_stickToBottom = true;
    updateScrollRange();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    updateJumpButton();
    viewport()->update();
}

void ChatView::updateJumpButton()
{
    m_jump->adjustSize();
    m_jump->move(viewport()->width() - m_jump->width() - 16, viewport()->height() - m_jump->height() - 12);
    m_jump->setVisible(!m_stickToBottom && !m_rows.empty());
}

bool ChatView::isCollapsed(int row) const
{
    return foldedByDefault(m_model->block(row).kind) != m_toggled.contains(row);
}

void ChatView::setCollapsed(int row, bool collapsed)
{
    if (isCollapsed(row) == collapsed)
        return;
    if (m_toggled.contains(row))
        m_toggled.remove(row);
    else
        m_toggled.insert(row);
    rowChanged(row);
    flush();
    if (QAccessible::isActive()) {
        QAccessible::State changed;
        changed.expanded = true;
        changed.collapsed = true;
        QAccessibleStateChangeEvent ev(this, changed);
        ev.setChild(row);
        QAccessible::updateAccessibility(&ev);
    }
}

ChatView::Position ChatView::hit(const QPoint &point, bool fuzzy)
{
    const qint64 y = scrollY() + point.y();
    const int row = m_heights.rowAt(y);
    if (row < 0)
        return {};
    BlockDocument *doc = document(row);
    const QPointF local(point.x() - SideMargin, double(y - m_heights.offset(row)));
    const int pos = doc->document()->documentLayout()->hitTest(local, fuzzy ? Qt::FuzzyHit : Qt::ExactHit);
    return {row, qMax(0, pos)};
}

bool ChatView::handleClick(const QPoint &point, Position at)
{
    if (!at.isValid())
        return false;
    BlockDocument *doc = document(at.row);
    const QPointF local(point.x() - SideMargin, double(scrollY() + point.y() - m_heights.offset(at.row)));
    for (int i = 0; i < doc->codeRegions().size(); ++i) {
        if (doc->copyButtonRect(doc->codeRegions().at(i)).contains(local)) {
            QGuiApplication::clipboard()->setText(doc->codeRegions().at(i).code);
            return true;
        }
    }
    if (doc->hasToggle() && doc->document()->firstBlock().layout()->boundingRect().translated(0, doc->document()->documentMargin()).adjusted(-20, -6, 2000, 6).contains(local)) {
        setCollapsed(at.row, !isCollapsed(at.row));
        return true;
    }
    return false;
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return QAbstractScrollArea::mousePressEvent(event);
    const Position at = hit(event->position().toPoint());
    if (at.isValid()) {
        // The keyboard carries on from the block clicked; a click shows no focus frame, and
        // the block is where the reader looks, so nothing scrolls.
        m_focusVisible = false;
        if (at.row != m_focusRow || m_focusIndex >= 0)
            focusRow(at.row, false);
    }
    if (handleClick(event->position().toPoint(), at)) {
        m_anchor = m_cursor = {};
        viewport()->update();
        return;
    }
    if (at.isValid()) {
        m_pressedLink = document(at.row)->document()->documentLayout()->anchorAt(
            QPointF(event->position().x() - SideMargin, double(scrollY() + event->position().y() - m_heights.offset(at.row))));
        Q_EMIT rowClicked(at.row);
    }
    m_pressPoint = event->position().toPoint();
    m_anchor = m_cursor = at;
    m_selecting = true;
    viewport()->update();
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint point = event->position().toPoint();
    // Dragging past an edge scrolls.
    if (point.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 20);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 20);
    const Position at = hit(QPoint(point.x(), qBound(0, point.y(), viewport()->height() - 1)));
    if (at.isValid())
        m_cursor = at;
    viewport()->update();
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    const bool dragged = (event->position().toPoint() - m_pressPoint).manhattanLength() > QApplication::startDragDistance();
    if (!dragged && !m_pressedLink.isEmpty())
        openLink(m_pressedLink);
    m_pressedLink.clear();
    if (!dragged && m_anchor.row == m_cursor.row && m_anchor.pos == m_cursor.pos)
        m_anchor = m_cursor = {}; // a click, not a selection
    viewport()->update();
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        scrollToBottom();
        return;
    }
    // Tab and Shift+Tab arrive in focusNextPrevChild(); PageUp/PageDown/Home/End scroll as
    // before (the base class).
    Qt::KeyboardModifiers modifiers = event->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false); // Enter on the keypad is Enter
    if (m_model && !m_rows.empty() && modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down: {
            const bool down = event->key() == Qt::Key_Down;
            m_focusVisible = true;
            if (m_focusRow < 0) {
                // Nothing focused yet: start from what is on screen.
                focusRow(m_heights.rowAt(down ? scrollY() : scrollY() + viewport()->height() - 1));
                return;
            }
            // A block taller than the view is read through first, a step at a time.
            const QRect r = rowRect(m_focusRow);
            const bool tall = r.height() > viewport()->height();
            const bool continuesBelow = tall && r.top() < viewport()->height() && r.bottom() >= viewport()->height();
            const bool continuesAbove = tall && r.bottom() > 0 && r.top() < 0;
            if (down ? continuesBelow : continuesAbove) {
                verticalScrollBar()->triggerAction(down ? QAbstractSlider::SliderSingleStepAdd
                                                        : QAbstractSlider::SliderSingleStepSub);
                viewport()->update();
                return;
            }
            focusRow(qBound(0, m_focusRow + (down ? 1 : -1), rowCount() - 1));
            return;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_focusRow >= 0) {
                m_focusVisible = true;
                activateFocus();
                return;
            }
            break;
        case Qt::Key_Space:
            if (m_focusRow >= 0 && document(m_focusRow)->hasToggle()) {
                m_focusVisible = true;
                toggleFold(m_focusRow);
                return;
            }
            break;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // Colours and the code theme follow the palette: render everything again.
        for (Row &r : m_rows) {
            r.doc.reset();
            r.dirty = true;
            r.measured = false;
        }
        m_liveDocuments = 0;
        viewport()->update();
    }
}

QString ChatView::rowText(int row)
{
    return document(row)->document()->toPlainText();
}

QString ChatView::toPlainText()
{
    QStringList parts;
    for (int row = 0; row < int(m_rows.size()); ++row)
        parts << rowText(row);
    return parts.join(QStringLiteral("\n\n"));
}

void ChatView::selectAll()
{
    if (m_rows.empty())
        return;
    m_anchor = {0, 0};
    const int last = int(m_rows.size()) - 1;
    m_cursor = {last, document(last)->document()->characterCount() - 1};
    viewport()->update();
}

QString ChatView::selectedText()
{
    if (!m_anchor.isValid() || !m_cursor.isValid())
        return {};
    const bool anchorFirst = m_anchor.row < m_cursor.row || (m_anchor.row == m_cursor.row && m_anchor.pos <= m_cursor.pos);
    const Position from = anchorFirst ? m_anchor : m_cursor;
    const Position to = anchorFirst ? m_cursor : m_anchor;
    QStringList parts;
    for (int row = from.row; row <= to.row; ++row) {
        QTextCursor c(document(row)->document());
        c.setPosition(row == from.row ? from.pos : 0);
        if (row == to.row)
            c.setPosition(to.pos, QTextCursor::KeepAnchor);
        else
            c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        parts << plainText(c);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void ChatView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ChatView::setSearchText(const QString &text)
{
    m_search = text;
    m_currentMatch = -1;
    recomputeMatches();
    if (!m_matchRows.isEmpty())
        findNext();
    viewport()->update();
}

void ChatView::recomputeMatches()
{
    const int current = currentMatchRow();
    m_matchRows.clear();
    m_matchCount = 0;
    if (m_search.isEmpty() || !m_model) {
        Q_EMIT searchResultsChanged(-1, 0, 0);
        return;
    }
    // The blocks' own text, not their rendering: no row needs laying out to be searched.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const pokee::TranscriptBlock &b = m_model->block(row);
        const int n = int(b.text.count(m_search, Qt::CaseInsensitive) + b.toolInput.count(m_search, Qt::CaseInsensitive) +
                          b.toolResult.count(m_search, Qt::CaseInsensitive) + b.toolName.count(m_search, Qt::CaseInsensitive));
        if (n > 0) {
            m_matchRows.append(row);
            m_matchCount += n;
        }
    }
    m_currentMatch = m_matchRows.indexOf(current);
    Q_EMIT searchResultsChanged(m_currentMatch, int(m_matchRows.size()), m_matchCount);
}

int ChatView::currentMatchRow() const
{
    return m_currentMatch >= 0 && m_currentMatch < m_matchRows.size() ? m_matchRows.at(m_currentMatch) : -1;
}

void ChatView::findNext()
{
    if (m_matchRows.isEmpty())
        return;
    m_currentMatch = (m_currentMatch + 1) % int(m_matchRows.size());
    showRow(currentMatchRow());
    Q_EMIT searchResultsChanged(m_currentMatch, int(m_matchRows.size()), m_matchCount);
}

void ChatView::findPrevious()
{
    if (m_matchRows.isEmpty())
        return;
    m_currentMatch = (m_currentMatch <= 0 ? int(m_matchRows.size()) : m_currentMatch) - 1;
    showRow(currentMatchRow());
    Q_EMIT searchResultsChanged(m_currentMatch, int(m_matchRows.size()), m_matchCount);
}

void ChatView::showRow(int row)
{
    if (row < 0)
        return;
    if (isCollapsed(row))
        setCollapsed(row, false); // a match inside folded thinking is shown
    measure(row);
    updateScrollRange();
    m_stickToBottom = false;
    const qint64 y = m_heights.offset(row) - viewport()->height() / 3;
    verticalScrollBar()->setValue(int(qBound(qint64(0), y, qint64(verticalScrollBar()->maximum()))));
    m_stickToBottom = isAtBottom();
    updateJumpButton();
    viewport()->update();
}

QRect ChatView::copyButtonRect(int row, int region)
{
    BlockDocument *doc = document(row);
    if (region < 0 || region >= doc->codeRegions().size())
        return {};
    return doc->copyButtonRect(doc->codeRegions().at(region)).toRect().translated(rowRect(row).topLeft());
}

// --- Keyboard focus ----------------------------------------------------------------------
// The focus is a row and an index into that row's items, collected from its document only
// when the keyboard asks (and again after the block is rendered anew): nothing here walks
// the transcript, and a paint costs one frame around one block.

void ChatView::setFocusedRow(int row)
{
    m_focusVisible = true;
    focusRow(row);
}

ChatView::FocusItemKind ChatView::focusedItemKind() const
{
    return m_focusIndex >= 0 && m_focusIndex < int(m_focusItems.size()) ? m_focusItems[size_t(m_focusIndex)].kind
                                                                        : FocusItemKind::None;
}

QString ChatView::focusedItemText() const
{
    return m_focusIndex >= 0 && m_focusIndex < int(m_focusItems.size()) ? m_focusItems[size_t(m_focusIndex)].text
                                                                        : QString();
}

void ChatView::focusRow(int row, bool reveal)
{
    if (row < 0 || row >= rowCount())
        row = -1;
    const bool changed = row != m_focusRow || m_focusIndex >= 0;
    if (row != m_focusRow) {
        m_focusRow = row;
        m_focusItems.clear();
        m_focusItemsStale = true;
    }
    m_focusIndex = -1;
    if (reveal && row >= 0)
        revealFocus();
    viewport()->update();
    if (changed)
        notifyAccessibleFocus();
}

void ChatView::focusItem(int index)
{
    if (m_focusRow < 0 || index < -1 || index >= int(m_focusItems.size()) || index == m_focusIndex)
        return;
    m_focusIndex = index;
    revealFocus(); // may render the block again; m_focusIndex then follows its item
    viewport()->update();
    if (m_focusIndex < 0) {
        notifyAccessibleFocus(); // back on the block: the tool reads it again
        return;
    }
    if (!QAccessible::isActive())
        return;
    // The items have no interfaces of their own; a screen reader hears what the stop is.
    const FocusItem &item = m_focusItems[size_t(m_focusIndex)];
    switch (item.kind) {
    case FocusItemKind::Link:
        //: Spoken by a screen reader when Tab reaches a link in a message; %1 is its text
        announce(tr("Link: %1").arg(item.label));
        break;
    case FocusItemKind::CopyButton:
        //: Spoken by a screen reader when Tab reaches a code block's copy button
        announce(tr("Copy code button"));
        break;
    case FocusItemKind::Toggle:
        //: Spoken by a screen reader when Tab reaches a fold toggle; %1 is its line, e.g. "Thinking"
        announce(isCollapsed(m_focusRow) ? tr("Expand: %1").arg(item.label) : tr("Collapse: %1").arg(item.label));
        break;
    case FocusItemKind::None:
        break;
    }
}

void ChatView::refreshFocusItems()
{
    if (m_focusRow < 0 || !m_focusItemsStale)
        return;
    const FocusItem previous = focusedItemKind() != FocusItemKind::None ? m_focusItems[size_t(m_focusIndex)] : FocusItem{};
    const int previousIndex = m_focusIndex;
    BlockDocument *doc = document(m_focusRow); // rendering it would mark the items stale: first
    collectFocusItems(doc);
    m_focusItemsStale = false;
    m_focusIndex = -1;
    if (previous.kind == FocusItemKind::None)
        return;
    // The same item again, nearest to where it was (a streaming answer grows at its end; a
    // toggle's arrow turns). If it is gone, the block itself keeps the focus.
    for (size_t i = 0; i < m_focusItems.size(); ++i) {
        const FocusItem &item = m_focusItems[i];
        if (item.kind != previous.kind || (item.kind != FocusItemKind::Toggle && item.text != previous.text))
            continue;
        if (m_focusIndex < 0 || std::abs(int(i) - previousIndex) < std::abs(m_focusIndex - previousIndex))
            m_focusIndex = int(i);
    }
}

void ChatView::collectFocusItems(BlockDocument *doc)
{
    m_focusItems.clear();
    const QList<BlockDocument::CodeRegion> &regions = doc->codeRegions();
    qsizetype region = 0;
    int number = 0;
    for (QTextBlock block = doc->document()->begin(); block.isValid(); block = block.next(), ++number) {
        if (number == 0 && doc->hasToggle()) {
            FocusItem toggle;
            toggle.kind = FocusItemKind::Toggle;
            toggle.from = block.position();
            toggle.to = block.position() + block.length() - 1;
            toggle.text = block.text();
            toggle.label = toggle.text;
            if (toggle.label.startsWith(u"▸ ") || toggle.label.startsWith(u"▾ "))
                toggle.label.remove(0, 2);
            m_focusItems.push_back(toggle);
        }
        // A code block's copy button sits at its top right: it comes before the code's text.
        while (region < regions.size() && regions.at(region).firstBlock <= number) {
            if (regions.at(region).firstBlock == number) {
                FocusItem copy;
                copy.kind = FocusItemKind::CopyButton;
                copy.region = int(region);
                copy.text = regions.at(region).code;
                m_focusItems.push_back(copy);
            }
            ++region;
        }
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            const QString href = fragment.charFormat().anchorHref();
            if (!isActionableLink(QUrl(href)))
                continue;
            const int from = fragment.position();
            const int to = from + fragment.length();
            // A link styled in parts ("[a **bold** word](…)") is several fragments, one stop.
            if (!m_focusItems.empty() && m_focusItems.back().kind == FocusItemKind::Link &&
                m_focusItems.back().to == from && m_focusItems.back().text == href) {
                m_focusItems.back().to = to;
                m_focusItems.back().label += fragment.text();
                continue;
            }
            FocusItem link;
            link.kind = FocusItemKind::Link;
            link.from = from;
            link.to = to;
            link.text = href;
            link.label = fragment.text();
            m_focusItems.push_back(link);
        }
    }
}

QRectF ChatView::focusItemRect(BlockDocument *doc, const FocusItem &item) const
{
    switch (item.kind) {
    case FocusItemKind::CopyButton:
        if (item.region >= 0 && item.region < doc->codeRegions().size())
            return doc->copyButtonRect(doc->codeRegions().at(item.region));
        return {};
    case FocusItemKind::Link:
    case FocusItemKind::Toggle:
        return rangeRect(doc, item.from, item.to);
    case FocusItemKind::None:
        break;
    }
    return {};
}

QRectF ChatView::rangeRect(BlockDocument *doc, int from, int to)
{
    // Document coordinates of the text from..to: the union of its pieces on each line.
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

void ChatView::revealFocus()
{
    if (m_focusRow < 0 || !m_model)
        return;
    measure(m_focusRow); // its real height, so the scroll lands on the block
    BlockDocument *doc = document(m_focusRow);
    QRectF area(0, 0, doc->document()->textWidth(), doc->height());
    if (m_focusIndex >= 0)
        refreshFocusItems();
    if (m_focusIndex >= 0) {
        const QRectF item = focusItemRect(doc, m_focusItems[size_t(m_focusIndex)]);
        if (!item.isEmpty())
            area = item.adjusted(0, -RowSpacing, 0, RowSpacing);
    }
    scrollToShow(m_focusRow, area);
}

void ChatView::scrollToShow(int row, const QRectF &area)
{
    // The least scroll that shows `area` (document coordinates of `row`). Unlike showRow()
    // it neither unfolds nor centres: moving the focus block by block should not jump.
    const qint64 viewHeight = viewport()->height();
    qint64 value = scrollY();
    for (int pass = 0; pass < 3; ++pass) {
        const qint64 rowTop = m_heights.offset(row);
        const qint64 top = rowTop + qint64(std::floor(area.top()));
        const qint64 bottom = rowTop + qint64(std::ceil(area.bottom()));
        value = scrollY();
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
        bool changed = false;
        for (int r = m_heights.rowAt(qMax<qint64>(0, value)); r >= 0 && r < int(m_rows.size()) && m_heights.offset(r) < value + viewHeight; ++r) {
            if (!m_rows[size_t(r)].measured || m_rows[size_t(r)].dirty) {
                const int before = m_heights.height(r);
                measure(r);
                changed = changed || before != m_heights.height(r);
            }
        }
        if (!changed)
            break;
    }
    updateScrollRange();
    if (value != scrollY()) {
        m_stickToBottom = false;
        verticalScrollBar()->setValue(int(qBound(qint64(0), value, qint64(verticalScrollBar()->maximum()))));
        m_stickToBottom = isAtBottom();
        updateJumpButton();
    }
    viewport()->update();
}

void ChatView::paintFocus(QPainter &p, const QRect &rect, BlockDocument *doc)
{
    p.save();
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 7, 7);
    if (m_focusIndex >= 0) {
        refreshFocusItems(); // does work only after the block was rendered anew
        if (m_focusIndex >= 0) {
            const QRectF item = focusItemRect(doc, m_focusItems[size_t(m_focusIndex)]);
            if (!item.isEmpty())
                p.drawRoundedRect(item.translated(rect.topLeft()).adjusted(-3, -1, 3, 1), 4, 4);
        }
    }
    p.restore();
}

void ChatView::activateFocus()
{
    if (m_focusRow < 0)
        return;
    if (m_focusIndex >= 0)
        refreshFocusItems();
    if (m_focusIndex < 0) {
        activateBlock(m_focusRow);
        return;
    }
    const FocusItem item = m_focusItems[size_t(m_focusIndex)]; // a copy: acting may render anew
    switch (item.kind) {
    case FocusItemKind::Link:
        openLink(item.text);
        break;
    case FocusItemKind::CopyButton:
        QGuiApplication::clipboard()->setText(item.text); // what a click on the button does
        break;
    case FocusItemKind::Toggle:
        toggleFold(m_focusRow);
        break;
    case FocusItemKind::None:
        break;
    }
}

void ChatView::activateBlock(int row)
{
    if (!m_model || row < 0 || row >= rowCount())
        return;
    const pokee::TranscriptBlock &b = m_model->block(row);
    if (b.kind == Kind::ToolCall)
        Q_EMIT toolCallActivated(b.toolId); // as its "Open in the tool-call inbox" link does
    else if (document(row)->hasToggle())
        toggleFold(row);
}

void ChatView::toggleFold(int row)
{
    setCollapsed(row, !isCollapsed(row));
    if (row == m_focusRow)
        revealFocus(); // its height changed
}

void ChatView::openLink(const QString &href)
{
    // The one way a link is followed, by a click or by Enter.
    const QUrl url(href);
    if (!isActionableLink(url))
        return;
    if (url.scheme() == u"pokee-toolcall")
        Q_EMIT toolCallActivated(url.path());
    else
        QDesktopServices::openUrl(url);
}

void ChatView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    const bool byKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
    if (byKeyboard && m_model && !m_rows.empty()) {
        m_focusVisible = true;
        // Arriving from the keyboard lands on the newest block unless one is focused already;
        // backwards (Shift+Tab) on its last item, since Tab leaves the view after it.
        if (m_focusRow < 0) {
            m_focusRow = rowCount() - 1;
            m_focusItems.clear();
            m_focusItemsStale = true;
        }
        m_focusIndex = -1;
        if (reason == Qt::BacktabFocusReason) {
            refreshFocusItems();
            m_focusIndex = int(m_focusItems.size()) - 1;
        }
        revealFocus();
    }
    viewport()->update();
    // Qt tells assistive tools about the view itself once this handler returns; the focused
    // block follows, so that is where the tool lands.
    if (QAccessible::isActive() && m_focusRow >= 0)
        QTimer::singleShot(0, this, &ChatView::notifyAccessibleFocus);
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update(); // the focus frame goes
}

bool ChatView::focusNextPrevChild(bool next)
{
    // Tab pressed in the view walks the focused block's items before leaving it. A child (the
    // jump button) asking its parents to move the focus on is not caught here. (No focus
    // widget at all: a key sent to the view of an inactive window, as tests do.)
    const QWidget *focused = QApplication::focusWidget();
    if ((!focused || focused == this) && m_model && m_focusRow >= 0) {
        refreshFocusItems();
        m_focusVisible = true;
        if (next && m_focusIndex + 1 < int(m_focusItems.size())) {
            focusItem(m_focusIndex + 1);
            return true;
        }
        if (!next && m_focusIndex >= 0) {
            focusItem(m_focusIndex - 1);
            return true;
        }
        // On to the next widget; coming back by Tab starts at the block again.
        m_focusIndex = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

// --- Accessibility -------------------------------------------------------------------------

void ChatView::notifyAccessibleFocus()
{
    if (!QAccessible::isActive() || !hasFocus() || m_focusRow < 0 || m_focusRow >= rowCount())
        return;
    QAccessibleEvent ev(this, QAccessible::Focus);
    ev.setChild(m_focusRow);
    QAccessible::updateAccessibility(&ev);
}

void ChatView::announce(const QString &message)
{
    if (!QAccessible::isActive() || !hasFocus())
        return;
    QAccessibleAnnouncementEvent ev(this, message);
    QAccessible::updateAccessibility(&ev);
}

void ChatView::dropAccessibleRows()
{
    // Only interfaces something asked for are here (none without an assistive tool or a test).
    for (const QAccessible::Id id : std::as_const(m_accessibleRows))
        QAccessible::deleteAccessibleInterface(id);
    m_accessibleRows.clear();
}

} // namespace pokee::ui
