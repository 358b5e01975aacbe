// The pokee command as a script would use it, against the emulator: output formats, exit
// codes, tool calls, a run killed with SIGKILL mid-turn that resumes to the same
// transcript, and saved profiles (key in the real keychain, never in a file, an output or an
// argument) driving the session commands. (The tool library and `sessions show/list` for
// people: CliLibraryTest.)
#include "CannedHttpServer.h"
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "profiles/KeyStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pokee;
using test::HttpProbe;
using test::CliRun;
using test::FreshHome;
using test::lineWith;

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
    void toolCallAnsweredFromAnotherProcess();
    void rulesAnswerToolCallsWhileTheTurnStreams();
    void statelessRespond();
    void killedMidTurnResumesToTheSameTranscript();
    void profileDrivesTheSessionCommandsAndTheKeyStaysInTheKeychain();
    void profilesAddWithoutAKeySavesNothing();
    void theKeyIsNeverAnArgument();
    void aRefusedReAddKeepsTheWorkingKey();

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

void CliTest::rulesAnswerToolCallsWhileTheTurnStreams()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    };
    // Nested (Chat Completions) shape: sessions create takes either.
    const QString tools = write(QStringLiteral("tools.json"), R"([{"type": "function", "function": {"name": "get_weather",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}}])");
    const QString replyRules = write(QStringLiteral("reply.json"), R"({"rules": [
        {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"}, "action": "reply",
         "template": "{\"temperature_c\": 14, \"city\": \"${args./location}\", \"tag\": \"from-the-reply-rule\"}"},
        {"tool": "*", "action": "ask"}]})");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString commandRules = write(QStringLiteral("command.json"),
        QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{QJsonObject{
            {QStringLiteral("tool"), QStringLiteral("get_weather")}, {QStringLiteral("action"), QStringLiteral("command")},
            {QStringLiteral("program"), python},
            {QStringLiteral("args"), QJsonArray{QStringLiteral("-c"),
                QStringLiteral("import sys, json; a = json.load(sys.stdin); print('from-the-command-rule ' + a['location'])")}},
            {QStringLiteral("timeout_s"), 20}}}}}).toJson());

    // A tools file with a mistake is refused with the tool and the reason, before any request.
    const QString badTools = write(QStringLiteral("bad-tools.json"), R"([{"name": "get weather"}])");
    const CliRun refusedTools = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), badTools});
    QCOMPARE(refusedTools.exitCode, 2);
    QVERIFY2(refusedTools.err.contains("tool 1: a name is"), refusedTools.err.constData());
    const CliRun created = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), tools});
    QCOMPARE(created.exitCode, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    const CliRun replied = run({QStringLiteral("send"), sid, QStringLiteral("What is the weather in Paris?"),
                                QStringLiteral("--rules"), replyRules});
    QVERIFY2(replied.exitCode == 0, replied.err.constData());
    QVERIFY2(replied.err.contains("a rule answers it"), replied.err.constData());
    QVERIFY2(replied.out.contains("from-the-reply-rule"), replied.out.constData()); // the agent used the output

    const CliRun commanded = run({QStringLiteral("send"), sid, QStringLiteral("And the weather in Lyon?"),
                                  QStringLiteral("--rules"), commandRules});
    QCOMPARE(commanded.exitCode, 0);
    QVERIFY2(commanded.out.contains("from-the-command-rule"), commanded.out.constData());

    // The audit log has both answers, with the rule and the arguments.
    const CliRun audit = run({QStringLiteral("rules"), QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    int mine = 0;
    for (const QJsonObject &e : audit.lines()) {
        if (e.value(u"session_id").toString() != sid)
            continue;
        ++mine;
        QCOMPARE(e.value(u"tool").toString(), QStringLiteral("get_weather"));
        QVERIFY(e.value(u"output").toString().contains(u"from-the-"));
        QVERIFY(!e.value(u"tool_call_id").toString().isEmpty());
        QVERIFY(e.value(u"arguments").toString().contains(u"location"));
    }
    QCOMPARE(mine, 2);

    // A rules file that does not read is refused with where and why, before anything is sent.
    const QString broken = write(QStringLiteral("broken.json"), "{\"rules\": [\n  {\"tool\": \"a\" \"action\": \"ask\"}]}");
    const CliRun check = run({QStringLiteral("rules"), QStringLiteral("check"), broken});
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err.contains("line 2, column"), check.err.constData());
    const CliRun good = run({QStringLiteral("rules"), QStringLiteral("check"), replyRules});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.contains("1. get_weather /location ~ ^Par → reply"));
    const CliRun refused = run({QStringLiteral("send"), sid, QStringLiteral("hi"), QStringLiteral("--rules"), broken});
    QCOMPARE(refused.exitCode, 2);
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

    // With rules, the call is answered and the loop goes on to the model's answer.
    QFile rules(dir.filePath(QStringLiteral("rules.json")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"rules": [{"tool": "get_weather", "action": "reply", "template": "stateless-rule-said-14C in ${args./location}"}]})");
    rules.close();
    const CliRun looped = run({QStringLiteral("respond"), QStringLiteral("What is the weather in Paris?"),
                               QStringLiteral("--tools"), tools.fileName(), QStringLiteral("--rules"), rules.fileName()});
    QVERIFY2(looped.exitCode == 0, looped.err.constData());
    QVERIFY2(looped.err.contains("[rule] toolu_"), looped.err.constData());
    QVERIFY2(!looped.out.contains("function_call"), looped.out.constData());
    QVERIFY2(looped.out.contains("stateless-rule-said-14C in Paris"), looped.out.constData());
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


void CliTest::profileDrivesTheSessionCommandsAndTheKeyStaysInTheKeychain()
{
    // A server of its own: clean-up deletes every idle session on it.
    LocalEmulator emu;
    QVERIFY(test::startEmulator(emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    const QString url = emu.endpoint().baseUrl.toString();
    const QByteArray key = emu.endpoint().key.toUtf8();
    QVERIFY(key.size() > 16);
    HttpProbe http(emu.endpoint());
    FreshHome home;

    // The key on standard input, as `echo $KEY | pokee profiles add` would give it.
    const CliRun added = home.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("work"),
                                   QStringLiteral("--url"), url}, key + '\n');
    EXPECT_EXIT(added, 0);
    QVERIFY2(added.err.contains("keychain"), added.err.constData());
    QFile ini(home.profilesFile());
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(home.profilesFile()));
    QVERIFY(ini.readAll().contains(url.toUtf8()));
    ini.close();

    const CliRun listed = home.run({QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EXIT(listed, 0);
    const QByteArray workLine = lineWith(listed.out, "work");
    QVERIFY2(workLine.contains("in keychain"), listed.out.constData());
    QVERIFY2(workLine.startsWith("* "), listed.out.constData()); // the only one: the default
    QVERIFY2(workLine.contains(url.toUtf8()), listed.out.constData());
    QVERIFY2(!listed.out.contains("Environment"), listed.out.constData()); // POKEE_API/KEY are unset

    const CliRun tested = home.run({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("work")});
    EXPECT_EXIT(tested, 0);
    QVERIFY2(tested.out.contains("accepted the key"), tested.out.constData());

    const CliRun created = home.run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("sessions"), QStringLiteral("create")});
    EXPECT_EXIT(created, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    QVERIFY(sid.startsWith(u"sess_"));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).status, 200);

    const CliRun sent = home.run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("send"), sid, QStringLiteral("hello")});
    EXPECT_EXIT(sent, 0);
    // The profile's own journal, in this user's data folder (named by the profile's id, which
    // a rename keeps).
    QCOMPARE(QDir(home.journalsFolder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).size(), 1);

    // No --profile: the default profile is work.
    const CliRun sessions = home.run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(sessions, 0);
    QJsonObject row;
    for (const QJsonObject &o : sessions.lines())
        if (o.value(u"id").toString() == sid)
            row = o;
    QVERIFY2(!row.isEmpty(), sessions.out.constData());
    QCOMPARE(row.value(u"title").toString(), QStringLiteral("hello"));
    QCOMPARE(row.value(u"local").toBool(), true);
    QCOMPARE(row.value(u"busy").toBool(), false);
    QCOMPARE(row.value(u"persistent").toBool(), true);

    // A long turn from another process; `wait` prints its metadata and returns when idle.
    QProcess *longSend = home.start({QStringLiteral("send"), sid,
                                     QStringLiteral("[[progress=3]] [[step_ms=300]] [[duration=2]] long work"),
                                     QStringLiteral("--json")});
    QByteArray longOut;
    QTRY_VERIFY_WITH_TIMEOUT((longOut += longSend->readAllStandardOutput()).contains("message.created"), 15000);
    QVERIFY(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).json().value(u"busy").toBool());
    const CliRun waited = home.run({QStringLiteral("wait"), sid, QStringLiteral("--interval"), QStringLiteral("0.2")});
    EXPECT_EXIT(waited, 0);
    QVERIFY2(waited.out.contains("progress_percent="), waited.out.constData());
    QVERIFY2(waited.err.contains("is idle"), waited.err.constData());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).json().value(u"busy").toBool(), false);
    const CliRun longDone = home.finish(longSend);
    home.recordOutput(longOut);
    EXPECT_EXIT(longDone, 0);

    // Midway, with the profile and its journal in use: the key is in none of this user's files,
    // though the same search finds what is there (the URL in the profiles file, the session
    // in the journal).
    QVERIFY(home.filesContaining(url.toUtf8()).contains(home.profilesFile()));
    QVERIFY(!home.filesContaining(sid.toUtf8()).isEmpty());
    QVERIFY2(home.filesContaining(key).isEmpty(), qPrintable(home.filesContaining(key).join(u' ')));

    // Clean-up: the dry run lists it and deletes nothing; the real one deletes it.
    const CliRun dry = home.run({QStringLiteral("sessions"), QStringLiteral("clean"), QStringLiteral("--older-than"),
                                 QStringLiteral("0s"), QStringLiteral("--dry-run")});
    EXPECT_EXIT(dry, 0);
    QVERIFY2(dry.out.contains(sid.toUtf8()), dry.out.constData());
    QVERIFY2(dry.err.contains("dry run"), dry.err.constData());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).status, 200);
    const CliRun cleaned = home.run({QStringLiteral("sessions"), QStringLiteral("clean"), QStringLiteral("--older-than"), QStringLiteral("0s")});
    EXPECT_EXIT(cleaned, 0);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).status, 404);

    // Delete one by id.
    const CliRun another = home.run({QStringLiteral("sessions"), QStringLiteral("create")});
    EXPECT_EXIT(another, 0);
    const QString sid2 = QString::fromUtf8(another.out.trimmed());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid2)).status, 200);
    const CliRun deleted = home.run({QStringLiteral("sessions"), QStringLiteral("delete"), sid2});
    EXPECT_EXIT(deleted, 0);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid2)).status, 404);
    const CliRun afterDelete = home.run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(afterDelete, 0);
    for (const QJsonObject &o : afterDelete.lines())
        QVERIFY(o.value(u"id").toString() != sid2);

    // Removed: the profile and its key are gone, and naming it is a usage error with a sentence.
    const CliRun removed = home.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("work")});
    EXPECT_EXIT(removed, 0);
    QCOMPARE(KeyStore().readNow(QStringLiteral("work")).status, KeyStore::Status::NotFound);
    const CliRun unknown = home.run({QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("sessions"), QStringLiteral("list")});
    EXPECT_EXIT(unknown, 2);
    QVERIFY2(unknown.err.contains("no profile named"), unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
    const CliRun relisted = home.run({QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EXIT(relisted, 0);
    QVERIFY2(lineWith(relisted.out, "work").isEmpty(), relisted.out.constData());

    // The key is in no file this user has, and in nothing any command printed.
    const QStringList files = home.filesContaining(key);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    QVERIFY(home.outputs().size() >= 30); // two streams of every process above
    for (const QByteArray &output : home.outputs())
        QVERIFY2(!output.contains(key), output.constData());
}

void CliTest::profilesAddWithoutAKeySavesNothing()
{
    FreshHome home;
    const QString name = QStringLiteral("nokey-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliRun r = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"),
                               m_emu.endpoint().baseUrl.toString()});
    EXPECT_EXIT(r, 2);
    QVERIFY2(r.err.contains("nothing was saved"), r.err.constData());
    QVERIFY(!QFile::exists(home.profilesFile()));
    QCOMPARE(KeyStore().readNow(name).status, KeyStore::Status::NotFound);
    const CliRun listed = home.run({QStringLiteral("profiles"), QStringLiteral("list")});
    EXPECT_EXIT(listed, 0);
    QVERIFY2(!listed.out.contains(name.toUtf8()), listed.out.constData());
    // Only whitespace is no key either.
    const CliRun blank = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"),
                                   m_emu.endpoint().baseUrl.toString()}, " \n\t\n");
    EXPECT_EXIT(blank, 2);
    QVERIFY(!QFile::exists(home.profilesFile()));
}

void CliTest::theKeyIsNeverAnArgument()
{
    FreshHome home;
    const QString name = QStringLiteral("argkey-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray key = "pk_on_the_command_line_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString url = m_emu.endpoint().baseUrl.toString();
    // As a second argument: a usage error.
    const CliRun positional = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QString::fromUtf8(key),
                                        QStringLiteral("--url"), url});
    EXPECT_EXIT(positional, 2);
    // The global --key does not feed profiles add: it still wants the key on standard input.
    const CliRun option = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url,
                                    QStringLiteral("--key"), QString::fromUtf8(key)});
    EXPECT_EXIT(option, 2);
    QVERIFY2(option.err.contains("standard input"), option.err.constData());
    // Nothing was saved, anywhere.
    QVERIFY(!QFile::exists(home.profilesFile()));
    QCOMPARE(KeyStore().readNow(name).status, KeyStore::Status::NotFound);
    QVERIFY(home.filesContaining(key).isEmpty());
    // And the help offers no option for it under profiles add.
    const CliRun help = home.run({QStringLiteral("--help")});
    const QByteArray addLine = lineWith(help.out, "profiles add");
    QVERIFY2(!addLine.isEmpty(), help.out.constData());
    QVERIFY2(!addLine.contains("--key"), addLine.constData());
    QVERIFY2(help.out.contains("standard input"), help.out.constData());
}

void CliTest::aRefusedReAddKeepsTheWorkingKey()
{
    // A profile that works; then the same name added again with settings that are refused.
    FreshHome home;
    const QString name = QStringLiteral("keep-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString url = m_emu.endpoint().baseUrl.toString();
    const CliRun added = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url},
                                  m_emu.endpoint().key.toUtf8());
    EXPECT_EXIT(added, 0);
    const CliRun refused = home.run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"), url,
                                     QStringLiteral("--proxy"), QStringLiteral("proxy.example:0")},
                                    "pk_replacement_that_was_refused");
    EXPECT_EXIT(refused, 2);
    QVERIFY2(refused.err.contains("proxy"), refused.err.constData());
    // Nothing changed: the profile still reaches its server with its key.
    const CliRun tested = home.run({QStringLiteral("profiles"), QStringLiteral("test"), name});
    EXPECT_EXIT(tested, 0);
    QVERIFY2(tested.out.contains("accepted the key"), tested.out.constData());
    QCOMPARE(KeyStore().readNow(name).key, m_emu.endpoint().key);
    // A built-in name is refused before any key is stored under it.
    const CliRun reserved = home.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Local demo"),
                                      QStringLiteral("--url"), url}, "pk_reserved");
    EXPECT_EXIT(reserved, 2);
    QCOMPARE(KeyStore().readNow(QStringLiteral("Local demo")).status, KeyStore::Status::NotFound);
    const CliRun removed = home.run({QStringLiteral("profiles"), QStringLiteral("remove"), name});
    EXPECT_EXIT(removed, 0);
}

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
