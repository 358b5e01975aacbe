// pokee: the command-line face of the Pokee Desktop core.
#include "cli/CliCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pokee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Command-line client for the Pokee Enterprise API.\n\n") +
        pokee::cli::CliCommands::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiOption(QStringLiteral("api"),
                                       QStringLiteral("Base URL of the API (default: $POKEE_API)."),
                                       QStringLiteral("url"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("API key (default: $POKEE_KEY; prefer the variable: "
                                                      "a command line is visible to other users)."),
                                       QStringLiteral("key"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print NDJSON, one object per line."));
    parser.addOptions({apiOption, keyOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);

    QTextStream err(stderr);
    pokee::cli::Options options;
    options.endpoint.baseUrl = QUrl(parser.isSet(apiOption) ? parser.value(apiOption)
                                                            : qEnvironmentVariable("POKEE_API"));
    options.endpoint.key = parser.isSet(keyOption) ? parser.value(keyOption)
                                                   : qEnvironmentVariable("POKEE_KEY");
    options.json = parser.isSet(jsonOption);
    options.args = parser.positionalArguments();
    if (!options.endpoint.isValid()) {
        err << "pokee: set POKEE_API and POKEE_KEY (or --api and --key) to the server and key to use.\n";
        return pokee::cli::Usage;
    }
    pokee::cli::CliCommands commands(options);
    if (!commands.start()) {
        err << "pokee: unknown command or wrong arguments.\n" << pokee::cli::CliCommands::usage();
        return pokee::cli::Usage;
    }
    return app.exec();
}
