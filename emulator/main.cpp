// pokee-emulator: a local implementation of the Pokee Enterprise API (see docs/emulator.md).
#include "EmulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pokee-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POKEE_EMULATOR_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local implementation of the Pokee Enterprise API with a deterministic scripted agent.\n"
        "Prints the base URL it serves as the first line on stdout."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to bind (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("The API key to accept (default: $POKEE_EMULATOR_KEY, then "
                                                "$POKEE_KEY, else a random key printed on stderr)."),
                                 QStringLiteral("key"));
    const QCommandLineOption pace(QStringLiteral("pace-ms"), QStringLiteral("Pause between streamed deltas (default 15)."),
                                  QStringLiteral("ms"), QStringLiteral("15"));
    const QCommandLineOption keepAlive(QStringLiteral("keepalive-s"),
                                       QStringLiteral("Seconds of quiet before a ': ping' comment (default 15)."),
                                       QStringLiteral("s"), QStringLiteral("15"));
    p.addOptions({host, port, key, pace, keepAlive});
    p.process(app);

    QTextStream err(stderr);
    pokee::emu::EmulatorOptions options;
    options.key = p.isSet(key) ? p.value(key) : qEnvironmentVariable("POKEE_EMULATOR_KEY");
    if (options.key.isEmpty())
        options.key = qEnvironmentVariable("POKEE_KEY");
    if (options.key.isEmpty()) {
        options.key = QStringLiteral("emu-") + QString::number(QRandomGenerator::system()->generate64(), 16);
        err << "pokee-emulator: no key given; accepting " << options.key << '\n';
        err.flush();
    }
    options.paceMs = p.value(pace).toInt();
    options.keepAliveSeconds = p.value(keepAlive).toInt();

    pokee::emu::EmulatorServer server(options);
    const QHostAddress address(p.value(host));
    if (address.isNull() || !server.listen(address, quint16(p.value(port).toUInt()))) {
        err << "pokee-emulator: cannot listen on " << p.value(host) << ':' << p.value(port) << ": "
            << server.errorString() << '\n';
        return 1;
    }
    QString hostText = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        hostText = u'[' + hostText + u']';
    std::printf("http://%s:%u\n", qPrintable(hostText), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
