// Many sessions on screen at once, on the platform QT_QPA_PLATFORM names (./dev bench: xcb on
// Xvfb): four sessions in four views — the main window split in two, and two session windows —
// each streaming 20,000 deltas/s for 10 s (POKEE_BENCH_DELTAS_PER_S sets another rate) through
// the journal into its session's shared transcript, with the longest GUI-thread stall; what
// one more window costs (on another session, and on a session another view shows already);
// and the idle memory of three profiles live against one.
#include "BenchSupport.h"
#include "chat/ChatView.h"
#include "chat/ConversationPane.h"
#include "chat/SessionView.h"
#include "shell/ConversationSplit.h"
#include "shell/MainWindow.h"
#include "shell/ProfileCores.h"
#include "shell/SessionWindow.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "profiles/Profile.h"
#include "runtime/ProfileRuntime.h"
#include "runtime/ProfileServices.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>

using namespace pokee;
using namespace pokee::bench;

namespace {

// A saved profile on an address nobody answers (idle: its session list polls and fails
// quietly), its journal holding `sessions` sessions of two turns each.
std::unique_ptr<ProfileRuntime> openProfile(const QString &name, const QString &folder, int sessions)
{
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    const QString path = folder + u'/' + name + QStringLiteral(".sqlite");
    {
        Journal journal;
        if (!journal.open(path))
            return nullptr;
        for (int i = 0; i < sessions; ++i)
            fillSession(journal, QStringLiteral("sess_%1_%2").arg(name).arg(i), 2);
    }
    QString error;
    SessionDirectory::Options options;
    return ProfileRuntime::open(p, QStringLiteral("unused"), path, options, &error);
}

double rssMiB()
{
    return rssKiB() / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pokee-bench")); // its own settings
    QTemporaryDir dir;
    std::map<QString, std::unique_ptr<ProfileRuntime>> runtimes;
    const QString work = QStringLiteral("Work");
    runtimes[work] = openProfile(work, dir.path(), 100);
    if (!runtimes[work])
        return 1;
    ui::ProfileCoreLookup cores = [&](const QString &name) -> std::optional<ui::ProfileCore> {
        const auto it = runtimes.find(name);
        if (it == runtimes.end() || !it->second)
            return std::nullopt;
        ProfileRuntime *rt = it->second.get();
        return ui::ProfileCore{name, rt->api(), rt->turns(), rt->services()};
    };
    ProfileRuntime *rt = runtimes[work].get();
    auto window = std::make_unique<ui::MainWindow>(rt->api(), rt->turns(), rt->services());
    window->setProfileCores(cores);
    window->resize(1180, 780);
    window->show();
    pump(1000);
    std::printf("Many views, %s platform\n", qPrintable(QGuiApplication::platformName()));

    // 1. Idle memory: one profile live (100 sessions in its journal), then three.
    const double oneProfile = rssMiB();
    for (const QString &name : {QStringLiteral("Personal"), QStringLiteral("Lab")})
        runtimes[name] = openProfile(name, dir.path(), 100);
    for (const QString &name : {QStringLiteral("Personal"), QStringLiteral("Lab")})
        runtimes[name]->services()->loadOnce(); // as the app does for a profile opened in the background
    pump(1000);
    const double threeProfiles = rssMiB();
    std::printf("idle RSS, window shown: 1 profile live %.1f MB, 3 profiles live %.1f MB (+%.1f MB per extra profile)\n",
                oneProfile, threeProfiles, (threeProfiles - oneProfile) / 2);

    // 2. What one more window costs: on a 50-turn session no view shows, then a second window
    //    on that same session (its transcript shared: widgets only).
    fillSession(*rt->journal(), QStringLiteral("sess_window"), 50);
    pump(300);
    const double before = rssMiB();
    auto first = std::make_unique<ui::SessionWindow>(ui::newSessionView(*cores(work)));
    first->view()->openSession(QStringLiteral("sess_window"));
    first->show();
    pump(1000);
    const double withFirst = rssMiB();
    auto second = std::make_unique<ui::SessionWindow>(ui::newSessionView(*cores(work)));
    second->view()->openSession(QStringLiteral("sess_window"));
    second->show();
    pump(1000);
    const double withSecond = rssMiB();
    std::printf("one more window: %.1f MB on a 50-turn session of its own, %.1f MB on a session another window shows\n",
                withFirst - before, withSecond - withFirst);
    second.reset();
    first.reset();
    pump(300);

    // 3. Four sessions in four views — the split's two sides and two windows — each streaming.
    const int deltasPerSecond = qEnvironmentVariableIsSet("POKEE_BENCH_DELTAS_PER_S")
                                    ? qEnvironmentVariableIntValue("POKEE_BENCH_DELTAS_PER_S")
                                    : 20000;
    const int perBatch = qMax(1, deltasPerSecond / 100);
    const QStringList sids{QStringLiteral("sess_a"), QStringLiteral("sess_b"), QStringLiteral("sess_c"), QStringLiteral("sess_d")};
    window->controller()->openSession(sids.at(0));
    window->split()->openBeside(work, sids.at(1));
    std::vector<std::unique_ptr<ui::SessionWindow>> windows;
    for (int i = 2; i < 4; ++i) {
        windows.push_back(std::make_unique<ui::SessionWindow>(ui::newSessionView(*cores(work))));
        windows.back()->view()->openSession(sids.at(i));
        windows.back()->move(60 * i, 40 * i);
        windows.back()->show();
    }
    pump(1000);
    const QList<TranscriptModel *> models{window->controller()->transcript(), window->split()->side()->controller()->transcript(),
                                          windows.at(0)->view()->controller()->transcript(),
                                          windows.at(1)->view()->controller()->transcript()};
    QList<qint64> turnIds;
    for (int i = 0; i < 4; ++i) {
        turnIds << rt->journal()->beginTurn(sids.at(i), QStringLiteral("stream"), QStringLiteral("k%1").arg(i));
        models.at(i)->appendPrompt(QStringLiteral("Stream, please."));
        models.at(i)->applyEvent({}, textDelta(0, QString()));
    }
    qint64 seq = 1;
    qint64 maxGapMs = 0;
    QElapsedTimer sinceBeat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QList<qint64> gapPerSecond(11, 0); // the longest stall in each second of the stream
    QElapsedTimer sinceStart;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = sinceBeat.restart();
        maxGapMs = qMax(maxGapMs, gap);
        qint64 &bucket = gapPerSecond[qMin<qint64>(10, sinceStart.elapsed() / 1000)];
        bucket = qMax(bucket, gap);
    });
    QTimer network;
    network.setTimerType(Qt::PreciseTimer);
    qint64 journalNs = 0, applyNs = 0, longestJournalNs = 0;
    QElapsedTimer part;
    QObject::connect(&network, &QTimer::timeout, [&] {
        QList<TurnEvent> batch;
        for (int i = 0; i < perBatch; ++i, ++seq)
            batch << textDelta(seq, deltaText(seq));
        for (int v = 0; v < 4; ++v) {
            part.start();
            rt->journal()->appendEvents(turnIds.at(v), batch);
            longestJournalNs = qMax(longestJournalNs, part.nsecsElapsed());
            journalNs += part.nsecsElapsed();
            part.start();
            for (const TurnEvent &e : std::as_const(batch))
                models.at(v)->applyEvent(QStringLiteral("msg_%1").arg(v), e);
            applyNs += part.nsecsElapsed();
        }
    });
    QElapsedTimer streaming;
    streaming.start();
    heartbeat.start(2);
    network.start(10);
    sinceBeat.start();
    sinceStart.start();
    pump(10000);
    network.stop();
    heartbeat.stop();
    const double seconds = streaming.elapsed() / 1000.0;
    std::printf("4 views streaming: %lld deltas each in %.1f s = %.0f deltas/s per view; longest GUI-thread stall %lld ms\n",
                static_cast<long long>(seq - 1), seconds, (seq - 1) / seconds, static_cast<long long>(maxGapMs));
    QStringList perSecond;
    for (qint64 g : std::as_const(gapPerSecond))
        perSecond << QString::number(g);
    std::printf("        longest stall in each second: %s ms\n", qPrintable(perSecond.join(u' ')));
    std::printf("        GUI thread busy: journal %.0f%% (longest append %.1f ms), model %.0f%%; the rest is layout, paint, X\n",
                journalNs / 1e7 / seconds, longestJournalNs / 1e6, applyNs / 1e7 / seconds);
    std::printf("RSS after: %.1f MB\n", rssMiB());
    windows.clear();
    window.reset();
    return 0;
}
