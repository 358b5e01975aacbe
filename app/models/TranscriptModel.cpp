#include "models/TranscriptModel.h"

#include "stream/ToolCallRequest.h"

#include <QJsonDocument>

namespace pokee {

using Kind = TranscriptBlock::Kind;

namespace {
TranscriptBlock makeBlock(Kind kind, const QString &responseId, const QString &text = {})
{
    TranscriptBlock b;
    b.kind = kind;
    b.responseId = responseId;
    b.text = text;
    return b;
}

TranscriptBlock rawBlock(const QString &responseId, const TurnEvent &e)
{
    TranscriptBlock b = makeBlock(Kind::Raw, responseId, QString::fromUtf8(e.rawData));
    b.toolName = e.type; // the event type, shown with the raw data
    return b;
}
} // namespace

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) {}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptBlock &b = m_blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return b.text;
    case KindRole: return int(b.kind);
    case OpenRole: return b.open;
    case ResponseIdRole: return b.responseId;
    case ToolIdRole: return b.toolId;
    case ToolNameRole: return b.toolName;
    case ToolInputRole: return b.toolInput;
    case ToolResultRole: return b.toolResult;
    case ToolErrorRole: return b.toolError;
    case ToolHasResultRole: return b.toolHasResult;
    case StatusRole: return b.status;
    case UsageRole: return b.usage;
    default: return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {{KindRole, "kind"},           {TextRole, "text"},
            {OpenRole, "open"},           {ResponseIdRole, "responseId"},
            {ToolIdRole, "toolId"},       {ToolNameRole, "toolName"},
            {ToolInputRole, "toolInput"}, {ToolResultRole, "toolResult"},
            {ToolErrorRole, "toolError"}, {ToolHasResultRole, "toolHasResult"},
            {StatusRole, "status"},       {UsageRole, "usage"}};
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_blocks.clear();
    m_toolRows.clear();
    m_callByToolUse.clear();
    m_waitingCalls.clear();
    m_keyedNotices.clear();
    m_openText = m_openThinking = m_openTool = -1;
    endResetModel();
}

void TranscriptModel::swapContents(TranscriptModel &other)
{
    beginResetModel();
    other.beginResetModel();
    m_blocks.swap(other.m_blocks);
    std::swap(m_openText, other.m_openText);
    std::swap(m_openThinking, other.m_openThinking);
    std::swap(m_openTool, other.m_openTool);
    m_toolRows.swap(other.m_toolRows);
    m_callByToolUse.swap(other.m_callByToolUse);
    m_waitingCalls.swap(other.m_waitingCalls);
    m_keyedNotices.swap(other.m_keyedNotices);
    other.endResetModel();
    endResetModel();
}

int TranscriptModel::appendBlock(TranscriptBlock block)
{
    const int row = int(m_blocks.size());
    beginInsertRows({}, row, row);
    m_blocks.append(std::move(block));
    endInsertRows();
    return row;
}

void TranscriptModel::changed(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::appendPrompt(const QString &prompt)
{
    m_openText = m_openThinking = m_openTool = -1;
    appendBlock(makeBlock(Kind::UserPrompt, {}, prompt));
}

void TranscriptModel::appendNotice(const QString &text)
{
    appendBlock(makeBlock(Kind::Notice, {}, text));
}

void TranscriptModel::setNotice(const QString &key, const QString &text)
{
    const auto it = m_keyedNotices.constFind(key);
    if (it == m_keyedNotices.cend()) {
        m_keyedNotices.insert(key, appendBlock(makeBlock(Kind::Notice, {}, text)));
        return;
    }
    if (m_blocks.at(*it).text == text)
        return;
    m_blocks[*it].text = text;
    changed(*it);
}

int TranscriptModel::openBlock(Kind kind, const QString &responseId)
{
    TranscriptBlock b = makeBlock(kind, responseId);
    b.open = true;
    return appendBlock(std::move(b));
}

int &TranscriptModel::openRow(Kind kind)
{
    return kind == Kind::Text ? m_openText : kind == Kind::Thinking ? m_openThinking : m_openTool;
}

void TranscriptModel::closeOpen(Kind kind)
{
    int &row = openRow(kind);
    if (row >= 0) {
        m_blocks[row].open = false;
        changed(row);
        row = -1;
    }
}

int TranscriptModel::findTool(const QString &toolId) const
{
    return m_toolRows.value(toolId, -1);
}

void TranscriptModel::applyEvent(const QString &responseId, const TurnEvent &e)
{
    const QString &t = e.type;
    const QJsonObject &d = e.data;
    if (!e.dataIsJson && !e.rawData.isEmpty() && t != u"message.created") {
        // Not JSON: keep it raw and flagged; the stream goes on.
        appendBlock(rawBlock(responseId, e));
        return;
    }
    if (t == u"message.created") {
        return;
    } else if (t == u"text.start" || t == u"thinking.start") {
        const Kind kind = t == u"text.start" ? Kind::Text : Kind::Thinking;
        closeOpen(kind);
        openRow(kind) = openBlock(kind, responseId);
    } else if (t == u"text.delta" || t == u"thinking.delta") {
        const Kind kind = t == u"text.delta" ? Kind::Text : Kind::Thinking;
        int &row = openRow(kind);
        if (row < 0) // a delta without its start: the block opens anyway
            row = openBlock(kind, responseId);
        m_blocks[row].text += d.value(u"content").toString();
        changed(row);
    } else if (t == u"text.stop") {
        closeOpen(Kind::Text);
    } else if (t == u"thinking.stop") {
        closeOpen(Kind::Thinking);
    } else if (t == u"tool_use.start") {
        closeOpen(Kind::ToolUse);
        m_openTool = openBlock(Kind::ToolUse, responseId);
        TranscriptBlock &b = m_blocks[m_openTool];
        b.toolId = d.value(u"id").toString();
        b.toolName = d.value(u"name").toString();
        m_toolRows.insert(b.toolId, m_openTool);
        changed(m_openTool);
    } else if (t == u"tool_use.input_delta") {
        if (m_openTool >= 0) {
            m_blocks[m_openTool].toolInput += d.value(u"content").toString();
            changed(m_openTool);
        }
    } else if (t == u"tool_use.executing") {
        int row = findTool(d.value(u"id").toString());
        if (row < 0)
            row = m_openTool;
        if (row >= 0) {
            const QJsonValue input = d.value(u"input");
            m_blocks[row].toolInput =
                input.isString() ? input.toString()
                                 : QString::fromUtf8(QJsonDocument(input.toObject()).toJson());
            changed(row);
        }
    } else if (t == u"tool_use.stop") {
        closeOpen(Kind::ToolUse);
    } else if (t == u"tool_result") {
        const int row = findTool(d.value(u"id").toString());
        const QJsonValue content = d.value(u"content");
        const QString text = content.isString() ? content.toString()
                                                : QString::fromUtf8(QJsonDocument::fromVariant(
                                                      content.toVariant()).toJson());
        if (row >= 0) {
            TranscriptBlock &b = m_blocks[row];
            b.toolResult = text;
            b.toolError = d.value(u"is_error").toBool();
            b.toolHasResult = true;
            changed(row);
            // The result of a tool the user was asked to run: that call is settled.
            const int call = m_callByToolUse.value(b.toolId, -1);
            if (call >= 0 && m_blocks[call].open) {
                m_blocks[call].open = false;
                m_blocks[call].status = b.toolError ? QStringLiteral("failed") : QStringLiteral("answered");
                m_blocks[call].toolResult = text;
                m_waitingCalls.removeOne(call);
                changed(call);
            }
        }
    } else if (const std::optional<ToolCallRequest> request = ToolCallRequest::from(e)) {
        TranscriptBlock call = makeBlock(Kind::ToolCall, responseId);
        call.open = true;
        call.toolId = request->toolCallId;
        call.toolName = request->name;
        call.toolInput = request->arguments;
        call.status = QStringLiteral("waiting");
        if (m_openTool >= 0)
            call.toolUseId = m_blocks.at(m_openTool).toolId;
        const QString callId = call.toolId;
        const QString toolUseId = call.toolUseId;
        const int row = appendBlock(std::move(call));
        m_toolRows.insert(callId, row);
        if (!toolUseId.isEmpty())
            m_callByToolUse.insert(toolUseId, row);
        m_waitingCalls.append(row);
    } else if (e.isTerminal()) {
        // What settled the calls still waiting, and the tools still without a result: the
        // turn was cancelled, or it ended without them (a timeout ends it with an error too).
        const QString unanswered = t == u"message.cancelled" ? QStringLiteral("cancelled") : QStringLiteral("expired");
        for (int call : std::as_const(m_waitingCalls)) {
            m_blocks[call].open = false;
            m_blocks[call].status = unanswered;
            changed(call);
        }
        m_waitingCalls.clear();
        closeOpen(Kind::Text);
        closeOpen(Kind::Thinking);
        closeOpen(Kind::ToolUse);
        for (qsizetype row = m_blocks.size() - 1; row >= 0 && m_blocks.at(row).kind != Kind::UserPrompt; --row) {
            TranscriptBlock &b = m_blocks[row];
            if (b.kind == Kind::ToolUse && !b.toolHasResult && b.status.isEmpty()) {
                b.status = t == u"message.cancelled" ? QStringLiteral("cancelled") : QStringLiteral("ended");
                changed(int(row));
            }
        }
        TranscriptBlock status = makeBlock(Kind::Status, responseId);
        if (t == u"message.completed") {
            status.status = QStringLiteral("completed");
            status.usage = d.value(u"usage").toObject();
        } else if (t == u"message.cancelled") {
            status.status = QStringLiteral("cancelled");
        } else {
            status.status = QStringLiteral("error");
            status.text = d.value(u"error").toString();
        }
        appendBlock(std::move(status));
    } else {
        // An event type this version does not know: shown raw, never dropped.
        appendBlock(rawBlock(responseId, e));
    }
}

QString TranscriptModel::lastAnswerText() const
{
    QString answer;
    for (qsizetype i = m_blocks.size() - 1; i >= 0; --i) {
        const TranscriptBlock &b = m_blocks.at(i);
        if (b.kind == Kind::UserPrompt)
            break;
        if (b.kind == Kind::Text)
            answer.prepend(b.text);
    }
    return answer;
}

} // namespace pokee
