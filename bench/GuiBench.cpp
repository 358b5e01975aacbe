// The chat pane under load, on the platform QT_QPA_PLATFORM names (./dev bench: xcb on Xvfb;
// offscreen when unset, which renders into a real backing store too): a 50,000 deltas/s
// stream for 10 s through the journal, the model and the view (POKEE_BENCH_DELTAS_PER_S sets
// another rate), with the longest GUI-thread stall and how long after the last delta arrived
// the window was flushed with it; opening a 10,000-message, 5 MB session; memory; and the cost
// of one delta at a 10 KB and at a 5 MB transcript.
#include "BenchSupport.h"
#include "chat/ChatView.h"
#include "shell/MainWindow.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pokee;

using namespace pokee::bench;

namespace {

// Times the window's repaints: Qt posts one UpdateRequest to a top-level widget per frame, and
// handling it paints every dirty widget and flushes the backing store to the screen. The
// filter handles it itself (sendEvent, once) so that it knows when the flush has finished.
class FlushClock : public QObject
{
public:
    explicit FlushClock(QWidget *window) : m_window(window)
    {
        m_clock.start();
        window->installEventFilter(this);
    }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    qint64 lastFlushStartNs() const { return m_lastStart; }
    qint64 lastFlushEndNs() const { return m_lastEnd; }
    qint64 count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window || event->type() != QEvent::UpdateRequest || m_inside)
            return false;
        const qint64 start = nowNs();
        m_inside = true;
        QCoreApplication::sendEvent(m_window, event);
        m_inside = false;
        m_lastStart = start;
        m_lastEnd = nowNs();
        ++m_count;
        return true;
    }

private:
    QWidget *m_window;
    QElapsedTimer m_clock;
    qint64 m_lastStart = -1;
    qint64 m_lastEnd = -1;
    qint64 m_count = 0;
    bool m_inside = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("gui.sqlite"))))
        return 1;
    ApiClient api(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("unused")});
    TurnManager turns(&api, &journal);
    ui::MainWindow window(&api, &turns, QStringLiteral("bench"));
    window.resize(1180, 780);
    window.show();
    pump(300);
    std::printf("Chat pane, %s platform, window 1180x780\n", qPrintable(QGuiApplication::platformName()));
    std::printf("idle RSS (window shown, nothing open)       %8.1f MB\n", rssKiB() / 1024.0);

    const bool onlyDelta = qEnvironmentVariableIsSet("POKEE_BENCH_ONLY_DELTA");
    // 1. A 50,000 deltas/s stream for 10 s, journaled in batches every 10 ms as the network
    //    would deliver them; a 2 ms heartbeat timer measures GUI-thread stalls, and the
    //    window's flushes are timed to see when the last delta reached the screen.
    const int deltasPerSecond = qEnvironmentVariableIsSet("POKEE_BENCH_DELTAS_PER_S")
                                    ? qEnvironmentVariableIntValue("POKEE_BENCH_DELTAS_PER_S")
                                    : 50000;
    const int perBatch = qMax(1, deltasPerSecond / 100);
    FlushClock flushes(&window);
    const QString liveSid = QStringLiteral("sess_live");
    window.controller()->openSession(liveSid);
    TranscriptModel *model = window.controller()->transcript();
    const qint64 liveTurn = journal.beginTurn(liveSid, QStringLiteral("stream"), QStringLiteral("k"));
    model->appendPrompt(QStringLiteral("Stream 500,000 deltas, please."));
    model->applyEvent({}, textDelta(0, QString())); // opens the text block
    qint64 seq = 1;
    qint64 maxGapMs = 0;
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        maxGapMs = qMax(maxGapMs, sinceBeat.restart());
    });
    QTimer network;
    network.setTimerType(Qt::PreciseTimer);
    qint64 lastAppliedNs = 0;
    QObject::connect(&network, &QTimer::timeout, [&] {
        QList<TurnEvent> batch;
        for (int i = 0; i < perBatch; ++i, ++seq)
            batch << textDelta(seq, deltaText(seq));
        journal.appendEvents(liveTurn, batch);
        for (const TurnEvent &e : std::as_const(batch))
            model->applyEvent(QStringLiteral("msg_live"), e);
        lastAppliedNs = flushes.nowNs();
    });
    QElapsedTimer streaming;
    streaming.start();
    heartbeat.start(2);
    network.start(10);
    sinceBeat.restart();
    pump(onlyDelta ? 100 : 10000);
    network.stop();
    heartbeat.stop();
    const double seconds = streaming.elapsed() / 1000.0;
    // The first flush of the window that began after the last batch was applied.
    QElapsedTimer waitFlush;
    waitFlush.start();
    while (flushes.lastFlushStartNs() <= lastAppliedNs && waitFlush.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 lastOnScreenMs = (flushes.lastFlushEndNs() - lastAppliedNs) / 1000000;
    std::printf("stream: %lld deltas in %.1f s = %.0f deltas/s; longest GUI-thread stall %lld ms (heartbeat 2 ms)\n",
                static_cast<long long>(seq - 1), seconds, (seq - 1) / seconds, static_cast<long long>(maxGapMs));
    std::printf("        last delta on screen %lld ms after it arrived (window flushes: %lld)\n",
                static_cast<long long>(lastOnScreenMs), static_cast<long long>(flushes.count()));
    std::printf("        the streamed message is %.1f MB of text\n", model->block(model->rowCount() - 1).text.size() / 1e6);

    // 2. Opening a 10,000-message (5,000 turns), ~5 MB session from the journal.
    const QString bigSid = QStringLiteral("sess_big");
    fillSession(journal, bigSid, 5000);
    qint64 bytes = 0;
    for (const TurnRecord &t : journal.turns(bigSid)) {
        bytes += t.prompt.size();
        for (const TurnEvent &e : journal.events(t.id))
            bytes += e.data.value(u"content").toString().size();
    }
    QElapsedTimer opening;
    opening.start();
    window.controller()->openSession(bigSid);
    window.chatView()->viewport()->repaint(); // the first frame the user sees
    const qint64 openMs = opening.elapsed();
    pump(200);
    std::printf("open: %d messages, %.1f MB of text, shown in %lld ms\n", model->rowCount() * 2 / 3,
                bytes / 1e6, static_cast<long long>(openMs));
    std::printf("RSS with that session open                    %8.1f MB\n", rssKiB() / 1024.0);

    // 3. The cost of one delta, rendered, at a small and at a huge transcript.
    auto perDelta = [&](const QString &sid) {
        window.controller()->openSession(sid);
        pump(50);
        model->appendPrompt(QStringLiteral("measure"));
        model->applyEvent({}, textDelta(0, QString()));
        QElapsedTimer t;
        t.start();
        const int n = 2000;
        qint64 applyNs = 0, flushNs = 0, paintNs = 0;
        QElapsedTimer part;
        for (int i = 1; i <= n; ++i) {
            part.start();
            model->applyEvent({}, textDelta(i, deltaText(i)));
            applyNs += part.nsecsElapsed();
            if (i % 20 == 0) { // one frame per 20 deltas, as at 20,000 deltas/s and 60 fps... x3
                part.start();
                window.chatView()->flush();
                flushNs += part.nsecsElapsed();
                part.start();
                window.chatView()->viewport()->repaint();
                paintNs += part.nsecsElapsed();
            }
        }
        std::printf("  %s: apply %.1f us, flush %.1f us, paint %.1f us per delta\n", qPrintable(sid), applyNs / 1e3 / n,
                    flushNs / 1e3 / n, paintNs / 1e3 / n);
        return t.nsecsElapsed() / 1000.0 / n;
    };
    const QString smallSid = QStringLiteral("sess_small");
    fillSession(journal, smallSid, 5); // ~10 KB
    QList<double> small, large;
    for (int round = 0; round < 5; ++round) { // alternate, so that warm-up and noise hit both
        small << perDelta(smallSid);
        large << perDelta(bigSid);
    }
    std::sort(small.begin(), small.end());
    std::sort(large.begin(), large.end());
    std::printf("one delta, model + view (a frame every 20 deltas), median of 5 x 2,000: %.1f us at a 10 KB "
                "transcript, %.1f us at a 5 MB one (%.2fx)\n",
                small.at(2), large.at(2), large.at(2) / small.at(2));
    return 0;
}
