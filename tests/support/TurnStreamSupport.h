#pragma once

// TurnStreamTest's canned turn: its events, headers, short retry waits, and a stream that
// keeps what it delivered.
#include "CannedHttpServer.h"

#include "api/ApiClient.h"
#include "stream/TurnStream.h"

#include <QObject>

#include <functional>

namespace pokee::test {

inline const QByteArray Rid = "msg_0123456789abcdef01234567";

inline QByteArray created(qint64 seq = 0)
{
    return CannedHttpServer::event(seq, "message.created", "{\"id\":\"" + Rid + "\",\"status\":\"in_progress\"}");
}
inline QByteArray delta(qint64 seq, const QByteArray &text)
{
    return CannedHttpServer::event(seq, "text.delta", "{\"content\":\"" + text + "\"}");
}
inline QByteArray completed(qint64 seq)
{
    return CannedHttpServer::event(seq, "message.completed", "{\"id\":\"" + Rid + "\",\"usage\":{\"output_tokens\":3}}");
}
inline QByteArray ridHeader()
{
    return "X-Response-Id: " + Rid + "\r\n";
}

inline TurnStream::Options fast()
{
    TurnStream::Options o;
    o.backoffBaseMs = 10;
    o.backoffCapMs = 40;
    o.idleTimeoutMs = 300;
    return o;
}

inline qsizetype countRequests(const CannedHttpServer &server, const std::function<bool(const CannedRequest &)> &which)
{
    qsizetype n = 0;
    for (const CannedRequest &r : server.requests())
        n += which(r) ? 1 : 0;
    return n;
}

struct Run
{
    ApiClient api;
    TurnStream turn;
    QList<TurnEvent> events;
    explicit Run(const QUrl &url, TurnStream::Options options = fast())
        : api(Endpoint{url, QStringLiteral("k")}), turn(&api, QStringLiteral("sess_1"), options)
    {
        QObject::connect(&turn, &TurnStream::eventsReceived, &turn, [this](const QList<TurnEvent> &batch) { events += batch; });
    }
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const TurnEvent &e : events)
            out << e.seq;
        return out;
    }
};


} // namespace pokee::test
