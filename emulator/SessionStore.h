#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace pokee::emu {

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
    qint64 createdAt = 0;   // unix seconds
    qint64 lastActiveAt = 0;
    QJsonObject metadata;
    QJsonArray tools;       // normalised to the flat shape
    QPointer<Turn> current; // the running turn, if any
    QHash<QString, IdempotentPost> idempotency; // Idempotency-Key -> original POST

    bool busy() const;
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

    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }
    static QString newId(const QString &prefix);

private:
    QHash<QString, EmuSession> m_sessions;
};

} // namespace pokee::emu
