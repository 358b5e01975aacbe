#pragma once

#include <QString>

namespace pokee::cli {

// Reads an API key from standard input: on a terminal, after a prompt on stderr and with the
// echo off; from a pipe, the whole input (trimmed). Never from an argument, which every user
// of the machine can read in the process list. Returns an empty string when nothing came.
QString readSecret(const QString &prompt);

} // namespace pokee::cli
