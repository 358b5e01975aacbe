#include "tools/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimeZone>

namespace pokee {

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("tool_call_id"), toolCallId},
            {QStringLiteral("tool"), tool},
            {QStringLiteral("arguments"), arguments},
            {QStringLiteral("output"), output},
            {QStringLiteral("is_error"), isError},
            {QStringLiteral("rule_index"), ruleIndex},
            {QStringLiteral("rule"), rule},
            {QStringLiteral("exit_status"), exitStatus},
            {QStringLiteral("detail"), detail}};
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.atMs = QDateTime::fromString(o.value(u"time").toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    e.profile = o.value(u"profile").toString();
    e.sessionId = o.value(u"session_id").toString();
    e.toolCallId = o.value(u"tool_call_id").toString();
    e.tool = o.value(u"tool").toString();
    e.arguments = o.value(u"arguments").toString();
    e.output = o.value(u"output").toString();
    e.isError = o.value(u"is_error").toBool();
    e.ruleIndex = o.value(u"rule_index").toInt(-1);
    e.rule = o.value(u"rule").toString();
    e.exitStatus = o.value(u"exit_status").toInt();
    e.detail = o.value(u"detail").toString();
    return e;
}

AuditEntry AuditEntry::ofAnswer(const QString &profile, const QString &sessionId, const QString &toolCallId,
                                const QString &tool, const QString &arguments, const RuleAnswer &answer, int ruleIndex,
                                const QString &rule, const QString &detail)
{
    AuditEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.profile = profile;
    e.sessionId = sessionId;
    e.toolCallId = toolCallId;
    e.tool = tool;
    e.arguments = arguments;
    e.output = answer.output;
    e.isError = answer.isError;
    e.ruleIndex = ruleIndex;
    e.rule = rule;
    e.exitStatus = answer.exitCode;
    e.detail = detail;
    return e;
}

AuditLog::AuditLog(const QString &path) : m_path(path) {}

QString AuditLog::pathFor(const QString &profileStorageId)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/pokee-desktop/audit");
    QString stem = profileStorageId;
    for (QChar &c : stem)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return folder + u'/' + stem + QStringLiteral(".jsonl");
}

QString AuditLog::append(const AuditEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return QCoreApplication::translate("AuditLog", "The audit log %1 cannot be written: %2").arg(m_path, f.errorString());
    // One write of one line: a crash leaves whole lines and at most one torn last line.
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush())
        return QCoreApplication::translate("AuditLog", "The audit log %1 cannot be written: %2").arg(m_path, f.errorString());
    return {};
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out.append(AuditEntry::fromJson(doc.object()));
    }
    return out;
}

} // namespace pokee
