#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <span>

namespace pokee::cli {

// One option of the command line. `help` is marked QT_TRANSLATE_NOOP("CliVerbs", …) and
// translated where it is shown; the names and the value's name never are.
struct OptionSpec
{
    const char *names; // "o,output": every name it answers to, the short one first
    const char *value; // the value's name in the help (<file>), or nullptr for a switch
    const char *help;
};

// One command: a verb ("get") or a verb and its sub-verb ("sessions create"), in one place
// with everything `pokee help` says about it and every option it takes.
struct CommandSpec
{
    const char *verb;
    const char *sub;      // nullptr: the verb has no sub-verbs
    const char *arguments; // what follows the command ("SID [--interval S]"): syntax, never translated
    const char *summary;  // one line, QT_TRANSLATE_NOOP("CliVerbs", …)
    const char *options;   // the long names of its options ("ephemeral,ttl,output"), besides the global ones
};

// --api, --profile, --json, --journal, --key (parsed to be refused), --help and --version:
// taken by every command.
std::span<const OptionSpec> globalOptions();
// Every command, in the order `pokee help` lists them.
std::span<const CommandSpec> commands();

// Every option any command takes, global ones first, each once, for the parser: an option
// may come before its command (pokee --ttl 1h sessions create), so the whole command line is
// read with all of them and what a command does not take is refused afterwards.
QList<QCommandLineOption> parserOptions();
// The option a name given on the command line (without dashes) belongs to, or nullptr.
const OptionSpec *findOption(QStringView name);
// Its names as typed ("-o, --output"), and its value's name ("<file>") when it takes one.
QString optionLabel(const OptionSpec &spec);

// The commands `words` names (a command line's positional arguments, or what follows
// `pokee help`): the verb's entries, only its sub-verb's when words[1] names one. Empty for
// an unknown verb. `used` tells how many of the words named them (0, 1 or 2).
QList<const CommandSpec *> commandsFor(const QStringList &words, qsizetype *used = nullptr);
// "get" or "sessions create": what `commands` (from commandsFor) are called in a sentence.
QString commandName(const QList<const CommandSpec *> &commands);
// How the command is written: "sessions clean --older-than 1h [--dry-run]".
QString synopsis(const CommandSpec &command);

// The first option name of `given` (QCommandLineParser::optionNames()) that is neither global
// nor taken by any of `commands`, with its dashes ("--ephemeral", "-o"); empty when none is.
QString foreignOption(const QList<const CommandSpec *> &commands, const QStringList &given);

} // namespace pokee::cli
