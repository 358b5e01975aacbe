#pragma once

#include "cli/CliCommands.h"

namespace pokee::cli {

// `pokee inbox [--all-profiles]`: the tool calls waiting for an answer, read from the journals
// alone (no server, no key), as the app's inbox is first built: the open turns' calls
// without a result, with the time left to answer them. Returns the exit code.
int inboxCommand(const Options &options, CliOutput &out);

// The journals a command that reads them offline looks at: the profile's own (or --journal
// FILE), or with --all-profiles every saved profile's that exists. Refuses what cannot be read
// with a sentence naming `command` (code set to Usage).
struct JournalSource
{
    QString profile;     // its name, as the switcher shows it
    QString journalPath;
    QString key;         // what the journal files the profile's turns under
};
QList<JournalSource> journalSources(const Options &options, const QString &command, CliOutput &out, int &code);

} // namespace pokee::cli
