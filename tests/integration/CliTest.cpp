// The pokee command as a script would use it, against the emulator: output formats, exit
// codes, files, tool calls, and a run killed with SIGKILL mid-turn that resumes to the same
// transcript.
#include "CannedHttpServer.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }
};
} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rawEventsAreExactlyWhatWasParsed();
    void exitCodes();
    void rawEventWithoutAnIdKeepsTheInheritedId();
    void cancelledSendExitsWith3();
    void noReconnectStopsAtTheFirstDrop();
    void filesAndDownloads();
    void toolCallAnsweredFromAnotherProcess();
    void statelessRespond();
    void killedMidTurnResumesToTheSameTranscript();

private:
    QProcess *start(const QStringList &args, const QString &journal = {});
    CliRun run(const QStringList &args, const QString &journal = {});
    static CliRun finish(QProcess *p);

    LocalEmulator m_emu;
    QString m_sid;
};

void CliTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty());
    m_sid = HttpProbe(m_emu.endpoint()).createSession();
}

QProcess *CliTest::start(const QStringList &args, const QString &journal)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    env.insert(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    p->setProcessEnvironment(env);
    QStringList all = args;
    if (!journal.isEmpty())
        all << QStringLiteral("--journal") << journal;
    p->start(qEnvironmentVariable("POKEE_CLI_BIN"), all);
    return p;
}

CliRun CliTest::finish(QProcess *p)
{
    p->waitForFinished(60000);
    CliRun r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
             p->readAllStandardError()};
    p->deleteLater();
    return r;
}

CliRun CliTest::run(const QStringList &args, const QString &journal)
{
    return finish(start(args, journal));
}

void CliTest::rawEventsAreExactlyWhatWasParsed()
{
    HttpProbe http(m_emu.endpoint());
    const auto sent = http.sendMessage(m_sid, QStringLiteral("[[deltas=20]] raw please"));
    const QString rid = QString::fromLatin1(sent.header("x-response-id"));
    const QList<SseEvent> server = sent.events();
    const CliRun r = run({QStringLiteral("events"), m_sid, rid, QStringLiteral("--raw")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), server.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).keys(), (QStringList{QStringLiteral("data"), QStringLiteral("event"), QStringLiteral("id")}));
        QCOMPARE(lines.at(i).value(u"id").toString().toUtf8(), server.at(i).lastEventId);
        QCOMPARE(lines.at(i).value(u"event").toString().toUtf8(), server.at(i).type);
        QCOMPARE(lines.at(i).value(u"data").toString().toUtf8(), server.at(i).data);
    }
    const CliRun after = run({QStringLiteral("events"), m_sid, rid, QStringLiteral("--raw"), QStringLiteral("--after"), QStringLiteral("9")});
    QCOMPARE(after.lines().first().value(u"id").toString(), QStringLiteral("10"));
    QCOMPARE(after.lines().size(), server.size() - 10);
}

void CliTest::rawEventWithoutAnIdKeepsTheInheritedId()
{
    // A server whose event has no id line: it is printed once, with the last event id the
    // standard gives it, not dropped as a replay of the event before.
    test::CannedHttpServer server([](const test::CannedRequest &, int) {
        return test::CannedReply(test::CannedHttpServer::stream(
            test::CannedHttpServer::event(0, "message.created", R"({"id":"msg_x"})") +
            test::CannedHttpServer::event(1, "text.delta", R"({"content":"a"})") +
            "event: text.delta\ndata: {\"content\":\"no id\"}\n\n" +
            test::CannedHttpServer::event(2, "message.completed", R"({"usage":{}})")));
    });
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), server.url().toString());
    env.insert(QStringLiteral("POKEE_KEY"), QStringLiteral("k"));
    p->setProcessEnvironment(env);
    QSignalSpy done(p, &QProcess::finished); // the canned server answers from this event loop
    p->start(qEnvironmentVariable("POKEE_CLI_BIN"), {QStringLiteral("events"), QStringLiteral("sess_1"),
                                                     QStringLiteral("msg_x"), QStringLiteral("--raw")});
    QVERIFY(done.wait(30000));
    const CliRun r{p->exitCode(), p->readAllStandardOutput(), p->readAllStandardError()};
    p->deleteLater();
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 4);
    QStringList ids;
    for (const QJsonObject &line : lines)
        ids << line.value(u"id").toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(lines.at(2).value(u"data").toString(), QStringLiteral(R"({"content":"no id"})"));
}

void CliTest::exitCodes()
{
    QCOMPARE(run({QStringLiteral("send"), m_sid, QStringLiteral("[[deltas=3]] fine")}).exitCode, 0);
    const CliRun failed = run({QStringLiteral("send"), m_sid, QStringLiteral("[[error=out of disk]] fail")});
    QCOMPARE(failed.exitCode, 4);
    QVERIFY(failed.err.contains("out of disk"));
    const CliRun usage = run({QStringLiteral("frobnicate")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains("Commands:"));
    const CliRun missing = run({QStringLiteral("sessions"), QStringLiteral("show"), QStringLiteral("sess_nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("HTTP 404"));
    const CliRun json = run({QStringLiteral("send"), m_sid, QStringLiteral("[[deltas=2]] json"), QStringLiteral("--json")});
    const QList<QJsonObject> lines = json.lines();
    QCOMPARE(lines.first().value(u"event").toString(), QStringLiteral("message.created"));
    QCOMPARE(lines.last().value(u"event").toString(), QStringLiteral("message.completed"));
    QVERIFY(lines.last().value(u"data").toObject().contains(u"usage"));
}

void CliTest::cancelledSendExitsWith3()
{
    QProcess *send = start({QStringLiteral("send"), m_sid, QStringLiteral("[[deltas=20000]] [[pace=2]] long"), QStringLiteral("--json")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += send->readAllStandardOutput()).contains("message.created"), 10000);
    const QJsonObject created = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    const QString rid = created.value(u"data").toObject().value(u"id").toString();
    const CliRun cancel = run({QStringLiteral("cancel"), m_sid, rid, QStringLiteral("--json")});
    QCOMPARE(cancel.exitCode, 0);
    QCOMPARE(cancel.lines().first().value(u"status").toString(), QStringLiteral("cancelling"));
    const CliRun r = finish(send);
    QCOMPARE(r.exitCode, 3);
}

void CliTest::noReconnectStopsAtTheFirstDrop()
{
    HttpProbe http(m_emu.endpoint());
    const auto sent = http.sendMessage(m_sid, QStringLiteral("[[deltas=200]] cut me"));
    const QString rid = QString::fromLatin1(sent.header("x-response-id"));
    http.setFaults({{QStringLiteral("cut_after_bytes"), 1500}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/events")}});
    const CliRun once = run({QStringLiteral("events"), m_sid, rid, QStringLiteral("--raw"), QStringLiteral("--no-reconnect")});
    QCOMPARE(once.exitCode, 1);
    QVERIFY(once.lines().size() < sent.events().size());
    http.setFaults({{QStringLiteral("cut_after_bytes"), 1500}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/events")}});
    const CliRun resumed = run({QStringLiteral("events"), m_sid, rid, QStringLiteral("--raw")});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.lines().size(), sent.events().size());
    http.del(QStringLiteral("/_emulator/faults"));
}

void CliTest::filesAndDownloads()
{
    HttpProbe http(m_emu.endpoint());
    http.sendMessage(m_sid, QStringLiteral("[[file=out/data.bin:300KB]] [[file=notes.md]] write"));
    const CliRun list = run({QStringLiteral("files"), m_sid, QStringLiteral("--path"), QStringLiteral("out"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().first().toObject().value(u"size").toInt(), 300 * 1024);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.bin"));
    const CliRun get = run({QStringLiteral("get"), m_sid, QStringLiteral("out/data.bin"), QStringLiteral("-o"), target});
    QCOMPARE(get.exitCode, 0);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), http.get(QStringLiteral("/v1/sessions/%1/files/out/data.bin").arg(m_sid)).body);
    const CliRun missing = run({QStringLiteral("get"), m_sid, QStringLiteral("out/none.bin"), QStringLiteral("-o"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none")))); // nothing half-written is left
}

void CliTest::toolCallAnsweredFromAnotherProcess()
{
    HttpProbe http(m_emu.endpoint());
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                       {QStringLiteral("name"), QStringLiteral("lookup_price")},
                                       {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
    const QString sid = http.createSession({{QStringLiteral("tools"), tools}});
    QProcess *send = start({QStringLiteral("send"), sid, QStringLiteral("what is the price? [[tool=lookup_price]]"), QStringLiteral("--json")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += send->readAllStandardOutput()).contains("tool_call.requested"), 10000);
    QString callId;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"event").toString() == u"tool_call.requested")
            callId = o.value(u"data").toObject().value(u"tool_call_id").toString();
    }
    QVERIFY(!callId.isEmpty());
    QCOMPARE(run({QStringLiteral("tool-result"), sid, callId, QStringLiteral("42 EUR")}).exitCode, 0);
    const CliRun r = finish(send);
    QCOMPARE(r.exitCode, 0);
    QVERIFY((out + r.out).contains("42 EUR"));
    QCOMPARE(run({QStringLiteral("tool-result"), sid, callId, QStringLiteral("again")}).exitCode, 1);
}

void CliTest::statelessRespond()
{
    QTemporaryDir dir;
    QFile tools(dir.filePath(QStringLiteral("tools.json")));
    QVERIFY(tools.open(QIODevice::WriteOnly));
    tools.write(R"([{"type": "function", "name": "get_weather", "parameters": {"type": "object",
                 "properties": {"location": {"type": "string"}}, "required": ["location"]}}])");
    tools.close();
    const CliRun r = run({QStringLiteral("respond"), QStringLiteral("What is the weather in Paris?"),
                          QStringLiteral("--tools"), tools.fileName()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("function_call toolu_"));
    QVERIFY(r.out.contains("get_weather({\"location\":\"Paris\"})"));
}

void CliTest::killedMidTurnResumesToTheSameTranscript()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QProcess *send = start({QStringLiteral("send"), sid, QStringLiteral("[[deltas=1500]] [[pace=2]] survive a kill"),
                            QStringLiteral("--json")}, journal);
    QByteArray shown;
    QTRY_VERIFY_WITH_TIMEOUT((shown += send->readAllStandardOutput()).count('\n') > 100, 20000);
    send->kill(); // SIGKILL: no clean-up at all
    send->waitForFinished();
    shown += send->readAllStandardOutput();
    delete send;

    const CliRun resume = run({QStringLiteral("resume"), QStringLiteral("--json")}, journal);
    QCOMPARE(resume.exitCode, 0);
    const CliRun transcript = run({QStringLiteral("transcript"), sid, QStringLiteral("--json")}, journal);
    QCOMPARE(transcript.exitCode, 0);
    QList<QJsonObject> lines = transcript.lines();
    const QJsonObject turn = lines.takeFirst();
    QCOMPARE(turn.value(u"state").toString(), QStringLiteral("completed"));
    const QString rid = turn.value(u"response_id").toString();
    const QList<SseEvent> server = http.get(QStringLiteral("/v1/sessions/%1/responses/%2/events").arg(sid, rid)).events();
    QCOMPARE(lines.size(), server.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).value(u"seq").toInteger(), i);
        QCOMPARE(lines.at(i).value(u"event").toString().toUtf8(), server.at(i).type);
        QCOMPARE(lines.at(i).value(u"data").toObject(), QJsonDocument::fromJson(server.at(i).data).object());
    }
    // Every line the killed run printed is in the journal: nothing shown was lost.
    for (const QByteArray &line : shown.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            QCOMPARE(lines.at(o.value(u"seq").toInteger()), o);
    }
}

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
