#include "session/ServerSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pokee {

namespace {

qint64 serverTimeMs(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    // Unix seconds between 1970 and 9999; anything else is no time at all.
    const double seconds = v.toDouble(-1);
    return v.isDouble() && seconds > 0 && seconds < 253402300800.0 ? qint64(seconds) * 1000 : 0;
}

} // namespace

ServerSession ServerSession::fromJson(const QJsonObject &o)
{
    ServerSession s;
    s.id = o.value(u"id").toString();
    s.busy = o.value(u"busy").toBool();
    if (o.value(u"persistent").isBool())
        s.persistent = o.value(u"persistent").toBool();
    if (o.value(u"ttl").isDouble()) {
        // toInteger() of a double beyond qint64 is 0, of NaN too: clamp the double first.
        const double ttl = o.value(u"ttl").toDouble();
        s.ttlSeconds = ttl > 0 ? qint64(qMin(ttl, double(MaxTtlSeconds))) : 0;
    }
    if (o.value(u"metadata").isObject())
        s.metadata = o.value(u"metadata").toObject();
    s.createdAtMs = serverTimeMs(o, u"created_at");
    s.lastActiveAtMs = serverTimeMs(o, u"last_active_at");
    if (s.busy)
        s.currentResponseId = o.value(u"current_response_id").toString();
    return s;
}

QList<ServerSession> ServerSession::listFromJson(const QJsonDocument &doc)
{
    QList<ServerSession> sessions;
    for (const QJsonValue &v : doc.object().value(u"data").toArray()) {
        ServerSession s = fromJson(v.toObject());
        if (!s.id.isEmpty())
            sessions.append(std::move(s));
    }
    return sessions;
}

} // namespace pokee
