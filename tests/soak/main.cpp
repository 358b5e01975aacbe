// pokee-soak: see SoakRun.h. ./dev soak [MINUTES] runs it against the emulator it built.
#include "SoakRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many concurrent turns through the core under seeded network faults."));
    parser.addHelpOption();
    const QCommandLineOption emulator(QStringLiteral("emulator"), QStringLiteral("The pokee-emulator program."), QStringLiteral("path"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long turns are started (default 300)."),
                                     QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Turns running at once (default 100, at least 12)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The faults' seed."), QStringLiteral("n"),
                                  QStringLiteral("20261202"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Seconds before RSS must stay flat (default: a fifth of the run, 10..60)."),
                                    QStringLiteral("s"));
    parser.addOptions({emulator, seconds, concurrency, seed, warmup});
    parser.process(app);

    QTemporaryDir scratch;
    pokee::soak::SoakOptions options;
    options.emulatorProgram = parser.value(emulator);
    options.journalPath = scratch.filePath(QStringLiteral("journal.sqlite"));
    options.seconds = qMax(10, parser.value(seconds).toInt());
    options.concurrency = qBound(12, parser.value(concurrency).toInt(), 1000);
    options.seed = parser.value(seed).toUInt();
    options.warmupSeconds = parser.isSet(warmup) ? parser.value(warmup).toInt() : qBound(10, options.seconds / 5, 60);
    if (options.emulatorProgram.isEmpty()) {
        qCritical("pokee-soak: --emulator PATH is required");
        return 2;
    }
    pokee::soak::SoakRun run(options);
    QObject::connect(&run, &pokee::soak::SoakRun::done, &app, [](int code) { QCoreApplication::exit(code); });
    run.start();
    return app.exec();
}
