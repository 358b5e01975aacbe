#pragma once

class QMouseEvent;

namespace pokee::ui {

class ChatView;

// The chat pane's mouse: a press on a code block's copy button copies, on a fold toggle
// folds, elsewhere starts a selection (and moves the keyboard focus to the block without
// showing it); a drag extends the selection, scrolling past the edges; a release without a
// drag follows the link it was pressed on.
class ChatMouse
{
public:
    explicit ChatMouse(ChatView &view) : m_view(view) {}

    // Each returns false when the event is not the pane's (the view passes it on).
    bool press(QMouseEvent *event);
    bool move(QMouseEvent *event);
    bool release(QMouseEvent *event);

private:
    ChatView &m_view;
};

} // namespace pokee::ui
