// pokee-desktop: boots the app. Everything else lives in pokee-ui and pokee-core.
#include "DesktopShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>

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
        "main", "Desktop client for the Pokee Enterprise API. Opens the \"Environment\" profile when POKEE_API and "
                "POKEE_KEY are both set, else the profile used last (its key in the system keychain), else the "
                "bundled local emulator (\"Local demo\")."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"),
        QApplication::translate("main", "Path of the pokee-emulator to start for the local demo."),
        QStringLiteral("path"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Open this profile."), QStringLiteral("name"));
    parser.addOptions({emulatorOption, profileOption});
    parser.process(app);

    pokee::ui::DesktopShell::Options options;
    options.emulatorProgram = parser.value(emulatorOption);
    pokee::ui::DesktopShell shell(options);
    bool failed = false;
    QObject::connect(&shell, &pokee::ui::DesktopShell::failed, &app, [&failed](const QString &message) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Pokee Desktop"), message);
        failed = true;
        QApplication::exit(1); // when the event loop runs already
    });
    if (parser.isSet(profileOption))
        shell.openProfile(parser.value(profileOption));
    else
        shell.start();
    if (failed) // before the event loop: exit() above did nothing yet
        return 1;
    return app.exec();
}
