#include "chat/AccessibleRows.h"

#include <QWidget>

namespace pokee::ui {

QAccessibleInterface *AccessibleRows::find(int row) const
{
    const auto known = m_rows.constFind(row);
    return known != m_rows.cend() ? QAccessible::accessibleInterface(*known) : nullptr;
}

void AccessibleRows::remember(int row, QAccessibleInterface *iface)
{
    m_rows.insert(row, QAccessible::registerAccessibleInterface(iface));
}

void AccessibleRows::drop()
{
    // Only interfaces something asked for are here (none without an assistive tool or a test).
    for (const QAccessible::Id id : std::as_const(m_rows))
        QAccessible::deleteAccessibleInterface(id);
    m_rows.clear();
}

void AccessibleRows::reordered()
{
    if (QAccessible::isActive()) {
        QAccessibleEvent ev(m_view, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&ev);
    }
}

void AccessibleRows::created(int first, int last)
{
    // Rows are appended once each (deltas only change them), so this is per block, not per
    // delta, and only with an assistive tool listening.
    if (!QAccessible::isActive())
        return;
    for (int row = first; row <= last; ++row) {
        QAccessibleEvent ev(m_view, QAccessible::ObjectCreated);
        ev.setChild(row);
        QAccessible::updateAccessibility(&ev);
    }
}

void AccessibleRows::foldChanged(int row)
{
    if (!QAccessible::isActive())
        return;
    QAccessible::State changed;
    changed.expanded = true;
    changed.collapsed = true;
    QAccessibleStateChangeEvent ev(m_view, changed);
    ev.setChild(row);
    QAccessible::updateAccessibility(&ev);
}

void AccessibleRows::focusMoved(int row)
{
    if (!QAccessible::isActive() || !m_view->hasFocus() || row < 0)
        return;
    QAccessibleEvent ev(m_view, QAccessible::Focus);
    ev.setChild(row);
    QAccessible::updateAccessibility(&ev);
}

void AccessibleRows::announce(const QString &message)
{
    if (!QAccessible::isActive() || !m_view->hasFocus())
        return;
    QAccessibleAnnouncementEvent ev(m_view, message);
    QAccessible::updateAccessibility(&ev);
}

} // namespace pokee::ui
