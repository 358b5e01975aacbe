// pokee-desktop: boots the app. Everything else lives in pokee-ui and pokee-core.
#include "MainWindow.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QDir>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pokee Desktop"));
    QApplication::setOrganizationName(QStringLiteral("Pokee"));
    QApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("ai.pokee.Desktop"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop client for the Pokee Enterprise API. Uses POKEE_API and POKEE_KEY when "
                "both are set, otherwise starts the bundled local emulator."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"),
        QApplication::translate("main", "Path of the pokee-emulator to start for the local demo."),
        QStringLiteral("path"));
    parser.addOption(emulatorOption);
    parser.process(app);

    pokee::Endpoint endpoint{QUrl(qEnvironmentVariable("POKEE_API")), qEnvironmentVariable("POKEE_KEY")};
    pokee::LocalEmulator emulator;
    if (!endpoint.isValid()) {
        const QString program = parser.isSet(emulatorOption) ? parser.value(emulatorOption)
                                                             : pokee::LocalEmulator::defaultProgram();
        QString failure;
        QObject::connect(&emulator, &pokee::LocalEmulator::failed,
                         [&failure](const QString &message) { failure = message; });
        emulator.start(program);
        if (!emulator.waitUntilReady()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Pokee Desktop"),
                                  failure.isEmpty() ? QApplication::translate(
                                                          "main", "The local emulator did not start in time.")
                                                    : failure);
            return 1;
        }
        endpoint = emulator.endpoint();
    }

    // A real endpoint's journal lives in the user's data folder; the local demo's lives and
    // dies with its emulator, whose sessions do not outlive this run.
    QTemporaryDir demoDir;
    const bool demo = emulator.endpoint().isValid();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString journalPath = demo ? demoDir.filePath(QStringLiteral("journal.sqlite"))
                                     : QDir(dataDir).filePath(QStringLiteral("journal.sqlite"));
    pokee::Journal journal;
    if (!journal.open(journalPath)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Pokee Desktop"), journal.lastError());
        return 1;
    }

    pokee::ApiClient api(endpoint);
    pokee::TurnManager turns(&api, &journal);
    pokee::ui::MainWindow window(&api, &turns, endpoint.baseUrl.toString(QUrl::RemoveUserInfo));
    window.show();
    turns.resumeOpenTurns(); // turns a previous run left in flight
    return app.exec();
}
