#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pokee {

// One dispatched Server-Sent Event, exactly as the WHATWG interpretation rules produce it.
// Text fields stay UTF-8 bytes: lines are only interpreted once complete, so a character can
// never be split, and consumers that parse JSON want bytes anyway.
struct SseEvent
{
    QByteArray type;        // "message" when the stream named none
    QByteArray data;        // data lines joined with '\n', the final '\n' removed
    QByteArray lastEventId; // the stream's last event id at dispatch time (kept across events)
    // True when the event had no `id:` field of its own and lastEventId is the one it inherited
    // from an earlier event: such an id says nothing about this event's place in the stream.
    bool idInherited = false;
};

// A pure event-stream parser: bytes in, events out, no network (WHATWG HTML, "Interpreting an
// event stream"). Feed it any split of the stream; the result is the same.
class SseParser
{
public:
    // 16 MiB: a line or an event larger than this fails the stream instead of eating memory.
    static constexpr qsizetype DefaultMaxEventSize = 16 * 1024 * 1024;

    enum class Error { None, EventTooLarge };

    explicit SseParser(qsizetype maxEventSize = DefaultMaxEventSize);

    // Parses `chunk` and appends every event it completes to `out`. Returns false (and stops
    // parsing for good) once the stream broke a limit; error() says which.
    bool feed(QByteArrayView chunk, QList<SseEvent> &out);

    // End of stream: an unterminated final event is discarded, as the standard says.
    void finish();

    // Forgets the buffered partial line and event; keeps lastEventId and retry, which outlive
    // a connection (a reconnect continues the same stream).
    void resetConnection();

    QByteArray lastEventId() const { return m_lastEventId; }
    void setLastEventId(const QByteArray &id) { m_lastEventId = id; }
    // The reconnection time the server asked for with `retry:`, or -1 if it never did.
    qint64 retryMs() const { return m_retryMs; }
    // Comment lines seen so far (keep-alives); lets a watchdog see a quiet but live stream.
    qint64 commentCount() const { return m_commentCount; }
    Error error() const { return m_error; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    bool consume(QByteArrayView bytes, qsizetype &consumed, QList<SseEvent> &out);

    QByteArray m_pending; // bytes of an incomplete line
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_typeCache; // the last type seen: shared, not copied, when it repeats
    QByteArray m_lastEventIdBuffer;
    bool m_eventHasId = false; // an id field was seen since the last dispatch
    QByteArray m_lastEventId;
    qint64 m_retryMs = -1;
    qint64 m_commentCount = 0;
    qsizetype m_maxEventSize;
    bool m_atStreamStart = true; // a BOM is only skipped here
    bool m_skipLeadingLf = false; // the previous chunk ended in CR: a following LF is its pair
    Error m_error = Error::None;
};

} // namespace pokee
