#include "cli/CliVerbs.h"

#include <QCoreApplication>

#include <algorithm>

namespace pokee::cli {

namespace {

// -? is Windows' spelling of --help, which Qt's own help option takes there.
#ifdef Q_OS_WIN
constexpr char kHelpNames[] = "h,?,help";
#else
constexpr char kHelpNames[] = "h,help";
#endif

//: Help of the pokee command line. Keep option names (--path), literal values and command
//: names (send, profiles list) as they are.
constexpr OptionSpec kGlobal[] = {
    {"api", "url", QT_TRANSLATE_NOOP("CliVerbs", "Base URL of the API (default: $POKEE_API).")},
    {"profile", "name", QT_TRANSLATE_NOOP("CliVerbs", "Use this saved profile (see profiles list).")},
    {"json", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Print NDJSON, one object per line.")},
    {"journal", "file", QT_TRANSLATE_NOOP("CliVerbs", "SQLite journal for send, resume and transcript.")},
    // Parsed only to refuse it with a reason: a command line is visible to every user.
    {"key", "key", QT_TRANSLATE_NOOP("CliVerbs", "Not accepted: set POKEE_KEY, or add a profile (its key read from standard input).")},
    {kHelpNames, nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Show this overview, or with a command (pokee get --help), that command's help.")},
    {"help-all", nullptr, nullptr}, // what Qt's own help option also took: the same help here, not shown
    {"v,version", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Show the version.")},
};

// Each option once, whichever commands take it; its help fits all of them.
constexpr OptionSpec kOptions[] = {
    {"after", "n", QT_TRANSLATE_NOOP("CliVerbs", "Start after this sequence number.")},
    //: {"id", "event", "data"} are JSON field names: keep them as they are.
    {"raw", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Print each event exactly as parsed: {\"id\", \"event\", \"data\"}.")},
    {"no-reconnect", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Stop at the end of the first connection.")},
    {"error", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "The output is an error.")},
    {"file", "file", QT_TRANSLATE_NOOP("CliVerbs", "Read the text from this file instead of the argument (or give - as the argument for standard input).")},
    {"path", "folder", QT_TRANSLATE_NOOP("CliVerbs", "A folder of the workspace (default: the workspace itself).")},
    {"o,output", "file", QT_TRANSLATE_NOOP("CliVerbs", "The file to write, or for get also the folder to save into.")},
    {"all", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "The whole folder (--path, or the workspace), recursively.")},
    {"no-resume", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Start over instead of going on from a cut download's part file.")},
    {"older-than", "age", QT_TRANSLATE_NOOP("CliVerbs", "Only sessions idle this long (30m, 1h, 2d).")},
    {"dry-run", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Show what would go, delete nothing.")},
    {"ephemeral", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Not persistent (destroyed 5 minutes after its last answer).")},
    {"ttl", "s", QT_TRANSLATE_NOOP("CliVerbs", "Lifetime: seconds (3600) or 30m, 1h, 2d.")},
    {"tools", "file", QT_TRANSLATE_NOOP("CliVerbs", "A JSON file with the tools array.")},
    {"library", "names", QT_TRANSLATE_NOOP("CliVerbs", "Tools from the tool library, by name (a,b) or all.")},
    //: auto, none and required are values of the option: keep them in English.
    {"tool-choice", "choice", QT_TRANSLATE_NOOP("CliVerbs", "auto, none, required, or a JSON object.")},
    {"rules", "file", QT_TRANSLATE_NOOP("CliVerbs", "Answer the tool calls by this rules file, until the final answer.")},
    {"interval", "s", QT_TRANSLATE_NOOP("CliVerbs", "Seconds between polls (default 3).")},
    {"url", "url", QT_TRANSLATE_NOOP("CliVerbs", "The server's base URL.")},
    //: system and none are values of the option: keep them in English.
    {"proxy", "proxy", QT_TRANSLATE_NOOP("CliVerbs", "system (default), none, or HOST:PORT.")},
    {"ca-file", "file", QT_TRANSLATE_NOOP("CliVerbs", "An extra CA certificate (PEM or DER) to trust.")},
    {"nested", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "The nested (Chat Completions) shape.")},
    //: POKEE_API and POKEE_KEY are environment variables: keep them as they are.
    {"all-profiles", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Every saved profile's journal, and the environment's when POKEE_API and POKEE_KEY are set.")},
    {"follow", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Go on watching for each session's next turn, until Ctrl+C.")},
    {"yes", nullptr, QT_TRANSLATE_NOOP("CliVerbs", "Approve the server's command line (still printed) without asking.")},
    {"mcp", "name", QT_TRANSLATE_NOOP("CliVerbs", "The MCP server whose tools to import (see pokee mcp list).")},
    {"session", "sid", QT_TRANSLATE_NOOP("CliVerbs", "Only this session.")},
    //: prompts, answers and tools are values of the option: keep them in English.
    {"where", "where", QT_TRANSLATE_NOOP("CliVerbs", "Only in prompts, answers (with thinking) or tools (calls and results).")},
    {"limit", "n", QT_TRANSLATE_NOOP("CliVerbs", "At most this many results (default 20).")},
};

//: One line of the command table of pokee help, beside the command it describes.
constexpr CommandSpec kCommands[] = {
    {"profiles", "add", "NAME --url URL [--proxy system|none|HOST:PORT] [--ca-file PEM]",
     QT_TRANSLATE_NOOP("CliVerbs", "Save a server; its key is read from standard input"), "url,proxy,ca-file"},
    {"profiles", "list", "",
     QT_TRANSLATE_NOOP("CliVerbs", "The saved profiles and where their keys are"), ""},
    {"profiles", "remove", "NAME",
     QT_TRANSLATE_NOOP("CliVerbs", "Forget a saved profile and its key"), ""},
    {"profiles", "test", "NAME",
     QT_TRANSLATE_NOOP("CliVerbs", "Check that the server accepts the key"), ""},
    {"profiles", "default", "NAME",
     QT_TRANSLATE_NOOP("CliVerbs", "The profile used when none is named"), ""},
    {"sessions", "list", "",
     QT_TRANSLATE_NOOP("CliVerbs", "Sessions of this profile and of the server"), ""},
    {"sessions", "create", "[--ephemeral] [--ttl S] [--tools FILE.json | --library NAME,NAME]",
     QT_TRANSLATE_NOOP("CliVerbs", "Create a session and print its id"), "ephemeral,ttl,tools,library"},
    {"sessions", "show", "SID",
     QT_TRANSLATE_NOOP("CliVerbs", "A session, from the server and the journal"), ""},
    {"sessions", "delete", "SID",
     QT_TRANSLATE_NOOP("CliVerbs", "Delete a session on the server"), ""},
    {"sessions", "clean", "--older-than 1h [--dry-run]",
     QT_TRANSLATE_NOOP("CliVerbs", "Delete idle sessions (after a preview)"), "older-than,dry-run"},
    {"wait", nullptr, "SID [--interval S]",
     QT_TRANSLATE_NOOP("CliVerbs", "Print a session's metadata until it is idle"), "interval"},
    {"watch", nullptr, "SID [SID...] [--follow] [--interval S]",
     QT_TRANSLATE_NOOP("CliVerbs", "Follow several sessions' running turns at once"), "follow,interval"},
    {"send", nullptr, "SID MESSAGE|- [--file F] [--rules FILE]",
     QT_TRANSLATE_NOOP("CliVerbs", "Send a message and follow the answer"), "file,rules"},
    {"events", nullptr, "SID RID [--after N] [--raw] [--no-reconnect]",
     QT_TRANSLATE_NOOP("CliVerbs", "Print a turn's events, resuming after a cut"), "after,raw,no-reconnect"},
    {"cancel", nullptr, "SID RID",
     QT_TRANSLATE_NOOP("CliVerbs", "Cancel a running turn"), ""},
    {"tool-result", nullptr, "SID CALL_ID OUTPUT|- [--file F] [--error]",
     QT_TRANSLATE_NOOP("CliVerbs", "Answer a tool call"), "file,error"},
    {"inbox", nullptr, "[--all-profiles] [--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "Tool calls waiting for an answer, and the time left"), "all-profiles"},
    {"search", nullptr, "QUERY [--session SID] [--where prompts|answers|tools] [--all-profiles] [--limit N] [--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "Find words in every session's turns, offline (\"a phrase\", prefix*)"), "session,where,all-profiles,limit"},
    {"files", nullptr, "SID [--path P] [--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "A workspace folder: name, size, modified"), "path"},
    {"get", nullptr, "SID PATH [-o FILE|DIR] [--no-resume]",
     QT_TRANSLATE_NOOP("CliVerbs", "Download a file, never overwriting one"), "output,no-resume"},
    {"get", nullptr, "SID --all [--path P] [-o DIR] [--no-resume]",
     QT_TRANSLATE_NOOP("CliVerbs", "A whole folder, recursively, under DIR"), "all,path,output,no-resume"},
    {"rules", "check", "FILE",
     QT_TRANSLATE_NOOP("CliVerbs", "Check a rules file (errors: line and column)"), ""},
    {"rules", "audit", "[--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "What the rules answered for this profile"), ""},
    {"tools", "list", "[--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "The tool library, shared with the app"), ""},
    {"tools", "import", "FILE",
     QT_TRANSLATE_NOOP("CliVerbs", "Add or replace tools (either OpenAI shape)"), ""},
    {"tools", "import", "--mcp NAME [--yes]",
     QT_TRANSLATE_NOOP("CliVerbs", "Add or update an MCP server's tools; a changed one is shown and asked about"), "mcp,yes"},
    {"tools", "export", "[--nested] [-o FILE]",
     QT_TRANSLATE_NOOP("CliVerbs", "The library as JSON, flat or nested shape"), "nested,output"},
    {"tools", "approval", "NAME ask|session|always",
     QT_TRANSLATE_NOOP("CliVerbs", "Whether an MCP tool asks before every call, once per session, or never"), ""},
    {"tools", "remove", "NAME",
     QT_TRANSLATE_NOOP("CliVerbs", "Remove a tool from the library"), ""},
    {"respond", nullptr, "INPUT [--tools FILE.json | --library NAMES] [--tool-choice C] [--rules FILE]",
     QT_TRANSLATE_NOOP("CliVerbs", "A stateless answer (/v1/responses)"), "tools,library,tool-choice,rules"},
    {"resume", nullptr, "[--journal FILE]",
     QT_TRANSLATE_NOOP("CliVerbs", "Finish the turns a killed run left open"), ""},
    {"transcript", nullptr, "SID [--journal FILE]",
     QT_TRANSLATE_NOOP("CliVerbs", "Print a session's journaled events"), ""},
    {"mcp", "list", "[--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "Your MCP servers, and whether each was approved to run"), ""},
    {"mcp", "add", "NAME -- COMMAND ARGS... | NAME --url URL",
     QT_TRANSLATE_NOOP("CliVerbs", "Add (or change) an MCP server"), "url"},
    {"mcp", "import", "FILE|-|claude|cursor|vscode",
     QT_TRANSLATE_NOOP("CliVerbs", "Import servers as Claude Desktop, Cursor or VS Code has them; secrets go to the keychain"), ""},
    {"mcp", "remove", "NAME",
     QT_TRANSLATE_NOOP("CliVerbs", "Forget an MCP server and its secrets"), ""},
    {"mcp", "secret", "NAME VARIABLE",
     QT_TRANSLATE_NOOP("CliVerbs", "Put a server's secret (read from standard input) in the keychain"), ""},
    {"mcp", "test", "NAME [--yes]",
     QT_TRANSLATE_NOOP("CliVerbs", "Start a server (after approving its command line) and say what it offers"), "yes"},
    {"mcp", "tools", "NAME [--yes] [--json]",
     QT_TRANSLATE_NOOP("CliVerbs", "A server's tools, with their (untrusted) hints"), "yes"},
    {"help", nullptr, "[COMMAND]",
     QT_TRANSLATE_NOOP("CliVerbs", "This overview, or a command's options"), ""},
};

QStringList namesOf(const OptionSpec &spec)
{
    return QString::fromLatin1(spec.names).split(u',');
}

// The parser shows no help (CliHelp does), so the option needs only its names and value.
QCommandLineOption commandLineOption(const OptionSpec &spec)
{
    return spec.value ? QCommandLineOption(namesOf(spec), QString(), QString::fromLatin1(spec.value))
                      : QCommandLineOption(namesOf(spec));
}

bool takes(const CommandSpec &command, const OptionSpec &spec)
{
    const QStringList names = QString::fromLatin1(command.options).split(u',', Qt::SkipEmptyParts);
    return names.contains(namesOf(spec).constLast());
}

} // namespace

std::span<const OptionSpec> globalOptions()
{
    return kGlobal;
}

std::span<const CommandSpec> commands()
{
    return kCommands;
}

QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> all;
    for (const OptionSpec &spec : kGlobal)
        all << commandLineOption(spec);
    for (const OptionSpec &spec : kOptions)
        all << commandLineOption(spec);
    return all;
}

const OptionSpec *findOption(QStringView name)
{
    for (const auto &table : {std::span<const OptionSpec>(kGlobal), std::span<const OptionSpec>(kOptions)})
        for (const OptionSpec &spec : table)
            if (namesOf(spec).contains(name))
                return &spec;
    return nullptr;
}

QString optionLabel(const OptionSpec &spec)
{
    QStringList dashed;
    for (const QString &name : namesOf(spec))
        dashed << (name.size() == 1 ? u'-' + name : QStringLiteral("--") + name);
    QString label = dashed.join(QStringLiteral(", "));
    if (spec.value)
        label += QStringLiteral(" <%1>").arg(QString::fromLatin1(spec.value));
    return label;
}

QList<const CommandSpec *> commandsFor(const QStringList &words, qsizetype *used)
{
    QList<const CommandSpec *> verb, sub;
    for (const CommandSpec &c : kCommands) {
        if (words.value(0) != QLatin1StringView(c.verb))
            continue;
        verb << &c;
        if (c.sub && words.value(1) == QLatin1StringView(c.sub))
            sub << &c;
    }
    if (used)
        *used = !sub.isEmpty() ? 2 : !verb.isEmpty() ? 1 : 0;
    return sub.isEmpty() ? verb : sub;
}

QString commandName(const QList<const CommandSpec *> &commands)
{
    if (commands.isEmpty())
        return {};
    const CommandSpec &first = *commands.constFirst();
    // Several: the verb's sub-verbs, or its several forms (get), named by the verb.
    if (commands.size() > 1 || !first.sub)
        return QString::fromLatin1(first.verb);
    return QStringLiteral("%1 %2").arg(QLatin1StringView(first.verb), QLatin1StringView(first.sub));
}

QString synopsis(const CommandSpec &command)
{
    const QString arguments = QString::fromLatin1(command.arguments);
    return arguments.isEmpty() ? commandName({&command}) : commandName({&command}) + u' ' + arguments;
}

QString foreignOption(const QList<const CommandSpec *> &commands, const QStringList &given)
{
    for (const QString &name : given) {
        const OptionSpec *spec = findOption(name);
        const bool global =
            std::any_of(std::begin(kGlobal), std::end(kGlobal), [spec](const OptionSpec &g) { return &g == spec; });
        if (!spec || global)
            continue; // unknown names never get here: the parser refused them
        bool taken = false;
        for (const CommandSpec *c : commands)
            taken = taken || takes(*c, *spec);
        if (!taken)
            return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    return {};
}

} // namespace pokee::cli
