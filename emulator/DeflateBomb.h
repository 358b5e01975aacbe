#pragma once

#include <QByteArray>

namespace pokee::emu {

// A gzip member (RFC 1952) whose content is `line` repeated until `totalBytes` (rounded up to
// whole back-references): 1 GiB of event-stream lines in about 9 MB, written in a few
// seconds without ever holding the content.
//
// Why not qCompress: it needs the whole content in memory (1 GiB) and deflates it at about
// 200 MB/s, and the build root has no zlib headers to stream with. This writer emits one
// fixed-Huffman deflate block (RFC 1951, 3.2.6): the line as literals, then copies of
// length 258 at the line's distance, which repeat it; DeflateBombTest inflates its output with
// zlib (through qUncompress) and checks the content and the CRC-32 bit by bit.
QByteArray gzipOfRepeatedLine(const QByteArray &line, qint64 totalBytes);

// The raw deflate stream of the same content (what gzipOfRepeatedLine wraps).
QByteArray deflateOfRepeatedLine(const QByteArray &line, qint64 totalBytes, qint64 *contentBytes);

// CRC-32 (IEEE 802.3, as gzip uses) of `line` repeated to `contentBytes` bytes.
quint32 crc32OfRepeatedLine(const QByteArray &line, qint64 contentBytes);

} // namespace pokee::emu
