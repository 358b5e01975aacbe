#include "ChatView.h"

#include "models/TranscriptModel.h"

#include <QJsonObject>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace pokee::ui {

using Kind = pokee::TranscriptBlock::Kind;

ChatView::ChatView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation"));
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChatView::flush);
    // Follow the stream only while the reader is at the bottom.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= verticalScrollBar()->maximum() - 4;
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::onRangeChanged);
}

void ChatView::setModel(pokee::TranscriptModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    auto reset = [this] {
        clear();
        m_blockStart.clear();
        m_firstDirty = m_model->rowCount() > 0 ? 0 : -1;
        m_frameTimer.start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, reset);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int) { markDirty(first); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &) { markDirty(topLeft.row()); });
    reset();
}

void ChatView::markDirty(int row)
{
    m_firstDirty = m_firstDirty < 0 ? row : qMin(m_firstDirty, row);
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void ChatView::flush()
{
    m_frameTimer.stop();
    if (!m_model || m_firstDirty < 0)
        return;
    const int first = m_firstDirty;
    m_firstDirty = -1;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (first < m_blockStart.size()) {
        cursor.setPosition(m_blockStart.at(first));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_blockStart.resize(first);
    }
    cursor.endEditBlock();
    for (int row = int(m_blockStart.size()); row < m_model->rowCount(); ++row)
        renderBlock(row);
}

void ChatView::renderBlock(int row)
{
    const pokee::TranscriptBlock &b = m_model->block(row);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    // The row starts before its separator, so that re-rendering it removes the separator too.
    m_blockStart.append(cursor.position());
    if (row > 0)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());

    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    QTextCharFormat muted;
    muted.setForeground(palette().placeholderText());
    QTextCharFormat italicMuted = muted;
    italicMuted.setFontItalic(true);
    QTextCharFormat mono;
    mono.setFontFixedPitch(true);
    mono.setFontFamilies({QStringLiteral("monospace")});

    switch (b.kind) {
    case Kind::UserPrompt:
        cursor.insertText(tr("You"), label);
        cursor.insertBlock();
        cursor.insertText(b.text, QTextCharFormat());
        break;
    case Kind::Text:
        cursor.insertMarkdown(b.text.isEmpty() ? QStringLiteral(" ") : b.text);
        break;
    case Kind::Thinking:
        cursor.insertText(b.open ? tr("Thinking…") : tr("Thought"), italicMuted);
        break;
    case Kind::ToolUse:
        cursor.insertText(tr("Tool: %1").arg(b.toolName), label);
        cursor.insertBlock();
        cursor.insertText(b.toolInput, mono);
        if (b.toolHasResult) {
            cursor.insertBlock();
            cursor.insertText(b.toolError ? tr("Error: %1").arg(b.toolResult) : b.toolResult, mono);
        }
        break;
    case Kind::ToolCall:
        cursor.insertText(tr("Tool call %1 (%2)").arg(b.toolName, b.toolInput), label);
        break;
    case Kind::Status:
        if (b.status == u"completed")
            cursor.insertText(tr("Completed · %n token(s)", nullptr,
                                 b.usage.value(u"total_tokens").toInt(
                                     b.usage.value(u"output_tokens").toInt())),
                              muted);
        else if (b.status == u"cancelled")
            cursor.insertText(tr("Cancelled"), muted);
        else
            cursor.insertText(tr("The turn failed: %1").arg(b.text), muted);
        break;
    case Kind::Notice:
        cursor.insertText(b.text, italicMuted);
        break;
    case Kind::Raw:
        cursor.insertText(tr("Unknown event %1: %2").arg(b.toolName, b.text), mono);
        break;
    }
}

void ChatView::onRangeChanged()
{
    if (m_stickToBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace pokee::ui
