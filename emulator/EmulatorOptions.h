#pragma once

#include <QString>

namespace pokee::emu {

// Every timing of the emulator, defaulting to the documented values of the real API.
struct EmulatorOptions
{
    QString key;                      // the one bearer key accepted
    int paceMs = 15;                  // between two streamed deltas
    int toolTimeoutSeconds = 300;     // a suspended tool call, then an error result
    int idleDestroySeconds = 300;     // non-persistent sessions, after their last response
    int evictionGraceSeconds = 120;   // a turn's buffer, after it completed
    int keepAliveSeconds = 15;        // ": ping" comments while a turn is quiet
    int statelessDelayMs = 150;       // "inference" time of a stateless /v1/responses call
    qint64 maxBodyBytes = 10 * 1024 * 1024; // larger request bodies get 413
    // Answer 409 for a busy session before looking at the Idempotency-Key, as a server may:
    // then a client's retry of its own POST meets its own running turn as "busy".
    bool busyBeforeKey = false;
};

} // namespace pokee::emu
