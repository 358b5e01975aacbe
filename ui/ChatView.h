#pragma once

#include <QTextBrowser>
#include <QTimer>

namespace pokee {
class TranscriptModel;
}

namespace pokee::ui {

// Shows a TranscriptModel as one rich-text document. Changes are coalesced to at most one
// render per frame, and a render rewrites only the blocks from the first changed one to the
// end: while a turn streams that is the growing tail, never the whole conversation.
class ChatView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)
public:
    explicit ChatView(QWidget *parent = nullptr);

    void setModel(pokee::TranscriptModel *model);
    // Renders pending changes now (tests and screenshots; normally a timer does it).
    void flush();

private:
    void markDirty(int row);
    void renderBlock(int row);
    void onRangeChanged();

    pokee::TranscriptModel *m_model = nullptr; // not owned
    QList<int> m_blockStart;                   // document position where each row begins
    int m_firstDirty = -1;
    bool m_stickToBottom = true;
    QTimer m_frameTimer;
};

} // namespace pokee::ui
