#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pokee::json {

// Writes UTF-8 bytes as one JSON string, fast enough for a million events a second and
// correct for every input: '"', '\' and control characters escaped, U+2028 and U+2029
// escaped (valid JSON, but they end a line in JavaScript), and invalid UTF-8 (stray bytes,
// overlong forms, encoded surrogates, truncated sequences) replaced by U+FFFD as
// QString::fromUtf8 does, since a JSON text must be valid UTF-8.
//
// Hand-written rather than QJsonDocument because the CLI's `events --raw` writes one line per
// event: QJsonDocument costs an object, a document and three allocations a line (11x curl's
// time end to end, bench/README.md). Tests hold it to QJsonDocument's reading
// (tests/unit/JsonStringWriterTest.cpp).

// The most bytes a string of `inputBytes` bytes can take once written, quotes included.
constexpr qsizetype maxWrittenSize(qsizetype inputBytes)
{
    return 6 * inputBytes + 2;
}

// Writes at `p`, which must have room for maxWrittenSize(utf8.size()) bytes; returns the end.
char *writeString(char *p, QByteArrayView utf8);

// Appends to `out` (for callers that write one string at a time).
void appendString(QByteArray &out, QByteArrayView utf8);

} // namespace pokee::json
