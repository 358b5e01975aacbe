// pokee-screenshot: drives pokee-desktop's window on the local emulator through one scenario
// and saves a PNG of the screen. Used by `./dev screenshot FILE` (under Xvfb) and for docs/.
//   --scenario done       a finished turn with Markdown and code (default)
//   --scenario streaming  a turn caught while its answer streams in (Cancel enabled)
//   --scenario tools      a built-in tool and one of the session's own tools, answered
//   --scenario drops      a turn whose connection is cut three times: one folded line says so
//   --scenario sessions   five sessions at a glance: a deck building with its progress, an
//                         essay running, two finished unread (one ephemeral), one ended
//   --scenario profiles   the profile editor over the window, after "Test connection"
//   --scenario library | inbox | rules | playground   the tools work (ToolScenarios.h)
//   --scenario files      the Files dock: a preview and downloads under way (FilesScenario.h)
//   --scenario split      two sessions side by side, each answering (SplitScenario.h)
//   --scenario mcp        Tools → MCP servers…, a server tested with its log (McpScenario.h)
//   --scenario mcp-inbox  an MCP call approved in the inbox, its progress showing (McpScenario.h)
//   --scenario find       Edit → Find in All Sessions over three sessions' turns
//   --scenario settings | about   the Settings or About dialog over the window after an answer
//   --scenario dark       the done scenario in the dark palette
//   --scenario welcome    the first-run view on the local demo
//   --scenario german | chinese   the done scenario in German or Simplified Chinese
#include "shell/AboutDialog.h"
#include "settings/Appearance.h"
#include "chat/ChatView.h"
#include "settings/SettingsDialog.h"
#include "chat/Composer.h"
#include "shell/MainWindow.h"
#include "sessions/FindInSessionsDialog.h"
#include <QLineEdit>
#include "profiles/ProfilesDialog.h"
#include "sessions/SessionDetailsPane.h"
#include "FilesScenario.h"
#include "McpScenario.h"
#include "SplitScenario.h"
#include "ToolScenarios.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "platform/AppIdentity.h"
#include "platform/Translations.h"
#include "models/SessionListModel.h"
#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "models/TranscriptModel.h"
#include "session/SessionDirectory.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QScreen>
#include <QTextStream>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include "palette/CommandPalette.h"
#include <QLineEdit>
#include <QTest>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(pokee::identity::applicationName());
    QApplication::setOrganizationName(pokee::identity::organizationName());
    QApplication::setApplicationVersion(QStringLiteral(POKEE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ai.pokee.Desktop.svg")));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption emulator(QStringLiteral("emulator"), QStringLiteral("pokee-emulator to start."), QStringLiteral("path"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("PNG to write."), QStringLiteral("file"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("done, streaming, tools or drops."),
                                      QStringLiteral("name"), QStringLiteral("done"));
    p.addOptions({emulator, output, scenario});
    p.process(app);
    QTextStream err(stderr);
    const QString which = p.value(scenario);
    if (!p.isSet(output) ||
        (!QStringList{QStringLiteral("done"), QStringLiteral("streaming"), QStringLiteral("tools"), QStringLiteral("drops"),
                      QStringLiteral("sessions"), QStringLiteral("profiles"), QStringLiteral("settings"), QStringLiteral("dark"),
                      QStringLiteral("welcome"), QStringLiteral("about"), QStringLiteral("german"), QStringLiteral("chinese"),
                      QStringLiteral("find"), QStringLiteral("palette")}
              .contains(which) &&
         !pokee::screenshot::isToolScenario(which) && which != u"files" && which != u"split" && which != u"mcp" && which != u"mcp-inbox")) {
        err << "pokee-screenshot: --output FILE is required; --scenario is done, streaming, tools, drops, sessions, "
               "profiles, library, inbox, rules, playground, files, split, mcp, mcp-inbox, find, palette, settings, dark, welcome, about, german or chinese\n";
        return 2;
    }

    // The look and the language come before the first widget.
    if (which == u"dark")
        pokee::ui::Appearance::instance()->setScheme(pokee::ui::Appearance::Scheme::Dark);
    else
        pokee::ui::Appearance::instance()->start();
    pokee::translations::install(&app, which == u"german"    ? QStringLiteral("de")
                                       : which == u"chinese" ? QStringLiteral("zh_CN")
                                                             : QStringLiteral("en"));

    pokee::LocalEmulator local;
    QStringList emulatorArgs{QStringLiteral("--pace-ms"), which == u"streaming" ? QStringLiteral("25") : QStringLiteral("5")};
    if (which == u"files") // the large download stalls part-way, so that its progress shows
        emulatorArgs << QStringLiteral("--fault-stall-after") << QStringLiteral("23000000") << QStringLiteral("--fault-path")
                     << QStringLiteral("appendix-export.zip");
    if (which == u"drops") // the stream is cut three times on its way to the window
        emulatorArgs << QStringLiteral("--fault-cut-after") << QStringLiteral("2500") << QStringLiteral("--fault-cut-count")
                     << QStringLiteral("3") << QStringLiteral("--fault-path") << QStringLiteral("/sessions/sess_");
    local.start(p.isSet(emulator) ? p.value(emulator) : pokee::LocalEmulator::defaultProgram(), emulatorArgs);
    if (!local.waitUntilReady()) {
        err << "pokee-screenshot: the emulator did not start\n";
        return 1;
    }
    pokee::ApiClient api(local.endpoint());
    pokee::Journal journal;
    journal.open(QStringLiteral(":memory:"));
    pokee::TurnManager turns(&api, &journal);
    pokee::SessionDirectory::Options listOptions;
    listOptions.selectedPollIntervalMs = 500;
    listOptions.pollIntervalMs = 1000;
    pokee::ui::MainWindow window(&api, &turns, local.endpoint().baseUrl.toString(), listOptions);
    if (which == u"sessions") {
        window.setProfiles({QStringLiteral("Work (acme.example)"), QStringLiteral("Personal"), QStringLiteral("Local demo")},
                           QStringLiteral("Work (acme.example)"));
        window.detailsPane()->show();
    }
    window.show();

    int exitCode = 1;
    auto shoot = [&] {
        window.chatView()->flush();
        QTimer::singleShot(300, &app, [&] { // let the last frame paint
            const bool saved = window.screen()->grabWindow(window.winId()).save(p.value(output), "PNG");
            if (!saved)
                err << "pokee-screenshot: could not write " << p.value(output) << '\n';
            exitCode = saved ? 0 : 1;
            app.quit();
        });
    };
    pokee::SessionController *controller = window.controller();
    QObject::connect(controller, &pokee::SessionController::errorOccurred, &app, [&](const QString &text) {
        err << "pokee-screenshot: " << text << '\n';
        app.exit(1);
    });
    pokee::SessionDirectory *directory = window.directory();
    QTemporaryDir settings;
    pokee::ProfileStore store(settings.filePath(QStringLiteral("profiles.ini")));
    pokee::KeyStore keys;
    if (which == u"profiles") {
        window.setProfiles({QStringLiteral("Local emulator"), QStringLiteral("Work (acme.example)"), QStringLiteral("Local demo")},
                           QStringLiteral("Local emulator"));
        pokee::Profile work;
        work.name = QStringLiteral("Work (acme.example)");
        work.baseUrl = QUrl(QStringLiteral("https://api.acme.example"));
        work.network.proxy = pokee::NetworkSettings::Proxy::Manual;
        work.network.proxyHost = QStringLiteral("proxy.acme.example");
        work.network.proxyPort = 3128;
        pokee::Profile here;
        here.name = QStringLiteral("Local emulator");
        here.baseUrl = local.endpoint().baseUrl;
        store.save(work);
        store.save(here);
        auto *dialog = new pokee::ui::ProfilesDialog(&store, &keys, &window);
        dialog->selectProfile(here.name);
        dialog->keyField()->setText(local.endpoint().key); // shown as dots, as typed
        QTimer::singleShot(300, &app, [&, dialog] {
            dialog->open();
            dialog->testConnection();
        });
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&, dialog, poll] {
            if (!dialog->statusLabel()->text().contains(u"accepted"))
                return;
            poll->stop();
            QTimer::singleShot(300, &app, [&] {
                const bool saved = window.screen()->grabWindow(0, window.x(), window.y(), window.width(), window.height()).save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
        });
        poll->start(100);
    } else if (which == u"sessions") {
        // Shoot once the deck is well along: its row shows the stage and the bar.
        QObject::connect(directory, &pokee::SessionDirectory::sessionChanged, &app, [&](const QString &sid) {
            const pokee::SessionListModel *m = directory->model();
            const int row = m->rowOf(sid);
            if (sid == controller->sessionId() && exitCode == 1 &&
                m->index(row).data(pokee::SessionListModel::ProgressPercentRole).toInt() >= 60) {
                exitCode = 2;
                window.detailsPane()->showSession(sid);
                shoot();
            }
        });
    } else if (which == u"streaming") {
        QObject::connect(controller->transcript(), &QAbstractItemModel::dataChanged, &app, [&] {
            const QString answer = controller->transcript()->lastAnswerText();
            if (answer.size() > 380 && exitCode == 1 && !answer.isEmpty()) {
                exitCode = 2; // shoot once
                shoot();
            }
        });
    } else if (which == u"welcome") {
        window.showWelcome(true); // the first run, on the local demo
        QTimer::singleShot(1500, &app, [&] { shoot(); });
    } else if (which == u"settings" || which == u"about") {
        // A dialog over the window after one answer: the screen's region of the window.
        QObject::connect(controller, &pokee::SessionController::turnFinished, &app, [&] {
            window.chatView()->flush();
            QDialog *dialog = which == u"settings" ? static_cast<QDialog *>(window.openSettings())
                                                   : static_cast<QDialog *>(window.openAbout());
            dialog->move(window.geometry().center() - dialog->rect().center());
            QTimer::singleShot(500, &app, [&] {
                const bool saved = window.screen()->grabWindow(0, window.x(), window.y(), window.width(), window.height())
                                       .save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
        });
    } else if (which == u"find") {
        // Three sessions' words in the journal, then Edit → Find in All Sessions over them.
        QObject::connect(controller, &pokee::SessionController::turnFinished, &app, [&] {
            QTimer::singleShot(2500, &app, [&] { // the other two turns end meanwhile
                window.setSearchSources([&] {
                    return QList<pokee::SearchResultsModel::Source>{{QStringLiteral("Local emulator"), &journal, turns.profile()}};
                });
                pokee::ui::FindInSessionsDialog *find = window.openFindInSessions();
                find->query()->setText(QStringLiteral("summar*"));
                find->search();
                QTimer::singleShot(600, &app, [&, find] {
                    const QRect r = find->frameGeometry();
                    exitCode = find->screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height()).save(p.value(output), "PNG") ? 0 : 1;
                    app.quit();
                });
            });
        });
    } else if (which == u"palette") {
        // Three sessions, then Ctrl+K with a few letters typed: sessions and actions matched.
        QObject::connect(controller, &pokee::SessionController::turnFinished, &app, [&] {
            QTimer::singleShot(2500, &app, [&] {
                window.chatView()->flush();
                window.activateWindow();
                window.commandPalette()->open();
                if (QWidget *bar = window.commandPalette()->bar())
                    QTest::keyClicks(bar->findChild<QLineEdit *>(), QStringLiteral("export"));
                QTimer::singleShot(600, &app, [&] {
                    exitCode = window.screen()->grabWindow(0, window.x(), window.y(), window.width(), window.height())
                                       .save(p.value(output), "PNG") ? 0 : 1;
                    app.quit();
                });
            });
        });
    } else if (!pokee::screenshot::isToolScenario(which) && which != u"files" && which != u"split" && !which.startsWith(u"mcp")) {
        QObject::connect(controller, &pokee::SessionController::turnFinished, &app, [&] { shoot(); });
    }
    // Creates a session as the new-session dialog would, then runs `then(id)`.
    auto create = [&](bool persistent, qint64 ttl, std::function<void(const QString &)> then) {
        QJsonObject body{{QStringLiteral("persistent"), persistent}};
        if (ttl > 0)
            body.insert(QStringLiteral("ttl"), ttl);
        QObject::connect(api.createSession(body), &pokee::ApiCall::finished, &app,
                         [&, persistent, ttl, then](const pokee::ApiResult &r) {
                             const QString id = r.json.object().value(u"id").toString();
                             directory->addSession(id, persistent ? 1 : 0, ttl);
                             then(id);
                         });
    };
    // The tools scenario answers its tool call the way a user's rule would.
    QObject::connect(&turns, &pokee::TurnManager::eventsReceived, &app,
                     [&](const QString &sid, qint64, const QString &, const QList<pokee::TurnEvent> &events) {
                         for (const pokee::TurnEvent &e : events)
                             if (e.type == u"tool_call.requested" && which == u"tools")
                                 api.post(QStringLiteral("/v1/sessions/%1/tool_results").arg(sid),
                                          {{QStringLiteral("tool_call_id"), e.data.value(u"tool_call_id")},
                                           {QStringLiteral("output"), QStringLiteral(R"({"temperature_c": 14, "condition": "cloudy"})")}});
                     });
    QTimer::singleShot(0, &app, [&] {
        if (which == u"profiles" || which == u"welcome")
            return;
        if (which == u"files") {
            pokee::screenshot::startFilesScenario(window, api, settings.path(), [&](QWidget *target) {
                window.chatView()->flush();
                const bool saved = target->screen()->grabWindow(target->winId()).save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
            return;
        }
        if (which.startsWith(u"mcp")) {
            pokee::screenshot::startMcpScenario(which, window, api, settings.path(), [&](QWidget *target) {
                const QRect r = target->frameGeometry();
                // The main window as it renders itself; a dialog with its frame, from the screen.
                const bool saved = (target == &window ? target->grab()
                                                      : target->screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height()))
                                       .save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
            return;
        }
        if (which == u"split") {
            pokee::screenshot::startSplitScenario(window, api, [&](QWidget *target) {
                const bool saved = target->screen()->grabWindow(target->winId()).save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
            return;
        }
        if (pokee::screenshot::isToolScenario(which)) {
            pokee::screenshot::startToolScenario(which, window, api, settings.path(), [&](QWidget *target) {
                const QRect r = target->frameGeometry();
                const bool saved = target->screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height()).save(p.value(output), "PNG");
                exitCode = saved ? 0 : 1;
                app.quit();
            });
            return;
        }
        if (which == u"sessions") {
            create(true, 0, [&](const QString &id) {
                turns.startTurn(id, QStringLiteral("Translate the README into French"));
                // Then gone on the server: its row stays, read-only, with its transcript.
                QObject::connect(&turns, &pokee::TurnManager::turnFinished, &app, [&, id](const QString &sid) {
                    if (sid == id)
                        QObject::connect(api.deleteResource(QStringLiteral("/v1/sessions/") + id), &pokee::ApiCall::finished,
                                         &app, [&, id] { directory->refreshSession(id); });
                });
            });
            create(false, 0, [&](const QString &id) { turns.startTurn(id, QStringLiteral("Summarise yesterday's support tickets")); });
            create(true, 4 * 3600, [&](const QString &id) {
                turns.startTurn(id, QStringLiteral("Draft the onboarding email for new hires"));
            });
            create(true, 24 * 3600, [&](const QString &id) {
                turns.startTurn(id, QStringLiteral("Write a long essay on resumable streams [[duration=40]]"));
            });
            create(true, 4 * 3600, [&](const QString &id) {
                controller->openSession(id);
                controller->send(QStringLiteral("Build a presentation deck on Q3 results [[duration=25]] [[step_ms=2500]]"));
            });
            return;
        }
        if (which == u"tools") {
            const QJsonArray tools{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), QStringLiteral("get_weather")},
                {QStringLiteral("description"), QStringLiteral("Look up current weather for a city.")},
                {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                           {QStringLiteral("properties"), QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                                                           {QStringLiteral("required"), QJsonArray{QStringLiteral("location")}}}}}};
            QObject::connect(api.createSession({{QStringLiteral("tools"), tools}}), &pokee::ApiCall::finished, &app,
                             [&](const pokee::ApiResult &r) {
                                 controller->openSession(r.json.object().value(u"id").toString());
                                 controller->send(QStringLiteral("What is the weather in Paris right now?"));
                             });
            return;
        }
        if (which == u"find" || which == u"palette") {
            create(true, 0, [&](const QString &id) { turns.startTurn(id, QStringLiteral("Summarise yesterday's support tickets")); });
            create(true, 0, [&](const QString &id) {
                turns.startTurn(id, QStringLiteral("Write the quarterly sales report and a summary for the board"));
            });
        }
        window.composer()->setText(which == u"streaming" || which == u"drops"
                                       ? QStringLiteral("Write a 600-word essay on resumable streams.")
                                       : QStringLiteral("Show me a short Python example of summarising a list."));
        window.composer()->submit();
    });
    QTimer::singleShot(120000, &app, [&] {
        err << "pokee-screenshot: the scenario did not finish within 120 s\n";
        app.exit(1);
    });
    app.exec();
    return exitCode;
}
