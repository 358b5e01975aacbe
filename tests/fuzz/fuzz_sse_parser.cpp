// SseParser: arbitrary bytes in arbitrary chunkings. The first byte seeds the chunk sizes;
// the rest is the stream. Parsed whole in one feed() (owned events) and in pieces through
// feedViews() with each piece's bytes overwritten right after its feed, the two must give the
// same events, the same last event id and the same retry.

#include "FuzzCheck.h"
#include "stream/SseParser.h"

#include <QList>

#include <cstdint>

using pokee::SseEvent;
using pokee::SseEventView;
using pokee::SseParser;

namespace {

bool sameEvent(const SseEvent &a, const SseEvent &b)
{
    return a.type == b.type && a.data == b.data && a.lastEventId == b.lastEventId && a.idInherited == b.idInherited;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    quint32 state = data[0] * 2654435761u + 1;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser whole;
    QList<SseEvent> expected;
    const bool wholeOk = whole.feed(stream, expected);
    whole.finish();

    SseParser pieces;
    QList<SseEvent> got;
    bool piecesOk = true;
    qsizetype pos = 0;
    while (pos < stream.size() && piecesOk) {
        state = state * 1103515245u + 12345u;
        const qsizetype len = qMin<qsizetype>(stream.size() - pos, 1 + (state >> 16) % 17);
        QByteArray piece = stream.sliced(pos, len).toByteArray();
        QList<SseEventView> views;
        piecesOk = pieces.feedViews(piece, views);
        for (const SseEventView &v : std::as_const(views))
            got.append(v.toEvent());
        piece.fill('#'); // a view into expired bytes would now read '#'
        pos += len;
    }
    pieces.finish();

    // Inputs here are far below the 16 MiB limits, so neither may fail.
    FUZZ_CHECK(wholeOk && piecesOk, "a small stream never breaks the size limits");
    FUZZ_CHECK(got.size() == expected.size(), "the same number of events, whatever the chunking");
    for (qsizetype i = 0; i < got.size(); ++i)
        FUZZ_CHECK(sameEvent(got.at(i), expected.at(i)), "the same events, whatever the chunking");
    FUZZ_CHECK(pieces.lastEventId() == whole.lastEventId(), "the same last event id");
    FUZZ_CHECK(pieces.retryMs() == whole.retryMs(), "the same retry");
    for (const SseEvent &e : std::as_const(got))
        FUZZ_CHECK(!e.type.isEmpty(), "every event has a type");
    return 0;
}
