#pragma once

#include "chat/ChatView.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>

namespace pokee::ui {

// What assistive tools (Orca, NVDA, VoiceOver) see of the conversation. ChatView paints its
// blocks itself, so without this it would be one blank scroll area. The view is a list; each
// block is a child named by its kind ("You", "Assistant", "Tool call get_weather — answered"),
// with its text as value and through a text interface, and actions to focus, fold or open it.
// Children are made only when a tool asks for one, cached per row in the view, and deleted
// when their rows go (ChatView::reset) or the view does: with no tool listening, and no test
// walking the tree, they cost nothing.
class ChatViewAccessible : public QAccessibleWidget
{
public:
    explicit ChatViewAccessible(ChatView *view);

    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    ChatView *view() const;
};

// One block of the conversation. It has no QObject of its own (object() is null, as for the
// cells of Qt's item views): it knows its view and row, and is valid while the row exists.
class ChatBlockAccessible : public QAccessibleInterface,
                            public QAccessibleTextInterface,
                            public QAccessibleActionInterface
{
    Q_DISABLE_COPY_MOVE(ChatBlockAccessible)
public:
    ChatBlockAccessible(ChatView *view, int row);

    int row() const { return m_row; }
    ChatView *view() const { return m_view.data(); }

    // QAccessibleInterface
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTextInterface: the block's text as shown; read-only, no selection, caret 0.
    // Word, sentence and line boundaries come from the interface's default implementations.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // QAccessibleActionInterface: focus the block, fold it, open a tool call in the inbox.
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QString plainText() const;
    QString label() const;
    bool foldable() const;

    QPointer<ChatView> m_view;
    int m_row;
};

// The factory Qt asks for a ChatView's interface, and its installation (once per process;
// ChatView's constructor calls it before anything asks for its interface).
QAccessibleInterface *chatViewAccessibleFactory(const QString &className, QObject *object);
void installChatViewAccessibility();

} // namespace pokee::ui
