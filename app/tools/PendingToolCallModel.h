#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

#include <functional>

namespace pokee {

class Journal;
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
    // A function call of the stateless playground: no session and no server deadline; its
    // answer goes back to the playground's loop, not to tool_results.
    bool stateless = false;

    // Where the answer stands: the inbox shows it. Sent, Expired, Cancelled and Ended are
    // settled: the call stays listed, greyed, with what settled it and no clock running, so
    // the user sees what became of it, until the list is cleared. Failed: the answer could
    // not be sent (still open: it can be sent again).
    enum class State { Waiting, Drafted, Sending, Sent, Failed, Expired, Cancelled, Ended };
    State state = State::Waiting;
    QString draft;   // an answer prepared (by a rule that wants approval, or typed and kept)
    QString message; // the last sentence about it ("Not sent after 3 tries: …")

    // A call one of the user's MCP servers answers once the user approves it (empty when it is
    // answered by hand): the server, the server's own name of the tool, and the tool's own
    // hints about what it does (untrusted: said, never relied on).
    QString mcpServer;
    QString mcpTool;
    QStringList mcpHints; // "says it only reads", "may change or delete things"…
    // The user's standing approval of an imported tool: "ask", "session" or "always" (empty
    // when a rule routes it: the rule says whether it asks).
    QString mcpApproval;
    // The server's progress while it runs: done of total (total 0: unknown), and its words.
    double progress = -1; // -1: none reported
    double progressTotal = 0;
    QString progressMessage;

    // The API gives an external tool 300 s; after that the agent gets an error instead.
    static constexpr qint64 AnswerWindowMs = 300 * 1000;
    qint64 deadline() const { return receivedAt + AnswerWindowMs; }
    static bool isOpenState(State s)
    {
        return s != State::Sent && s != State::Expired && s != State::Cancelled && s != State::Ended;
    }
    bool isOpen() const { return isOpenState(state); }
    // An answer is on its way: its sender settles it, whatever the stream says meanwhile.
    bool isBeingSent() const { return state == State::Sending; }
    // Settled as expired, or still open past its deadline (the server has given up on it).
    bool isExpired(qint64 nowMs) const
    {
        return state == State::Expired || (isOpen() && !stateless && nowMs >= deadline());
    }
};

// Every tool call of every session the TurnManager follows — the one on screen or not —
// oldest first. A call is open until it is answered from here (Sent), its result shows up in
// the stream (Sent: answered elsewhere, or by a rule), or its turn ends without an answer
// (Expired: the server timed it out or moved on). Settled calls stay listed until
// clearSettled(), at most MaxSettled of them. Built first from the journal's open turns, so
// the calls of turns a restart left running are still listed (with their deadline, expired or
// not). The tool-call inbox is a view of this model; countChanged() counts the open calls.
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
        DeadlineRole, // unix ms; 0 for a stateless call (no deadline)
        ExpiredRole,  // the deadline has passed (read at the time of asking)
        StateRole,    // PendingToolCall::State as int
        DraftRole,
        MessageRole,
        StatelessRole,
        McpServerRole, // empty: not answered by an MCP server
        McpToolRole,
        McpHintsRole,  // QStringList
        McpApprovalRole,
        ProgressRole,  // double, -1 when none was reported
        ProgressTotalRole,
        ProgressMessageRole,
        LastRole = ProgressMessageRole, // a model showing these adds its roles after this one
    };
    Q_ENUM(Role)

    explicit PendingToolCallModel(TurnManager *turns, QObject *parent = nullptr);
    // Only what `journal` holds for `profile` (a TurnManager's key), followed no further: the
    // calls waiting in another process's journal, as `pokee inbox` lists them without a network.
    PendingToolCallModel(const Journal *journal, const QString &profile, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override { return roles(); }
    static QHash<int, QByteArray> roles();

    static constexpr int MaxSettled = 100;

    // How long is left to answer by `deadlineMs` ("4:32 left"), or "expired": the inbox's
    // words, the same in the window and in `pokee inbox`.
    static QString timeLeft(qint64 deadlineMs, qint64 nowMs);

    const PendingToolCall &at(int row) const { return m_calls.at(row); }
    int rowOf(const QString &toolCallId) const;
    // Calls still waiting for an answer (the badge and the status bar count these).
    int openCount() const;
    // The server accepted an answer (204): the call is settled as sent.
    void markAnswered(const QString &toolCallId, const QString &message = {});
    // A function call the playground's loop waits for (see PendingToolCall::stateless).
    void addStatelessCall(const QString &callId, const QString &name, const QString &arguments);
    // The user's answer to a stateless call: settles it and hands it to the playground.
    void answerStateless(const QString &callId, const QString &output, bool isError);
    // The playground stopped waiting (cancelled, closed): its open calls expire.
    void expireStateless(const QString &message);
    // Forgets the settled calls (sent, expired).
    void clearSettled();
    void setState(const QString &toolCallId, PendingToolCall::State state, const QString &message = {});
    void setDraft(const QString &toolCallId, const QString &draft);
    // The call is answered by `server`'s `tool` once approved (PendingToolCall::mcpServer).
    void setMcpRoute(const QString &toolCallId, const QString &server, const QString &tool, const QStringList &hints,
                     const QString &approval);
    // The server's progress on the call (shown while it runs).
    void setProgress(const QString &toolCallId, double done, double total, const QString &message);

Q_SIGNALS:
    void countChanged(int count);
    void statelessAnswered(const QString &callId, const QString &output, bool isError);

private:
    // The calls of the journal's open turns against `profile`, expired or not.
    void loadOpenTurns(const Journal *journal, const QString &profile);
    void onEvents(const QString &sessionId, qint64 turnId, const QList<TurnEvent> &events);
    // Settles the open calls of a turn that ended without their answer, as `state`: Cancelled
    // (message.cancelled), Expired (message.error: the server gave up on them) or Ended (the
    // turn ended any other way), with `why` when known.
    void settleEndedTurn(qint64 turnId, PendingToolCall::State state, const QString &why);
    void append(const PendingToolCall &call);
    // Settles every open call that `which` picks, with `state` and `message`.
    void settleWhere(const std::function<bool(const PendingToolCall &)> &which, PendingToolCall::State state,
                     const QString &message);
    void removeWhere(const std::function<bool(const PendingToolCall &)> &which);
    void dropOldestSettled();

    QList<PendingToolCall> m_calls;
    QHash<qint64, QString> m_openToolUse; // turn -> the tool_use block open in its stream
};

} // namespace pokee
