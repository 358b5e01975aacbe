#include "mcp/McpImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace pokee::mcp {

namespace {

// ${env:NAME} from the environment; ${input:ID} left for the caller (found set).
QString substitute(const QString &value, const QProcessEnvironment &environment, bool *needsInput)
{
    static const QRegularExpression ref(QStringLiteral("\\$\\{(env|input):([^}]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = ref.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(from, m.capturedStart() - from);
        if (m.captured(1) == u"env")
            out += environment.value(m.captured(2));
        else
            *needsInput = true;
        from = m.capturedEnd();
    }
    return out + value.mid(from);
}

void readValues(const QJsonObject &values, const QString &server, const QString &what, const QProcessEnvironment &environment,
                QMap<QString, QString> &plain, QStringList &secretNames, McpImport &into)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        bool needsInput = false;
        const QString value = substitute(it.value().toString(), environment, &needsInput);
        if (needsInput) {
            secretNames << it.key();
            into.notes << McpImport::tr("%1: the %2 %3 is asked for when the server is used (VS Code's ${input:…}): give it with "
                             "pokee mcp secret %1 %3, or in Tools → MCP servers")
                              .arg(server, what, it.key());
        } else if (McpServerConfig::looksSecret(it.key())) {
            secretNames << it.key();
            into.secrets.insert(server + u'\n' + it.key(), value);
        } else {
            plain.insert(it.key(), value);
        }
    }
}

} // namespace

McpImport McpImport::fromJson(const QByteArray &json, const QProcessEnvironment &environment)
{
    McpImport out;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = tr("not a JSON object (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return out;
    }
    const QJsonObject root = doc.object();
    const bool vsCode = root.contains(u"servers") && !root.contains(u"mcpServers");
    const QJsonObject servers = vsCode ? root.value(u"servers").toObject() : root.value(u"mcpServers").toObject();
    if (servers.isEmpty()) {
        out.error = tr("no servers in it: expected \"mcpServers\" (Claude Desktop, Cursor, Cline) or \"servers\" (VS Code)");
        return out;
    }
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        McpServerConfig c;
        // A name with spaces or dots becomes one the API accepts as a tool prefix.
        c.name = QString(it.key()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_")).left(32);
        if (c.name != it.key())
            out.notes << tr("“%1” is named “%2” here (letters, digits, _ and - only)").arg(it.key(), c.name);
        const QString type = s.value(u"type").toString();
        bool needsInput = false;
        if (s.contains(u"url") || type == u"http" || type == u"sse" || type == u"streamableHttp") {
            c.url = substitute(s.value(u"url").toString(), environment, &needsInput);
            readValues(s.value(u"headers").toObject(), c.name, tr("header"), environment, c.headers, c.secretHeaders, out);
        } else if (s.contains(u"command")) {
            c.command = substitute(s.value(u"command").toString(), environment, &needsInput);
            for (const QJsonValue &a : s.value(u"args").toArray())
                c.args << substitute(a.toString(), environment, &needsInput);
            c.workingDirectory = substitute(s.value(u"cwd").toString(), environment, &needsInput);
        } else {
            out.notes << tr("%1: neither a command nor a url; not imported").arg(it.key());
            continue;
        }
        if (needsInput)
            out.notes << tr("%1: its command line or address asks for an ${input:…}, which only VS Code can fill in; edit it here")
                             .arg(c.name);
        readValues(s.value(u"env").toObject(), c.name, tr("variable"), environment, c.env, c.secretEnv, out);
        if (s.contains(u"envFile"))
            out.notes << tr("%1: its envFile (%2) is not read; add its variables here").arg(c.name, s.value(u"envFile").toString());
        c.enabled = !s.value(u"disabled").toBool(false);
        if (s.value(u"timeout").isDouble()) // Cline: seconds
            c.callTimeoutSeconds = s.value(u"timeout").toInt();
        if (s.contains(u"autoApprove"))
            out.notes << tr("%1: its autoApprove list is not carried over: approvals here are asked once per tool").arg(c.name);
        out.servers << c;
    }
    return out;
}

McpImport McpImport::byHand(const ByHand &entry)
{
    McpImport out;
    const QString name = entry.name.trimmed();
    if (const QString problem = McpServerConfig::problemWithName(name); !problem.isEmpty()) {
        out.error = problem;
        return out;
    }
    const QString target = entry.target.trimmed();
    const bool http = target.startsWith(u"http://", Qt::CaseInsensitive) || target.startsWith(u"https://", Qt::CaseInsensitive);
    if (target.isEmpty()) {
        out.error = tr("give the command that starts the server, or its http(s) address");
        return out;
    }
    QJsonObject server;
    QJsonObject values;
    const QStringList valueLines = entry.values.split(u'\n');
    for (int i = 0; i < valueLines.size(); ++i) {
        const QString line = valueLines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype at = line.indexOf(http ? u':' : u'=');
        if (at <= 0) {
            out.error = http ? tr("line %1 of the headers is not “Name: value”").arg(i + 1)
                             : tr("line %1 of the variables is not “NAME=VALUE”").arg(i + 1);
            return out;
        }
        values.insert(line.left(at).trimmed(), line.mid(at + 1).trimmed());
    }
    if (http) {
        if (!QUrl(target, QUrl::StrictMode).isValid()) {
            out.error = tr("%1 is not a valid address").arg(target);
            return out;
        }
        server.insert(QStringLiteral("url"), target);
        server.insert(QStringLiteral("headers"), values);
    } else {
        server.insert(QStringLiteral("command"), target);
        QJsonArray args;
        for (const QString &a : entry.arguments.split(u'\n'))
            if (!a.trimmed().isEmpty())
                args.append(a.trimmed());
        server.insert(QStringLiteral("args"), args);
        server.insert(QStringLiteral("env"), values);
        if (!entry.workingDirectory.trimmed().isEmpty())
            server.insert(QStringLiteral("cwd"), entry.workingDirectory.trimmed());
    }
    return fromJson(QJsonDocument(QJsonObject{{QStringLiteral("mcpServers"), QJsonObject{{name, server}}}}).toJson());
}

QStringList McpImport::knownApps()
{
    return {QStringLiteral("claude"), QStringLiteral("cursor"), QStringLiteral("vscode")};
}

QString McpImport::knownFile(const QString &app)
{
    const QString home = QDir::homePath();
#if defined(Q_OS_MACOS)
    const QString appSupport = home + QStringLiteral("/Library/Application Support");
#elif defined(Q_OS_WIN)
    const QString appSupport = qEnvironmentVariable("APPDATA");
#else
    const QString appSupport = qEnvironmentVariable("XDG_CONFIG_HOME", home + QStringLiteral("/.config"));
#endif
    if (app == u"claude")
        return QDir(appSupport).filePath(QStringLiteral("Claude/claude_desktop_config.json"));
    if (app == u"cursor")
        return QDir(home).filePath(QStringLiteral(".cursor/mcp.json"));
    if (app == u"vscode")
        return QDir(appSupport).filePath(QStringLiteral("Code/User/mcp.json"));
    return {};
}

} // namespace pokee::mcp
