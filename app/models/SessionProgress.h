#pragma once

#include <QJsonObject>
#include <QString>

namespace pokee {

// What a session's metadata says about its progress: the workflow keys the vendor documents
// (`temasek_status`, any `*_status`) and any `progress*` key ("step 2 of 5", 80, 0.8).
struct SessionProgress
{
    QString text;     // "rendering · step 4 of 5"; empty when the metadata says nothing
    int percent = -1; // 0..100 when known

    bool isEmpty() const { return text.isEmpty() && percent < 0; }
    static SessionProgress of(const QJsonObject &metadata);
};

// When the server will destroy the session, in unix ms; 0 when it will not or we cannot
// tell. Persistent: `ttl` after creation. Otherwise 5 minutes after the last response, and
// never while a turn runs.
qint64 sessionExpiresAt(int persistent, qint64 ttlSeconds, qint64 createdAtMs, qint64 lastResponseMs, bool busy);

// "just now", "4 min ago", "3 h ago", "2 d ago"
QString relativeTime(qint64 thenMs, qint64 nowMs);
// "45 s", "4 min", "3 h 20 min", "2 d"
QString durationText(qint64 seconds);

} // namespace pokee
