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
};

} // namespace pokee
