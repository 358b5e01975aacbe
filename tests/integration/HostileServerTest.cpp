// The client against a server that misbehaves on purpose (pokee-emulator --hostile MODE):
// an HTML 502 page, truncated JSON, a 100 MB line, an endless event, a wrong content type,
// events out of order, repeated or going backwards, a list of two million sessions, a redirect
// to another host, one byte a second, a gzip bomb (1 GiB of event-stream lines in 9 MB), a
// Retry-After of a year, 4 MiB of headers.
// For each: the core's JSON calls and turn streams, and the `pokee` command, end with a
// sentence that says what happened; nothing already received is lost; memory stays within the
// bound docs/reliability.md states; the key never reaches another host.
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "ProcStatus.h"

#include "api/ApiCall.h"
#include "stream/SseParser.h"
#include "stream/TurnStream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// This process's memory in bytes: VmRSS now, or VmHWM (its peak since resetPeakRss()).
qint64 statusField(const char *field)
{
    return qint64(test::procStatusKiB(0, QByteArray(field))) * 1024;
}

// Memory figures mean nothing under AddressSanitizer (redzones, a quarantine of freed blocks).
constexpr bool MeasuresMemory =
#if defined(__SANITIZE_ADDRESS__)
    false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    false;
#else
    true;
#endif
#else
    true;
#endif

TurnStream::Options fast()
{
    TurnStream::Options o;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    o.idleTimeoutMs = 2000;
    o.maxPostAttempts = 3;
    o.maxRateLimitedPosts = 3;
    o.maxReconnectAttempts = 3;
    return o;
}

bool isSentence(const QString &text)
{
    return text.size() > 20 && text.at(0).isUpper() && (text.endsWith(u'.') || text.endsWith(u')') || text.endsWith(u'"'));
}

} // namespace

class HostileServerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_server, {QStringLiteral("--hostile"), QStringLiteral("html-502")}));
    }
    void jsonCallsEndInASentence_data();
    void jsonCallsEndInASentence();
    void turnsKeepWhatArrivedAndEndInASentence_data();
    void turnsKeepWhatArrivedAndEndInASentence();
    void theCommandStaysUpAndSaysWhatHappened_data();
    void theCommandStaysUpAndSaysWhatHappened();
    void aRedirectNeverCarriesTheKeyAway();

private:
    void setMode(const char *mode)
    {
        HttpProbe http(m_server.endpoint());
        QCOMPARE(http.post(QStringLiteral("/_hostile/") + QLatin1StringView(mode), {}).status, 200);
    }
    LocalEmulator m_server;
};

void HostileServerTest::jsonCallsEndInASentence_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("says");      // a part of the sentence
    QTest::addColumn<int>("fails");         // 1: must fail; 0: usable after all; -1: either, a sentence if it fails
    QTest::addColumn<qint64>("memoryBound"); // the most the call may add to the peak RSS
    QTest::newRow("html-502") << "html-502" << "HTTP 502: 502 Bad Gateway nginx)" << 1 << 8 * MiB;
    QTest::newRow("truncated-json") << "truncated-json" << "" << 1 << 8 * MiB;
    QTest::newRow("100 MB line") << "long-line" << "larger than 64 MiB" << 1 << 64 * MiB + 48 * MiB;
    QTest::newRow("endless answer") << "endless-event" << "larger than 64 MiB" << 1 << 64 * MiB + 48 * MiB;
    QTest::newRow("wrong content type") << "wrong-content-type" << "not JSON" << 1 << 8 * MiB;
    QTest::newRow("two million sessions") << "huge-list" << "larger than 64 MiB" << 1 << 64 * MiB + 48 * MiB;
    QTest::newRow("redirect to another host") << "redirect" << "" << 1 << 8 * MiB;
    QTest::newRow("one byte a second") << "slow" << "no answer within 3 second" << 1 << 8 * MiB;
    QTest::newRow("gzip bomb") << "gzip-bomb" << "compression bomb" << 1 << 32 * MiB;
    QTest::newRow("Retry-After of a year") << "retry-after-year" << "wait 365 day" << 1 << 8 * MiB;
    // Qt 6.8 reads a header block whole, a byte at a time, before it drops one over 256 KiB;
    // 4 MiB of it can take longer than the 3 s the test allows (then: "stopped answering"),
    // else the body is read without the headers. Either way nothing breaks.
    QTest::newRow("4 MiB of headers") << "huge-headers" << "" << -1 << 16 * MiB;
}

void HostileServerTest::jsonCallsEndInASentence()
{
    QFETCH(QString, mode);
    QFETCH(QString, says);
    QFETCH(int, fails);
    QFETCH(qint64, memoryBound);
    setMode(mode.toLatin1().constData());
    ApiClient api(m_server.endpoint());
    api.setCallTimeoutMs(3000);
    const qint64 before = statusField("VmRSS");
    test::resetPeakRss();
    ApiCall *call = api.get(QStringLiteral("/v1/sessions"));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(60000));
    const ApiResult r = finished.first().first().value<ApiResult>();
    const qint64 grown = statusField("VmHWM") - before;
    if (fails == 1 || (fails == -1 && r.error.isError())) {
        QVERIFY2(r.error.isError(), qPrintable(QString::fromUtf8(r.body.left(200))));
        const QString sentence = r.error.userMessage();
        QVERIFY2(isSentence(sentence), qPrintable(sentence));
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"<html") && !sentence.contains(u"tracking"), qPrintable(sentence));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    }
    if (MeasuresMemory)
        QVERIFY2(grown < memoryBound, qPrintable(QStringLiteral("the peak RSS grew by %1 MiB").arg(grown / MiB)));
}

void HostileServerTest::turnsKeepWhatArrivedAndEndInASentence_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("ending");     // completed, or a part of the failure's sentence
    QTest::addColumn<QStringList>("texts");  // the text deltas that must be delivered, in order
    QTest::addColumn<qint64>("memoryBound");
    const QStringList start{QStringLiteral("Received before the trouble. ")};
    QTest::newRow("html-502") << "html-502" << "502 Bad Gateway" << QStringList() << 8 * MiB;
    QTest::newRow("cut mid-event") << "truncated-json" << "" << start << 8 * MiB;
    // The parser refuses an event over 16 MiB; while its buffer grows to that, the old and the
    // reallocated copy live at once, and freed blocks stay with the allocator: 80 MiB. The
    // endless event (a data line at a time, joined) measured 52–72 MiB here and 83 MiB once on
    // a busy CI machine, after the rows before it had shaped the allocator: 96 MiB. Either is
    // a bound: the server sends without end, and what the parser holds stops at 16 MiB.
    QTest::newRow("100 MB line") << "long-line" << "16 MiB" << start << 80 * MiB;
    QTest::newRow("endless event") << "endless-event" << "16 MiB" << start << 96 * MiB;
    QTest::newRow("wrong content type") << "wrong-content-type" << "text/html" << QStringList() << 8 * MiB;
    QTest::newRow("out of order") << "out-of-order" << "completed" << QStringList{QStringLiteral("C"), QStringLiteral("D")} << 8 * MiB;
    QTest::newRow("repeated") << "repeated" << "completed" << QStringList{QStringLiteral("A"), QStringLiteral("B")} << 8 * MiB;
    QTest::newRow("seq backwards") << "seq-backwards" << "completed"
                                   << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")} << 8 * MiB;
    QTest::newRow("redirect to another host") << "redirect" << "" << QStringList() << 8 * MiB;
    QTest::newRow("one byte a second") << "slow" << "" << QStringList() << 8 * MiB;
    QTest::newRow("gzip bomb") << "gzip-bomb" << "compression bomb" << QStringList() << 32 * MiB;
    QTest::newRow("Retry-After of a year") << "retry-after-year" << "365 day" << QStringList() << 8 * MiB;
    QTest::newRow("4 MiB of headers") << "huge-headers" << "" << QStringList() << 16 * MiB;
}

void HostileServerTest::turnsKeepWhatArrivedAndEndInASentence()
{
    QFETCH(QString, mode);
    QFETCH(QString, ending);
    QFETCH(QStringList, texts);
    QFETCH(qint64, memoryBound);
    setMode(mode.toLatin1().constData());
    ApiClient api(m_server.endpoint());
    api.setCallTimeoutMs(3000);
    TurnStream turn(&api, QStringLiteral("ses_hostile"), fast());
    QList<TurnEvent> events;
    connect(&turn, &TurnStream::eventsReceived, this, [&](const QList<TurnEvent> &batch) { events += batch; });
    const qint64 before = statusField("VmRSS");
    test::resetPeakRss();
    turn.send(QStringLiteral("hello"), QStringLiteral("key-%1").arg(mode));
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 90000);
    const qint64 grown = statusField("VmHWM") - before;

    // Never a repeated or backwards event, whatever the server sent.
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY2(events.at(i).seq > events.at(i - 1).seq, qPrintable(QStringLiteral("event %1 has seq %2 after %3").arg(i)
                                                                         .arg(events.at(i).seq).arg(events.at(i - 1).seq)));
    QStringList delivered;
    for (const TurnEvent &e : std::as_const(events))
        if (e.type == u"text.delta")
            delivered << e.data.value(u"content").toString();
    // What arrived before the trouble is kept.
    QCOMPARE(delivered.mid(0, texts.size()), texts);
    if (ending == u"completed") {
        QCOMPARE(turn.state(), TurnStream::State::Completed);
        QCOMPARE(delivered, texts);
    } else {
        QVERIFY2(turn.state() != TurnStream::State::Completed, "a broken stream cannot complete");
        const QString sentence = turn.lastError().userMessage();
        QVERIFY2(isSentence(sentence), qPrintable(sentence));
        QVERIFY2(sentence.contains(ending), qPrintable(sentence));
    }
    if (MeasuresMemory) // printed on success too: how far each row is from its bound
        qInfo("%s: the peak RSS grew by %lld MiB", qPrintable(mode), grown / MiB);
    if (MeasuresMemory)
        QVERIFY2(grown < memoryBound, qPrintable(QStringLiteral("the peak RSS grew by %1 MiB").arg(grown / MiB)));
}

void HostileServerTest::theCommandStaysUpAndSaysWhatHappened_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("printed");  // on standard output: what arrived before the trouble
    QTest::addColumn<QString>("says");     // on standard error
    QTest::addColumn<qint64>("peakBound"); // the command's peak RSS
    QTest::addColumn<int>("withinSeconds"); // ends this soon after it starts (0: no bound)
    const QStringList list{QStringLiteral("sessions"), QStringLiteral("list")};
    const QStringList send{QStringLiteral("send"), QStringLiteral("ses_hostile"), QStringLiteral("hello")};
    const QString start = QStringLiteral("Received before the trouble.");
    QTest::newRow("list: html-502") << "html-502" << list << 1 << "" << "502 Bad Gateway" << 96 * MiB << 0;
    QTest::newRow("list: two million sessions") << "huge-list" << list << 1 << "" << "larger than 64 MiB" << 96 * MiB + 64 * MiB << 0;
    QTest::newRow("list: 100 MB line") << "long-line" << list << 1 << "" << "larger than 64 MiB" << 96 * MiB + 64 * MiB << 0;
    QTest::newRow("list: Retry-After of a year") << "retry-after-year" << list << 1 << "" << "365 day" << 96 * MiB << 0;
    QTest::newRow("send: 100 MB line") << "long-line" << send << 1 << start << "16 MiB" << 96 * MiB + 80 * MiB << 0;
    QTest::newRow("send: endless event") << "endless-event" << send << 1 << start << "16 MiB" << 96 * MiB + 80 * MiB << 0;
    QTest::newRow("send: wrong content type") << "wrong-content-type" << send << 1 << "" << "text/html" << 96 * MiB << 0;
    QTest::newRow("send: repeated events") << "repeated" << send << 0 << "AB" << "" << 96 * MiB << 0;
    QTest::newRow("send: seq backwards") << "seq-backwards" << send << 0 << "ABC" << "" << 96 * MiB << 0;
    // The server misbehaves at once: the command says what it did, within 15 s, not after its
    // retries (which would meet the same answer).
    const QStringList events{QStringLiteral("events"), QStringLiteral("ses_hostile"), QStringLiteral("msg_hostile")};
    QTest::newRow("events: gzip bomb") << "gzip-bomb" << events << 1 << "" << "compression bomb" << 96 * MiB + 32 * MiB << 15;
    QTest::newRow("send: gzip bomb") << "gzip-bomb" << send << 1 << "" << "compression bomb" << 96 * MiB + 32 * MiB << 15;
    QTest::newRow("list: gzip bomb") << "gzip-bomb" << list << 1 << "" << "compression bomb" << 96 * MiB + 32 * MiB << 15;
    QTest::newRow("events: 4 MiB of headers") << "huge-headers" << events << 1 << "" << "headers are too large" << 96 * MiB << 15;
    QTest::newRow("list: 4 MiB of headers") << "huge-headers" << list << 1 << "" << "headers are too large" << 96 * MiB << 15;
}

void HostileServerTest::theCommandStaysUpAndSaysWhatHappened()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, printed);
    QFETCH(QString, says);
    QFETCH(qint64, peakBound);
    QFETCH(int, withinSeconds);
    setMode(mode.toLatin1().constData());
    QTemporaryDir scratch;
    const QString journal = scratch.filePath(QStringLiteral("journal.sqlite"));
    const QString rssFile = scratch.filePath(QStringLiteral("rss"));
    // GNU time measures the command's peak RSS (the build environment has it).
    const bool timed = MeasuresMemory && QFile::exists(QStringLiteral("/usr/bin/time"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), m_server.endpoint().baseUrl.toString());
    env.insert(QStringLiteral("POKEE_KEY"), m_server.endpoint().key);
    p.setProcessEnvironment(env);
    QStringList all = args;
    all << QStringLiteral("--journal") << journal;
    if (timed) {
        all = QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile,
                          qEnvironmentVariable("POKEE_CLI_BIN")} + all;
        p.start(QStringLiteral("/usr/bin/time"), all);
    } else {
        p.start(qEnvironmentVariable("POKEE_CLI_BIN"), all);
    }
    QElapsedTimer took;
    took.start();
    QVERIFY(p.waitForFinished(120000));
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (withinSeconds > 0)
        QVERIFY2(took.elapsed() < withinSeconds * 1000, qPrintable(QStringLiteral("ended after %1 ms: %2").arg(took.elapsed()).arg(err)));
    // Qt's own warnings are not for the user ("QIODevice::read (QNetworkReplyHttpImpl): …").
    QVERIFY2(!err.contains(u"QIODevice") && !err.contains(u"QNetworkReply"), qPrintable(err));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(QStringLiteral("exit %1; stderr: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2(out.remove(u' ').remove(u'\n').contains(QString(printed).remove(u' ')), qPrintable(out));
    if (exitCode != 0) {
        // Progress lines may come first ("response msg_…"); the failure is one "pokee: " line.
        const qsizetype at = err.indexOf(u"pokee: ");
        QVERIFY2(at >= 0, qPrintable(err));
        QVERIFY2(isSentence(err.mid(at + 7).section(u'\n', 0, 0).trimmed()), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
    }
    if (timed) {
        QFile rss(rssFile);
        QVERIFY(rss.open(QIODevice::ReadOnly));
        const qint64 peak = rss.readAll().trimmed().split('\n').last().toLongLong() * 1024;
        QVERIFY2(peak > 0 && peak < peakBound, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak / MiB)));
    }
}

void HostileServerTest::aRedirectNeverCarriesTheKeyAway()
{
    setMode("redirect");
    ApiClient api(m_server.endpoint());
    ApiCall *call = api.get(QStringLiteral("/v1/sessions"));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(30000));
    TurnStream turn(&api, QStringLiteral("ses_hostile"), fast());
    turn.send(QStringLiteral("hello"), QStringLiteral("key-redirect"));
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 60000);
    const auto leaks = HttpProbe(m_server.endpoint()).get(QStringLiteral("/_hostile/leaks")).json();
    QVERIFY2(leaks.value(u"authorizations").toArray().isEmpty(), QJsonDocument(leaks).toJson().constData());
}

QTEST_GUILESS_MAIN(HostileServerTest)
#include "HostileServerTest.moc"
