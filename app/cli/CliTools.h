#pragma once

#include "cli/CliCommands.h"

#include <QJsonArray>

namespace pokee::cli {

// `pokee tools list|import FILE|export|remove NAME`: the same tool library as the app's
// Tools → Tool library, so a tool imported here is offered by the New-session dialog.
int toolsCommand(const Options &options, CliOutput &out);

// The tools a request carries: --tools FILE (either OpenAI shape, every problem named) or
// --library NAMES (comma-separated names from the tool library, or "all"), in the flat
// shape. Returns false, with the reasons printed, when they do not read; `tools` stays
// empty when neither option is given.
bool toolsForRequest(const Options &options, CliOutput &out, QJsonArray &tools);

} // namespace pokee::cli
