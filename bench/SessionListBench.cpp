// The session list at scale (issue 9): 1,000 sessions, 50 of them busy on pokee-emulator with
// their metadata changing every 500 ms, polled by the window's SessionDirectory. Reports the
// longest GUI-thread stall while the polls answer (a 2 ms heartbeat), the time of the first
// merged listing, and the time from selecting a 5 MB session to its first frame, switching
// back and forth between two of them.
#include "BenchSupport.h"
#include "chat/ChatView.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"

#include <QNetworkReply>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pokee;
using namespace pokee::bench;

namespace {

// Waits for every call to answer, spinning the event loop.
void waitAll(QList<ApiCall *> calls, QStringList *ids = nullptr)
{
    int left = int(calls.size());
    for (ApiCall *c : calls)
        QObject::connect(c, &ApiCall::finished, [&left, ids](const ApiResult &r) {
            if (ids)
                ids->append(r.json.object().value(u"id").toString());
            --left;
        });
    while (left > 0)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

struct Stall
{
    qint64 maxGapMs = 0;
    QElapsedTimer since;
    QTimer beat;
    Stall()
    {
        beat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&beat, &QTimer::timeout, [this] { maxGapMs = qMax(maxGapMs, since.restart()); });
    }
    void start()
    {
        maxGapMs = 0;
        since.restart();
        beat.start(2);
    }
    qint64 stop()
    {
        beat.stop();
        return maxGapMs;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LocalEmulator emulator;
    emulator.start(LocalEmulator::defaultProgram(), {QStringLiteral("--keepalive-s"), QStringLiteral("0")});
    if (!emulator.waitUntilReady())
        return 1;
    ApiClient api(emulator.endpoint());
    QTemporaryDir dir;
    Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("sessions.sqlite"))))
        return 1;
    TurnManager turns(&api, &journal);
    const QString profile = turns.profile();

    // 1,000 sessions on the server, all in this profile's journal.
    QStringList ids;
    for (int batch = 0; batch < 10; ++batch) {
        QList<ApiCall *> calls;
        for (int i = 0; i < 100; ++i)
            calls << api.createSession({{QStringLiteral("persistent"), true}, {QStringLiteral("ttl"), 86400}});
        waitAll(calls, &ids);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < ids.size(); ++i)
        journal.upsertSession(SessionRecord::make(ids[i], profile, QStringLiteral("Session %1 about the quarterly plan").arg(i),
                                                  now - i * 60000, now - i * 60000));
    // 50 of them busy for two minutes, their progress moving every 500 ms; the POSTs are
    // dropped at once: nobody streams them, so only the polls can follow them.
    QList<QNetworkReply *> posts;
    for (int i = 0; i < 50; ++i)
        posts << api.postMessage(ids[i * 20], QStringLiteral("[[duration=120]] [[progress=240]] [[step_ms=500]] bench"), {});
    for (QNetworkReply *r : posts)
        QObject::connect(r, &QNetworkReply::metaDataChanged, r, [r] { r->abort(); });
    pump(1000);

    // Two 5 MB sessions to switch between.
    const QString bigA = QStringLiteral("sess_big_a"), bigB = QStringLiteral("sess_big_b");
    fillSession(journal, bigA, 5000);
    fillSession(journal, bigB, 5000);
    journal.upsertSession(SessionRecord::make(bigA, profile, QStringLiteral("Big A"), now, now));
    journal.upsertSession(SessionRecord::make(bigB, profile, QStringLiteral("Big B"), now, now));

    std::printf("Session list: %lld sessions (50 busy, metadata changing every 500 ms), offscreen, window 1180x780\n",
                static_cast<long long>(ids.size() + 2));
    for (const int interval : {15000, 1000}) {
        SessionDirectory::Options o;
        o.pollIntervalMs = interval;
        o.selectedPollIntervalMs = qMin(interval, 3000);
        o.listIntervalMs = 0;
        o.attachWhenKnown = false; // measure the polls, not 50 streams
        Stall stall;
        stall.start();
        QElapsedTimer building;
        building.start();
        ui::MainWindow window(&api, &turns, profile, o);
        window.resize(1180, 780);
        window.show();
        const qint64 builtMs = building.elapsed();
        QSignalSpy refreshed(window.directory(), &SessionDirectory::refreshed);
        while (refreshed.isEmpty())
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 listedMs = building.elapsed();
        const qint64 startStall = stall.stop();
        int answers = 0;
        QObject::connect(window.directory(), &SessionDirectory::sessionChanged, [&] { ++answers; });
        stall.start();
        pump(interval == 15000 ? 31000 : 10000);
        const qint64 pollStall = stall.stop();
        int busy = 0;
        for (const SessionSummary &s : window.sessions()->all())
            busy += s.busy ? 1 : 0;
        std::printf("poll every %5d ms: window with %lld rows built in %lld ms, merged with GET /v1/sessions in %lld ms "
                    "(longest stall %lld ms);\n    %d poll answers in %.0f s with %d busy rows, longest GUI-thread stall %lld ms\n",
                    interval, static_cast<long long>(window.sessions()->rowCount()), static_cast<long long>(builtMs),
                    static_cast<long long>(listedMs), static_cast<long long>(startStall), answers,
                    interval == 15000 ? 31.0 : 10.0, busy, static_cast<long long>(pollStall));

        {
            // Switching between the two 5 MB sessions while the polls go on: the time from the
            // selection to the first frame of the newly selected one.
            QList<qint64> switches;
            window.controller()->openSession(bigA);
            pump(200);
            for (int round = 0; round < 6; ++round) {
                QElapsedTimer t;
                t.start();
                window.controller()->openSession(round % 2 ? bigA : bigB);
                window.chatView()->viewport()->repaint();
                switches << t.elapsed();
                pump(300);
            }
            // The first selection of B reads it from the journal; the others find it folded.
            const qint64 cold = switches.takeFirst();
            std::sort(switches.begin(), switches.end());
            std::printf("switch between two 5 MB sessions (10,000 messages each), selection to first frame: the first "
                        "time (from the journal) %lld ms; back and forth after that median %lld ms, worst %lld ms "
                        "(target <= 200 ms)\n",
                        static_cast<long long>(cold), static_cast<long long>(switches.at(switches.size() / 2)),
                        static_cast<long long>(switches.last()));
            if (interval == 1000)
                std::printf("RSS                                          %8.1f MB\n", rssKiB() / 1024.0);
        }
    }
    return 0;
}
