#include "DeflateBomb.h"

#include <array>

namespace pokee::emu {

namespace {

// Deflate's bit order: values LSB first; Huffman codes MSB first (RFC 1951, 3.1.1).
class BitWriter
{
public:
    explicit BitWriter(QByteArray &out) : m_out(out) {}
    void bits(quint32 value, int count) // LSB first
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1u);
    }
    void code(quint32 code, int length) // MSB first
    {
        for (int i = length - 1; i >= 0; --i)
            bit((code >> i) & 1u);
    }
    void flush()
    {
        if (m_used > 0)
            m_out += char(m_byte);
        m_byte = 0;
        m_used = 0;
    }

private:
    void bit(quint32 b)
    {
        m_byte |= quint8(b << m_used);
        if (++m_used == 8)
            flush();
    }
    QByteArray &m_out;
    quint8 m_byte = 0;
    int m_used = 0;
};

// The fixed literal/length code of `symbol` (RFC 1951, 3.2.6).
void fixedSymbol(BitWriter &w, int symbol)
{
    if (symbol <= 143)
        w.code(0x30 + symbol, 8);
    else if (symbol <= 255)
        w.code(0x190 + symbol - 144, 9);
    else if (symbol <= 279)
        w.code(symbol - 256, 7);
    else
        w.code(0xC0 + symbol - 280, 8);
}

// Distance `d` (1..32768) as its fixed 5-bit code and extra bits (RFC 1951, 3.2.5).
void distance(BitWriter &w, int d)
{
    int code = 0, base = 1, extra = 0;
    if (d <= 4) {
        code = d - 1;
        base = d;
    } else {
        extra = 1;
        base = 5;
        code = 4;
        while (d >= base + (2 << extra) && code < 29) { // each pair of codes doubles the span
            base += 2 << extra;
            code += 2;
            ++extra;
        }
        if (d >= base + (1 << extra)) {
            base += 1 << extra;
            ++code;
        }
    }
    w.code(quint32(code), 5);
    w.bits(quint32(d - base), extra);
}

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

void appendLE32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

} // namespace

QByteArray deflateOfRepeatedLine(const QByteArray &line, qint64 totalBytes, qint64 *contentBytes)
{
    Q_ASSERT(!line.isEmpty() && line.size() <= 32768);
    constexpr int CopyLength = 258; // the longest copy: symbol 285, no extra bits
    const qint64 copies = std::max<qint64>(0, (totalBytes - line.size() + CopyLength - 1) / CopyLength);
    QByteArray out;
    out.reserve(int(copies * 17 / 8 + line.size() * 2 + 16));
    BitWriter w(out);
    w.bits(1, 1); // BFINAL: the only block
    w.bits(1, 2); // BTYPE 01: fixed Huffman codes
    for (const char c : line)
        fixedSymbol(w, quint8(c));
    for (qint64 i = 0; i < copies; ++i) {
        fixedSymbol(w, 285);
        distance(w, int(line.size()));
    }
    fixedSymbol(w, 256); // end of block
    w.flush();
    *contentBytes = line.size() + copies * CopyLength;
    return out;
}

namespace {

// CRC-32's register after a fixed run of bytes is an affine function of the register before:
// r' = M·r ⊕ c over GF(2), M held as its 32 columns. Runs compose, so a line repeated k times
// costs log2(k) compositions instead of k·|line| table steps (1 GiB: under a millisecond
// instead of seconds, before the bomb's first byte).
struct CrcRun
{
    std::array<quint32, 32> columns{};
    quint32 constant = 0;

    quint32 linear(quint32 r) const
    {
        quint32 out = 0;
        for (int i = 0; r != 0; ++i, r >>= 1)
            if (r & 1u)
                out ^= columns[size_t(i)];
        return out;
    }
    quint32 apply(quint32 r) const { return linear(r) ^ constant; }
    // This run, then `next`.
    CrcRun then(const CrcRun &next) const
    {
        CrcRun out;
        for (size_t i = 0; i < 32; ++i)
            out.columns[i] = next.linear(columns[i]);
        out.constant = next.apply(constant);
        return out;
    }
};

quint32 updateCrc(quint32 reg, const QByteArray &bytes, qsizetype count)
{
    static const std::array<quint32, 256> table = crcTable();
    for (qsizetype i = 0; i < count; ++i)
        reg = table[(reg ^ quint8(bytes[i])) & 0xFF] ^ (reg >> 8);
    return reg;
}

} // namespace

quint32 crc32OfRepeatedLine(const QByteArray &line, qint64 contentBytes)
{
    CrcRun oneLine;
    oneLine.constant = updateCrc(0, line, line.size());
    for (size_t i = 0; i < 32; ++i)
        oneLine.columns[i] = updateCrc(1u << i, line, line.size()) ^ oneLine.constant;
    CrcRun lines; // the identity, then k lines by squaring
    for (size_t i = 0; i < 32; ++i)
        lines.columns[i] = 1u << i;
    for (qint64 k = contentBytes / line.size(); k > 0; k >>= 1) {
        if (k & 1)
            lines = lines.then(oneLine);
        oneLine = oneLine.then(oneLine);
    }
    const quint32 reg = lines.apply(0xFFFFFFFFu);
    return updateCrc(reg, line, qsizetype(contentBytes % line.size())) ^ 0xFFFFFFFFu;
}

QByteArray gzipOfRepeatedLine(const QByteArray &line, qint64 totalBytes)
{
    qint64 content = 0;
    const QByteArray deflate = deflateOfRepeatedLine(line, totalBytes, &content);
    QByteArray gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10); // magic, deflate, no flags, no time, unknown OS
    gz += deflate;
    appendLE32(gz, crc32OfRepeatedLine(line, content));
    appendLE32(gz, quint32(content & 0xFFFFFFFF)); // ISIZE: the length modulo 2^32
    return gz;
}

} // namespace pokee::emu
