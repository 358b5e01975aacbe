#include "tools/PendingToolCallModel.h"

#include "session/TurnManager.h"
#include "store/Journal.h"
#include "stream/ToolCallRequest.h"

#include <QDateTime>

#include <algorithm>

namespace pokee {

PendingToolCallModel::PendingToolCallModel(TurnManager *turns, QObject *parent) : QAbstractListModel(parent)
{
    // What the journal knows first: a resumed turn replays only after its last stored event,
    // so calls it already received would otherwise be lost to the list.
    loadOpenTurns(turns->journal(), turns->profile());
    connect(turns, &TurnManager::eventsReceived, this,
            [this](const QString &sid, qint64 turn, const QString &, const QList<TurnEvent> &events) {
                onEvents(sid, turn, events);
            });
    connect(turns, &TurnManager::turnFinished, this,
            [this](const QString &, qint64 turn, TurnStream::State state, const ApiError &error) {
                m_openToolUse.remove(turn);
                // The terminal event settled them already, when there was one; this is for a
                // turn that ended here (its connection lost for good, expired).
                settleEndedTurn(turn,
                                state == TurnStream::State::Cancelled         ? PendingToolCall::State::Cancelled
                                : error.kind == ApiError::Kind::TurnError     ? PendingToolCall::State::Expired
                                                                              : PendingToolCall::State::Ended,
                                error.isError() ? error.userMessage() : QString());
            });
}

PendingToolCallModel::PendingToolCallModel(const Journal *journal, const QString &profile, QObject *parent)
    : QAbstractListModel(parent)
{
    loadOpenTurns(journal, profile);
}

void PendingToolCallModel::loadOpenTurns(const Journal *journal, const QString &profile)
{
    for (const TurnRecord &t : journal->openTurns(profile))
        onEvents(t.sessionId, t.id, journal->events(t.id));
    clearSettled(); // what was settled before the restart is history, not work
}

QString PendingToolCallModel::timeLeft(qint64 deadlineMs, qint64 nowMs)
{
    const qint64 s = (deadlineMs - nowMs) / 1000;
    //: The state of a tool call in the inbox: its answer time ran out
    if (s <= 0)
        return tr("expired");
    //: The time left to answer a tool call: minutes:seconds
    return tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int PendingToolCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant PendingToolCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingToolCall &c = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1(%2)").arg(c.name, c.arguments);
    case SessionIdRole: return c.sessionId;
    case TurnIdRole: return c.turnId;
    case ToolCallIdRole: return c.toolCallId;
    case NameRole: return c.name;
    case ArgumentsRole: return c.arguments;
    case ReceivedAtRole: return c.receivedAt;
    case DeadlineRole: return c.stateless ? 0 : c.deadline();
    case ExpiredRole: return c.isExpired(QDateTime::currentMSecsSinceEpoch());
    case StateRole: return int(c.state);
    case DraftRole: return c.draft;
    case MessageRole: return c.message;
    case StatelessRole: return c.stateless;
    case McpServerRole: return c.mcpServer;
    case McpToolRole: return c.mcpTool;
    case McpHintsRole: return c.mcpHints;
    case McpApprovalRole: return c.mcpApproval;
    case ProgressRole: return c.progress;
    case ProgressTotalRole: return c.progressTotal;
    case ProgressMessageRole: return c.progressMessage;
    default: return {};
    }
}

QHash<int, QByteArray> PendingToolCallModel::roles()
{
    return {{SessionIdRole, "sessionId"}, {TurnIdRole, "turnId"},     {ToolCallIdRole, "toolCallId"},
            {NameRole, "name"},           {ArgumentsRole, "arguments"}, {ReceivedAtRole, "receivedAt"},
            {DeadlineRole, "deadline"},   {ExpiredRole, "expired"},    {StateRole, "state"},
            {DraftRole, "draft"},         {MessageRole, "message"},    {StatelessRole, "stateless"},
            {McpServerRole, "mcpServer"}, {McpToolRole, "mcpTool"},     {McpHintsRole, "mcpHints"}, {McpApprovalRole, "mcpApproval"},
            {ProgressRole, "progress"},   {ProgressTotalRole, "progressTotal"}, {ProgressMessageRole, "progressMessage"}};
}

int PendingToolCallModel::rowOf(const QString &toolCallId) const
{
    for (qsizetype i = 0; i < m_calls.size(); ++i)
        if (m_calls.at(i).toolCallId == toolCallId)
            return int(i);
    return -1;
}

int PendingToolCallModel::openCount() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(), [](const PendingToolCall &c) { return c.isOpen(); }));
}

void PendingToolCallModel::markAnswered(const QString &toolCallId, const QString &message)
{
    settleWhere([&toolCallId](const PendingToolCall &c) { return c.toolCallId == toolCallId; },
                //: The answer to a tool call reached the server
                PendingToolCall::State::Sent, message.isEmpty() ? tr("Sent.", "answer sent") : message);
}

void PendingToolCallModel::append(const PendingToolCall &call)
{
    const int row = int(m_calls.size());
    beginInsertRows({}, row, row);
    m_calls.append(call);
    endInsertRows();
    Q_EMIT countChanged(openCount());
}

void PendingToolCallModel::addStatelessCall(const QString &callId, const QString &name, const QString &arguments)
{
    if (callId.isEmpty() || rowOf(callId) >= 0)
        return;
    PendingToolCall c;
    c.toolCallId = callId;
    c.name = name;
    c.arguments = arguments;
    c.receivedAt = QDateTime::currentMSecsSinceEpoch();
    c.stateless = true;
    append(c);
}

void PendingToolCallModel::answerStateless(const QString &callId, const QString &output, bool isError)
{
    const int row = rowOf(callId);
    if (row < 0 || !m_calls.at(row).stateless || !m_calls.at(row).isOpen())
        return;
    m_calls[row].draft = output;
    markAnswered(callId, tr("Handed to the playground, which sends it with the next request."));
    Q_EMIT statelessAnswered(callId, output, isError);
}

void PendingToolCallModel::expireStateless(const QString &message)
{
    settleWhere([](const PendingToolCall &c) { return c.stateless; }, PendingToolCall::State::Expired, message);
}

void PendingToolCallModel::clearSettled()
{
    removeWhere([](const PendingToolCall &c) { return !c.isOpen(); });
}

void PendingToolCallModel::setState(const QString &toolCallId, PendingToolCall::State state, const QString &message)
{
    const int row = rowOf(toolCallId);
    if (row < 0)
        return;
    const bool wasOpen = m_calls.at(row).isOpen();
    m_calls[row].state = state;
    m_calls[row].message = message;
    Q_EMIT dataChanged(index(row), index(row), {StateRole, MessageRole, ExpiredRole});
    if (wasOpen != m_calls.at(row).isOpen())
        Q_EMIT countChanged(openCount());
}

void PendingToolCallModel::setMcpRoute(const QString &toolCallId, const QString &server, const QString &tool,
                                       const QStringList &hints, const QString &approval)
{
    const int row = rowOf(toolCallId);
    if (row < 0)
        return;
    m_calls[row].mcpServer = server;
    m_calls[row].mcpTool = tool;
    m_calls[row].mcpHints = hints;
    m_calls[row].mcpApproval = approval;
    Q_EMIT dataChanged(index(row), index(row), {McpServerRole, McpToolRole, McpHintsRole, McpApprovalRole});
}

void PendingToolCallModel::setProgress(const QString &toolCallId, double done, double total, const QString &message)
{
    const int row = rowOf(toolCallId);
    if (row < 0)
        return;
    m_calls[row].progress = done;
    m_calls[row].progressTotal = total;
    m_calls[row].progressMessage = message;
    Q_EMIT dataChanged(index(row), index(row), {ProgressRole, ProgressTotalRole, ProgressMessageRole});
}

void PendingToolCallModel::setDraft(const QString &toolCallId, const QString &draft)
{
    const int row = rowOf(toolCallId);
    if (row < 0)
        return;
    m_calls[row].draft = draft;
    if (m_calls[row].state == PendingToolCall::State::Waiting)
        m_calls[row].state = PendingToolCall::State::Drafted;
    Q_EMIT dataChanged(index(row), index(row), {DraftRole, StateRole});
}

void PendingToolCallModel::onEvents(const QString &sessionId, qint64 turnId, const QList<TurnEvent> &events)
{
    for (const TurnEvent &e : events) {
        if (e.type == u"tool_use.start") {
            m_openToolUse.insert(turnId, e.data.value(u"id").toString());
        } else if (const std::optional<ToolCallRequest> request = ToolCallRequest::from(e)) {
            const QString callId = request->toolCallId;
            if (callId.isEmpty() || rowOf(callId) >= 0)
                continue;
            PendingToolCall c;
            c.sessionId = sessionId;
            c.turnId = turnId;
            c.toolCallId = callId;
            c.toolUseId = m_openToolUse.value(turnId);
            c.name = request->name;
            c.arguments = request->arguments;
            c.receivedAt = e.receivedAt ? e.receivedAt : QDateTime::currentMSecsSinceEpoch();
            append(c);
        } else if (e.type == u"tool_result") {
            // The result of the tool_use a call belongs to: answered elsewhere, or an error
            // result the server gave itself (the call timed out). A call whose answer is on
            // its way from here is left to its sender, which says what became of it.
            const QString toolUse = e.data.value(u"id").toString();
            const bool serverError = e.data.value(u"is_error").toBool();
            const QString content = e.data.value(u"content").toString();
            settleWhere([&](const PendingToolCall &c) {
                return c.turnId == turnId && !c.toolUseId.isEmpty() && c.toolUseId == toolUse && !c.isBeingSent();
            }, serverError ? PendingToolCall::State::Expired : PendingToolCall::State::Sent,
                        serverError ? tr("Not answered: %1").arg(content.isEmpty() ? tr("the agent got an error instead") : content)
                                    : tr("Answered elsewhere: the agent has the result."));
        } else if (e.isTerminal()) {
            settleEndedTurn(turnId,
                            e.type == u"message.cancelled" ? PendingToolCall::State::Cancelled
                            : e.type == u"message.error"   ? PendingToolCall::State::Expired
                                                           : PendingToolCall::State::Ended,
                            e.data.value(u"error").toString());
        }
    }
}

void PendingToolCallModel::settleEndedTurn(qint64 turnId, PendingToolCall::State state, const QString &why)
{
    QString message;
    switch (state) {
    case PendingToolCall::State::Cancelled:
        message = tr("The turn was cancelled before this call was answered.");
        break;
    case PendingToolCall::State::Expired:
        // message.error while a call waits: the server gave up on it (its answer time ran out).
        message = why.isEmpty() ? tr("The turn ended before this call was answered.")
                                : tr("The turn ended before this call was answered: %1").arg(why);
        break;
    default:
        message = why.isEmpty() ? tr("Not answered: the turn ended without it.")
                                : tr("Not answered: the turn ended without it (%1).").arg(why);
        break;
    }
    settleWhere([turnId](const PendingToolCall &c) { return c.turnId == turnId && !c.isBeingSent(); }, state, message);
}

void PendingToolCallModel::settleWhere(const std::function<bool(const PendingToolCall &)> &which,
                                       PendingToolCall::State state, const QString &message)
{
    bool settled = false;
    for (qsizetype i = 0; i < m_calls.size(); ++i) {
        PendingToolCall &c = m_calls[i];
        if (!c.isOpen() || !which(c))
            continue;
        c.state = state;
        c.message = message;
        Q_EMIT dataChanged(index(int(i)), index(int(i)), {StateRole, MessageRole, ExpiredRole});
        settled = true;
    }
    if (!settled)
        return;
    dropOldestSettled();
    Q_EMIT countChanged(openCount());
}

void PendingToolCallModel::dropOldestSettled()
{
    qsizetype settled = m_calls.size() - openCount();
    for (qsizetype i = 0; i < m_calls.size() && settled > MaxSettled;) {
        if (m_calls.at(i).isOpen()) {
            ++i;
            continue;
        }
        beginRemoveRows({}, int(i), int(i));
        m_calls.removeAt(i);
        endRemoveRows();
        --settled;
    }
}

void PendingToolCallModel::removeWhere(const std::function<bool(const PendingToolCall &)> &which)
{
    const int openBefore = openCount();
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        if (!which(m_calls.at(i)))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_calls.removeAt(i);
        endRemoveRows();
    }
    if (openCount() != openBefore)
        Q_EMIT countChanged(openCount());
}

} // namespace pokee
