#pragma once

// Starts the real pokee-emulator (POKEE_EMULATOR_BIN, set by CTest) on a free loopback port
// with a random key, through the same LocalEmulator the app uses.
#include "api/LocalEmulator.h"

#include <QTest>

namespace pokee::test {

inline bool startEmulator(LocalEmulator &emulator, const QStringList &extraArguments = {})
{
    const QString program = qEnvironmentVariable("POKEE_EMULATOR_BIN");
    if (program.isEmpty()) {
        qWarning("POKEE_EMULATOR_BIN is not set; run this test through ctest");
        return false;
    }
    emulator.start(program, extraArguments);
    return emulator.waitUntilReady(20000);
}

} // namespace pokee::test
