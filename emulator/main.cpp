// pokee-emulator: a local implementation of the Pokee Enterprise API (see docs/emulator.md).
#include "CommandLine.h"
#include "EmulatorServer.h"
#include "HostileServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {
// An address as a URL's host: an IPv6 one in brackets.
QString urlHost(const QHostAddress &address)
{
    const QString text = address.toString();
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + text + u']' : text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pokee-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POKEE_EMULATOR_VERSION));
#ifdef SIGPIPE // POSIX only: Windows has no SIGPIPE and reports a closed socket as an error
    std::signal(SIGPIPE, SIG_IGN); // a client that went away must never end the server
#endif

    QTextStream err(stderr);
    pokee::emu::CommandLine cli;
    QString error;
    if (!pokee::emu::parseCommandLine(app, cli, &error)) {
        err << "pokee-emulator: " << error << " (see --help)\n";
        return 2;
    }
    if (cli.keyWasGenerated) {
        err << "pokee-emulator: no key given; accepting " << cli.options.key << '\n';
        err.flush();
    }
    QString host = urlHost(cli.address);
    if (!cli.hostileMode.isEmpty()) {
        pokee::emu::HostileServer hostile(cli.hostileMode);
        if (!hostile.listen(cli.address, cli.port)) {
            err << "pokee-emulator: cannot listen on " << host << ':' << cli.port << ": " << hostile.errorString() << '\n';
            return 1;
        }
        std::printf("http://%s:%u\n", qPrintable(host), unsigned(hostile.port()));
        std::fflush(stdout);
        return app.exec();
    }
    pokee::emu::EmulatorServer server(cli.options);
    server.context().setFaults(cli.faults);
    if (cli.listenDescriptor >= 0) {
        if (!server.listenOn(cli.listenDescriptor)) {
            err << "pokee-emulator: cannot serve on descriptor " << cli.listenDescriptor << ": " << server.errorString() << '\n';
            return 1;
        }
        host = urlHost(server.address());
    } else if (!server.listen(cli.address, cli.port)) {
        err << "pokee-emulator: cannot listen on " << cli.address.toString() << ':' << cli.port << ": "
            << server.errorString() << '\n';
        return 1;
    }
    std::printf("http://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
