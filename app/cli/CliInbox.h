#pragma once

#include "cli/CliCommands.h"

namespace pokee::cli {

// `pokee inbox [--all-profiles]`: the tool calls waiting for an answer, read from the journals
// alone (no server, no key), as the app's inbox is first built: the open turns' calls
// without a result, with the time left to answer them. Returns the exit code.
int inboxCommand(const Options &options, CliOutput &out);

} // namespace pokee::cli
