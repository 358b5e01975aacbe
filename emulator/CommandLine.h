#pragma once

#include "EmulatorOptions.h"
#include "FaultPlan.h"

#include <QHostAddress>

class QCoreApplication;

namespace pokee::emu {

struct CommandLine
{
    EmulatorOptions options;
    FaultPlan faults;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    bool keyWasGenerated = false;
    QString hostileMode; // --hostile: serve HostileServer instead of the API
    qintptr listenDescriptor = -1; // --listen-fd: serve on this inherited listening socket
};

// Parses pokee-emulator's flags (--help lists them). Exits on --help/--version; returns
// false with a sentence in `error` when a flag is wrong.
bool parseCommandLine(const QCoreApplication &app, CommandLine &out, QString *error);

} // namespace pokee::emu
