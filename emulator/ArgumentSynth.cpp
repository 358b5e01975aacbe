#include "ArgumentSynth.h"

#include <QRegularExpression>

namespace pokee::emu::ArgumentSynth {

namespace {

QString placeName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\b(?:in|at|for|near|of)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*))"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QJsonValue valueFor(const QString &name, const QJsonObject &schema, const QString &text)
{
    const QString type = schema.value(u"type").toString();
    if (schema.value(u"enum").isArray() && !schema.value(u"enum").toArray().isEmpty())
        return schema.value(u"enum").toArray().first();
    if (schema.contains(u"default"))
        return schema.value(u"default");
    if (type == u"integer")
        return qMax(1, schema.value(u"minimum").toInt(1));
    if (type == u"number")
        return qMax(1.0, schema.value(u"minimum").toDouble(1.0));
    if (type == u"boolean")
        return true;
    if (type == u"array")
        return QJsonArray();
    if (type == u"object")
        return fromSchema(schema, text);
    // A string (or an untyped value).
    const QString lower = name.toLower();
    if (lower.contains(u"location") || lower.contains(u"city") || lower.contains(u"place") ||
        lower.contains(u"country")) {
        const QString place = placeName(text);
        if (!place.isEmpty())
            return place;
    }
    if (lower.contains(u"query") || lower.contains(u"text") || lower.contains(u"question"))
        return text.left(200);
    return QStringLiteral("example-") + lower;
}

} // namespace

QJsonObject fromSchema(const QJsonObject &parameters, const QString &userText)
{
    QJsonObject out;
    const QJsonObject props = parameters.value(u"properties").toObject();
    QStringList wanted;
    for (const QJsonValue &r : parameters.value(u"required").toArray())
        wanted.append(r.toString());
    if (wanted.isEmpty())
        wanted = props.keys(); // nothing required: fill what is described
    for (const QString &name : wanted)
        out.insert(name, valueFor(name, props.value(name).toObject(), userText));
    return out;
}

qsizetype pickTool(const QJsonArray &flatTools, const QString &userText)
{
    static const QStringList generic = {QStringLiteral("get"), QStringLiteral("set"), QStringLiteral("list"),
                                        QStringLiteral("fetch"), QStringLiteral("lookup"), QStringLiteral("find"),
                                        QStringLiteral("current"), QStringLiteral("tool"), QStringLiteral("run")};
    const QString lower = userText.toLower();
    for (qsizetype i = 0; i < flatTools.size(); ++i) {
        const QString name = flatTools.at(i).toObject().value(u"name").toString().toLower();
        if (name.isEmpty())
            continue;
        if (lower.contains(name))
            return i;
        for (const QString &word : name.split(QRegularExpression(QStringLiteral("[_\\-. ]+")), Qt::SkipEmptyParts)) {
            if (word.size() >= 3 && !generic.contains(word) && lower.contains(word))
                return i;
        }
    }
    return -1;
}

QJsonObject flattenTool(const QJsonObject &tool)
{
    if (tool.value(u"type").toString() != u"function")
        return {};
    const QJsonObject fn = tool.value(u"function").isObject() ? tool.value(u"function").toObject() : tool;
    if (!fn.value(u"name").isString() || fn.value(u"name").toString().isEmpty())
        return {};
    return {{QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("name"), fn.value(u"name")},
            {QStringLiteral("description"), fn.value(u"description").toString()},
            {QStringLiteral("parameters"), fn.value(u"parameters").toObject()}};
}

} // namespace pokee::emu::ArgumentSynth
