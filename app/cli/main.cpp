// pokee: the command-line face of the Pokee Desktop core.
#include "cli/CliCommands.h"
#include "cli/CliHelp.h"
#include "cli/CliInput.h"
#include "cli/CliProfiles.h"
#include "cli/CliVerbs.h"
#include "platform/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
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
    // The system's language (the translations are embedded in this program too); before
    // anything is said, so that the help and the errors speak it.
    pokee::translations::install(&app, {});

    // Arguments Qt cannot decode would reach the server with U+FFFD in place of the user's
    // bytes: refused here, before anything is sent.
    for (int i = 1; i < argc; ++i)
        if (const QString problem = pokee::cli::invalidUtf8Problem(argv[i], QCoreApplication::translate("CliMain", "argument %1").arg(i));
            !problem.isEmpty()) {
            complain(problem);
            return pokee::cli::Usage;
        }

    // Every option any command takes: one may come before its command (pokee --ttl 1h sessions
    // create), and only the whole command line tells which command it is. What that command
    // does not take is refused below, with the command's help to turn to.
    QCommandLineParser p;
    p.addOptions(pokee::cli::parserOptions());
    if (!p.parse(QCoreApplication::arguments())) {
        complain(QStringLiteral("pokee: ") + p.errorText() + u'\n' +
                 QCoreApplication::translate("CliMain", "pokee help lists the commands and their options."));
        return pokee::cli::Usage;
    }
    const QStringList args = p.positionalArguments();
    if (args.value(0) == u"help")
        return pokee::cli::showHelp(args.mid(1), true);
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all")))
        return pokee::cli::showHelp(args, false);
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), POKEE_VERSION);
        return pokee::cli::Completed;
    }
    if (p.isSet(QStringLiteral("key"))) {
        complain(QCoreApplication::translate("CliMain",
                                             "pokee: --key is not accepted: a command line is visible to every user of the "
                                             "machine. Set POKEE_KEY, or add a profile (pokee profiles add NAME --url URL "
                                             "reads the key from standard input)."));
        return pokee::cli::Usage;
    }
    // An unknown command has no options to check: dispatch() says it is unknown.
    const QList<const pokee::cli::CommandSpec *> named = pokee::cli::commandsFor(args);
    if (const QString foreign = pokee::cli::foreignOption(named, p.optionNames()); !foreign.isEmpty()) {
        const QString name = pokee::cli::commandName(named);
        //: %1 is a command (get, sessions create), %2 an option (--ephemeral)
        complain(QCoreApplication::translate("CliMain", "pokee: %1 does not take %2; see pokee help %1").arg(name, foreign));
        return pokee::cli::Usage;
    }

    pokee::cli::Options o;
    o.profileName = p.value(QStringLiteral("profile"));
    o.json = p.isSet(QStringLiteral("json")) || p.isSet(QStringLiteral("raw"));
    o.journalPath = p.value(QStringLiteral("journal"));
    o.args = args;
    bool ok = true;
    o.after = p.isSet(QStringLiteral("after")) ? p.value(QStringLiteral("after")).toLongLong(&ok) : -1;
    o.raw = p.isSet(QStringLiteral("raw"));
    o.reconnect = !p.isSet(QStringLiteral("no-reconnect"));
    o.isError = p.isSet(QStringLiteral("error"));
    o.path = p.value(QStringLiteral("path"));
    o.output = p.value(QStringLiteral("output"));
    o.olderThan = p.value(QStringLiteral("older-than"));
    o.persistent = !p.isSet(QStringLiteral("ephemeral"));
    o.ttlText = p.isSet(QStringLiteral("ttl")) ? p.value(QStringLiteral("ttl")) : QString();
    o.toolsFile = p.value(QStringLiteral("tools"));
    o.toolChoice = p.value(QStringLiteral("tool-choice"));
    o.dryRun = p.isSet(QStringLiteral("dry-run"));
    o.url = p.value(QStringLiteral("url"));
    o.proxy = p.value(QStringLiteral("proxy"));
    o.caFile = p.value(QStringLiteral("ca-file"));
    o.rulesFile = p.value(QStringLiteral("rules"));
    o.library = p.value(QStringLiteral("library"));
    o.nested = p.isSet(QStringLiteral("nested"));
    o.all = p.isSet(QStringLiteral("all"));
    o.resume = !p.isSet(QStringLiteral("no-resume"));
    o.allProfiles = p.isSet(QStringLiteral("all-profiles"));
    o.follow = p.isSet(QStringLiteral("follow"));
    o.yes = p.isSet(QStringLiteral("yes"));
    o.mcpServer = p.value(QStringLiteral("mcp"));
    o.inputFile = p.value(QStringLiteral("file"));
    o.sessionId = p.value(QStringLiteral("session"));
    o.where = p.value(QStringLiteral("where"));
    if (p.isSet(QStringLiteral("limit"))) {
        o.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        ok = ok && o.limit > 0;
        if (!ok) {
            complain(QCoreApplication::translate("CliMain", "pokee: --limit takes a whole number above 0"));
            return pokee::cli::Usage;
        }
    }
    if (!ok) {
        complain(QCoreApplication::translate("CliMain", "pokee: --after takes a whole number"));
        return pokee::cli::Usage;
    }
    if (p.isSet(QStringLiteral("interval"))) {
        const double seconds = p.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds < 0.1) {
            complain(QCoreApplication::translate("CliMain", "pokee: --interval takes a number of seconds (at least 0.1)"));
            return pokee::cli::Usage;
        }
        o.intervalMs = qint64(seconds * 1000);
    }
    const QString command = o.args.value(0);
    if (command == u"profiles" && p.isSet(QStringLiteral("api"))) {
        complain(QCoreApplication::translate("CliMain",
                                             "pokee: profiles add takes the address as --url; its key comes from standard input."));
        return pokee::cli::Usage;
    }
    const bool offline = command == u"transcript" || command == u"profiles" || command == u"rules" ||
                         command == u"tools" || command == u"inbox" || command == u"mcp" || command == u"search";
    // inbox and search --all-profiles find every profile's journal themselves.
    if (command == u"transcript" || ((command == u"inbox" || command == u"search") && !o.allProfiles)) {
        if (const QString error = pokee::cli::resolveJournalPath(o, p.value(QStringLiteral("api"))); !error.isEmpty()) {
            complain(error);
            return pokee::cli::Usage;
        }
    } else if (!offline) {
        const QString error = pokee::cli::resolveProfile(o, p.value(QStringLiteral("api")));
        if (!error.isEmpty()) {
            complain(error);
            return pokee::cli::Usage;
        }
    }
    pokee::cli::CliCommands commands(o);
    const int code = commands.start();
    return code >= 0 ? code : app.exec();
}
