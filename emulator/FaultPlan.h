#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pokee::emu {

// Faults to inject, for the client's reliability tests. TCP faults act in FaultProxy (Qt
// HttpServer 6.8 cannot cut a streaming socket itself); HTTP errors act before routing.
// Every fault applies only to requests whose path contains `pathContains` (all when empty).
struct FaultPlan
{
    struct HttpError
    {
        int status = 0;            // 402, 429, 502, 504, ...
        int count = -1;            // how many requests get it; -1: all
        QString pathContains;
        QString method;            // "" = any
        int retryAfterSeconds = -1; // sent with 429 (and 503)
        double probability = 1.0;  // the chance a matching request gets it (seeded by `seed`)
    };

    QString pathContains;          // for the TCP faults below
    qint64 cutAfterBytes = -1;     // cut a response after this many bytes (headers included)
    bool randomCuts = false;       // cut each response at a seeded random point in [min, max]
    quint32 seed = 1;
    qint64 randomMinBytes = 200;
    qint64 randomMaxBytes = 20000;
    int cutCount = -1;             // how many cuts in all (fixed or random); -1: unlimited
    int delayMs = 0;               // latency added before each response chunk is forwarded
    qint64 stallAfterBytes = -1;   // stop forwarding a response after this many bytes...
    int stallMs = -1;              // ...for this long (-1: for ever)
    int resetBeforeHeaders = 0;    // the next N requests reach the server, then the client's
                                   // connection is reset before any response byte
    // Seeded chances, for the soak: each matching response is cut (with random_cuts), stalls
    // at a random point in [random_min_bytes, random_max_bytes] for stall_ms, or has its
    // connection reset after the request reached the server, each with its own chance.
    double cutProbability = 1.0;
    double stallProbability = 0.0;
    double resetProbability = 0.0;
    QList<HttpError> httpErrors;

    bool hasTcpFaults() const;
    QJsonObject toJson() const;
    // Parses the JSON form (docs/emulator.md); on error returns false and says why.
    static bool fromJson(const QJsonObject &json, FaultPlan &out, QString *error);
};

} // namespace pokee::emu
