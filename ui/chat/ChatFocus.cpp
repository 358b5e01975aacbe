#include "chat/ChatFocus.h"

#include "chat/AccessibleRows.h"
#include "chat/BlockDocument.h"
#include "chat/ChatLayout.h"
#include "chat/ChatView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

#include <cstdlib>

namespace pokee::ui {

bool isActionableLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"pokee-toolcall" || scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

ChatFocus::ItemKind ChatFocus::itemKind() const
{
    return m_index >= 0 && m_index < int(m_items.size()) ? m_items[size_t(m_index)].kind : ItemKind::None;
}

QString ChatFocus::itemText() const
{
    return m_index >= 0 && m_index < int(m_items.size()) ? m_items[size_t(m_index)].text : QString();
}

void ChatFocus::clear()
{
    m_row = m_index = -1;
    m_items.clear();
    m_itemsStale = true;
}

void ChatFocus::focusRow(int row, bool reveal)
{
    if (row < 0 || row >= m_view.rowCount())
        row = -1;
    const bool changed = row != m_row || m_index >= 0;
    if (row != m_row) {
        m_row = row;
        m_items.clear();
        m_itemsStale = true;
    }
    m_index = -1;
    if (reveal && row >= 0)
        this->reveal();
    m_view.viewport()->update();
    if (changed)
        m_view.notifyAccessibleFocus();
}

void ChatFocus::focusItem(int index)
{
    if (m_row < 0 || index < -1 || index >= int(m_items.size()) || index == m_index)
        return;
    m_index = index;
    reveal(); // may render the block again; m_index then follows its item
    m_view.viewport()->update();
    if (m_index < 0) {
        m_view.notifyAccessibleFocus(); // back on the block: the tool reads it again
        return;
    }
    if (!QAccessible::isActive())
        return;
    // The items have no interfaces of their own; a screen reader hears what the stop is.
    const Item &item = m_items[size_t(m_index)];
    AccessibleRows &accessible = m_view.accessibleRows();
    switch (item.kind) {
    case ItemKind::Link:
        //: Spoken by a screen reader when Tab reaches a link in a message; %1 is its text
        accessible.announce(ChatView::tr("Link: %1").arg(item.label));
        break;
    case ItemKind::CopyButton:
        //: Spoken by a screen reader when Tab reaches a code block's copy button
        accessible.announce(ChatView::tr("Copy code button"));
        break;
    case ItemKind::Toggle:
        //: Spoken by a screen reader when Tab reaches a fold toggle; %1 is its line, e.g. "Thinking"
        accessible.announce(m_view.isCollapsed(m_row) ? ChatView::tr("Expand: %1").arg(item.label)
                                                      : ChatView::tr("Collapse: %1").arg(item.label));
        break;
    case ItemKind::None:
        break;
    }
}

void ChatFocus::refreshItems()
{
    ChatLayout &layout = m_view.layout();
    if (m_row < 0 || (!m_itemsStale && layout.renderCount(m_row) == m_itemsRender))
        return;
    const Item previous = itemKind() != ItemKind::None ? m_items[size_t(m_index)] : Item{};
    const int previousIndex = m_index;
    BlockDocument *doc = layout.document(m_row); // may render it: before its count is read
    collectItems(doc);
    m_itemsStale = false;
    m_itemsRender = layout.renderCount(m_row);
    m_index = -1;
    if (previous.kind == ItemKind::None)
        return;
    // The same item again, nearest to where it was (a streaming answer grows at its end; a
    // toggle's arrow turns). If it is gone, the block itself keeps the focus.
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        if (item.kind != previous.kind || (item.kind != ItemKind::Toggle && item.text != previous.text))
            continue;
        if (m_index < 0 || std::abs(int(i) - previousIndex) < std::abs(m_index - previousIndex))
            m_index = int(i);
    }
}

void ChatFocus::collectItems(BlockDocument *doc)
{
    m_items.clear();
    const QList<BlockDocument::CodeRegion> &regions = doc->codeRegions();
    qsizetype region = 0;
    int number = 0;
    for (QTextBlock block = doc->document()->begin(); block.isValid(); block = block.next(), ++number) {
        if (number == 0 && doc->hasToggle()) {
            Item toggle;
            toggle.kind = ItemKind::Toggle;
            toggle.from = block.position();
            toggle.to = block.position() + block.length() - 1;
            toggle.text = block.text();
            toggle.label = toggle.text;
            if (toggle.label.startsWith(u"▸ ") || toggle.label.startsWith(u"▾ "))
                toggle.label.remove(0, 2);
            m_items.push_back(toggle);
        }
        // A code block's copy button sits at its top right: it comes before the code's text.
        while (region < regions.size() && regions.at(region).firstBlock <= number) {
            if (regions.at(region).firstBlock == number) {
                Item copy;
                copy.kind = ItemKind::CopyButton;
                copy.region = int(region);
                copy.text = regions.at(region).code;
                m_items.push_back(copy);
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
            if (!m_items.empty() && m_items.back().kind == ItemKind::Link && m_items.back().to == from &&
                m_items.back().text == href) {
                m_items.back().to = to;
                m_items.back().label += fragment.text();
                continue;
            }
            Item link;
            link.kind = ItemKind::Link;
            link.from = from;
            link.to = to;
            link.text = href;
            link.label = fragment.text();
            m_items.push_back(link);
        }
    }
}

QRectF ChatFocus::itemRect(BlockDocument *doc, const Item &item) const
{
    switch (item.kind) {
    case ItemKind::CopyButton:
        if (item.region >= 0 && item.region < doc->codeRegions().size())
            return doc->copyButtonRect(doc->codeRegions().at(item.region));
        return {};
    case ItemKind::Link:
    case ItemKind::Toggle:
        return ChatLayout::rangeRect(doc, item.from, item.to);
    case ItemKind::None:
        break;
    }
    return {};
}

void ChatFocus::reveal()
{
    if (m_row < 0 || !m_view.model())
        return;
    ChatLayout &layout = m_view.layout();
    layout.measure(m_row); // its real height, so the scroll lands on the block
    BlockDocument *doc = layout.document(m_row);
    QRectF area(0, 0, doc->document()->textWidth(), doc->height());
    if (m_index >= 0)
        refreshItems();
    if (m_index >= 0) {
        const QRectF item = itemRect(doc, m_items[size_t(m_index)]);
        if (!item.isEmpty())
            area = item.adjusted(0, -ChatLayout::RowSpacing, 0, ChatLayout::RowSpacing);
    }
    m_view.ensureVisible(m_row, area);
}

bool ChatFocus::keyPress(QKeyEvent *event)
{
    Qt::KeyboardModifiers modifiers = event->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false); // Enter on the keypad is Enter
    if (!m_view.model() || m_view.rowCount() == 0 || modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const bool down = event->key() == Qt::Key_Down;
        const int viewHeight = m_view.viewport()->height();
        m_shown = true;
        if (m_row < 0) {
            // Nothing focused yet: start from what is on screen.
            focusRow(m_view.layout().rowAt(down ? m_view.scrollY() : m_view.scrollY() + viewHeight - 1));
            return true;
        }
        // A block taller than the view is read through first, a step at a time.
        const QRect r = m_view.rowRect(m_row);
        const bool tall = r.height() > viewHeight;
        const bool continuesBelow = tall && r.top() < viewHeight && r.bottom() >= viewHeight;
        const bool continuesAbove = tall && r.bottom() > 0 && r.top() < 0;
        if (down ? continuesBelow : continuesAbove) {
            m_view.verticalScrollBar()->triggerAction(down ? QAbstractSlider::SliderSingleStepAdd
                                                           : QAbstractSlider::SliderSingleStepSub);
            m_view.viewport()->update();
            return true;
        }
        focusRow(qBound(0, m_row + (down ? 1 : -1), m_view.rowCount() - 1));
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_row < 0)
            return false;
        m_shown = true;
        activate();
        return true;
    case Qt::Key_Space:
        if (m_row < 0 || !m_view.layout().document(m_row)->hasToggle())
            return false;
        m_shown = true;
        m_view.toggleFold(m_row);
        return true;
    default:
        return false;
    }
}

void ChatFocus::focusIn(int reason)
{
    const bool byKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
    if (!byKeyboard || !m_view.model() || m_view.rowCount() == 0)
        return;
    m_shown = true;
    // Arriving from the keyboard lands on the newest block unless one is focused already;
    // backwards (Shift+Tab) on its last item, since Tab leaves the view after it.
    if (m_row < 0) {
        m_row = m_view.rowCount() - 1;
        m_items.clear();
        m_itemsStale = true;
    }
    m_index = -1;
    if (reason == Qt::BacktabFocusReason) {
        refreshItems();
        m_index = int(m_items.size()) - 1;
    }
    reveal();
}

bool ChatFocus::focusNextPrev(bool next)
{
    // Tab pressed in the view walks the focused block's items before leaving it. A child (the
    // jump button) asking its parents to move the focus on is not caught here. (No focus
    // widget at all: a key sent to the view of an inactive window, as tests do.)
    const QWidget *focused = QApplication::focusWidget();
    if ((focused && focused != &m_view) || !m_view.model() || m_row < 0)
        return false;
    refreshItems();
    m_shown = true;
    if (next && m_index + 1 < int(m_items.size())) {
        focusItem(m_index + 1);
        return true;
    }
    if (!next && m_index >= 0) {
        focusItem(m_index - 1);
        return true;
    }
    // On to the next widget; coming back by Tab starts at the block again.
    m_index = -1;
    m_view.viewport()->update();
    return false;
}

void ChatFocus::paint(QPainter &p, const QRect &rect, BlockDocument *doc)
{
    p.save();
    p.setPen(QPen(m_view.palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 7, 7);
    if (m_index >= 0) {
        refreshItems(); // does work only after the block was rendered anew
        if (m_index >= 0) {
            const QRectF item = itemRect(doc, m_items[size_t(m_index)]);
            if (!item.isEmpty())
                p.drawRoundedRect(item.translated(rect.topLeft()).adjusted(-3, -1, 3, 1), 4, 4);
        }
    }
    p.restore();
}

void ChatFocus::activate()
{
    if (m_row < 0)
        return;
    if (m_index >= 0)
        refreshItems();
    if (m_index < 0) {
        m_view.activateBlock(m_row);
        return;
    }
    const Item item = m_items[size_t(m_index)]; // a copy: acting may render anew
    switch (item.kind) {
    case ItemKind::Link:
        m_view.openLink(item.text);
        break;
    case ItemKind::CopyButton:
        QGuiApplication::clipboard()->setText(item.text); // what a click on the button does
        break;
    case ItemKind::Toggle:
        m_view.toggleFold(m_row);
        break;
    case ItemKind::None:
        break;
    }
}

} // namespace pokee::ui
