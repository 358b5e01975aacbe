// pokee-screenshot: drives pokee-desktop's window on the local emulator through one streamed
// turn and saves a PNG of it. Used by `./dev screenshot FILE` (under Xvfb) and for docs/.
#include "ChatView.h"
#include "Composer.h"
#include "MainWindow.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pokee Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption emulator(QStringLiteral("emulator"), QStringLiteral("pokee-emulator to start."),
                                      QStringLiteral("path"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("PNG to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption message(QStringLiteral("message"), QStringLiteral("What to send."),
                                     QStringLiteral("text"),
                                     QStringLiteral("Show me a short Python example of summarising a list."));
    p.addOptions({emulator, output, message});
    p.process(app);
    QTextStream err(stderr);
    if (!p.isSet(output)) {
        err << "pokee-screenshot: --output FILE is required\n";
        return 2;
    }

    pokee::LocalEmulator local;
    local.start(p.isSet(emulator) ? p.value(emulator) : pokee::LocalEmulator::defaultProgram());
    if (!local.waitUntilReady()) {
        err << "pokee-screenshot: the emulator did not start\n";
        return 1;
    }
    pokee::ApiClient api(local.endpoint());
    pokee::Journal journal;
    journal.open(QStringLiteral(":memory:"));
    pokee::TurnManager turns(&api, &journal);
    pokee::ui::MainWindow window(&api, &turns, local.endpoint().baseUrl.toString());
    window.show();

    int exitCode = 1;
    QObject::connect(window.controller(), &pokee::SessionController::turnFinished, &app,
                     [&](pokee::TurnStream::State state) {
                         window.chatView()->flush();
                         // Let the last frame paint before grabbing the screen.
                         QTimer::singleShot(300, &app, [&, state] {
                             const QPixmap shot = window.screen()->grabWindow(window.winId());
                             const bool saved = shot.save(p.value(output), "PNG");
                             if (!saved)
                                 err << "pokee-screenshot: could not write " << p.value(output) << '\n';
                             exitCode = saved && state == pokee::TurnStream::State::Completed ? 0 : 1;
                             app.quit();
                         });
                     });
    QObject::connect(window.controller(), &pokee::SessionController::errorOccurred, &app,
                     [&](const QString &text) {
                         err << "pokee-screenshot: " << text << '\n';
                         app.exit(1);
                     });
    QTimer::singleShot(0, &app, [&] {
        window.composer()->setText(p.value(message));
        window.composer()->submit();
    });
    QTimer::singleShot(120000, &app, [&] {
        err << "pokee-screenshot: the turn did not finish within 120 s\n";
        app.exit(1);
    });
    app.exec();
    return exitCode;
}
