#include "chat/ChatMouse.h"

#include "chat/BlockDocument.h"
#include "chat/ChatView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

namespace pokee::ui {

namespace {
// A click on a copy button or a fold toggle does that and nothing else: true when it did.
bool clickAction(ChatView &view, const QPoint &point, ChatLayout::Position at)
{
    if (!at.isValid())
        return false;
    BlockDocument *doc = view.layout().document(at.row);
    const QPointF local = view.layout().toDocument(at.row, point, view.scrollY());
    for (int i = 0; i < doc->codeRegions().size(); ++i) {
        if (doc->copyButtonRect(doc->codeRegions().at(i)).contains(local)) {
            QGuiApplication::clipboard()->setText(doc->codeRegions().at(i).code);
            return true;
        }
    }
    if (doc->hasToggle() && doc->document()->firstBlock().layout()->boundingRect().translated(0, doc->document()->documentMargin()).adjusted(-20, -6, 2000, 6).contains(local)) {
        view.setCollapsed(at.row, !view.isCollapsed(at.row));
        return true;
    }
    return false;
}
} // namespace

bool ChatMouse::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view.model())
        return false;
    ChatLayout &layout = m_view.layout();
    const QPoint point = event->position().toPoint();
    const ChatLayout::Position at = layout.hit(point, m_view.scrollY());
    if (at.isValid()) {
        // The keyboard carries on from the block clicked; a click shows no focus frame, and
        // the block is where the reader looks, so nothing scrolls.
        m_view.focus().setShown(false);
        if (at.row != m_view.focus().row() || m_view.focus().hasItem())
            m_view.focus().focusRow(at.row, false);
    }
    if (clickAction(m_view, point, at)) {
        m_view.selection().clear();
        m_view.viewport()->update();
        return true;
    }
    QString link;
    if (at.isValid()) {
        const QPointF local(event->position().x() - ChatLayout::SideMargin,
                            double(m_view.scrollY() + event->position().y() - layout.offset(at.row)));
        link = layout.document(at.row)->document()->documentLayout()->anchorAt(local);
        Q_EMIT m_view.rowClicked(at.row);
    }
    m_view.selection().start(at, point, link);
    m_view.viewport()->update();
    return true;
}

bool ChatMouse::move(QMouseEvent *event)
{
    if (!m_view.selection().isSelecting())
        return false;
    const QPoint point = event->position().toPoint();
    const int viewHeight = m_view.viewport()->height();
    // Dragging past an edge scrolls.
    QScrollBar *bar = m_view.verticalScrollBar();
    if (point.y() < 0)
        bar->setValue(bar->value() - 20);
    else if (point.y() > viewHeight)
        bar->setValue(bar->value() + 20);
    m_view.selection().extendTo(m_view.layout().hit(QPoint(point.x(), qBound(0, point.y(), viewHeight - 1)), m_view.scrollY()));
    m_view.viewport()->update();
    return true;
}

bool ChatMouse::release(QMouseEvent *event)
{
    if (!m_view.selection().isSelecting())
        return false;
    const QString link = m_view.selection().finish(event->position().toPoint(), QApplication::startDragDistance());
    if (!link.isEmpty())
        m_view.openLink(link);
    m_view.viewport()->update();
    return true;
}

} // namespace pokee::ui
