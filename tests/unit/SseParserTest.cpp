// SseParser against the WHATWG "interpreting an event stream" rules. Every row is parsed
// whole, split at every single position, and fed one byte at a time: all must agree, both
// through feed() (owned events) and through feedViews(), whose views are read right after
// each feed and whose fed bytes are then overwritten: a view into a finished feed's bytes, or
// into storage the parser freed too early, shows up as '#' or as a sanitizer error.
#include "stream/SseParser.h"

#include <QTest>

using pokee::SseEvent;
using pokee::SseEventView;
using pokee::SseParser;

namespace {

// "type|data|lastEventId", with data's line feeds shown as \n, for readable failures.
QString show(const SseEvent &e)
{
    QString data = QString::fromUtf8(e.data);
    data.replace(u'\n', QStringLiteral("\\n"));
    return QString::fromUtf8(e.type) + u'|' + data + u'|' + QString::fromUtf8(e.lastEventId);
}

QStringList parseInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), events);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), events);
    parser.finish();
    QStringList out;
    for (const SseEvent &e : events)
        out << show(e);
    return out;
}

QStringList parseViewsInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QStringList out;
    qsizetype from = 0;
    auto feed = [&](QByteArrayView bytes) {
        QByteArray piece = bytes.toByteArray(); // the caller's buffer, reused after the feed
        QList<SseEventView> views;
        parser.feedViews(piece, views);
        for (const SseEventView &v : std::as_const(views))
            out << show(v.toEvent());
        piece.fill('#');
    };
    for (qsizetype cut : cuts) {
        feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    feed(QByteArrayView(input).sliced(from));
    parser.finish();
    return out;
}

} // namespace

class SseParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpretation_data();
    void interpretation();
    void crlfSplitBetweenReadsIsOneLineEnd();
    void utf8CharacterSplitAcrossFeeds();
    void retryOnlyWhenAllDigits_data();
    void retryOnlyWhenAllDigits();
    void lastEventIdSurvivesReconnect();
    void lastEventIdOutlivesTheFedBytes();
    void viewsOfOneFeedStayValidTogether();
    void oversizedEventFailsWithBoundedMemory();
    void oversizedLineWithoutEndFails();
};

void SseParserTest::interpretation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const QStringList two{QStringLiteral("message.created|{\"a\":1}|0"), QStringLiteral("text.delta|x|1")};
    QTest::newRow("LF") << QByteArray("id: 0\nevent: message.created\ndata: {\"a\":1}\n\nid: 1\nevent: text.delta\ndata: x\n\n") << two;
    QTest::newRow("CRLF") << QByteArray("id: 0\r\nevent: message.created\r\ndata: {\"a\":1}\r\n\r\nid: 1\r\nevent: text.delta\r\ndata: x\r\n\r\n") << two;
    QTest::newRow("CR") << QByteArray("id: 0\revent: message.created\rdata: {\"a\":1}\r\rid: 1\revent: text.delta\rdata: x\r\r") << two;
    QTest::newRow("mixed endings") << QByteArray("id: 0\revent: message.created\r\ndata: {\"a\":1}\n\r\nid: 1\nevent: text.delta\rdata: x\r\n\n") << two;
    QTest::newRow("leading BOM is dropped") << QByteArray("\xEF\xBB\xBF" "data: a\n\n") << QStringList{QStringLiteral("message|a|")};
    QTest::newRow("only the first BOM") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "data: a\n\ndata: b\n\n") << QStringList{QStringLiteral("message|b|")};
    QTest::newRow("comments ignored") << QByteArray(": ping\n:\ndata: a\n: inside\ndata: b\n\n: tail\n\n") << QStringList{QStringLiteral("message|a\\nb|")};
    QTest::newRow("field without colon") << QByteArray("data\ndata\ndata: x\n\n") << QStringList{QStringLiteral("message|\\n\\nx|")};
    QTest::newRow("event without colon is empty type") << QByteArray("event: foo\nevent\ndata: x\n\n") << QStringList{QStringLiteral("message|x|")};
    QTest::newRow("one leading space stripped") << QByteArray("data:  two spaces\ndata:none\n\n") << QStringList{QStringLiteral("message| two spaces\\nnone|")};
    QTest::newRow("colon in value kept") << QByteArray("data: a: b\n\n") << QStringList{QStringLiteral("message|a: b|")};
    QTest::newRow("multi-line data") << QByteArray("data: one\ndata: two\ndata: three\n\n") << QStringList{QStringLiteral("message|one\\ntwo\\nthree|")};
    QTest::newRow("empty data dispatches nothing") << QByteArray("event: foo\n\ndata: x\n\n") << QStringList{QStringLiteral("message|x|")};
    QTest::newRow("id with NUL ignored") << QByteArray("id: 7\ndata: a\n\nid: 8\0x\ndata: b\n\n", 32) << QStringList{QStringLiteral("message|a|7"), QStringLiteral("message|b|7")};
    QTest::newRow("last id kept across events") << QByteArray("id: 5\ndata: a\n\ndata: b\n\n") << QStringList{QStringLiteral("message|a|5"), QStringLiteral("message|b|5")};
    QTest::newRow("empty id resets") << QByteArray("id: 5\ndata: a\n\nid\ndata: b\n\n") << QStringList{QStringLiteral("message|a|5"), QStringLiteral("message|b|")};
    QTest::newRow("id without data still counts") << QByteArray("id: 9\n\ndata: b\n\n") << QStringList{QStringLiteral("message|b|9")};
    QTest::newRow("unknown fields ignored") << QByteArray("foo: bar\ndata: a\nDATA: no\n\n") << QStringList{QStringLiteral("message|a|")};
    QTest::newRow("unterminated final event discarded") << QByteArray("data: a\n\ndata: b\n") << QStringList{QStringLiteral("message|a|")};
    QTest::newRow("unterminated final line discarded") << QByteArray("data: a\n\ndata: b") << QStringList{QStringLiteral("message|a|")};
    QTest::newRow("empty stream") << QByteArray() << QStringList{};
}

void SseParserTest::interpretation()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(parseInPieces(input, {}), expected);
    QCOMPARE(parseViewsInPieces(input, {}), expected);
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        QVERIFY2(parseInPieces(input, {cut}) == expected, qPrintable(QStringLiteral("split at %1").arg(cut)));
        QVERIFY2(parseViewsInPieces(input, {cut}) == expected, qPrintable(QStringLiteral("views, split at %1").arg(cut)));
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte << i;
    QCOMPARE(parseInPieces(input, everyByte), expected);
    QCOMPARE(parseViewsInPieces(input, everyByte), expected);
}

void SseParserTest::crlfSplitBetweenReadsIsOneLineEnd()
{
    // "data: a\r" | "\ndata: b\r\n\r\n": had the CR and LF counted as two line ends, the empty
    // line between them would dispatch "a" alone.
    const QByteArray input("data: a\r\ndata: b\r\n\r\n");
    QCOMPARE(parseInPieces(input, {8}), QStringList{QStringLiteral("message|a\\nb|")});
    QCOMPARE(parseInPieces(input, {8, 17, 19}), QStringList{QStringLiteral("message|a\\nb|")});
}

void SseParserTest::utf8CharacterSplitAcrossFeeds()
{
    const QByteArray input = QStringLiteral("data: gr\u00fc\u00df \u20ac \U0001F600\n\n").toUtf8();
    const QString expected = QStringLiteral("gr\u00fc\u00df \u20ac \U0001F600");
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(input.first(cut), events);
        parser.feed(input.sliced(cut), events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(QString::fromUtf8(events.first().data), expected);
    }
}

void SseParserTest::retryOnlyWhenAllDigits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("retry");
    QTest::newRow("digits") << QByteArray("retry: 3000\n\n") << qint64(3000);
    QTest::newRow("no space") << QByteArray("retry:250\n\n") << qint64(250);
    QTest::newRow("letters") << QByteArray("retry: 12a\n\n") << qint64(-1);
    QTest::newRow("negative") << QByteArray("retry: -5\n\n") << qint64(-1);
    QTest::newRow("decimal") << QByteArray("retry: 1.5\n\n") << qint64(-1);
    QTest::newRow("empty") << QByteArray("retry:\n\n") << qint64(-1);
    QTest::newRow("trailing space") << QByteArray("retry: 10 \n\n") << qint64(-1);
    QTest::newRow("later valid wins") << QByteArray("retry: 10\nretry: x\nretry: 20\n\n") << qint64(20);
}

void SseParserTest::retryOnlyWhenAllDigits()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, retry);
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(input, events);
    QCOMPARE(parser.retryMs(), retry);
    QVERIFY(events.isEmpty());
}

void SseParserTest::lastEventIdSurvivesReconnect()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("id: 41\ndata: a\n\ndata: half", events);
    parser.resetConnection(); // the connection dropped mid-event
    parser.feed("data: b\n\n", events);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).data, QByteArray("b")); // nothing of the half event leaks in
    QCOMPARE(events.at(1).lastEventId, QByteArray("41"));
    QCOMPARE(parser.lastEventId(), QByteArray("41"));
}

void SseParserTest::lastEventIdOutlivesTheFedBytes()
{
    SseParser parser;
    QList<SseEventView> views;
    QByteArray piece("id: 41\nevent: first\ndata: a\n\nevent: sec");
    parser.feedViews(piece, views);
    piece.fill('#'); // the caller reuses its buffer
    QCOMPARE(parser.lastEventId(), QByteArray("41"));
    parser.resetConnection();
    QCOMPARE(parser.lastEventId(), QByteArray("41"));
    views.clear();
    QByteArray next("data: b\n\n");
    parser.feedViews(next, views);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().lastEventId.toByteArray(), QByteArray("41")); // inherited, from the parser's copy
    QVERIFY(views.first().idInherited);
    QCOMPARE(views.first().type.toByteArray(), QByteArray("message")); // the half "event: sec" was dropped
}

void SseParserTest::viewsOfOneFeedStayValidTogether()
{
    // Several events of one feed, some with several data lines (joined in the parser's own
    // storage, which must not move while the others are read) and one completing an event the
    // previous feed began.
    SseParser parser;
    QList<SseEventView> views;
    QByteArray first("id: 1\ndata: x");
    parser.feedViews(first, views);
    QVERIFY(views.isEmpty());
    first.fill('#');
    QByteArray second;
    second += "y\ndata: z\n\n";
    for (int i = 2; i < 200; ++i)
        second += "id: " + QByteArray::number(i) + "\nevent: t" + QByteArray::number(i) + "\ndata: a" +
                  QByteArray::number(i) + "\ndata: b\n\n";
    parser.feedViews(second, views);
    QCOMPARE(views.size(), 199);
    QCOMPARE(views.at(0).data.toByteArray(), QByteArray("xy\nz"));
    QCOMPARE(views.at(0).lastEventId.toByteArray(), QByteArray("1"));
    for (int i = 2; i < 200; ++i) {
        const SseEventView &v = views.at(i - 1);
        QCOMPARE(v.data.toByteArray(), QByteArray("a" + QByteArray::number(i) + "\nb"));
        QCOMPARE(v.type.toByteArray(), QByteArray("t" + QByteArray::number(i)));
        QCOMPARE(v.lastEventId.toByteArray(), QByteArray(QByteArray::number(i)));
    }
}

void SseParserTest::oversizedEventFailsWithBoundedMemory()
{
    SseParser parser(1024);
    QList<SseEvent> events;
    const QByteArray line = "data: " + QByteArray(200, 'x') + '\n';
    bool ok = true;
    for (int i = 0; i < 10 && ok; ++i)
        ok = parser.feed(line, events);
    QVERIFY(!ok);
    QCOMPARE(parser.error(), SseParser::Error::EventTooLarge);
    QVERIFY(!parser.feed("\n", events)); // stays failed
    QVERIFY(events.isEmpty());
}

void SseParserTest::oversizedLineWithoutEndFails()
{
    SseParser parser(1024);
    QList<SseEvent> events;
    bool ok = true;
    for (int i = 0; i < 20 && ok; ++i)
        ok = parser.feed(QByteArray(100, 'y'), events);
    QVERIFY(!ok);
    QCOMPARE(parser.error(), SseParser::Error::EventTooLarge);
}

QTEST_GUILESS_MAIN(SseParserTest)
#include "SseParserTest.moc"
