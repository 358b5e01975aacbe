#include "models/PendingToolCallModel.h"

#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QDateTime>

namespace pokee {

PendingToolCallModel::PendingToolCallModel(TurnManager *turns, QObject *parent) : QAbstractListModel(parent)
{
    // What the journal knows first: a resumed turn replays only after its last stored event,
    // so calls it already received would otherwise be lost to the list.
    const Journal *journal = turns->journal();
    for (const TurnRecord &t : journal->openTurns(turns->profile()))
        onEvents(t.sessionId, t.id, journal->events(t.id));
    connect(turns, &TurnManager::eventsReceived, this,
            [this](const QString &sid, qint64 turn, const QString &, const QList<TurnEvent> &events) {
                onEvents(sid, turn, events);
            });
    connect(turns, &TurnManager::turnFinished, this, [this](const QString &, qint64 turn) {
        m_openToolUse.remove(turn);
        removeWhere([turn](const PendingToolCall &c) { return c.turnId == turn; });
    });
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
    case Qt::DisplayRole: return tr("%1(%2)").arg(c.name, c.arguments);
    case SessionIdRole: return c.sessionId;
    case TurnIdRole: return c.turnId;
    case ToolCallIdRole: return c.toolCallId;
    case NameRole: return c.name;
    case ArgumentsRole: return c.arguments;
    case ReceivedAtRole: return c.receivedAt;
    case DeadlineRole: return c.deadline();
    case ExpiredRole: return c.isExpired(QDateTime::currentMSecsSinceEpoch());
    case StateRole: return int(c.state);
    case DraftRole: return c.draft;
    case MessageRole: return c.message;
    default: return {};
    }
}

QHash<int, QByteArray> PendingToolCallModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"}, {TurnIdRole, "turnId"},     {ToolCallIdRole, "toolCallId"},
            {NameRole, "name"},           {ArgumentsRole, "arguments"}, {ReceivedAtRole, "receivedAt"},
            {DeadlineRole, "deadline"},   {ExpiredRole, "expired"},    {StateRole, "state"},
            {DraftRole, "draft"},         {MessageRole, "message"}};
}

int PendingToolCallModel::rowOf(const QString &toolCallId) const
{
    for (qsizetype i = 0; i < m_calls.size(); ++i)
        if (m_calls.at(i).toolCallId == toolCallId)
            return int(i);
    return -1;
}

void PendingToolCallModel::markAnswered(const QString &toolCallId)
{
    removeWhere([&toolCallId](const PendingToolCall &c) { return c.toolCallId == toolCallId; });
}

void PendingToolCallModel::setState(const QString &toolCallId, PendingToolCall::State state, const QString &message)
{
    const int row = rowOf(toolCallId);
    if (row < 0)
        return;
    m_calls[row].state = state;
    m_calls[row].message = message;
    Q_EMIT dataChanged(index(row), index(row), {StateRole, MessageRole});
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
        } else if (e.type == u"tool_call.requested") {
            const QString callId = e.data.value(u"tool_call_id").toString();
            if (callId.isEmpty() || rowOf(callId) >= 0)
                continue;
            const int row = int(m_calls.size());
            beginInsertRows({}, row, row);
            PendingToolCall c;
            c.sessionId = sessionId;
            c.turnId = turnId;
            c.toolCallId = callId;
            c.toolUseId = m_openToolUse.value(turnId);
            c.name = e.data.value(u"name").toString();
            c.arguments = e.data.value(u"arguments").toString();
            c.receivedAt = e.receivedAt ? e.receivedAt : QDateTime::currentMSecsSinceEpoch();
            m_calls.append(c);
            endInsertRows();
            Q_EMIT countChanged(rowCount());
        } else if (e.type == u"tool_result") {
            // The result of the tool_use a call belongs to: answered, from here or elsewhere.
            const QString toolUse = e.data.value(u"id").toString();
            removeWhere([&](const PendingToolCall &c) {
                return c.turnId == turnId && !c.toolUseId.isEmpty() && c.toolUseId == toolUse;
            });
        } else if (e.isTerminal()) {
            removeWhere([turnId](const PendingToolCall &c) { return c.turnId == turnId; });
        }
    }
}

void PendingToolCallModel::removeWhere(const std::function<bool(const PendingToolCall &)> &settled)
{
    bool removed = false;
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        if (!settled(m_calls.at(i)))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_calls.removeAt(i);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT countChanged(rowCount());
}

} // namespace pokee
