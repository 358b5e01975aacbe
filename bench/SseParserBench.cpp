// SseParser throughput: many small text.delta events, and 1 MiB data events, fed in 16 KiB
// network-sized chunks. Prints one line per case.
#include "stream/SseParser.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdio>

using pokee::SseEvent;
using pokee::SseParser;

namespace {

void run(const char *name, const QByteArray &stream, int rounds, qsizetype chunk)
{
    qint64 events = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        SseParser parser;
        QList<SseEvent> out;
        for (qsizetype pos = 0; pos < stream.size(); pos += chunk) {
            parser.feed(QByteArrayView(stream).sliced(pos, qMin(chunk, stream.size() - pos)), out);
            events += out.size();
            out.clear();
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double bytes = double(stream.size()) * rounds;
    std::printf("%-28s %10.1f MB/s %12.0f events/s  (%lld events, %.2f s)\n", name, bytes / seconds / 1e6,
                events / seconds, static_cast<long long>(events), seconds);
}

} // namespace

int main()
{
    QByteArray small;
    for (int i = 0; i < 200000; ++i)
        small += "id: " + QByteArray::number(i) + "\nevent: text.delta\ndata: {\"content\":\"word \",\"sequence_number\":" +
                 QByteArray::number(i) + "}\n\n";
    QByteArray large;
    const QByteArray payload(1024 * 1024, 'x');
    for (int i = 0; i < 64; ++i)
        large += "id: " + QByteArray::number(i) + "\nevent: tool_result\ndata: {\"content\":\"" + payload + "\"}\n\n";
    std::printf("SseParser, 16 KiB feeds\n");
    run("small text.delta events", small, 20, 16 * 1024);
    run("1 MiB data events", large, 10, 16 * 1024);
    run("1 MiB data events, 1 MiB feeds", large, 10, 1024 * 1024);
    return 0;
}
