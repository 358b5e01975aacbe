#pragma once

#include <QJsonObject>
#include <QString>

namespace pokee {

// A turn as the journal keeps it. `state` uses TurnStream's state names in lower case.
struct TurnRecord
{
    qint64 id = 0; // local, the journal's
    QString sessionId;
    QString prompt;
    QString idempotencyKey;
    QString responseId; // empty until X-Response-Id arrived
    QString state;      // posting, streaming, reconnecting, paused, completed, cancelled, failed, expired
    qint64 lastSeq = -1;
    QJsonObject usage;
    QString error;
    qint64 createdAt = 0;  // unix ms
    qint64 finishedAt = 0; // unix ms, 0 while open
    QString profile;       // the endpoint it runs against; '' for turns of schema 1 without a session
    QByteArray display;    // DisplayEvents::encode() of a finished turn; only from turnsForDisplay()

    bool isOpen() const
    {
        return state != u"completed" && state != u"cancelled" && state != u"failed" && state != u"expired";
    }
};

struct SessionRecord
{
    QString id;
    QString profile;
    QString title;
    qint64 createdAt = 0; // unix ms
    qint64 lastActiveAt = 0;
    // Schema 3: what the list shows between runs.
    bool customTitle = false; // renamed by the user: the first prompt no longer names it
    int persistent = -1;      // -1 unknown, 0 no, 1 yes (from create or the server)
    qint64 ttlSeconds = 0;    // 0 unknown or none
    bool ended = false;       // the server answered 404: read-only, local transcript only
    bool unread = false;      // a turn finished while another session was shown
    QJsonObject metadata;     // the server's last metadata
    qint64 lastResponseAt = 0; // unix ms: when the last turn ended

    static SessionRecord make(const QString &id, const QString &profile, const QString &title = {},
                              qint64 createdAt = 0, qint64 lastActiveAt = 0)
    {
        SessionRecord r;
        r.id = id;
        r.profile = profile;
        r.title = title;
        r.createdAt = createdAt;
        r.lastActiveAt = lastActiveAt;
        return r;
    }
};

} // namespace pokee
