#include "JsonStringWriter.h"

#include <QString>

#include <array>
#include <cstring>

namespace pokee::json {

namespace {

// Bytes that stop the copying run: those a JSON string cannot hold as they are, and 0xE2,
// the lead byte of U+2028 and U+2029.
constexpr std::array<bool, 256> StopsRun = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = table['\\'] = true;
    table[0xE2] = true;
    return table;
}();

constexpr char Hex[] = "0123456789abcdef";

char *writeValid(char *p, QByteArrayView bytes)
{
    *p++ = '"';
    const char *in = bytes.data();
    const char *const end = in + bytes.size();
    while (in < end) {
        const char *run = in;
        while (in < end && !StopsRun[uchar(*in)])
            ++in;
        std::memcpy(p, run, size_t(in - run));
        p += in - run;
        if (in == end)
            break;
        const uchar c = uchar(*in++);
        if (c == 0xE2) {
            // U+2028 is E2 80 A8, U+2029 is E2 80 A9; any other E2 sequence is copied.
            if (end - in >= 2 && uchar(in[0]) == 0x80 && (uchar(in[1]) == 0xA8 || uchar(in[1]) == 0xA9)) {
                p = static_cast<char *>(std::memcpy(p, uchar(in[1]) == 0xA8 ? "\\u2028" : "\\u2029", 6)) + 6;
                in += 2;
            } else {
                *p++ = char(c);
            }
            continue;
        }
        *p++ = '\\';
        switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = Hex[c >> 4];
            *p++ = Hex[c & 15];
        }
    }
    *p++ = '"';
    return p;
}

} // namespace

char *writeString(char *p, QByteArrayView bytes)
{
    uchar high = 0; // a branch-free scan the compiler vectorises: ASCII needs no UTF-8 check
    for (char c : bytes)
        high |= uchar(c);
    if ((high & 0x80) && !bytes.isValidUtf8()) {
        // Each invalid byte becomes U+FFFD (3 bytes), within the 6-per-byte room.
        const QByteArray repaired = QString::fromUtf8(bytes).toUtf8();
        return writeValid(p, repaired);
    }
    return writeValid(p, bytes);
}

void appendString(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.resize(start + maxWrittenSize(utf8.size()));
    char *end = writeString(out.data() + start, utf8);
    out.truncate(end - out.constData());
}

} // namespace pokee::json
