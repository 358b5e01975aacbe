// SseParser throughput: many small text.delta events, and 1 MiB data events, fed in 16 KiB
// network-sized chunks, through feedViews() (the path TurnStream takes: no copy per event)
// and through feed() (events that own their bytes). Prints one line per case.
#include "stream/SseParser.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdio>
#include <type_traits>

using pokee::SseEvent;
using pokee::SseEventView;
using pokee::SseParser;

namespace {

template<typename Event>
void run(const char *name, const QByteArray &stream, int rounds, qsizetype chunk)
{
    qint64 events = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        SseParser parser;
        QList<Event> out;
        for (qsizetype pos = 0; pos < stream.size(); pos += chunk) {
            const QByteArrayView bytes = QByteArrayView(stream).sliced(pos, qMin(chunk, stream.size() - pos));
            if constexpr (std::is_same_v<Event, SseEventView>)
                parser.feedViews(bytes, out);
            else
                parser.feed(bytes, out);
            events += out.size();
            out.resize(0); // as TurnStream does: the list's capacity is reused
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
    run<SseEventView>("small text.delta events", small, 20, 16 * 1024);
    run<SseEventView>("1 MiB data events", large, 10, 16 * 1024);
    run<SseEventView>("1 MiB data events, 1 MiB feeds", large, 10, 1024 * 1024);
    std::printf("SseParser::feed (copies), 16 KiB feeds\n");
    run<SseEvent>("copied small events", small, 20, 16 * 1024);
    run<SseEvent>("copied 1 MiB events", large, 10, 16 * 1024);
    return 0;
}
