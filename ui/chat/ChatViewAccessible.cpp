#include "chat/ChatViewAccessible.h"

#include "chat/BlockDocument.h"

#include "models/TranscriptModel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeySequence>
#include <QLatin1StringView>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

namespace {

// A terminal status that is neither "completed" nor "cancelled" is a failed turn (as
// BlockDocument shows it): the one block announced as an alert.
bool isFailure(const pokee::TranscriptBlock &b)
{
    return b.kind == Kind::Status && b.status != u"completed" && b.status != u"cancelled";
}

QString withoutFoldArrow(QString line)
{
    if (line.startsWith(u"▸ ") || line.startsWith(u"▾ "))
        line.remove(0, 2);
    return line;
}

} // namespace

// --- The view ----------------------------------------------------------------------------

ChatViewAccessible::ChatViewAccessible(ChatView *view) : QAccessibleWidget(view, QAccessible::List)
{
}

ChatView *ChatViewAccessible::view() const
{
    // qobject_cast, not static_cast: while QWidget's destructor runs, this is no ChatView.
    return qobject_cast<ChatView *>(object());
}

QAccessible::Role ChatViewAccessible::role() const
{
    return QAccessible::List;
}

QString ChatViewAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const ChatView *v = view();
        if (v && !v->accessibleName().isEmpty())
            return v->accessibleName();
        return ChatView::tr("Conversation");
    }
    return QAccessibleWidget::text(t);
}

int ChatViewAccessible::childCount() const
{
    const ChatView *v = view();
    if (!v)
        return 0;
    // The blocks, then "Jump to latest" while it shows (the one control on the viewport).
    return v->rowCount() + (v->jumpToLatestButton()->isVisible() ? 1 : 0);
}

QAccessibleInterface *ChatViewAccessible::child(int index) const
{
    ChatView *v = view();
    if (v && index == v->rowCount() && v->jumpToLatestButton()->isVisible())
        return QAccessible::queryAccessibleInterface(v->jumpToLatestButton());
    if (!v || index < 0 || index >= v->rowCount())
        return nullptr;
    if (QAccessibleInterface *known = v->accessibleRows().find(index))
        return known;
    // Qt owns the interface from here (its cache); the view deletes it with its row.
    auto *iface = new ChatBlockAccessible(v, index);
    v->accessibleRows().remember(index, iface);
    return iface;
}

int ChatViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    // The viewport and the scroll bars name this as their parent too, but only the blocks and
    // the jump button are children here.
    const ChatView *v = view();
    if (v && child && child->object() == v->jumpToLatestButton())
        return v->jumpToLatestButton()->isVisible() ? v->rowCount() : -1;
    const auto *block = dynamic_cast<const ChatBlockAccessible *>(child);
    return block && block->isValid() && block->view() == view() ? block->row() : -1;
}

QAccessibleInterface *ChatViewAccessible::childAt(int x, int y) const
{
    ChatView *v = view();
    if (!v || v->rowCount() == 0)
        return nullptr;
    const QPoint point = v->viewport()->mapFromGlobal(QPoint(x, y));
    if (!v->viewport()->rect().contains(point))
        return nullptr;
    const int row = v->layout().rowAt(v->scrollY() + point.y()); // O(log n), no layout
    return row >= 0 && v->rowRect(row).contains(point) ? child(row) : nullptr;
}

QAccessibleInterface *ChatViewAccessible::focusChild() const
{
    const ChatView *v = view();
    if (v && v->hasFocus() && v->focusedRow() >= 0)
        return child(v->focusedRow());
    return QAccessibleWidget::focusChild();
}

// --- A block -----------------------------------------------------------------------------

ChatBlockAccessible::ChatBlockAccessible(ChatView *view, int row) : m_view(view), m_row(row)
{
}

bool ChatBlockAccessible::isValid() const
{
    // The view's rows follow the model's at once (a reset drops this interface), but the
    // model is checked too: an assistive tool may ask in between.
    const ChatView *v = m_view.data();
    return v && v->model() && m_row >= 0 && m_row < v->rowCount() && m_row < v->model()->rowCount();
}

QWindow *ChatBlockAccessible::window() const
{
    const QAccessibleInterface *p = parent();
    return p ? p->window() : nullptr;
}

QAccessibleInterface *ChatBlockAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString ChatBlockAccessible::plainText() const
{
    return isValid() ? m_view->rowText(m_row) : QString();
}

bool ChatBlockAccessible::foldable() const
{
    // The kinds BlockDocument gives a fold toggle; decided without rendering the block.
    if (!isValid())
        return false;
    const Kind kind = m_view->model()->block(m_row).kind;
    return kind == Kind::Thinking || kind == Kind::ToolUse;
}

QString ChatBlockAccessible::label() const
{
    const pokee::TranscriptBlock &b = m_view->model()->block(m_row);
    switch (b.kind) {
    case Kind::UserPrompt:
        //: Accessible name of the user's own message in the conversation
        return ChatView::tr("You");
    case Kind::Text:
        //: Accessible name of an answer in the conversation
        return ChatView::tr("Assistant");
    case Kind::Thinking:
    case Kind::ToolUse:
        // The line shown ("Thinking…", "Tool Bash — done"), so it says what the eye sees.
        return withoutFoldArrow(m_view->layout().document(m_row)->document()->firstBlock().text());
    case Kind::ToolCall:
        //: Accessible name of a call of one of the user's tools: %1 its name, %2 its state
        return ChatView::tr("Tool call %1 — %2").arg(b.toolName, BlockDocument::toolCallStatusText(b));
    case Kind::Status:
        if (isFailure(b)) {
            //: Accessible name of a turn that failed
            return ChatView::tr("Error");
        }
        return m_view->layout().document(m_row)->document()->firstBlock().text(); // "Completed · 15 tokens …"
    case Kind::Notice:
        //: Accessible name of a notice in the conversation (connection lost, …)
        return ChatView::tr("Notice");
    case Kind::Raw:
        //: Accessible name of an event this version does not know
        return ChatView::tr("Unknown event");
    }
    return {};
}

QString ChatBlockAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    const pokee::TranscriptBlock &b = m_view->model()->block(m_row);
    switch (t) {
    case QAccessible::Name:
        return label();
    case QAccessible::Description:
        // Tools and thinking say what they are (their name is their first line); the others
        // are described by their text.
        if (b.kind == Kind::ToolUse || b.kind == Kind::ToolCall) {
            //: Accessible description of a tool block
            return ChatView::tr("Tool call");
        }
        if (b.kind == Kind::Thinking) {
            //: Accessible description of the model's folded reasoning
            return ChatView::tr("Thinking");
        }
        return plainText();
    case QAccessible::Value:
        return plainText();
    default:
        return {};
    }
}

QRect ChatBlockAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect r = m_view->rowRect(m_row);
    return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::Role ChatBlockAccessible::role() const
{
    if (!isValid())
        return QAccessible::NoRole;
    return isFailure(m_view->model()->block(m_row)) ? QAccessible::AlertMessage : QAccessible::ListItem;
}

QAccessible::State ChatBlockAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.focusable = true;
    s.readOnly = true;
    s.selectableText = true;
    s.multiLine = true;
    s.focused = m_view->hasFocus() && m_view->focusedRow() == m_row;
    // Scrolled out of the view: "offscreen" (still there), not "invisible" (hidden).
    s.offscreen = !m_view->isVisible() || !m_view->rowRect(m_row).intersects(m_view->viewport()->rect());
    if (foldable()) {
        const bool collapsed = m_view->isCollapsed(m_row);
        s.expandable = true;
        s.collapsed = collapsed;
        s.expanded = !collapsed;
    }
    return s;
}

void *ChatBlockAccessible::interface_cast(QAccessible::InterfaceType type)
{
    switch (type) {
    case QAccessible::TextInterface:
        return static_cast<QAccessibleTextInterface *>(this);
    case QAccessible::ActionInterface:
        return static_cast<QAccessibleActionInterface *>(this);
    default:
        return nullptr;
    }
}

void ChatBlockAccessible::selection(int, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
}

QString ChatBlockAccessible::text(int startOffset, int endOffset) const
{
    const QString all = plainText();
    const int size = int(all.size());
    if (endOffset < 0) // -1: up to the end
        endOffset = size;
    startOffset = qBound(0, startOffset, size);
    endOffset = qBound(startOffset, endOffset, size);
    return all.mid(startOffset, endOffset - startOffset);
}

int ChatBlockAccessible::characterCount() const
{
    return int(plainText().size());
}

QRect ChatBlockAccessible::characterRect(int offset) const
{
    if (!isValid() || offset < 0)
        return {};
    // Offsets in the plain text are positions in the block's document (one character per
    // paragraph break), so the layout answers directly.
    const QRectF r = ChatLayout::rangeRect(m_view->layout().document(m_row), offset, offset + 1);
    if (r.isEmpty())
        return {};
    const QRect local = r.translated(m_view->rowRect(m_row).topLeft()).toAlignedRect();
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

int ChatBlockAccessible::offsetAtPoint(const QPoint &point) const
{
    if (!isValid())
        return -1;
    const QPoint local = m_view->viewport()->mapFromGlobal(point) - m_view->rowRect(m_row).topLeft();
    return m_view->layout().document(m_row)->document()->documentLayout()->hitTest(local, Qt::ExactHit);
}

void ChatBlockAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    if (!isValid())
        return;
    m_view->layout().measure(m_row); // its real height first
    BlockDocument *doc = m_view->layout().document(m_row);
    QRectF area = ChatLayout::rangeRect(doc, startIndex, endIndex);
    if (area.isEmpty())
        area = QRectF(0, 0, doc->document()->textWidth(), doc->height());
    m_view->ensureVisible(m_row, area);
}

QString ChatBlockAccessible::attributes(int, int *startOffset, int *endOffset) const
{
    // No text attributes are exposed: one empty run over the whole text.
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

QStringList ChatBlockAccessible::actionNames() const
{
    QStringList names;
    if (!isValid())
        return names;
    names << setFocusAction();
    if (foldable())
        names << toggleAction();
    if (m_view->model()->block(m_row).kind == Kind::ToolCall)
        names << pressAction();
    return names;
}

void ChatBlockAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    // Each does what the keyboard does on the focused block.
    if (actionName == setFocusAction()) {
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->setFocusedRow(m_row);
    } else if (actionName == toggleAction() && foldable()) {
        m_view->toggleFold(m_row);
    } else if (actionName == pressAction()) {
        m_view->activateBlock(m_row);
    }
}

QStringList ChatBlockAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == toggleAction())
        return {QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)};
    if (actionName == pressAction())
        return {QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)};
    return {};
}

// --- Installation --------------------------------------------------------------------------

QAccessibleInterface *chatViewAccessibleFactory(const QString &className, QObject *object)
{
    // Qt asks once per class in the object's hierarchy, most derived first; the name is the
    // moc one ("pokee::ui::ChatView").
    if (className == QLatin1StringView(ChatView::staticMetaObject.className())) {
        if (auto *view = qobject_cast<ChatView *>(object))
            return new ChatViewAccessible(view);
    }
    return nullptr;
}

void installChatViewAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&chatViewAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace pokee::ui
