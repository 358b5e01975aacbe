#include "StatelessModel.h"

#include "AgentScript.h"
#include "ArgumentSynth.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>

namespace pokee::emu::StatelessModel {

namespace {

const QString ModelName = QStringLiteral("pokee-emulator-1");

QJsonArray flatTools(const QJsonObject &request)
{
    QJsonArray out;
    for (const QJsonValue &t : request.value(u"tools").toArray())
        out.append(ArgumentSynth::flattenTool(t.toObject()));
    return out;
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject p = part.toObject();
        if (p.value(u"text").isString())
            text += p.value(u"text").toString();
    }
    return text;
}

int maxOutputTokens(const QJsonObject &r)
{
    if (r.contains(u"max_output_tokens"))
        return r.value(u"max_output_tokens").toInt();
    if (r.contains(u"max_tokens"))
        return r.value(u"max_tokens").toInt();
    return DefaultMaxOutputTokens;
}

QJsonObject baseResponse(const QJsonObject &r, const QString &id, qint64 createdAt)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("response")},
                  {QStringLiteral("created_at"), createdAt},
                  {QStringLiteral("model"), r.value(u"model").isString() ? r.value(u"model").toString() : ModelName},
                  {QStringLiteral("tool_choice"), r.contains(u"tool_choice") ? r.value(u"tool_choice")
                                                                             : QJsonValue(QStringLiteral("auto"))},
                  {QStringLiteral("parallel_tool_calls"), true},
                  {QStringLiteral("max_output_tokens"), maxOutputTokens(r)},
                  {QStringLiteral("tools"), flatTools(r)}};
    for (const char *echoed : {"metadata", "instructions", "temperature", "top_p"}) {
        const QString key = QString::fromLatin1(echoed);
        if (r.contains(key))
            o.insert(key, r.value(key));
    }
    return o;
}

bool isNumberIn(const QJsonValue &v, double low, double high)
{
    return v.isDouble() && v.toDouble() >= low && v.toDouble() <= high;
}

} // namespace

QString validate(const QJsonObject &r)
{
    if (r.value(u"stream").toBool())
        return QStringLiteral("stream: true is not yet supported; set it to false or omit it.");
    const QJsonValue input = r.value(u"input");
    if (!input.isString() && !input.isArray())
        return QStringLiteral("'input' is required and must be a string or an array of items.");
    for (const QJsonValue &item : input.toArray()) {
        const QJsonObject o = item.toObject();
        const QString type = o.value(u"type").toString();
        if (!item.isObject())
            return QStringLiteral("Every item of 'input' must be an object.");
        if (type == u"function_call") {
            if (!o.value(u"call_id").isString() || !o.value(u"name").isString())
                return QStringLiteral("A function_call item needs 'call_id' and 'name'.");
        } else if (type == u"function_call_output") {
            if (!o.value(u"call_id").isString())
                return QStringLiteral("A function_call_output item needs 'call_id'.");
        } else if (type.isEmpty() || type == u"message") {
            if (!o.value(u"role").isString())
                return QStringLiteral("A message item needs a 'role'.");
        } else {
            return QStringLiteral("Unknown input item type '%1'.").arg(type);
        }
    }
    if (r.contains(u"model") && !r.value(u"model").isString())
        return QStringLiteral("'model' must be a string.");
    if (r.contains(u"instructions") && !r.value(u"instructions").isString())
        return QStringLiteral("'instructions' must be a string.");
    if (r.contains(u"tools") && !r.value(u"tools").isArray())
        return QStringLiteral("'tools' must be an array.");
    QStringList names;
    for (const QJsonValue &t : r.value(u"tools").toArray()) {
        const QJsonObject tool = t.toObject();
        if (tool.value(u"type").toString() != u"function")
            return QStringLiteral("Unknown tool type '%1'; only 'function' tools are supported.")
                .arg(tool.value(u"type").toString());
        const QJsonObject flat = ArgumentSynth::flattenTool(tool);
        if (flat.isEmpty())
            return QStringLiteral("Every function tool needs a 'name'.");
        names.append(flat.value(u"name").toString());
    }
    if (r.contains(u"tool_choice")) {
        const QJsonValue c = r.value(u"tool_choice");
        if (c.isString()) {
            const QString s = c.toString();
            if (s != u"auto" && s != u"none" && s != u"required")
                return QStringLiteral("'tool_choice' must be \"auto\", \"none\", \"required\" or {\"type\": \"function\", \"name\": ...}.");
            if (s == u"required" && names.isEmpty())
                return QStringLiteral("'tool_choice' is \"required\" but no tools were given.");
        } else if (c.isObject()) {
            const QJsonObject o = c.toObject();
            if (o.value(u"type").toString() != u"function" || !o.value(u"name").isString())
                return QStringLiteral("An object 'tool_choice' must be {\"type\": \"function\", \"name\": ...}.");
            if (!names.contains(o.value(u"name").toString()))
                return QStringLiteral("'tool_choice' names '%1', which is not among the tools.").arg(o.value(u"name").toString());
        } else {
            return QStringLiteral("'tool_choice' must be a string or an object.");
        }
    }
    for (const char *key : {"max_output_tokens", "max_tokens"}) {
        const QJsonValue v = r.value(QString::fromLatin1(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 1)
            return QStringLiteral("'%1' must be a positive integer.").arg(QString::fromLatin1(key));
        if (v.toInteger() > MaxOutputTokensCeiling)
            return QStringLiteral("'%1' is %2, over the ceiling of %3.")
                .arg(QString::fromLatin1(key)).arg(v.toInteger()).arg(MaxOutputTokensCeiling);
    }
    if (r.contains(u"temperature") && !isNumberIn(r.value(u"temperature"), 0, 2))
        return QStringLiteral("'temperature' must be a number from 0 to 2.");
    if (r.contains(u"top_p") && !isNumberIn(r.value(u"top_p"), 0, 1))
        return QStringLiteral("'top_p' must be a number from 0 to 1.");
    for (const char *key : {"stop", "stop_sequences"}) {
        const QJsonValue v = r.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isString() || v.isNull())
            continue;
        if (!v.isArray())
            return QStringLiteral("'%1' must be a string or an array of strings.").arg(QString::fromLatin1(key));
        for (const QJsonValue &s : v.toArray())
            if (!s.isString())
                return QStringLiteral("'%1' must be a string or an array of strings.").arg(QString::fromLatin1(key));
    }
    if (r.contains(u"metadata") && !r.value(u"metadata").isObject())
        return QStringLiteral("'metadata' must be an object.");
    return {};
}

QJsonObject respond(const QJsonObject &r, const QString &id, qint64 createdAt)
{
    QJsonObject response = baseResponse(r, id, createdAt);
    const QJsonArray tools = flatTools(r);
    const QJsonValue choice = r.value(u"tool_choice");
    const bool toolsOff = choice.toString() == u"none";

    // The conversation: the last user words, and the tool outputs given since.
    QString userText;
    QList<QPair<QString, QString>> outputs; // tool name, output
    QHash<QString, QString> callNames;      // call_id -> name
    qint64 inputChars = r.value(u"instructions").toString().size();
    if (r.value(u"input").isString()) {
        userText = r.value(u"input").toString();
        inputChars += userText.size();
    }
    for (const QJsonValue &v : r.value(u"input").toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(u"type").toString();
        inputChars += QJsonDocument(o).toJson(QJsonDocument::Compact).size();
        if (type == u"function_call") {
            callNames.insert(o.value(u"call_id").toString(), o.value(u"name").toString());
        } else if (type == u"function_call_output") {
            const QJsonValue out = o.value(u"output");
            outputs.append({callNames.value(o.value(u"call_id").toString(), QStringLiteral("the tool")),
                            out.isString() ? out.toString()
                                           : QString::fromUtf8(QJsonDocument::fromVariant(out.toVariant()).toJson(QJsonDocument::Compact))});
        } else if (o.value(u"role").toString() == u"user") {
            userText = contentText(o.value(u"content"));
            outputs.clear(); // outputs answer calls made after the last user message
        }
    }

    QJsonArray output;
    QString stopReason = QStringLiteral("end_turn");
    qint64 outputChars = 0;
    qsizetype toolIndex = -1;
    // [[calls=N]] in the user's words: the model calls a tool N times in a row (one per
    // answer) before it answers in text; one by default.
    static const QRegularExpression callsDirective(QStringLiteral("\\[\\[calls=(\\d{1,2})\\]\\]"));
    const QRegularExpressionMatch calls = callsDirective.match(userText);
    const qsizetype callsWanted = calls.hasMatch() ? calls.captured(1).toInt() : 1;
    if (!toolsOff && !tools.isEmpty() && outputs.size() < callsWanted) {
        if (choice.isObject()) {
            for (qsizetype i = 0; i < tools.size(); ++i)
                if (tools.at(i).toObject().value(u"name") == choice.toObject().value(u"name"))
                    toolIndex = i;
        } else {
            toolIndex = ArgumentSynth::pickTool(tools, userText);
            if (toolIndex < 0 && choice.toString() == u"required")
                toolIndex = 0;
        }
    }
    if (toolIndex >= 0) {
        const QJsonObject tool = tools.at(toolIndex).toObject();
        const QJsonObject args = ArgumentSynth::fromSchema(tool.value(u"parameters").toObject(), userText);
        const QString arguments = QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
        outputChars += arguments.size();
        output.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                  {QStringLiteral("id"), QStringLiteral("fc_") + AgentScript::derivedId(id + QStringLiteral("fc"), 24)},
                                  {QStringLiteral("call_id"), QStringLiteral("toolu_") + AgentScript::derivedId(id + QStringLiteral("call"), 24)},
                                  {QStringLiteral("name"), tool.value(u"name")},
                                  {QStringLiteral("arguments"), arguments},
                                  {QStringLiteral("status"), QStringLiteral("completed")}});
        stopReason = QStringLiteral("tool_use");
    } else {
        QString text;
        if (!outputs.isEmpty()) {
            for (const auto &[name, out] : outputs)
                text += QStringLiteral("%1 returned %2. ").arg(name, out);
            text += QStringLiteral("So, to answer \"%1\": based on those results, it is as the tool reported.").arg(userText);
        } else {
            text = QStringLiteral("This is the scripted model of pokee-emulator. You said: \"%1\".").arg(userText);
        }
        // Stop sequences and the token ceiling cut the text, as a model would.
        QStringList stops;
        for (const char *key : {"stop", "stop_sequences"}) {
            const QJsonValue v = r.value(QString::fromLatin1(key));
            if (v.isString())
                stops.append(v.toString());
            for (const QJsonValue &s : v.toArray())
                stops.append(s.toString());
        }
        for (const QString &stop : stops) {
            const qsizetype at = stop.isEmpty() ? -1 : text.indexOf(stop);
            if (at >= 0) {
                text.truncate(at);
                stopReason = QStringLiteral("stop_sequence");
            }
        }
        const qsizetype maxChars = qsizetype(maxOutputTokens(r)) * 4;
        if (text.size() > maxChars) {
            text.truncate(maxChars);
            stopReason = QStringLiteral("max_tokens");
            response.insert(QStringLiteral("incomplete_details"),
                            QJsonObject{{QStringLiteral("reason"), QStringLiteral("max_output_tokens")}});
        }
        outputChars += text.size();
        output.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("id"), QStringLiteral("msg_") + AgentScript::derivedId(id + QStringLiteral("msg"), 24)},
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                                               {QStringLiteral("text"), text},
                                                               {QStringLiteral("annotations"), QJsonArray()}}}}});
    }
    const qint64 inputTokens = qMax<qint64>(1, inputChars / 4);
    const qint64 outputTokens = qMax<qint64>(1, outputChars / 4);
    response.insert(QStringLiteral("status"), stopReason == u"max_tokens" ? QStringLiteral("incomplete")
                                                                          : QStringLiteral("completed"));
    response.insert(QStringLiteral("output"), output);
    response.insert(QStringLiteral("stop_reason"), stopReason);
    response.insert(QStringLiteral("usage"),
                    QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                {QStringLiteral("input_tokens_details"),
                                 QJsonObject{{QStringLiteral("cached_tokens"), 0}, {QStringLiteral("cache_creation_tokens"), 0}}},
                                {QStringLiteral("output_tokens"), outputTokens},
                                {QStringLiteral("total_tokens"), inputTokens + outputTokens}});
    return response;
}

QJsonObject cancelled(const QJsonObject &r, const QString &id, qint64 createdAt)
{
    QJsonObject response = baseResponse(r, id, createdAt);
    response.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    response.insert(QStringLiteral("output"), QJsonArray());
    response.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 0},
                                                          {QStringLiteral("output_tokens"), 0},
                                                          {QStringLiteral("total_tokens"), 0}});
    return response;
}

} // namespace pokee::emu::StatelessModel
