// The event decoder and the transcript's folding: the input is an event stream; each event
// becomes a TurnEvent (JSON data or not, any type, any id) and is folded into a
// TranscriptModel, then the turn's display events are encoded and decoded again as the
// journal does. Nothing may crash, the model's rows must be its blocks, and the journal's
// display events must read back.

#include "FuzzCheck.h"
#include "models/TranscriptModel.h"
#include "store/DisplayEvents.h"
#include "stream/SseParser.h"
#include "stream/TurnEvent.h"

#include <cstdint>

using namespace pokee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), events);
    parser.finish();

    TranscriptModel model;
    DisplayEvents display;
    model.appendPrompt(QStringLiteral("fuzz"));
    int responses = 0;
    for (const SseEvent &sse : std::as_const(events)) {
        const TurnEvent e = TurnEvent::fromSse(sse);
        FUZZ_CHECK(e.seq >= -1, "a seq is -1 or a number");
        FUZZ_CHECK(TurnEvent::sequenceOf(sse) == e.seq, "sequenceOf agrees with fromSse");
        // A new response id now and then: tool calls and texts of several turns interleave.
        if (e.type == u"message.created")
            ++responses;
        model.applyEvent(QStringLiteral("msg_%1").arg(responses), e);
        display.add(e);
        FUZZ_CHECK(model.rowCount() == model.blocks().size(), "the model's rows are its blocks");
    }
    for (int row = 0; row < model.rowCount(); ++row)
        (void)model.data(model.index(row), Qt::DisplayRole);
    (void)model.lastAnswerText();

    QList<TurnEvent> decoded;
    FUZZ_CHECK(DisplayEvents::decode(display.encode(), decoded), "encoded display events decode");
    FUZZ_CHECK(decoded.size() == display.events().size(), "as many display events come back");

    // The decoder also reads whatever a damaged journal might hold.
    QList<TurnEvent> junk;
    DisplayEvents::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), junk);
    return 0;
}
