// The JSON-lines writer of `pokee events --raw` against adversarial strings: whatever the
// bytes, the output is one valid JSON string that QJsonDocument reads back as the text the
// bytes mean (invalid UTF-8 replaced by U+FFFD), and a line ends only where the writer ends it.
#include "stream/JsonStringWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What QJsonDocument reads from the written string (wrapped in an array: a bare string is
// not a JSON document for Qt); sets `ok` false when it does not parse.
QString readBack(const QByteArray &written, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + written + ']', &error);
    *ok = error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1 &&
          doc.array().at(0).isString();
    return *ok ? doc.array().at(0).toString() : QString();
}

QByteArray written(const QByteArray &input)
{
    QByteArray out;
    pokee::json::appendString(out, input);
    return out;
}

} // namespace

class JsonStringWriterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adversarialStrings_data();
    void adversarialStrings();
    void exactEscapes();
    void randomBytesAlwaysReadBack();
    void fitsTheAnnouncedRoom();
};

void JsonStringWriterTest::adversarialStrings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // written by hand: what the bytes mean
    QByteArray controls;
    QString controlsText;
    for (int c = 0; c < 0x20; ++c) {
        controls += char(c);
        controlsText += QChar(c);
    }
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("every control character") << controls << controlsText;
    QTest::newRow("quotes and backslashes") << QByteArray(R"(say "hi" \ \\ \u0041 \")") << uR"(say "hi" \ \\ \u0041 \")"_s;
    QTest::newRow("DEL and NUL inside") << QByteArray("a\x7f" "b\0c", 5) << u"a\u007fb"_s + QChar(0) + u"c"_s;
    QTest::newRow("line and paragraph separators") << QByteArray("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c") << u"a\u2028b\u2029c"_s;
    QTest::newRow("other E2 sequences") << QByteArray("\xe2\x82\xac \xe2\x80\x94") << u"€ —"_s;
    QTest::newRow("E2 at the very end") << QByteArray("x\xe2") << u"x\ufffd"_s;
    // Qt (and so the writer) replaces each byte of a cut-short sequence, not the sequence as one.
    QTest::newRow("E2 80 at the end") << QByteArray("x\xe2\x80") << u"x\ufffd\ufffd"_s;
    QTest::newRow("four-byte emoji") << QByteArray("\xf0\x9f\x98\x80") << u"😀"_s;
    QTest::newRow("encoded lone high surrogate") << QByteArray("a\xed\xa0\x80" "b") << u"a\ufffd\ufffd\ufffdb"_s;
    QTest::newRow("encoded lone low surrogate") << QByteArray("\xed\xbf\xbf") << u"\ufffd\ufffd\ufffd"_s;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << u"\ufffd\ufffd"_s;
    QTest::newRow("stray continuation bytes") << QByteArray("\x80\xbf") << u"\ufffd\ufffd"_s;
    QTest::newRow("bytes never in UTF-8") << QByteArray("\xfe\xff") << u"\ufffd\ufffd"_s;
    QTest::newRow("truncated three-byte sequence then ASCII") << QByteArray("\xe6\x97" "z") << u"\ufffd\ufffdz"_s;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << u"\ufffd\ufffd\ufffd\ufffd"_s;
}

void JsonStringWriterTest::adversarialStrings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const QByteArray out = written(input);
    QVERIFY2(!out.contains('\n') && !out.contains('\r'), out.constData()); // one line, always
    QVERIFY(out.isValidUtf8());
    bool ok = false;
    const QString back = readBack(out, &ok);
    QVERIFY2(ok, out.constData());
    QCOMPARE(back, expected);
    // And what QJsonDocument itself makes of the same text reads back the same.
    QCOMPARE(back, QString::fromUtf8(input));
}

void JsonStringWriterTest::exactEscapes()
{
    QCOMPARE(written("a\"b\\c\nd\re\tf\bg\fh"), QByteArray(R"("a\"b\\c\nd\re\tf\bg\fh")"));
    QCOMPARE(written(QByteArray("\x01\x1f", 2)), QByteArray(R"("\u0001\u001f")"));
    QCOMPARE(written("\xe2\x80\xa8\xe2\x80\xa9"), QByteArray(R"("\u2028\u2029")"));
    QCOMPARE(written("plain ascii"), QByteArray(R"("plain ascii")"));
    QCOMPARE(written("\xff"), QByteArray("\"\xef\xbf\xbd\"")); // U+FFFD, as UTF-8
}

void JsonStringWriterTest::randomBytesAlwaysReadBack()
{
    // Seeded: a failure names its round and can be replayed.
    QRandomGenerator random(20261202);
    // Byte pools that make the interesting cases likely: controls, quotes, E2 80 A8/A9,
    // surrogate and overlong leads, continuation bytes.
    // (The length is the literal's own: a count written by hand read past it, AddressSanitizer.)
    static const char PoolBytes[] = "\x00\x01\x1f\"\\\n\r\t aZ\x7f\x80\xa8\xa9\xbf\xc0\xc2\xe2\xed\xef\xf0\xf4\xf5\xff";
    const QByteArray pool(PoolBytes, sizeof PoolBytes - 1);
    for (int round = 0; round < 20000; ++round) {
        QByteArray input(random.bounded(0, 40), Qt::Uninitialized);
        for (char &c : input)
            c = random.bounded(3) == 0 ? char(random.bounded(256)) : pool.at(random.bounded(int(pool.size())));
        const QByteArray out = written(input);
        bool ok = false;
        const QString back = readBack(out, &ok);
        QVERIFY2(ok, qPrintable(u"round %1: %2"_s.arg(round).arg(QString::fromLatin1(input.toHex()))));
        QVERIFY2(!out.contains('\n'), qPrintable(u"round %1"_s.arg(round)));
        QCOMPARE(back, QString::fromUtf8(input));
    }
}

void JsonStringWriterTest::fitsTheAnnouncedRoom()
{
    // The worst cases per input byte: a control byte (6 out), an invalid byte (3 out), a
    // separator (3 in, 6 out).
    for (const QByteArray &worst : {QByteArray(1000, '\x01'), QByteArray(1000, '\xff'),
                                    QByteArray("\xe2\x80\xa8").repeated(333)}) {
        const QByteArray out = written(worst);
        QVERIFY(out.size() <= pokee::json::maxWrittenSize(worst.size()));
    }
}

QTEST_MAIN(JsonStringWriterTest)
#include "JsonStringWriterTest.moc"
