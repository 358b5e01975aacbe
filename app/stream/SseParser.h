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

// The same event without owning its bytes: each field is a view into the bytes given to
// SseParser::feedViews() (the caller keeps them alive while it uses the events) or into the
// parser's own storage (valid until the parser's next feed or its end). A consumer that keeps
// an event copies it (toEvent()).
struct SseEventView
{
    QByteArrayView type;
    QByteArrayView data;
    QByteArrayView lastEventId;
    bool idInherited = false;

    SseEvent toEvent() const
    {
        return {type.toByteArray(), data.toByteArray(), lastEventId.toByteArray(), idInherited};
    }
};

// A pure event-stream parser: bytes in, events out, no network (WHATWG HTML, "Interpreting an
// event stream"). Feed it any split of the stream; the result is the same.
//
// No allocation per event: an event whose one data line, type and id lie within one feed is
// handed out as views into the fed bytes. Only an event with several data lines, or one still
// open when a feed ends, is copied (its fields are kept until the next feed completes it).
class SseParser
{
public:
    // 16 MiB: a line or an event larger than this fails the stream instead of eating memory.
    static constexpr qsizetype DefaultMaxEventSize = 16 * 1024 * 1024;

    enum class Error { None, EventTooLarge };

    explicit SseParser(qsizetype maxEventSize = DefaultMaxEventSize);

    // Parses `chunk` and appends every event it completes to `out`, as views valid until the
    // next call (see SseEventView). Returns false (and stops parsing for good) once the stream
    // broke a limit; error() says which.
    bool feedViews(QByteArrayView chunk, QList<SseEventView> &out);
    // The same, with events that own their bytes (one copy per field).
    bool feed(QByteArrayView chunk, QList<SseEvent> &out);

    // End of stream: an unterminated final event is discarded, as the standard says.
    void finish();

    // Forgets the buffered partial line and event; keeps lastEventId and retry, which outlive
    // a connection (a reconnect continues the same stream).
    void resetConnection();

    QByteArray lastEventId() const { return m_lastId.toByteArray(); }
    void setLastEventId(const QByteArray &id);
    // The reconnection time the server asked for with `retry:`, or -1 if it never did.
    qint64 retryMs() const { return m_retryMs; }
    // Comment lines seen so far (keep-alives); lets a watchdog see a quiet but live stream.
    qint64 commentCount() const { return m_commentCount; }
    Error error() const { return m_error; }

private:
    bool parse(QByteArrayView chunk, QList<SseEventView> &out);
    void processLine(QByteArrayView line, QList<SseEventView> &out);
    void dispatch(QList<SseEventView> &out);
    bool consume(QByteArrayView bytes, qsizetype &consumed, QList<SseEventView> &out);
    void carryOver();
    void clearEvent();

    QByteArray m_pending; // bytes of an incomplete line
    // Storage that views handed out by the current feed may point into: the joined pending
    // line and chunk, several-line data, and what the previous feed carried over.
    QList<QByteArray> m_kept;
    // Copies made at the end of a feed of the fields an open event (and the stream's ids)
    // point to; they become m_kept at the next feed, so no handed-out view is invalidated early.
    QList<QByteArray> m_carry;
    // The event being read. m_data is its only data line as a view, or m_dataJoined's bytes
    // once it has several.
    QByteArrayView m_type;
    QByteArrayView m_data;
    QByteArray m_dataJoined;
    qsizetype m_dataLines = 0;
    bool m_eventHasId = false; // an id field was seen since the last dispatch
    QByteArrayView m_idBuffer; // the standard's "last event ID buffer"
    QByteArrayView m_lastId;   // the standard's "last event ID"
    qint64 m_retryMs = -1;
    qint64 m_commentCount = 0;
    qsizetype m_maxEventSize;
    bool m_atStreamStart = true; // a BOM is only skipped here
    bool m_skipLeadingLf = false; // the previous chunk ended in CR: a following LF is its pair
    Error m_error = Error::None;
};

} // namespace pokee
