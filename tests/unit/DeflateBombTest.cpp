// The emulator's hand-written gzip bomb (emulator/DeflateBomb.h) against zlib, through Qt's
// qUncompress: every distance code's range inflates to the exact content, the CRC-32 in the
// gzip trailer matches one computed here bit by bit, and 1 GiB of lines fits in a few MB.
#include "DeflateBomb.h"

#include <QTest>

using namespace pokee::emu;

namespace {

QByteArray repeated(const QByteArray &line, qint64 bytes)
{
    QByteArray out;
    while (out.size() < bytes)
        out += line;
    out.truncate(bytes);
    return out;
}

// The oracle: CRC-32 one bit at a time, no table.
quint32 bitwiseCrc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 adler32(const QByteArray &data)
{
    quint32 a = 1, b = 0;
    for (const char ch : data) {
        a = (a + quint8(ch)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

// qUncompress takes a 4-byte big-endian length and a zlib stream (RFC 1950) around the deflate.
QByteArray inflate(const QByteArray &deflate, const QByteArray &expected)
{
    QByteArray z;
    for (int i = 3; i >= 0; --i)
        z += char((expected.size() >> (8 * i)) & 0xFF);
    z += QByteArray("\x78\x01", 2);
    z += deflate;
    const quint32 check = adler32(expected);
    for (int i = 3; i >= 0; --i)
        z += char((check >> (8 * i)) & 0xFF);
    return qUncompress(z);
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 |
           quint32(quint8(b[at + 3])) << 24;
}

} // namespace

class DeflateBombTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inflatesToTheRepeatedLine_data()
    {
        QTest::addColumn<int>("lineLength");
        // Each distance code's edges: 1..4 (no extra bits), 5, 8, 9, 64, 65, 257, 258, 259,
        // 1000, 24577 and 32768 (the last code).
        for (const int n : {1, 2, 3, 4, 5, 8, 9, 64, 65, 257, 258, 259, 1000, 24577, 32768})
            QTest::addRow("line of %d", n) << n;
    }
    void inflatesToTheRepeatedLine()
    {
        QFETCH(int, lineLength);
        QByteArray line;
        for (int i = 0; i < lineLength; ++i)
            line += char(i % 251); // every byte value below 251: literals of 8 and 9 bits
        qint64 content = 0;
        const QByteArray deflate = deflateOfRepeatedLine(line, 100000, &content);
        QVERIFY(content >= 100000 && content < 100000 + 258 + lineLength);
        const QByteArray expected = repeated(line, content);
        QCOMPARE(inflate(deflate, expected), expected);
        QCOMPARE(crc32OfRepeatedLine(line, content), bitwiseCrc32(expected));
    }

    void gzipMemberIsWhole()
    {
        const QByteArray line = "data: " + QByteArray(57, 'A') + '\n';
        const QByteArray gz = gzipOfRepeatedLine(line, 300000);
        QCOMPARE(gz.left(4), QByteArray("\x1f\x8b\x08\x00", 4));
        qint64 content = 0;
        const QByteArray deflate = deflateOfRepeatedLine(line, 300000, &content);
        QCOMPARE(gz.mid(10, deflate.size()), deflate);
        QCOMPARE(gz.size(), 10 + deflate.size() + 8);
        const QByteArray expected = repeated(line, content);
        QCOMPARE(le32(gz, gz.size() - 8), bitwiseCrc32(expected));
        QCOMPARE(qint64(le32(gz, gz.size() - 4)), content);
    }

    void aGibibyteOfLinesFitsInAFewMegabytes()
    {
        qint64 content = 0;
        const QByteArray deflate = deflateOfRepeatedLine("data: " + QByteArray(57, 'A') + '\n', 1024LL * 1024 * 1024, &content);
        QVERIFY(content >= 1024LL * 1024 * 1024);
        QVERIFY2(deflate.size() < 10 * 1024 * 1024, qPrintable(QString::number(deflate.size())));
    }
};

QTEST_GUILESS_MAIN(DeflateBombTest)
#include "DeflateBombTest.moc"
