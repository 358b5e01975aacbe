#pragma once

#include <QString>

namespace pokee::cli {

// Text a command sends (a message, a tool call's output) that may be too large or too awkward
// for an argument: the argument itself, "-" for standard input, or --file FILE. The bytes
// must be UTF-8: invalid bytes are refused with their place, never dropped or replaced.
struct TextInput
{
    QString text;
    QString error; // a sentence when the text could not be had
};

TextInput readTextInput(const QString &argument, const QString &file);

// Whether a command-line argument is valid UTF-8; `what` names it in the sentence when not.
QString invalidUtf8Problem(const char *argument, const QString &what);

} // namespace pokee::cli
