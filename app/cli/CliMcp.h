#pragma once

#include "cli/CliCommands.h"

namespace pokee {
class ToolLibrary;
}

namespace pokee::cli {

// `pokee mcp list | add NAME -- CMD ARGS… | add NAME --url URL | import FILE|-|claude|cursor|vscode
// | remove NAME | secret NAME VAR | test NAME [--yes] | tools NAME [--json]`: the MCP servers
// the app's Tools → MCP servers shows, in the same file, their secrets in the same keychain.
// A server runs only once its exact command line was approved (asked on a terminal; --yes
// approves it without asking, the command line still printed).
int mcpCommand(const Options &options, CliOutput &out);

// `pokee tools import --mcp NAME [--yes]`: the server's tools into `library` (names mapped to
// the API's rule, each tool's origin kept); a tool whose definition changed since the last
// import is shown and asked about (a terminal) or needs --yes, before new sessions use it.
int importMcpTools(const Options &options, ToolLibrary &library, CliOutput &out);

} // namespace pokee::cli
