#pragma once

// What the turn tests against the emulator share: short retry waits, and the key a
// TurnManager files its turns under for an emulator.
#include "api/LocalEmulator.h"
#include "session/SessionDirectory.h"
#include "stream/TurnStream.h"

namespace pokee::test {

// The app's policy with short waits: backoff from 20 ms to 200 ms, a dead link after 5 s.
inline TurnStream::Options fastTurns()
{
    TurnStream::Options o;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    o.idleTimeoutMs = 5000;
    return o;
}

// A window's session list polling fast (a busy session every 200 ms, the one on screen every
// 100 ms) and listing only on refresh(): what the GUI tests wait on.
inline SessionDirectory::Options fastWindowPolls()
{
    SessionDirectory::Options o;
    o.pollIntervalMs = 200;
    o.selectedPollIntervalMs = 100;
    o.listIntervalMs = 0;
    return o;
}

// TurnManager's default profile key for this emulator (its base URL without user info).
inline QString profileOf(const LocalEmulator &emu)
{
    return emu.endpoint().baseUrl.toString(QUrl::RemoveUserInfo);
}

} // namespace pokee::test
