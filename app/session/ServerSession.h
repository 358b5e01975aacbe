#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QJsonDocument;

namespace pokee {

// What the server says about one session (an item of GET /v1/sessions or the answer to
// GET /v1/sessions/{id}), read defensively: a field of the wrong type counts as absent, a
// time outside 1970..9999 or a ttl beyond ten years is clamped or dropped, so nothing
// downstream overflows or trusts a shape the server never promised.
struct ServerSession
{
    // Ten years: the longest ttl we keep, so ttl * 1000 + a time never overflows.
    static constexpr qint64 MaxTtlSeconds = qint64(10) * 365 * 86400;

    QString id;                     // empty when the body names none
    bool busy = false;
    std::optional<bool> persistent; // absent: keep what we knew
    std::optional<qint64> ttlSeconds;
    std::optional<QJsonObject> metadata;
    qint64 createdAtMs = 0;         // 0: not said (or not a time)
    qint64 lastActiveAtMs = 0;
    QString currentResponseId;      // only while busy

    static ServerSession fromJson(const QJsonObject &o);
    // The items of a list answer ({"data": [...]}) that name a session; the rest are skipped.
    static QList<ServerSession> listFromJson(const QJsonDocument &doc);
};

} // namespace pokee
