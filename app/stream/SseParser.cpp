#include "stream/SseParser.h"

#include <cstring>
#include <utility>

namespace pokee {

namespace {
constexpr char Bom[] = "\xEF\xBB\xBF";

// The first CR or LF at or after `from`, or -1. memchr twice beats a byte loop by far on
// large data lines, and streams without CR pay for one scan of each chunk at most.
qsizetype findLineEnd(QByteArrayView bytes, qsizetype from)
{
    const char *begin = bytes.data() + from;
    const size_t len = size_t(bytes.size() - from);
    const void *lf = std::memchr(begin, '\n', len);
    const size_t crLen = lf ? size_t(static_cast<const char *>(lf) - begin) : len;
    const void *cr = std::memchr(begin, '\r', crLen);
    const void *end = cr ? cr : lf;
    return end ? static_cast<const char *>(end) - bytes.data() : -1;
}
} // namespace

SseParser::SseParser(qsizetype maxEventSize) : m_maxEventSize(maxEventSize) {}

bool SseParser::feed(QByteArrayView chunk, QList<SseEvent> &out)
{
    QList<SseEventView> views;
    const bool ok = feedViews(chunk, views);
    out.reserve(out.size() + views.size());
    for (const SseEventView &v : std::as_const(views))
        out.append(v.toEvent());
    return ok;
}

bool SseParser::feedViews(QByteArrayView chunk, QList<SseEventView> &out)
{
    // Views handed out by the previous feed expire now; what it carried over stays alive
    // through this one.
    m_kept = std::move(m_carry);
    m_carry.clear();
    const bool ok = parse(chunk, out);
    carryOver();
    return ok;
}

bool SseParser::parse(QByteArrayView chunk, QList<SseEventView> &out)
{
    if (m_error != Error::None)
        return false;
    if (chunk.isEmpty())
        return true;

    if (m_skipLeadingLf) {
        m_skipLeadingLf = false;
        if (chunk.front() == '\n')
            chunk = chunk.sliced(1);
    }

    if (m_atStreamStart) {
        // A leading BOM is dropped once; it may itself arrive split across feeds, so hold its
        // first bytes until we can tell.
        const qsizetype held = m_pending.size();
        const QByteArray head = m_pending + chunk.first(qMin(chunk.size(), 3 - held)).toByteArray();
        if (head.size() < 3 && QByteArrayView(Bom).startsWith(head)) {
            m_pending = head;
            return true;
        }
        m_atStreamStart = false;
        if (head == QByteArrayView(Bom)) {
            m_pending.clear();
            chunk = chunk.sliced(3 - held);
        }
    }

    qsizetype consumed = 0;
    if (m_pending.isEmpty()) {
        if (!consume(chunk, consumed, out))
            return false;
        m_pending = chunk.sliced(consumed).toByteArray();
    } else {
        const qsizetype scanFrom = m_pending.size();
        // A line that outgrows the limit with these bytes and has no end in them fails here,
        // before they are appended: the last growth of the buffer (a copy of up to twice the
        // limit) never happens (HostileServerTest, "100 MB line": peak growth under 80 MiB).
        const qsizetype heldData = m_dataLines == 0 ? 0 : m_data.size() + 1;
        if (scanFrom + chunk.size() + heldData > m_maxEventSize && findLineEnd(chunk, 0) < 0) {
            m_error = Error::EventTooLarge;
            m_pending.clear();
            clearEvent();
            return false;
        }
        m_pending.append(chunk);
        // Only the new bytes can hold the line end: the old ones were scanned already.
        const qsizetype end = findLineEnd(m_pending, scanFrom);
        if (end >= 0) {
            // The joined bytes outlive this call: the events parsed from them point into them.
            m_kept.append(std::exchange(m_pending, QByteArray()));
            const QByteArrayView buffer = m_kept.constLast();
            if (!consume(buffer, consumed, out))
                return false;
            m_pending = buffer.sliced(consumed).toByteArray();
        }
    }
    const qsizetype dataBytes = m_dataLines == 0 ? 0 : m_data.size() + 1;
    if (m_pending.size() + dataBytes > m_maxEventSize) {
        m_error = Error::EventTooLarge;
        m_pending.clear();
        clearEvent();
        return false;
    }
    return true;
}

// Processes every complete line in `bytes`; `consumed` ends just past the last line end.
bool SseParser::consume(QByteArrayView bytes, qsizetype &consumed, QList<SseEventView> &out)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype end = findLineEnd(bytes, pos);
        if (end < 0)
            break;
        processLine(bytes.sliced(pos, end - pos), out);
        if (m_error != Error::None)
            return false;
        pos = end + 1;
        if (bytes[end] == '\r') {
            if (pos < bytes.size()) {
                if (bytes[pos] == '\n')
                    ++pos;
            } else {
                m_skipLeadingLf = true; // the LF of this CRLF may open the next chunk
            }
        }
    }
    consumed = pos;
    return true;
}

void SseParser::processLine(QByteArrayView line, QList<SseEventView> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        return;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }

    if (field == "data") {
        const qsizetype size = m_dataLines == 0 ? value.size() : m_data.size() + 1 + value.size();
        if (size + 1 > m_maxEventSize) {
            m_error = Error::EventTooLarge;
            clearEvent();
            return;
        }
        if (m_dataLines == 0) {
            m_data = value; // the usual one-line data: a view, no copy
        } else {
            // Several lines: joined into our own bytes (growing geometrically, as append does).
            if (m_dataLines == 1)
                m_dataJoined = m_data.toByteArray();
            m_dataJoined.append('\n');
            m_dataJoined.append(value);
            m_data = m_dataJoined;
        }
        ++m_dataLines;
    } else if (field == "event") {
        m_type = value;
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_idBuffer = value;
            m_eventHasId = true;
        }
    } else if (field == "retry") {
        bool allDigits = !value.isEmpty();
        for (char c : value)
            allDigits = allDigits && c >= '0' && c <= '9';
        if (allDigits) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok)
                m_retryMs = ms;
        }
    }
    // Any other field is ignored, as the standard says.
}

void SseParser::dispatch(QList<SseEventView> &out)
{
    m_lastId = m_idBuffer;
    const bool ownId = std::exchange(m_eventHasId, false);
    if (m_dataLines == 0) {
        m_type = {};
        return;
    }
    SseEventView event;
    event.type = m_type.isEmpty() ? QByteArrayView("message") : m_type;
    if (m_dataLines > 1) {
        m_kept.append(std::exchange(m_dataJoined, QByteArray()));
        event.data = m_kept.constLast();
    } else {
        event.data = m_data;
    }
    event.lastEventId = m_lastId;
    event.idInherited = !ownId;
    out.append(event);
    m_data = {};
    m_dataLines = 0;
    m_type = {};
}

// At the end of a feed, the open event's fields and the stream's ids may point into bytes
// that expire with it (the caller's chunk, m_kept): copy them to m_carry. A few small copies
// per feed, none per event.
void SseParser::carryOver()
{
    const auto carry = [this](QByteArrayView &view) {
        if (view.isEmpty()) {
            view = {};
            return;
        }
        m_carry.append(view.toByteArray());
        view = m_carry.constLast();
    };
    const bool sameIds = m_idBuffer.data() == m_lastId.data() && m_idBuffer.size() == m_lastId.size();
    carry(m_lastId);
    if (sameIds)
        m_idBuffer = m_lastId;
    else
        carry(m_idBuffer);
    carry(m_type);
    if (m_dataLines == 1)
        carry(m_data); // several lines live in m_dataJoined, ours already
}

void SseParser::clearEvent()
{
    m_data = {};
    m_dataJoined.clear();
    m_dataLines = 0;
    m_type = {};
}

void SseParser::setLastEventId(const QByteArray &id)
{
    m_carry.append(id);
    m_lastId = m_carry.constLast();
}

void SseParser::finish()
{
    m_pending.clear();
    clearEvent();
    m_eventHasId = false;
    m_skipLeadingLf = false;
}

void SseParser::resetConnection()
{
    finish();
    m_idBuffer = m_lastId;
    m_atStreamStart = true;
    m_error = Error::None;
}

} // namespace pokee
