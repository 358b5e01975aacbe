// pokee-emulator's fault injection (the admin endpoint and the TCP layer) and its robustness
// against bad input.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

class EmulatorFaultsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")})); }
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void injectedHttpErrors_data();
    void injectedHttpErrors();
    void cutAfterBytesTruncatesTheStream();
    void resetBeforeHeadersStillStartsTheTurn();
    void randomCutsAreSeeded();
    void stallHoldsTheStream();
    void delayedChunksKeepTheirOrder();
    void badFaultPlansAreRefused();
    void unknownRoutesGet404Json();
    void bodiesOver10MBGet413();
    void garbageOnTheSocketDoesNotHurt();
    void adminNeedsTheKey();

private:
    QByteArray streamPrefix(int cutAfter, quint32 seed);

    LocalEmulator m_emu;
};

void EmulatorFaultsTest::injectedHttpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("402") << 402 << -1;
    QTest::newRow("429 with Retry-After") << 429 << 3;
    QTest::newRow("502") << 502 << -1;
    QTest::newRow("504") << 504 << -1;
}

void EmulatorFaultsTest::injectedHttpErrors()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("http_errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("count"), 1},
                                            {QStringLiteral("path_contains"), QStringLiteral("/messages")},
                                            {QStringLiteral("retry_after"), retryAfter}}}}});
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    const auto failed = http.sendMessage(sid, QStringLiteral("hi"));
    QCOMPARE(failed.status, status);
    QVERIFY(!failed.errorMessage().isEmpty());
    if (retryAfter >= 0)
        QCOMPARE(failed.header("retry-after"), QByteArray::number(retryAfter));
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before); // rejected before any work
    QCOMPARE(http.sendMessage(sid, QStringLiteral("hi")).status, 200);  // count 1: once only
}

void EmulatorFaultsTest::cutAfterBytesTruncatesTheStream()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("cut_after_bytes"), 600}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const auto cut = http.sendMessage(sid, QStringLiteral("cut me"));
    QCOMPARE(cut.status, 200);
    QVERIFY(cut.error != QNetworkReply::NoError); // a chunked body cut short is an error
    QVERIFY(!cut.body.contains("message.completed"));
    QCOMPARE(http.stats().value(u"cuts").toInteger(), 1);
    // The turn ran on: the buffer has it all.
    const QString rid = QString::fromLatin1(cut.header("x-response-id"));
    QTRY_VERIFY(!http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool(true));
    const auto all = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid));
    QCOMPARE(all.events().last().type, QByteArray("message.completed"));
}

void EmulatorFaultsTest::resetBeforeHeadersStillStartsTheTurn()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    // Several resets: QNAM itself quietly re-sends a request whose connection closed before
    // any answer, so the client only sees the failure after its own retry failed too.
    http.setFaults({{QStringLiteral("reset_before_headers"), 5}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const qint64 before = http.stats().value(u"turns_started").toInteger();
    const test::Headers key{{"Idempotency-Key", "reset-key"}};
    const auto reset = http.sendMessage(sid, QStringLiteral("lost answer"), key);
    QCOMPARE(reset.status, 0); // no headers ever came
    QVERIFY(reset.error != QNetworkReply::NoError);
    QVERIFY(http.stats().value(u"resets").toInteger() >= 1);
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1); // the same key each time
    http.del(QStringLiteral("/_emulator/faults"));
    // The retry with the same key gets that turn, not a second one.
    const auto retry = http.sendMessage(sid, QStringLiteral("lost answer"), key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.events().last().type, QByteArray("message.completed"));
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), before + 1);
}

QByteArray EmulatorFaultsTest::streamPrefix(int cutAfter, quint32 seed)
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("random_cuts"), true}, {QStringLiteral("seed"), qint64(seed)},
                    {QStringLiteral("random_min_bytes"), cutAfter}, {QStringLiteral("random_max_bytes"), cutAfter + 2000},
                    {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    return http.sendMessage(sid, QStringLiteral("[[thinking=off]] same prompt")).body;
}

void EmulatorFaultsTest::randomCutsAreSeeded()
{
    const QByteArray a = streamPrefix(300, 42);
    const QByteArray b = streamPrefix(300, 42);
    const QByteArray c = streamPrefix(300, 7);
    QVERIFY(!a.contains("message.completed"));
    // Same seed, same cut point; the ids differ, so compare lengths.
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() != c.size());
}

void EmulatorFaultsTest::stallHoldsTheStream()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("stall_after_bytes"), 400}, {QStringLiteral("stall_ms"), -1},
                    {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid), R"({"message": "stall"})");
    QByteArray seen;
    connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
    QTRY_VERIFY(!seen.isEmpty());
    // The server finishes the turn, but nothing more reaches the client.
    QTRY_VERIFY_WITH_TIMEOUT(!http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool(true), 10000);
    QVERIFY(!reply->isFinished());
    QVERIFY(!seen.contains("message.completed"));
    reply->abort();
    reply->deleteLater();
}

void EmulatorFaultsTest::delayedChunksKeepTheirOrder()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.setFaults({{QStringLiteral("delay_ms"), 20}, {QStringLiteral("path_contains"), QStringLiteral("/messages")}});
    const auto r = http.sendMessage(sid, QStringLiteral("[[deltas=50]] slow link"));
    QCOMPARE(r.error, QNetworkReply::NoError);
    const QList<SseEvent> events = r.events();
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).lastEventId, QByteArray::number(i));
    QCOMPARE(events.last().type, QByteArray("message.completed"));
}

void EmulatorFaultsTest::badFaultPlansAreRefused()
{
    HttpProbe http(m_emu.endpoint());
    QCOMPARE(http.post(QStringLiteral("/_emulator/faults"), {{QStringLiteral("explode"), true}}).status, 400);
    QCOMPARE(http.post(QStringLiteral("/_emulator/faults"),
                       {{QStringLiteral("http_errors"), QJsonArray{QJsonObject{{QStringLiteral("status"), 200}}}}}).status,
             400);
    QCOMPARE(http.get(QStringLiteral("/_emulator/faults")).json().value(u"cut_after_bytes").toInteger(), -1);
}

void EmulatorFaultsTest::unknownRoutesGet404Json()
{
    HttpProbe http(m_emu.endpoint());
    for (const QString &path : {QStringLiteral("/"), QStringLiteral("/v2/sessions"), QStringLiteral("/v1/sessions/x/y/z")}) {
        const auto r = http.get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorType(), QStringLiteral("not_found"));
    }
    QCOMPARE(http.request("PATCH", QStringLiteral("/v1/sessions")).status, 404);
}

void EmulatorFaultsTest::bodiesOver10MBGet413()
{
    HttpProbe http(m_emu.endpoint());
    const QByteArray huge = "{\"message\": \"" + QByteArray(10 * 1024 * 1024 + 10, 'a') + "\"}";
    const auto r = http.request("POST", QStringLiteral("/v1/sessions"), huge);
    QCOMPARE(r.status, 413);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions")).status, 200); // still serving
}

void EmulatorFaultsTest::garbageOnTheSocketDoesNotHurt()
{
    // (A count written by hand here once read two bytes past the literal: AddressSanitizer.)
    static const char JunkWithNul[] = "\x00\x01\x02\xff garbage\r\n\r\n";
    const QUrl base = m_emu.endpoint().baseUrl;
    const QList<QByteArray> junk = {
        QByteArray(JunkWithNul, sizeof JunkWithNul - 1), // its NUL byte included
        "GET /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nshort",
        "POST /v1/sessions HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
        "GET " + QByteArray(100000, 'a') + " HTTP/1.1\r\n\r\n",
        "HELLO\r\n\r\n",
        "GET /v1/sessions HTTP/1.1\r\n" + QByteArray(70000, 'h') + "\r\n\r\n",
    };
    for (const QByteArray &bytes : junk) {
        QTcpSocket s;
        s.connectToHost(base.host(), quint16(base.port()));
        QVERIFY(s.waitForConnected(5000));
        s.write(bytes);
        s.waitForBytesWritten(5000);
        s.waitForReadyRead(300); // whatever it answers, if anything
        s.abort();
    }
    HttpProbe http(m_emu.endpoint());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions")).status, 200);
}

void EmulatorFaultsTest::adminNeedsTheKey()
{
    HttpProbe http(m_emu.endpoint());
    QCOMPARE(http.request("GET", QStringLiteral("/_emulator/stats"), {}, {}, false).status, 401);
    QCOMPARE(http.request("POST", QStringLiteral("/_emulator/faults"), "{}", {}, false).status, 401);
}

QTEST_GUILESS_MAIN(EmulatorFaultsTest)
#include "EmulatorFaultsTest.moc"
