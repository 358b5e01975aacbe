#pragma once

#include <QStringList>

namespace pokee::cli {

// What a wrong command line gets on stderr: that it is wrong, the command table, where to
// read more, which server and key a command uses, and the exit codes.
QString wrongCommandLine();

// `pokee help [COMMAND]` (exact: every word must name the command) and `pokee [COMMAND] --help`
// (the command line's positional arguments; those after the command are its arguments).
// Prints the overview, or the command's synopsis, summary and options, and returns Completed;
// for a word that names no command, says so and returns Usage.
int showHelp(const QStringList &words, bool exact);

} // namespace pokee::cli
