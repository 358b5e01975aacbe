#include "tools/ToolSet.h"

#include "tools/JsonErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pokee {

QJsonObject ToolDefinition::toFlat() const
{
    return {{QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("parameters"), parameters}};
}

QJsonObject ToolDefinition::toLibraryEntry() const
{
    QJsonObject o = toFlat();
    if (!origin.isEmpty())
        o.insert(QStringLiteral("x-pokee-origin"), origin);
    return o;
}

QJsonObject ToolDefinition::toNested() const
{
    return {{QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("description"), description},
                                                     {QStringLiteral("parameters"), parameters}}}};
}

bool ToolSet::isValidName(const QString &name)
{
    // The function-name rule of the OpenAI shapes the API takes.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

bool ToolSet::fromArray(const QJsonArray &tools, ToolSet &out, QStringList &errors)
{
    QList<ToolDefinition> read;
    QSet<QString> names;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString where = QCoreApplication::translate("ToolSet", "tool %1").arg(i + 1);
        if (!tools.at(i).isObject()) {
            errors << QCoreApplication::translate("ToolSet", "%1: each tool is a JSON object").arg(where);
            continue;
        }
        QJsonObject t = tools.at(i).toObject();
        if (t.value(u"function").isObject()) // nested: the definition is inside
            t = t.value(u"function").toObject();
        else if (t.contains(u"type") && t.value(u"type").toString() != u"function")
            errors << QCoreApplication::translate("ToolSet", "%1: only \"type\": \"function\" tools are supported").arg(where);
        ToolDefinition d;
        d.origin = tools.at(i).toObject().value(u"x-pokee-origin").toObject();
        d.name = t.value(u"name").toString();
        d.description = t.value(u"description").toString();
        if (!isValidName(d.name))
            errors << QCoreApplication::translate("ToolSet", "%1: a name is 1 to 64 letters, digits, '_' or '-' (got \"%2\")").arg(where, d.name);
        else if (names.contains(d.name))
            errors << QCoreApplication::translate("ToolSet", "%1: the name \"%2\" is used twice").arg(where, d.name);
        names.insert(d.name);
        if (t.contains(u"parameters") && !t.value(u"parameters").isObject())
            errors << QCoreApplication::translate("ToolSet", "%1: \"parameters\" is a JSON Schema object").arg(where);
        d.parameters = t.value(u"parameters").isObject() ? t.value(u"parameters").toObject()
                                                         : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        if (d.parameters.contains(u"type") && d.parameters.value(u"type").toString() != u"object")
            errors << QCoreApplication::translate("ToolSet", "%1: the parameters' schema must have \"type\": \"object\"").arg(where);
        read.append(d);
    }
    if (!errors.isEmpty())
        return false;
    out.m_tools = read;
    return true;
}

bool ToolSet::parse(const QByteArray &json, ToolSet &out, QStringList &errors)
{
    const JsonCheck c = JsonCheck::parse(json);
    if (!c.ok) {
        errors << c.sentence();
        return false;
    }
    if (c.document.isArray())
        return fromArray(c.document.array(), out, errors);
    if (c.document.isObject() && c.document.object().value(u"tools").isArray())
        return fromArray(c.document.object().value(u"tools").toArray(), out, errors);
    errors << QCoreApplication::translate("ToolSet", "expected an array of tools, or an object with a \"tools\" array");
    return false;
}

QJsonArray ToolSet::toArray(Shape shape) const
{
    QJsonArray out;
    for (const ToolDefinition &t : m_tools)
        out.append(shape == Shape::Flat ? t.toFlat() : t.toNested());
    return out;
}

QJsonArray ToolSet::toLibraryArray() const
{
    QJsonArray out;
    for (const ToolDefinition &t : m_tools)
        out.append(t.toLibraryEntry());
    return out;
}

QByteArray ToolSet::toJson(Shape shape) const
{
    return QJsonDocument(toArray(shape)).toJson(QJsonDocument::Indented);
}

} // namespace pokee
