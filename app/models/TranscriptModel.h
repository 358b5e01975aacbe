#pragma once

#include "models/TranscriptBlock.h"
#include "stream/TurnEvent.h"

#include <QAbstractListModel>
#include <QHash>

namespace pokee {

// Folds a session's events into blocks: prompt, text, thinking, tool use, tool call, terminal
// status, notices. Folding is a pure function of the events, so the same events give the same
// blocks whether they arrive live, after resumes, or from the journal. Only the block an
// event touches is reported as changed, so a view pays per event, not per transcript.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptModel)
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TextRole,
        OpenRole,
        ResponseIdRole,
        ToolIdRole,
        ToolNameRole,
        ToolInputRole,
        ToolResultRole,
        ToolErrorRole,
        ToolHasResultRole,
        StatusRole,
        UsageRole,
    };
    Q_ENUM(Role)

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const TranscriptBlock &block(int row) const { return m_blocks.at(row); }
    // The row of the block with this tool_use id or tool_call_id, or -1.
    int rowOfTool(const QString &id) const { return m_toolRows.value(id, -1); }
    const QList<TranscriptBlock> &blocks() const { return m_blocks; }

    void clear();
    // Exchanges everything with `other` in one reset: a transcript is folded off screen (no
    // view pays per event) and shown at once, or a shown one is put aside and brought back.
    void swapContents(TranscriptModel &other);
    void appendPrompt(const QString &prompt);
    void appendNotice(const QString &text);
    // A notice that is updated in place: the first call with a key appends it, later ones
    // rewrite that block (one connection line per turn instead of a wall of notices).
    void setNotice(const QString &key, const QString &text);
    void applyEvent(const QString &responseId, const TurnEvent &event);

    // The assistant's text of the last turn so far (what a user would copy as "the answer").
    QString lastAnswerText() const;

private:
    int appendBlock(TranscriptBlock block);
    void changed(int row);
    int openBlock(TranscriptBlock::Kind kind, const QString &responseId);
    void closeOpen(TranscriptBlock::Kind kind);
    int &openRow(TranscriptBlock::Kind kind); // the open block of a kind (-1: none)
    int findTool(const QString &toolId) const;

    QList<TranscriptBlock> m_blocks;
    int m_openText = -1;
    int m_openThinking = -1;
    int m_openTool = -1;
    QHash<QString, int> m_toolRows; // tool_use id / tool_call_id -> row
    QHash<QString, int> m_callByToolUse; // tool_use id -> its ToolCall row
    QList<int> m_waitingCalls;           // ToolCall rows still waiting for an answer
    QHash<QString, int> m_keyedNotices;  // setNotice() key -> row
};

} // namespace pokee
