#pragma once

#include "tools/RuleRunner.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pokee {

// One automatic answer, as the audit log keeps it.
struct AuditEntry
{
    qint64 atMs = 0;
    QString profile;
    QString sessionId;   // empty for the stateless endpoint
    QString toolCallId;
    QString tool;
    QString arguments;
    QString output;
    bool isError = false;
    int ruleIndex = -1;  // in the rules file, 0-based
    QString rule;        // ToolRule::summary()
    int exitStatus = 0;
    QString detail;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &o);
    // An answer a rule gave, now: what both the session rules and the stateless loop record.
    static AuditEntry ofAnswer(const QString &profile, const QString &sessionId, const QString &toolCallId,
                               const QString &tool, const QString &arguments, const RuleAnswer &answer,
                               int ruleIndex, const QString &rule, const QString &detail);
};

// Every answer a rule gave, one JSON object per line in a file per profile: appended, never
// rewritten, so what the rules did stays readable with any tool. Lines that cannot be read
// (a crash mid-write) are skipped, never fatal.
class AuditLog
{
public:
    explicit AuditLog(const QString &path);

    // The file of a profile, in the user's data folder.
    static QString pathFor(const QString &profileStorageId);

    QString path() const { return m_path; }
    // An empty string on success, else why it failed.
    QString append(const AuditEntry &entry);
    QList<AuditEntry> entries() const;

private:
    QString m_path;
};

} // namespace pokee
