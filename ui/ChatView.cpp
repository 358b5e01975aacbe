#include "ChatView.h"

#include "BlockDocument.h"

#include "models/TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

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

QString plainText(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}
} // namespace

ChatView::ChatView(QWidget *parent) : QAbstractScrollArea(parent), m_jump(new QToolButton(viewport()))
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

ChatView::~ChatView() = default;

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
    const int count = m_model ? m_model->rowCount() : 0;
    m_rows.resize(size_t(count));
    for (int row = 0; row < count; ++row)
        m_heights.append(estimateHeight(row));
    recomputeMatches();
    updateScrollRange();
    scrollToBottom();
    viewport()->update();
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
    if (!dragged && !m_pressedLink.isEmpty()) {
        const QUrl url(m_pressedLink);
        if (url.scheme() == u"pokee-toolcall")
            Q_EMIT toolCallActivated(url.path());
        else if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
    }
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

} // namespace pokee::ui
