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
        m_pending.append(chunk);
        // Only the new bytes can hold the line end: the old ones were scanned already.
        const qsizetype end = findLineEnd(m_pending, scanFrom);
        if (end >= 0) {
            QByteArray buffer = std::move(m_pending);
            m_pending.clear();
            if (!consume(buffer, consumed, out))
                return false;
            m_pending = QByteArrayView(buffer).sliced(consumed).toByteArray();
        }
    }
    if (m_pending.size() + m_data.size() > m_maxEventSize) {
        m_error = Error::EventTooLarge;
        m_pending.clear();
        m_data.clear();
        return false;
    }
    return true;
}

// Processes every complete line in `bytes`; `consumed` ends just past the last line end.
bool SseParser::consume(QByteArrayView bytes, qsizetype &consumed, QList<SseEvent> &out)
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

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
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
        if (m_data.size() + value.size() + 1 > m_maxEventSize) {
            m_error = Error::EventTooLarge;
            m_data.clear();
            return;
        }
        // One allocation for the usual one-line data, not one for the value and one for '\n'.
        if (m_data.isEmpty())
            m_data.reserve(value.size() + 1); // (later lines grow it geometrically, as append does)
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        if (value != m_typeCache)
            m_typeCache = value.toByteArray();
        m_type = m_typeCache;
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventIdBuffer = value.toByteArray();
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

void SseParser::dispatch(QList<SseEvent> &out)
{
    m_lastEventId = m_lastEventIdBuffer;
    const bool ownId = std::exchange(m_eventHasId, false);
    if (m_data.isEmpty()) {
        m_type.clear();
        return;
    }
    m_data.chop(1); // the trailing '\n'
    SseEvent event;
    event.type = m_type.isEmpty() ? QByteArrayLiteral("message") : std::move(m_type);
    event.data = std::move(m_data);
    event.lastEventId = m_lastEventId;
    event.idInherited = !ownId;
    out.append(std::move(event));
    m_data.clear();
    m_type.clear();
}

void SseParser::finish()
{
    m_pending.clear();
    m_data.clear();
    m_type.clear();
    m_eventHasId = false;
    m_skipLeadingLf = false;
}

void SseParser::resetConnection()
{
    finish();
    m_lastEventIdBuffer = m_lastEventId;
    m_atStreamStart = true;
    m_error = Error::None;
}

} // namespace pokee
