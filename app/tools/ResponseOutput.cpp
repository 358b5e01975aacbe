#include "tools/ResponseOutput.h"

#include <QJsonArray>

namespace pokee {

namespace {

qint64 tokenCount(const QJsonObject &usage, QStringView key)
{
    const QJsonValue v = usage.value(key);
    // A count is a non-negative whole number; anything else is unknown.
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15 ? qint64(v.toDouble()) : -1;
}

} // namespace

ResponseOutput ResponseOutput::fromJson(const QJsonObject &response)
{
    ResponseOutput out;
    for (const QJsonValue &v : response.value(u"output").toArray()) {
        const QJsonObject o = v.toObject();
        Item item;
        item.type = o.value(u"type").toString();
        if (item.type == u"function_call") {
            item.kind = Item::Kind::FunctionCall;
            item.callId = o.value(u"call_id").toString();
            item.name = o.value(u"name").toString();
            item.arguments = o.value(u"arguments").toString();
        } else {
            item.kind = item.type == u"message" ? Item::Kind::Message : Item::Kind::Other;
            for (const QJsonValue &p : o.value(u"content").toArray()) {
                const QJsonObject part = p.toObject();
                const QJsonValue text = part.value(u"text");
                if (!text.isString())
                    continue;
                item.textParts.append(text.toString());
                if (part.value(u"type").toString() == u"output_text")
                    item.outputText += text.toString();
            }
        }
        out.items.append(std::move(item));
    }
    const QJsonObject usage = response.value(u"usage").toObject();
    out.inputTokens = tokenCount(usage, u"input_tokens");
    out.outputTokens = tokenCount(usage, u"output_tokens");
    return out;
}

QList<ResponseOutput::Item> ResponseOutput::functionCalls() const
{
    QList<Item> calls;
    for (const Item &item : items)
        if (item.kind == Item::Kind::FunctionCall)
            calls.append(item);
    return calls;
}

} // namespace pokee
