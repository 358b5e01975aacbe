// Journal appends per second: 1,000,000 text.delta events in batches (one transaction per
// network read), to a real file in WAL mode.
#include "store/Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace pokee;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL needs one
    const int total = 1'000'000;
    QTemporaryDir dir;
    Journal journal;
    if (!journal.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
        return 1;
    }
    std::printf("Journal appends, %d events\n", total);
    for (int batch : {1, 16, 256}) {
        const qint64 turn = journal.beginTurn(QStringLiteral("sess_bench"), QStringLiteral("p"), QStringLiteral("k"));
        const int count = batch == 1 ? total / 20 : total;
        QList<TurnEvent> events;
        QElapsedTimer timer;
        timer.start();
        for (int seq = 0; seq < count;) {
            events.clear();
            for (int i = 0; i < batch && seq < count; ++i, ++seq) {
                // Built directly: the journal stores the raw data, it never needs the parsed JSON.
                TurnEvent e;
                e.seq = seq;
                e.id = QByteArray::number(seq);
                e.type = QStringLiteral("text.delta");
                e.rawData = "{\"content\":\"word \",\"sequence_number\":" + QByteArray::number(seq) + "}";
                events.append(std::move(e));
            }
            if (!journal.appendEvents(turn, events)) {
                std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
                return 1;
            }
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("batches of %-4d %12.0f events/s  (%d events, %.2f s)\n", batch, count / seconds, count, seconds);
    }
    return 0;
}
