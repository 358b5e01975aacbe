// pokee-desktop: boots the app. Everything else lives in pokee-ui and pokee-core.
#include "settings/Appearance.h"
#include "shell/DesktopShell.h"
#include "platform/AppIdentity.h"
#include "platform/SingleInstance.h"
#include "platform/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QtPlugin>

#include <cstdio>

namespace {

// Settings were filed under the organisation "Pokee" before the app id named it: copied once,
// so an upgrade keeps the download folders, notification choices and window layout.
void adoptSettingsOfEarlierVersions()
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return;
    const QSettings old(QStringLiteral("Pokee"), pokee::identity::applicationName());
    for (const QString &key : old.allKeys())
        current.setValue(key, old.value(key));
}

// For bench/run.py: says on stderr when the main window first paints, so that start-up can be
// timed from outside (spawn to this line) under a real X server. Costs nothing unless asked.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->inherits("pokee::ui::MainWindow")) {
            std::fputs("pokee-desktop: first paint\n", stderr);
            std::fflush(stderr);
            QCoreApplication::instance()->removeEventFilter(this);
        }
        return false;
    }
};

// The window icon when no icon theme has ours: PNG sizes rendered from the SVG at build time
// (tools/icons) and read by PngIconEngine, so that drawing it loads no SVG engine (QtSvg and its
// icon plugin, 0.6 MB of the idle window). The sizes are those ui/CMakeLists.txt embeds.
QIcon builtInWindowIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/window-icon/%1x%1/apps/ai.pokee.Desktop.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

// Reads .png icons without waking every image-format plugin (common/PngIconEngine.h).
Q_IMPORT_PLUGIN(PngIconEnginePlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("POKEE_BENCH_FIRST_PAINT"))
        app.installEventFilter(new FirstPaintReporter(&app));
    QApplication::setApplicationName(pokee::identity::applicationName());
    QApplication::setOrganizationName(pokee::identity::organizationName());
    QApplication::setOrganizationDomain(pokee::identity::organizationDomain());
    QApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));
    QGuiApplication::setDesktopFileName(pokee::identity::applicationId());
    // The installed icon theme's (hicolor) when there is one, else the one built in.
    QApplication::setWindowIcon(QIcon::fromTheme(pokee::identity::applicationId(), builtInWindowIcon()));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    adoptSettingsOfEarlierVersions();
    pokee::translations::install(&app, pokee::translations::languageSetting());

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
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Start another window even when Pokee Desktop is already running."));
    parser.addOptions({emulatorOption, profileOption, newInstanceOption});
    parser.process(app);

    // A second launch raises the first window (and opens the profile it names) instead of
    // running two apps on one journal.
    pokee::SingleInstance instance;
    if (!parser.isSet(newInstanceOption) && !instance.claim(app.arguments())) {
        std::fputs(qPrintable(instance.isUnresponsive()
                                  ? QApplication::translate("main", "Pokee Desktop is already running but does not answer; "
                                                                    "wait for it, or end it and start again.\n")
                                  : QApplication::translate("main", "Pokee Desktop is already running: its window was raised.\n")),
                   stderr);
        return instance.isUnresponsive() ? 1 : 0;
    }

    pokee::ui::Appearance::instance()->start();

    pokee::ui::DesktopShell::Options options;
    options.emulatorProgram = parser.value(emulatorOption);
    pokee::ui::DesktopShell shell(options);
    bool failed = false;
    QObject::connect(&shell, &pokee::ui::DesktopShell::failed, &app, [&failed](const QString &message) {
        std::fprintf(stderr, "pokee-desktop: %s\n", qPrintable(message)); // also where no one sees the dialog
        QMessageBox::critical(nullptr, QApplication::translate("main", "Pokee Desktop"), message);
        failed = true;
        QApplication::exit(1); // when the event loop runs already
    });
    QObject::connect(&instance, &pokee::SingleInstance::activationRequested, &shell,
                     [&shell, &profileOption](const QStringList &arguments) {
                         QCommandLineParser later;
                         later.addOption(profileOption);
                         later.parse(arguments);
                         if (later.isSet(profileOption) && later.value(profileOption) != shell.currentProfile())
                             shell.openProfile(later.value(profileOption));
                         shell.raiseWindow();
                     },
                     Qt::QueuedConnection); // not from inside the socket's readyRead
    if (parser.isSet(profileOption))
        shell.openProfile(parser.value(profileOption));
    else
        shell.start();
    if (failed) // before the event loop: exit() above did nothing yet
        return 1;
    return app.exec();
}
