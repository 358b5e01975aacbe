// The command palette (Ctrl+K) over a window of 1,000 sessions: the time from the key to the
// palette built, shown and painted — the first time (which loads the command bar module and its
// KF6 libraries) and then 20 more — and from a typed letter to the filtered list painted.
// Resident memory before the first open and after the last says what the module costs once
// loaded. Runs on the platform QT_QPA_PLATFORM names (offscreen when unset).
#include "BenchSupport.h"
#include "palette/CommandPalette.h"
#include "shell/ActionRegistry.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "models/SessionListModel.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibrary>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace pokee;
using namespace pokee::bench;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, int(v.size() * 0.95)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int sessions = qEnvironmentVariableIntValue("POKEE_BENCH_SESSIONS") > 0 ? qEnvironmentVariableIntValue("POKEE_BENCH_SESSIONS") : 1000;

    QTemporaryDir dir;
    Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("journal.db"))))
        return 1;
    const QString profile = QStringLiteral("bench");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < sessions; ++i)
        journal.upsertSession(SessionRecord::make(QStringLiteral("sess_%1").arg(i, 5, 10, QLatin1Char('0')), profile,
                                                  QStringLiteral("Session %1 about the quarterly plan, part %2").arg(i).arg(i % 17), 0, now - i));
    // No server: the list is the journal's, as after a start without a network.
    ApiClient api(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("unused")});
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, profile);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QElapsedTimer wait;
    wait.start();
    while (window.sessions()->rowCount() < sessions && wait.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    std::printf("palette: %d sessions listed\n", int(window.sessions()->rowCount()));
    pump(200);

    ui::CommandPalette *palette = window.commandPalette();
    QAction *open = window.actions()->action(QStringLiteral("app.palette"));
    const qint64 rssBefore = rssKiB();
    // Key to painted: the action runs, the bar is built and shown, and the window repaints
    // with it (repaint() paints synchronously, as the next frame would).
    auto openOnce = [&]() -> double {
        QElapsedTimer t;
        t.start();
        open->trigger();
        window.repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        return palette->bar() && palette->bar()->isVisible() ? ms : -1;
    };
    auto close = [&] {
        QTest::keyClick(palette->bar()->findChild<QLineEdit *>(), Qt::Key_Escape);
        while (palette->bar())
            QApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    // The window alone, repainted: what every figure below includes besides the palette.
    QList<double> bare;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        window.repaint();
        bare << t.nsecsElapsed() / 1e6;
    }
    double moduleMs = -1;
    if (qEnvironmentVariableIsSet("POKEE_BENCH_PRELOAD")) { // the module's load alone, timed apart
        QElapsedTimer t;
        t.start();
        for (const QString &candidate : ui::CommandPalette::moduleCandidates())
            if (QLibrary(candidate).load())
                break;
        moduleMs = t.nsecsElapsed() / 1e6;
    }
    const double first = openOnce();
    if (first < 0) {
        std::printf("palette: did not open (the command bar module?)\n");
        return 1;
    }
    close();
    const qint64 rssLoaded = rssKiB();
    QList<double> opens, letters;
    for (int i = 0; i < 20; ++i) {
        opens << openOnce();
        QLineEdit *field = palette->bar()->findChild<QLineEdit *>();
        for (const QChar c : QStringLiteral("qplan")) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(field, c.toLatin1());
            window.repaint();
            letters << t.nsecsElapsed() / 1e6;
        }
        close();
    }
    std::printf("palette: the window alone repainted median %.1f ms\n", median(bare));
    if (moduleMs >= 0)
        std::printf("palette: module loaded alone in %.1f ms\n", moduleMs);
    std::printf("palette: first open %.1f ms (%s)\n", first, moduleMs >= 0 ? "module loaded before" : "loads the module");
    std::printf("palette: open median %.1f ms, p95 %.1f ms (20 opens, %d sessions)\n", median(opens), p95(opens), sessions);
    std::printf("palette: letter typed to list painted median %.1f ms, p95 %.1f ms\n", median(letters), p95(letters));
    std::printf("palette: RSS %.1f MB before the first open, %.1f MB after it (module loaded), %.1f MB after 21 opens\n",
                rssBefore / 1024.0, rssLoaded / 1024.0, rssKiB() / 1024.0);
    return 0;
}
