#pragma once

#include <QAccessible>
#include <QHash>

class QWidget;

namespace pokee::ui {

// The chat pane's side of accessibility: the interfaces handed out for its rows
// (ChatViewAccessible::child creates them only when asked, and they die with the rows they
// describe) and the events that tell an assistive tool what changed. Every event costs
// nothing unless a tool is listening (QAccessible::isActive()).
class AccessibleRows
{
    Q_DISABLE_COPY_MOVE(AccessibleRows)
public:
    explicit AccessibleRows(QWidget *view) : m_view(view) {}
    ~AccessibleRows() { drop(); }

    // The interface made for `row` earlier, or nullptr.
    QAccessibleInterface *find(int row) const;
    // Registers an interface made for `row` (Qt owns it from here; drop() deletes it).
    void remember(int row, QAccessibleInterface *iface);
    // Deletes every row's interface (the rows are gone).
    void drop();

    // A new transcript: the tool reads the list again.
    void reordered();
    void created(int first, int last);
    void foldChanged(int row);
    // The keyboard focus is on `row` (only while the view has the focus).
    void focusMoved(int row);
    // Speaks `message` (only while the view has the focus).
    void announce(const QString &message);

private:
    QWidget *m_view;
    QHash<int, QAccessible::Id> m_rows;
};

} // namespace pokee::ui
