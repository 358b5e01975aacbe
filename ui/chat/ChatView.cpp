#include "chat/ChatView.h"

#include "chat/BlockDocument.h"
#include "chat/ChatPainter.h"
#include "chat/ChatViewAccessible.h"

#include "models/TranscriptModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QUrl>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

ChatView::ChatView(QWidget *parent)
    // The accessibility factory goes in before anything can ask for this widget's interface
    // (a child's creation, setAccessibleName): Qt caches the first interface it makes.
    : QAbstractScrollArea((installChatViewAccessibility(), parent))
    , m_layout(this, viewport())
    , m_focus(*this)
    , m_mouse(*this)
    , m_accessibleRows(this)
    , m_jump(new QToolButton(viewport()))
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
    m_layout.setModel(model);
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
    m_selection.clear();
    m_stickToBottom = true;
    // A new transcript: nothing in it is focused yet, and the old rows' interfaces go.
    m_focus.clear();
    m_accessibleRows.drop();
    m_layout.reset();
    recomputeMatches();
    updateScrollRange();
    scrollToBottom();
    viewport()->update();
    m_accessibleRows.reordered();
}

void ChatView::rowsInserted(int first, int last)
{
    if (first != m_layout.rowCount()) {
        reset(); // the transcript only grows at its end; anything else is a new transcript
        return;
    }
    m_layout.append(first, last);
    m_accessibleRows.created(first, last);
    scheduleFrame();
}

void ChatView::rowChanged(int row)
{
    m_layout.markChanged(row);
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
    m_layout.applyChanges(scrollY(), viewport()->height());
    if (m_search.isActive())
        recomputeMatches();
    updateScrollRange();
    if (m_stickToBottom)
        scrollToBottom();
    viewport()->update();
}

void ChatView::updateScrollRange()
{
    const qint64 max = qMax<qint64>(0, m_layout.totalHeight() - viewport()->height());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, int(qMin<qint64>(max, std::numeric_limits<int>::max())));
}

void ChatView::layoutVisibleRows()
{
    if (m_layout.isEmpty())
        return;
    const qint64 value = m_layout.layOutVisible(scrollY(), viewport()->height(), m_stickToBottom);
    updateScrollRange();
    const QSignalBlocker block(verticalScrollBar()); // an adjustment, not a user scroll
    verticalScrollBar()->setValue(m_stickToBottom ? verticalScrollBar()->maximum() : int(value));
    updateJumpButton();
}

void ChatView::scrollTo(qint64 value)
{
    m_stickToBottom = false;
    verticalScrollBar()->setValue(int(qBound(qint64(0), value, qint64(verticalScrollBar()->maximum()))));
    m_stickToBottom = isAtBottom();
    updateJumpButton();
}

void ChatView::paintEvent(QPaintEvent *)
{
    layoutVisibleRows();
    QPainter p(viewport());
    ChatPainter painter(m_layout, m_selection, m_search, palette());
    painter.paint(p, viewport()->rect(), scrollY(), m_focus.isShown() && hasFocus() ? &m_focus : nullptr);
    if (!m_layout.isEmpty())
        m_layout.trimDocuments(m_layout.rowAt(scrollY()), m_selection.firstRow(), m_selection.lastRow());
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_layout.invalidateHeights();
    updateScrollRange();
    m_jump->move(viewport()->width() - m_jump->sizeHint().width() - 16,
                 viewport()->height() - m_jump->sizeHint().height() - 12);
    viewport()->update();
}

void ChatView::scrollContentsBy(int, int)
{
    viewport()->update();
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
    m_jump->setVisible(!m_stickToBottom && !m_layout.isEmpty());
}

void ChatView::setCollapsed(int row, bool collapsed)
{
    if (isCollapsed(row) == collapsed)
        return;
    m_layout.toggleCollapsed(row);
    flush();
    m_accessibleRows.foldChanged(row);
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    if (!m_mouse.press(event))
        QAbstractScrollArea::mousePressEvent(event);
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_mouse.move(event))
        QAbstractScrollArea::mouseMoveEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_mouse.release(event))
        QAbstractScrollArea::mouseReleaseEvent(event);
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
    if (m_focus.keyPress(event))
        return;
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_layout.dropDocuments();
        viewport()->update();
    }
}

QString ChatView::toPlainText()
{
    QStringList parts;
    for (int row = 0; row < m_layout.rowCount(); ++row)
        parts << rowText(row);
    return parts.join(QStringLiteral("\n\n"));
}

void ChatView::selectAll()
{
    m_selection.selectAll(m_layout);
    if (!m_layout.isEmpty())
        viewport()->update();
}

void ChatView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ChatView::setSearchText(const QString &text)
{
    m_search.setText(text);
    recomputeMatches();
    if (m_search.matchingBlocks() > 0)
        findNext();
    viewport()->update();
}

void ChatView::recomputeMatches()
{
    m_search.recompute(m_model);
    Q_EMIT searchResultsChanged(m_search.currentIndex(), m_search.matchingBlocks(), m_search.matchCount());
}

void ChatView::findNext()
{
    if (!m_search.next())
        return;
    showRow(currentMatchRow());
    Q_EMIT searchResultsChanged(m_search.currentIndex(), m_search.matchingBlocks(), m_search.matchCount());
}

void ChatView::findFrom(int row)
{
    if (!m_search.nextFrom(row))
        return;
    showRow(currentMatchRow());
    Q_EMIT searchResultsChanged(m_search.currentIndex(), m_search.matchingBlocks(), m_search.matchCount());
}

void ChatView::findPrevious()
{
    if (!m_search.previous())
        return;
    showRow(currentMatchRow());
    Q_EMIT searchResultsChanged(m_search.currentIndex(), m_search.matchingBlocks(), m_search.matchCount());
}

void ChatView::showRow(int row)
{
    if (row < 0)
        return;
    if (isCollapsed(row))
        setCollapsed(row, false); // a match inside folded thinking is shown
    m_layout.measure(row);
    updateScrollRange();
    scrollTo(m_layout.offset(row) - viewport()->height() / 3);
    viewport()->update();
}

void ChatView::ensureVisible(int row, const QRectF &area)
{
    const qint64 value = m_layout.scrollToShow(row, area, scrollY(), viewport()->height());
    updateScrollRange();
    if (value != scrollY())
        scrollTo(value);
    viewport()->update();
}

// --- Keyboard focus (ChatFocus) ----------------------------------------------------------

void ChatView::setFocusedRow(int row)
{
    m_focus.setShown(true);
    m_focus.focusRow(row);
}

void ChatView::activateBlock(int row)
{
    if (!m_model || row < 0 || row >= rowCount())
        return;
    const pokee::TranscriptBlock &b = m_model->block(row);
    if (b.kind == Kind::ToolCall)
        Q_EMIT toolCallActivated(b.toolId); // as its "Open in the tool-call inbox" link does
    else if (m_layout.document(row)->hasToggle())
        toggleFold(row);
}

void ChatView::toggleFold(int row)
{
    setCollapsed(row, !isCollapsed(row));
    if (row == m_focus.row())
        m_focus.reveal(); // its height changed
}

void ChatView::openLink(const QString &href)
{
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
    m_focus.focusIn(event->reason());
    viewport()->update();
    // Qt tells assistive tools about the view itself once this handler returns; the focused
    // block follows, so that is where the tool lands.
    if (QAccessible::isActive() && m_focus.row() >= 0)
        QTimer::singleShot(0, this, &ChatView::notifyAccessibleFocus);
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update(); // the focus frame goes
}

bool ChatView::focusNextPrevChild(bool next)
{
    return m_focus.focusNextPrev(next) || QAbstractScrollArea::focusNextPrevChild(next);
}

void ChatView::notifyAccessibleFocus()
{
    if (m_focus.row() < rowCount())
        m_accessibleRows.focusMoved(m_focus.row());
}

} // namespace pokee::ui
