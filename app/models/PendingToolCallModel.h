#pragma once

#include <QAbstractListModel>
#include <QHash>

#include <functional>

namespace pokee {

class TurnManager;
struct TurnEvent;

// One external tool call the agent handed back and nobody has answered yet.
struct PendingToolCall
{
    QString sessionId;
    qint64 turnId = 0;
    QString toolCallId;
    QString toolUseId; // the tool_use block it belongs to, when the stream had one open
    QString name;
    QString arguments; // as the server sent it (a JSON string, maybe not valid JSON)
    qint64 receivedAt = 0; // unix ms

    // Where the answer stands: the inbox shows it.
    enum class State { Waiting, Drafted, Sending, Failed };
    State state = State::Waiting;
    QString draft;   // an answer prepared (by a rule that wants approval, or typed and kept)
    QString message; // the last sentence about it ("Not sent after 3 tries: …")

    // The API gives an external tool 300 s; after that the agent gets an error instead.
    static constexpr qint64 AnswerWindowMs = 300 * 1000;
    qint64 deadline() const { return receivedAt + AnswerWindowMs; }
    bool isExpired(qint64 nowMs) const { return nowMs >= deadline(); }
};

// Every pending tool call of every session the TurnManager follows — the one on screen or
// not — oldest first. A call leaves the list when its result shows up in the stream, when it
// was answered from here, or when its turn ends (then the server has timed it out or moved
// on). Built first from the journal's open turns, so the calls of turns a restart left
// running are still listed (with their deadline, expired or not). The tool-call inbox is a
// view of this model.
class PendingToolCallModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingToolCallModel)
public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TurnIdRole,
        ToolCallIdRole,
        NameRole,
        ArgumentsRole,
        ReceivedAtRole,
        DeadlineRole, // unix ms
        ExpiredRole,  // the deadline has passed (read at the time of asking)
        StateRole,    // PendingToolCall::State as int
        DraftRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit PendingToolCallModel(TurnManager *turns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const PendingToolCall &at(int row) const { return m_calls.at(row); }
    int rowOf(const QString &toolCallId) const;
    // The server accepted an answer (204): the call is settled.
    void markAnswered(const QString &toolCallId);
    void setState(const QString &toolCallId, PendingToolCall::State state, const QString &message = {});
    void setDraft(const QString &toolCallId, const QString &draft);

Q_SIGNALS:
    void countChanged(int count);

private:
    void onEvents(const QString &sessionId, qint64 turnId, const QList<TurnEvent> &events);
    void removeWhere(const std::function<bool(const PendingToolCall &)> &settled);

    QList<PendingToolCall> m_calls;
    QHash<qint64, QString> m_openToolUse; // turn -> the tool_use block open in its stream
};

} // namespace pokee
