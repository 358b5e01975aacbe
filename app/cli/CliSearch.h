#pragma once

#include "cli/CliCommands.h"

namespace pokee::cli {

// `pokee search QUERY [--session SID] [--where prompts|answers|tools] [--all-profiles]
// [--limit N] [--json]`: every word of every turn the journals hold, offline (no server, no
// key): one line per block found — profile, session, turn, time and the snippet with the
// match between « and » (NDJSON with --json). An older journal is indexed first, saying so.
int searchCommand(const Options &options, CliOutput &out);

} // namespace pokee::cli
