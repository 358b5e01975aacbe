#include "tools/RuleSet.h"

#include "tools/JsonErrors.h"
#include "tools/JsonPointer.h"
#include "tools/JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace pokee {

namespace {

QString actionName(ToolRule::Action a)
{
    switch (a) {
    case ToolRule::Action::Reply: return QStringLiteral("reply");
    case ToolRule::Action::Command: return QStringLiteral("command");
    case ToolRule::Action::Mcp: return QStringLiteral("mcp");
    case ToolRule::Action::Ask: break;
    }
    return QStringLiteral("ask");
}

} // namespace

bool ToolRule::matches(const QString &toolName, const QString &argumentsJson) const
{
    if (!enabled || (tool != u"*" && tool != toolName))
        return false;
    if (!hasMatch())
        return true;
    // Arguments that are not JSON match no pointer: such a call is asked about.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(argumentsJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QJsonValue at = resolvePointer(root, pointer);
    if (at.isUndefined())
        return false;
    // A string as it is, anything else as its JSON text.
    return regex.pattern().isEmpty() || regex.match(jsonText(at)).hasMatch();
}

QJsonObject ToolRule::toJson() const
{
    QJsonObject o{{QStringLiteral("tool"), tool}, {QStringLiteral("action"), actionName(action)}};
    if (hasMatch()) {
        QJsonObject m;
        if (!pointer.isEmpty())
            m.insert(QStringLiteral("pointer"), pointer);
        if (!regex.pattern().isEmpty())
            m.insert(QStringLiteral("regex"), regex.pattern());
        o.insert(QStringLiteral("match"), m);
    }
    if (action == Action::Reply)
        o.insert(QStringLiteral("template"), templateText);
    if (action == Action::Command) {
        o.insert(QStringLiteral("program"), program);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(arguments));
        if (!workingDirectory.isEmpty())
            o.insert(QStringLiteral("cwd"), workingDirectory);
        o.insert(QStringLiteral("timeout_s"), timeoutSeconds);
    }
    if (action == Action::Mcp) {
        o.insert(QStringLiteral("server"), server);
        if (!mcpTool.isEmpty())
            o.insert(QStringLiteral("mcp_tool"), mcpTool);
    }
    if (approve)
        o.insert(QStringLiteral("approve"), true);
    if (!enabled)
        o.insert(QStringLiteral("enabled"), false);
    return o;
}

QString ToolRule::summary() const
{
    QString s = tool;
    if (!pointer.isEmpty())
        s += u' ' + pointer;
    if (!regex.pattern().isEmpty())
        s += QStringLiteral(" ~ ") + regex.pattern();
    s += QStringLiteral(" → ") + actionName(action);
    if (action == Action::Command)
        s += u' ' + program;
    if (action == Action::Mcp)
        s += u' ' + server + (mcpTool.isEmpty() ? QString() : u'/' + mcpTool);
    if (approve)
        s += QStringLiteral(" (approve)");
    return s;
}

RuleSet::FileRead RuleSet::readFile(const QString &path, RuleSet &out, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << file.errorString();
        return FileRead::Unreadable;
    }
    return parse(file.readAll(), out, errors) ? FileRead::Ok : FileRead::Invalid;
}

bool RuleSet::parse(const QByteArray &json, RuleSet &out, QStringList &errors)
{
    const JsonCheck c = JsonCheck::parse(json);
    if (!c.ok) {
        errors << c.sentence();
        return false;
    }
    if (!c.document.isObject() || !c.document.object().value(u"rules").isArray()) {
        errors << QCoreApplication::translate("RuleSet", "a rules file is {\"rules\": [...]}");
        return false;
    }
    const QJsonArray all = c.document.object().value(u"rules").toArray();
    QList<ToolRule> read;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString where = QCoreApplication::translate("RuleSet", "rule %1").arg(i + 1);
        const QJsonObject o = all.at(i).toObject();
        if (!all.at(i).isObject()) {
            errors << QCoreApplication::translate("RuleSet", "%1: each rule is a JSON object").arg(where);
            continue;
        }
        ToolRule r;
        r.tool = o.value(u"tool").toString();
        if (r.tool.isEmpty())
            errors << QCoreApplication::translate("RuleSet", "%1: \"tool\" names a tool, or \"*\" for any").arg(where);
        if (o.contains(u"match")) {
            const QJsonObject m = o.value(u"match").toObject();
            r.pointer = m.value(u"pointer").toString();
            if (!isValidPointer(r.pointer))
                errors << QCoreApplication::translate("RuleSet", "%1: \"%2\" is not a JSON pointer (like /location or /items/0)").arg(where, r.pointer);
            if (m.contains(u"regex")) {
                r.regex = QRegularExpression(m.value(u"regex").toString());
                if (!r.regex.isValid())
                    errors << QCoreApplication::translate("RuleSet", "%1: the regex does not compile: %2").arg(where, r.regex.errorString());
            }
        }
        const QString action = o.value(u"action").toString(QStringLiteral("ask"));
        if (action == u"reply") {
            r.action = ToolRule::Action::Reply;
            if (!o.value(u"template").isString())
                errors << QCoreApplication::translate("RuleSet", "%1: a reply rule needs a \"template\" string").arg(where);
            r.templateText = o.value(u"template").toString();
        } else if (action == u"command") {
            r.action = ToolRule::Action::Command;
            r.program = o.value(u"program").toString();
            if (r.program.isEmpty())
                errors << QCoreApplication::translate("RuleSet", "%1: a command rule needs a \"program\" (run directly, without a shell)").arg(where);
            for (const QJsonValue &a : o.value(u"args").toArray())
                r.arguments << a.toString();
            if (o.contains(u"args") && !o.value(u"args").isArray())
                errors << QCoreApplication::translate("RuleSet", "%1: \"args\" is a list of strings").arg(where);
            r.workingDirectory = o.value(u"cwd").toString();
            r.timeoutSeconds = o.value(u"timeout_s").toInt(60);
            if (r.timeoutSeconds < 1 || r.timeoutSeconds > 3600)
                errors << QCoreApplication::translate("RuleSet", "%1: \"timeout_s\" is between 1 and 3600 seconds").arg(where);
        } else if (action == u"mcp") {
            r.action = ToolRule::Action::Mcp;
            r.server = o.value(u"server").toString();
            r.mcpTool = o.value(u"mcp_tool").toString();
            if (r.server.isEmpty())
                errors << QCoreApplication::translate("RuleSet", "%1: an mcp rule needs a \"server\" (see pokee mcp list)").arg(where);
        } else if (action != u"ask") {
            errors << QCoreApplication::translate("RuleSet", "%1: \"action\" is reply, command, mcp or ask (got \"%2\")").arg(where, action);
        }
        r.approve = o.value(u"approve").toBool(false);
        r.enabled = o.value(u"enabled").toBool(true);
        read.append(r);
    }
    if (!errors.isEmpty())
        return false;
    out.m_rules = read;
    return true;
}

QByteArray RuleSet::toJson() const
{
    QJsonArray all;
    for (const ToolRule &r : m_rules)
        all.append(r.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("rules"), all}}).toJson(QJsonDocument::Indented);
}

int RuleSet::match(const QString &toolName, const QString &argumentsJson) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).matches(toolName, argumentsJson))
            return int(i);
    return -1;
}

} // namespace pokee
