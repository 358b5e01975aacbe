#pragma once

#include "Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace pokee::emu {

class ScriptedAgent;
class Turn;

struct IdempotentPost
{
    QByteArray bodyHash;
    QString responseId;
};

struct EmuSession
{
    QString id;
    bool persistent = false;
    qint64 ttlSeconds = 0;  // 0: no limit given
    qint64 createdMs = 0;    // unix milliseconds
    qint64 lastActiveMs = 0; // the last message or response
    QJsonObject metadata;
    QJsonArray tools;       // normalised to the flat shape
    QPointer<Turn> current; // the running turn, if any
    QHash<QString, IdempotentPost> idempotency; // Idempotency-Key -> original POST
    Workspace workspace;
    QHash<QString, QPointer<ScriptedAgent>> pendingToolCalls; // tool_call_id -> suspended agent

    bool busy() const;
    void touch();
    QJsonObject toJson() const;
};

// The emulator's sessions, by id.
class SessionStore
{
public:
    EmuSession &create(bool persistent, qint64 ttlSeconds, const QJsonArray &tools);
    EmuSession *find(const QString &id);
    bool remove(const QString &id);
    QList<EmuSession *> all();
    qsizetype count() const { return m_sessions.size(); }

    static QString newId(const QString &prefix);

private:
    QHash<QString, EmuSession> m_sessions;
};

} // namespace pokee::emu
