#include "mcp/McpServerConfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pokee::mcp {

namespace {
QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString quoted(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\$`]"))))
        return arg;
    return u'\'' + QString(arg).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}
} // namespace

QByteArray McpServerConfig::definitionHash() const
{
    QJsonObject o = toJson();
    o.remove(QStringLiteral("enabled")); // switching it off and on again is not a new server
    o.remove(QStringLiteral("callTimeoutSeconds"));
    return QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

QString McpServerConfig::commandLine() const
{
    if (isHttp())
        return url;
    QStringList parts;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        parts << it.key() + u'=' + quoted(it.value());
    for (const QString &name : secretEnv)
        parts << name + QStringLiteral("=(from the keychain)");
    parts << quoted(command);
    for (const QString &a : args)
        parts << quoted(a);
    return parts.join(u' ');
}

QJsonObject McpServerConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("enabled"), enabled}};
    if (isHttp()) {
        o.insert(QStringLiteral("url"), url);
        if (!headers.isEmpty())
            o.insert(QStringLiteral("headers"), mapToJson(headers));
        if (!secretHeaders.isEmpty())
            o.insert(QStringLiteral("secretHeaders"), QJsonArray::fromStringList(secretHeaders));
    } else {
        o.insert(QStringLiteral("command"), command);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
        if (!workingDirectory.isEmpty())
            o.insert(QStringLiteral("cwd"), workingDirectory);
    }
    if (!env.isEmpty())
        o.insert(QStringLiteral("env"), mapToJson(env));
    if (!secretEnv.isEmpty())
        o.insert(QStringLiteral("secretEnv"), QJsonArray::fromStringList(secretEnv));
    if (callTimeoutSeconds > 0)
        o.insert(QStringLiteral("callTimeoutSeconds"), callTimeoutSeconds);
    return o;
}

McpServerConfig McpServerConfig::fromJson(const QJsonObject &o)
{
    McpServerConfig c;
    c.name = o.value(u"name").toString();
    c.command = o.value(u"command").toString();
    for (const QJsonValue &a : o.value(u"args").toArray())
        c.args << a.toString();
    c.workingDirectory = o.value(u"cwd").toString();
    c.url = o.value(u"url").toString();
    c.env = mapFromJson(o.value(u"env").toObject());
    c.headers = mapFromJson(o.value(u"headers").toObject());
    for (const QJsonValue &n : o.value(u"secretEnv").toArray())
        c.secretEnv << n.toString();
    for (const QJsonValue &n : o.value(u"secretHeaders").toArray())
        c.secretHeaders << n.toString();
    c.enabled = o.value(u"enabled").toBool(true);
    c.callTimeoutSeconds = o.value(u"callTimeoutSeconds").toInt();
    return c;
}

QString McpServerConfig::problemWithName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (valid.match(name).hasMatch())
        return {};
    return QCoreApplication::translate("McpServerConfig", "“%1” cannot name a server: use letters, digits, _ and - (at most 32), as it prefixes its tools' names")
        .arg(name);
}

bool McpServerConfig::looksSecret(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS$|AUTH|CREDENTIAL|COOKIE|PRIVATE"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

} // namespace pokee::mcp
