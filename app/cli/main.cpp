// pokee: the command-line face of the Pokee Desktop core.
#include "cli/CliCommands.h"
#include "cli/CliInput.h"
#include "cli/CliProfiles.h"
#include "platform/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
// `help` is marked with QT_TRANSLATE_NOOP("CliMain", …) where the option is made, and
// translated here; the option's names and its value's name are not translated.
QCommandLineOption option(const char *names, const char *help, const char *value = nullptr)
{
    const QStringList n = QString::fromLatin1(names).split(u',');
    const QString description = QCoreApplication::translate("CliMain", help);
    return value ? QCommandLineOption(n, description, QString::fromLatin1(value))
                 : QCommandLineOption(n, description);
}

void complain(const QString &sentence)
{
    std::fprintf(stderr, "%s\n", sentence.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pokee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));
    // The system's language (the translations are embedded in this program too); before the
    // options are made, so that --help is translated.
    pokee::translations::install(&app, {});

    // Arguments Qt cannot decode would reach the server with U+FFFD in place of the user's
    // bytes: refused here, before anything is sent.
    for (int i = 1; i < argc; ++i)
        if (const QString problem = pokee::cli::invalidUtf8Problem(argv[i], QCoreApplication::translate("CliMain", "argument %1").arg(i));
            !problem.isEmpty()) {
            complain(problem);
            return pokee::cli::Usage;
        }

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CliMain", "Command-line client for the Pokee Enterprise API.") +
                                QStringLiteral("\n\n") + pokee::cli::CliCommands::usage());
    p.addHelpOption();
    p.addVersionOption();
    //: Help of the pokee command line. A description that starts with a command name ("events:", "profiles add:")
    //: is about that command: keep the command name, option names (--path) and literal values as they are.
    const auto api = option("api", QT_TRANSLATE_NOOP("CliMain", "Base URL of the API (default: $POKEE_API)."), "url");
    // Parsed only to refuse it with a reason: a command line is visible to every user.
    const auto key = option("key", QT_TRANSLATE_NOOP("CliMain", "Not accepted: set POKEE_KEY, or add a profile (its key read from standard input)."), "key");
    const auto json = option("json", QT_TRANSLATE_NOOP("CliMain", "Print NDJSON, one object per line."));
    const auto journal = option("journal", QT_TRANSLATE_NOOP("CliMain", "SQLite journal for send, resume and transcript."), "file");
    const auto after = option("after", QT_TRANSLATE_NOOP("CliMain", "events: start after this sequence number."), "n");
    //: {"id", "event", "data"} are JSON field names: keep them as they are.
    const auto raw = option("raw", QT_TRANSLATE_NOOP("CliMain", "events: print each event exactly as parsed: {\"id\", \"event\", \"data\"}."));
    const auto noReconnect = option("no-reconnect", QT_TRANSLATE_NOOP("CliMain", "events: stop at the end of the first connection."));
    const auto isError = option("error", QT_TRANSLATE_NOOP("CliMain", "tool-result: the output is an error."));
    const auto path = option("path", QT_TRANSLATE_NOOP("CliMain", "files: list this folder."), "folder");
    const auto output = option("o,output", QT_TRANSLATE_NOOP("CliMain", "get: the file to save, or the folder to save into."), "file");
    const auto olderThan = option("older-than", QT_TRANSLATE_NOOP("CliMain", "sessions clean: only sessions idle this long (30m, 1h, 2d)."), "age");
    const auto ephemeral = option("ephemeral", QT_TRANSLATE_NOOP("CliMain", "sessions create: not persistent (destroyed 5 minutes after its last answer)."));
    const auto ttl = option("ttl", QT_TRANSLATE_NOOP("CliMain", "sessions create: lifetime: seconds (3600) or 30m, 1h, 2d."), "s");
    const auto tools = option("tools", QT_TRANSLATE_NOOP("CliMain", "sessions create, respond: a JSON file with the tools array."), "file");
    //: auto, none and required are values of the option: keep them in English.
    const auto toolChoice = option("tool-choice", QT_TRANSLATE_NOOP("CliMain", "respond: auto, none, required, or a JSON object."), "choice");
    const auto profile = option("profile", QT_TRANSLATE_NOOP("CliMain", "Use this saved profile (see profiles list)."), "name");
    const auto dryRun = option("dry-run", QT_TRANSLATE_NOOP("CliMain", "sessions clean: show what would go, delete nothing."));
    const auto interval = option("interval", QT_TRANSLATE_NOOP("CliMain", "wait: seconds between polls (default 3)."), "s");
    const auto url = option("url", QT_TRANSLATE_NOOP("CliMain", "profiles add: the server's base URL."), "url");
    //: system and none are values of the option: keep them in English.
    const auto proxy = option("proxy", QT_TRANSLATE_NOOP("CliMain", "profiles add: system (default), none, or HOST:PORT."), "proxy");
    const auto caFile = option("ca-file", QT_TRANSLATE_NOOP("CliMain", "profiles add: an extra CA certificate (PEM or DER) to trust."), "file");
    const auto rules = option("rules", QT_TRANSLATE_NOOP("CliMain", "send, respond: answer tool calls by this rules file."), "file");
    const auto library = option("library", QT_TRANSLATE_NOOP("CliMain", "sessions create, respond: tools from the tool library, by name (a,b) or all."), "names");
    const auto nested = option("nested", QT_TRANSLATE_NOOP("CliMain", "tools export: the nested (Chat Completions) shape."));
    const auto all = option("all", QT_TRANSLATE_NOOP("CliMain", "get: the whole folder (--path, or the workspace), recursively."));
    const auto file = option("file", QT_TRANSLATE_NOOP("CliMain", "send, tool-result: read the message or the output from this file (or give - as the argument for standard input)."), "file");
    const auto noResume = option("no-resume", QT_TRANSLATE_NOOP("CliMain", "get: start over instead of going on from a cut download's part file."));
    p.addOptions({api, key, json, journal, after, raw, noReconnect, isError, path, output, olderThan, ephemeral, ttl,
                  tools, toolChoice, profile, dryRun, interval, url, proxy, caFile, rules, library, nested, all, noResume, file});
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("CliMain", "What to do (see above)."));
    p.process(app);

    pokee::cli::Options o;
    o.profileName = p.value(profile);
    o.json = p.isSet(json) || p.isSet(raw);
    o.journalPath = p.value(journal);
    o.args = p.positionalArguments();
    bool ok = true;
    o.after = p.isSet(after) ? p.value(after).toLongLong(&ok) : -1;
    o.raw = p.isSet(raw);
    o.reconnect = !p.isSet(noReconnect);
    o.isError = p.isSet(isError);
    o.path = p.value(path);
    o.output = p.value(output);
    o.olderThan = p.value(olderThan);
    o.persistent = !p.isSet(ephemeral);
    o.ttlText = p.isSet(ttl) ? p.value(ttl) : QString();
    o.toolsFile = p.value(tools);
    o.toolChoice = p.value(toolChoice);
    o.dryRun = p.isSet(dryRun);
    o.url = p.value(url);
    o.proxy = p.value(proxy);
    o.caFile = p.value(caFile);
    o.rulesFile = p.value(rules);
    o.library = p.value(library);
    o.nested = p.isSet(nested);
    o.all = p.isSet(all);
    o.resume = !p.isSet(noResume);
    o.inputFile = p.value(file);
    if (!ok) {
        complain(QCoreApplication::translate("CliMain", "pokee: --after takes a whole number"));
        return pokee::cli::Usage;
    }
    if (p.isSet(interval)) {
        const double seconds = p.value(interval).toDouble(&ok);
        if (!ok || seconds < 0.1) {
            complain(QCoreApplication::translate("CliMain", "pokee: --interval takes a number of seconds (at least 0.1)"));
            return pokee::cli::Usage;
        }
        o.intervalMs = qint64(seconds * 1000);
    }
    const QString command = o.args.value(0);
    if (p.isSet(key)) {
        complain(QCoreApplication::translate("CliMain",
                                             "pokee: --key is not accepted: a command line is visible to every user of the "
                                             "machine. Set POKEE_KEY, or add a profile (pokee profiles add NAME --url URL "
                                             "reads the key from standard input)."));
        return pokee::cli::Usage;
    }
    if (command == u"profiles" && p.isSet(api)) {
        complain(QCoreApplication::translate("CliMain",
                                             "pokee: profiles add takes the address as --url; its key comes from standard input."));
        return pokee::cli::Usage;
    }
    const bool offline = command == u"transcript" || command == u"profiles" || command == u"rules" ||
                         command == u"tools";
    if (command == u"transcript") {
        if (const QString error = pokee::cli::resolveJournalPath(o, p.value(api)); !error.isEmpty()) {
            complain(error);
            return pokee::cli::Usage;
        }
    } else if (!offline) {
        const QString error = pokee::cli::resolveProfile(o, p.value(api));
        if (!error.isEmpty()) {
            complain(error);
            return pokee::cli::Usage;
        }
    }
    pokee::cli::CliCommands commands(o);
    const int code = commands.start();
    return code >= 0 ? code : app.exec();
}
