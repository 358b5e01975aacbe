// Issue 21 through `pokee`, against the emulator (its record and stats are the oracle): rules
// act with --json too, a resume past the end stops at once, parallel commands share a journal,
// busy and cut messages keep the way forward, ids never change the route, and what looks like
// success is success.
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "api/LocalEmulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using test::CliRun;
using test::FreshHome;
using test::HttpProbe;

class CliPromisesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
        QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty());
    }
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void rulesAnswerWithJsonOutputToo();
    void eventsAfterTheEndStopAtOnce();
    void parallelCommandsShareOneJournal();
    void aBusySendNamesTheRunningTurn();
    void toolResultAndMessageFromStandardInputOrAFile();
    void transcriptUsesTheProfilesJournal();
    void idsThatChangeTheRouteAreRefused();
    void deletingAMissingSessionIsNotSuccess();
    void ttlIsReadLikeOlderThanOrRefused();
    void journalFailuresSayWhatToDo();
    void emptyOrUndecodablePromptsAreRefused();
    void aToolChoiceMustBeValidBeforeAnyRequest();
    void profilesTestRefusesAnAddressEndingInV1();
    void removingTheDefaultProfileSaysWhatIsDefaultNow();

private:
    CliRun run(const QStringList &args, const QString &journal = {})
    {
        return test::runCli(m_emu.endpoint().baseUrl.toString(), m_emu.endpoint().key, args, journal);
    }
    QProcess *start(const QStringList &args, const QByteArray &input = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
        env.insert(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("POKEE_CLI_BIN"), args);
        p->waitForStarted();
        if (!input.isEmpty())
            p->write(input);
        p->closeWriteChannel();
        return p;
    }
    static CliRun finish(QProcess *p)
    {
        // Still running after two minutes: -1, never the exit code 0 of a process not yet ended.
        const bool ended = p->state() == QProcess::NotRunning || p->waitForFinished(120000); // false when it had already ended
        if (!ended)
            p->kill();
        CliRun r{ended && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
                 p->readAllStandardError()};
        p->deleteLater();
        return r;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    LocalEmulator m_emu;
    QTemporaryDir m_dir;
};

// Case 3: the JSON branch of the printer used to return before the rules saw the call.
void CliPromisesTest::rulesAnswerWithJsonOutputToo()
{
    const QString tools = write(QStringLiteral("tools.json"), R"([{"name": "get_weather", "parameters": {"type": "object",
        "properties": {"location": {"type": "string"}}, "required": ["location"]}}])");
    const QString rules = write(QStringLiteral("rules.json"), R"({"rules": [{"tool": "get_weather", "action": "reply",
        "template": "{\"temperature_c\": 14, \"tag\": \"json-mode-rule\"}"}]})");
    const CliRun created = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), tools});
    EXPECT_EXIT(created, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    QElapsedTimer clock;
    clock.start();
    const CliRun sent = run({QStringLiteral("send"), sid, QStringLiteral("What is the weather in Paris?"),
                             QStringLiteral("--rules"), rules, QStringLiteral("--json")});
    EXPECT_EXIT(sent, 0);
    QVERIFY(clock.elapsed() < 60000); // not the 300 s tool timeout
    bool completed = false, usedTheRule = false;
    for (const QJsonObject &line : sent.lines()) {
        completed = completed || line.value(u"event").toString() == u"message.completed";
        usedTheRule = usedTheRule || QJsonDocument(line).toJson().contains("json-mode-rule");
    }
    QVERIFY2(completed && usedTheRule, sent.out.constData());
}

// Case 4: `events --after N`, N being the terminal event's seq, ends in seconds, reconnecting
// or not, with exit 0.
void CliPromisesTest::eventsAfterTheEndStopAtOnce()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto sent = http.sendMessage(sid, QStringLiteral("[[deltas=4]] [[bash=off]] finished"));
    const QString rid = QString::fromLatin1(sent.header("x-response-id"));
    const QString last = QString::fromLatin1(sent.events().constLast().lastEventId);
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--no-reconnect")}}) {
        QElapsedTimer clock;
        clock.start();
        const CliRun r = run(QStringList{QStringLiteral("events"), sid, rid, QStringLiteral("--after"), last} + extra);
        EXPECT_EXIT(r, 0);
        QVERIFY2(!r.err.contains("reconnecting") && !r.err.contains("Could not reach"), r.err.constData());
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    }
}

// Case 5: three `sessions create` at once, eight times over, and two sends at once, on one
// journal file: none fails on a lock another process holds for milliseconds.
void CliPromisesTest::parallelCommandsShareOneJournal()
{
    const QString journal = m_dir.filePath(QStringLiteral("shared.sqlite"));
    for (int round = 0; round < 8; ++round) {
        QList<QProcess *> running;
        for (int i = 0; i < 3; ++i)
            running << start({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--journal"), journal});
        for (QProcess *p : running) {
            const CliRun r = finish(p);
            QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(r.err))));
        }
    }
    HttpProbe http(m_emu.endpoint());
    const QString a = http.createSession(), b = http.createSession();
    QProcess *first = start({QStringLiteral("send"), a, QStringLiteral("[[deltas=200]] [[bash=off]] one"),
                             QStringLiteral("--journal"), journal});
    QProcess *second = start({QStringLiteral("send"), b, QStringLiteral("[[deltas=200]] [[bash=off]] two"),
                              QStringLiteral("--journal"), journal});
    const CliRun r1 = finish(first), r2 = finish(second);
    QVERIFY2(r1.exitCode == 0, r1.err.constData());
    QVERIFY2(r2.exitCode == 0, r2.err.constData());
}

// Case 7: a send refused as busy says which turn runs and how to follow it.
void CliPromisesTest::aBusySendNamesTheRunningTurn()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QNetworkReply *running = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                        R"({"message": "[[duration=4]] [[bash=off]] long"})");
    QTRY_VERIFY(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool());
    const QString rid = http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"current_response_id").toString();
    const CliRun busy = run({QStringLiteral("send"), sid, QStringLiteral("second message")});
    EXPECT_EXIT(busy, 1);
    QVERIFY2(busy.err.contains(rid.toUtf8()), busy.err.constData());
    QVERIFY2(busy.err.contains(QStringLiteral("pokee events %1 %2").arg(sid, rid).toUtf8()), busy.err.constData());
    HttpProbe::finish(running, 30000);
}

// Case 7: a 300 KB output goes through standard input (an argument that size cannot), "-" is
// never sent as the output itself, and --file reads a file; the prompt too.
void CliPromisesTest::toolResultAndMessageFromStandardInputOrAFile()
{
    const QString tools = write(QStringLiteral("lookup.json"), R"([{"name": "lookup", "parameters": {"type": "object",
        "properties": {"q": {"type": "string"}}}}])");
    const CliRun created = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), tools});
    EXPECT_EXIT(created, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    // The prompt from standard input: the agent calls the tool and waits for its output.
    QProcess *turn = start({QStringLiteral("send"), sid, QStringLiteral("-")},
                           "[[tool=lookup]] [[bash=off]] look it up, from stdin");
    HttpProbe http(m_emu.endpoint());
    QString callId, rid;
    const auto sentEvents = [&] {
        return http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json().value(u"events").toArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!(callId = [&] {
        rid = http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"current_response_id").toString();
        if (rid.isEmpty())
            return QString();
        for (const QJsonValue &v : sentEvents())
            if (v.toObject().value(u"event").toString() == u"tool_call.requested")
                return QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object().value(u"tool_call_id").toString();
        return QString();
    }()).isEmpty(), 30000);
    // 300 KB: more than Linux allows one argument (128 KiB).
    const QByteArray big(300 * 1000, 'x');
    const CliRun answered = finish(start({QStringLiteral("tool-result"), sid, callId, QStringLiteral("-")}, big));
    EXPECT_EXIT(answered, 0);
    // The agent got the bytes from standard input, not "-": the server's own record says so.
    // (It then echoes them in small deltas for a long while: the turn is cancelled instead.)
    const auto resultSize = [&] {
        for (const QJsonValue &v : sentEvents())
            if (v.toObject().value(u"event").toString() == u"tool_result")
                return QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object()
                    .value(u"content").toString().size();
        return qsizetype(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(resultSize(), big.size(), 30000);
    EXPECT_EXIT(run({QStringLiteral("cancel"), sid, rid}), 0);
    EXPECT_EXIT(finish(turn), 3); // cancelled
    // A message from a file, once the session is free again.
    QTRY_VERIFY_WITH_TIMEOUT(!http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"busy").toBool(), 10000);
    const QString prompt = write(QStringLiteral("prompt.txt"), "[[deltas=2]] [[bash=off]] from a file");
    const CliRun fromFile = run({QStringLiteral("send"), sid, QStringLiteral("--file"), prompt});
    EXPECT_EXIT(fromFile, 0);
}

// Case 7: transcript reads the profile's journal like send and resume, without --journal.
void CliPromisesTest::transcriptUsesTheProfilesJournal()
{
    FreshHome home;
    home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    const QString sid = HttpProbe(m_emu.endpoint()).createSession();
    EXPECT_EXIT(home.run({QStringLiteral("send"), sid, QStringLiteral("[[deltas=2]] [[bash=off]] remember me")}), 0);
    const CliRun t = home.run({QStringLiteral("transcript"), sid});
    EXPECT_EXIT(t, 0);
    QVERIFY2(t.out.contains("remember me"), t.out.constData());
    // A read-only journal file is read; a mistyped path creates nothing and fails (exit 1).
    QDir journals(home.journalsFolder());
    const QStringList files = journals.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(home.journalsFolder()));
    const QString copy = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    EXPECT_EXIT(home.run({QStringLiteral("transcript"), sid, QStringLiteral("--journal"), journals.filePath(files.first())}), 0);
    QVERIFY(QFile::copy(journals.filePath(files.first()), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const CliRun readOnly = home.run({QStringLiteral("transcript"), sid, QStringLiteral("--journal"), copy});
    EXPECT_EXIT(readOnly, 0);
    QVERIFY2(readOnly.out.contains("remember me"), readOnly.err.constData());
    const QString typo = m_dir.filePath(QStringLiteral("jornal.sqlite"));
    const CliRun missing = home.run({QStringLiteral("transcript"), sid, QStringLiteral("--journal"), typo});
    EXPECT_EXIT(missing, 1);
    QVERIFY(!QFile::exists(typo));
    QVERIFY2(missing.err.contains("no journal"), missing.err.constData());
    const CliRun resumeMissing = home.run({QStringLiteral("resume"), QStringLiteral("--journal"), typo});
    EXPECT_EXIT(resumeMissing, 1);
    QVERIFY(!QFile::exists(typo));
}

// Case 8: empty and dot-segment ids are refused (exit 2) before any request.
void CliPromisesTest::idsThatChangeTheRouteAreRefused()
{
    HttpProbe http(m_emu.endpoint());
    const QString idle = http.createSession(); // the batch clean would delete it
    const qint64 before = http.stats().value(u"requests").toInteger();
    const QList<QStringList> commands = {
        {QStringLiteral("sessions"), QStringLiteral("delete"), QStringLiteral(".")},
        {QStringLiteral("sessions"), QStringLiteral("delete"), QString()},
        {QStringLiteral("sessions"), QStringLiteral("show"), QStringLiteral("..")},
        {QStringLiteral("cancel"), QStringLiteral(".."), QStringLiteral("msg_1")},
        {QStringLiteral("cancel"), idle, QStringLiteral(".")},
        {QStringLiteral("send"), QStringLiteral(".."), QStringLiteral("hello")},
        {QStringLiteral("files"), QStringLiteral("..")},
        {QStringLiteral("get"), QStringLiteral("."), QStringLiteral("x.txt")},
        {QStringLiteral("events"), idle, QStringLiteral("..")},
        {QStringLiteral("tool-result"), idle, QStringLiteral("."), QStringLiteral("out")},
        {QStringLiteral("wait"), QStringLiteral("..")},
    };
    for (const QStringList &c : commands) {
        const CliRun r = run(c);
        QVERIFY2(r.exitCode == 2, qPrintable(c.join(u' ') + QStringLiteral(": ") + QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("id"), r.err.constData());
    }
    QCOMPARE(http.stats().value(u"requests").toInteger(), before + 1); // the stats read alone
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + idle).status, 200);
}

// Case 9: a 404 is not a deletion, in words and in JSON.
void CliPromisesTest::deletingAMissingSessionIsNotSuccess()
{
    const CliRun r = run({QStringLiteral("sessions"), QStringLiteral("delete"), QStringLiteral("sess_doesnotexist")});
    EXPECT_EXIT(r, 1);
    QVERIFY2(!r.err.contains("deleted sess_doesnotexist"), r.err.constData());
    QVERIFY2(r.err.contains("has no session"), r.err.constData());
    const CliRun json = run({QStringLiteral("sessions"), QStringLiteral("delete"), QStringLiteral("sess_doesnotexist"),
                             QStringLiteral("--json")});
    EXPECT_EXIT(json, 1);
    QCOMPARE(json.lines().value(0).value(u"deleted").toBool(true), false);
    const QString real = HttpProbe(m_emu.endpoint()).createSession();
    const CliRun ok = run({QStringLiteral("sessions"), QStringLiteral("delete"), real, QStringLiteral("--json")});
    EXPECT_EXIT(ok, 0);
    QCOMPARE(ok.lines().value(0).value(u"deleted").toBool(), true);
}

// Case 9: --ttl reads 3600, 30m, 1h, 2d, and refuses what it cannot read instead of dropping it.
void CliPromisesTest::ttlIsReadLikeOlderThanOrRefused()
{
    HttpProbe http(m_emu.endpoint());
    for (const auto &[text, seconds] : {std::pair{QStringLiteral("1h"), 3600}, std::pair{QStringLiteral("90"), 90},
                                        std::pair{QStringLiteral("2d"), 172800}}) {
        const CliRun r = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--ttl"), text});
        EXPECT_EXIT(r, 0);
        const QJsonObject s = http.get(QStringLiteral("/v1/sessions/") + QString::fromUtf8(r.out.trimmed())).json();
        QCOMPARE(s.value(u"ttl").toInt(), seconds);
    }
    const qint64 sessions = http.stats().value(u"sessions").toInteger();
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("1.5"), QStringLiteral("0"), QStringLiteral("-5")}) {
        const CliRun r = run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--ttl"), bad});
        QVERIFY2(r.exitCode == 2, qPrintable(bad + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("--ttl"), r.err.constData());
    }
    QCOMPARE(http.stats().value(u"sessions").toInteger(), sessions);
}

// Case 9: a journal that is not a journal says so (not "check the disk"); transcript and resume
// exit 1 on such a failure, not 2; a broken journal does not block sessions show.
void CliPromisesTest::journalFailuresSayWhatToDo()
{
    const QString notAJournal = write(QStringLiteral("notes.sqlite"), QByteArray(8192, 'n'));
    const CliRun t = run({QStringLiteral("transcript"), QStringLiteral("sess_x"), QStringLiteral("--journal"), notAJournal});
    EXPECT_EXIT(t, 1);
    QVERIFY2(t.err.contains("not a Pokee journal"), t.err.constData());
    QVERIFY2(!t.err.contains("disk has space"), t.err.constData());
    const CliRun r = run({QStringLiteral("resume"), QStringLiteral("--journal"), notAJournal});
    EXPECT_EXIT(r, 1);
    const QString sid = HttpProbe(m_emu.endpoint()).createSession();
    const CliRun show = run({QStringLiteral("sessions"), QStringLiteral("show"), sid, QStringLiteral("--journal"), notAJournal});
    EXPECT_EXIT(show, 0);
    QVERIFY2(show.out.contains(sid.toUtf8()), show.out.constData());
}

// Case 9: empty, blank and undecodable prompts are refused (exit 2) and start no turn.
void CliPromisesTest::emptyOrUndecodablePromptsAreRefused()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const qint64 turns = http.stats().value(u"turns_started").toInteger();
    for (const QString &prompt : {QString(), QStringLiteral("   \n\t ")})
        EXPECT_EXIT(run({QStringLiteral("send"), sid, prompt}), 2);
    const CliRun blankStdin = finish(start({QStringLiteral("send"), sid, QStringLiteral("-")}, "  \n"));
    EXPECT_EXIT(blankStdin, 2);
    const CliRun badStdin = finish(start({QStringLiteral("send"), sid, QStringLiteral("-")}, "caf\xe9 au lait"));
    EXPECT_EXIT(badStdin, 2);
    QVERIFY2(badStdin.err.contains("UTF-8"), badStdin.err.constData());
    // An argument with invalid UTF-8 (a shell passes the bytes as they are).
    QProcess raw;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    env.insert(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    raw.setProcessEnvironment(env);
    raw.setProgram(QStringLiteral("/bin/sh"));
    raw.setArguments({QStringLiteral("-c"), QStringLiteral("exec \"$0\" send \"$1\" \"$(printf 'caf\\351')\""),
                      qEnvironmentVariable("POKEE_CLI_BIN"), sid});
    raw.start();
    QVERIFY(raw.waitForFinished(30000));
    QCOMPARE(raw.exitCode(), 2);
    QVERIFY2(raw.readAllStandardError().contains("UTF-8"), "no word about UTF-8");
    QCOMPARE(http.stats().value(u"turns_started").toInteger(), turns);
}

// Case 9: a --tool-choice that is not valid is a usage error, not a request.
void CliPromisesTest::aToolChoiceMustBeValidBeforeAnyRequest()
{
    HttpProbe http(m_emu.endpoint());
    const qint64 before = http.stats().value(u"requests").toInteger();
    for (const QString &bad : {QStringLiteral("{\"type\": \"function\""), QStringLiteral("sometimes"),
                               QStringLiteral("{\"type\": \"function\"}"), QStringLiteral("[1]")}) {
        const CliRun r = run({QStringLiteral("respond"), QStringLiteral("hi"), QStringLiteral("--tool-choice"), bad});
        QVERIFY2(r.exitCode == 2, qPrintable(bad + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("tool choice"), r.err.constData());
    }
    QCOMPARE(http.stats().value(u"requests").toInteger(), before + 1);
    EXPECT_EXIT(run({QStringLiteral("respond"), QStringLiteral("hi"), QStringLiteral("--tool-choice"), QStringLiteral("none")}), 0);
}

// Case 9: an address ending in /v1 fails the connection test (every later call would 404).
void CliPromisesTest::profilesTestRefusesAnAddressEndingInV1()
{
    FreshHome home;
    const QString url = m_emu.endpoint().baseUrl.toString();
    const QString v1 = (url.endsWith(u'/') ? url.chopped(1) : url) + QStringLiteral("/v1");
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("wrong"), QStringLiteral("--url"), v1},
                         m_emu.endpoint().key.toUtf8() + '\n'), 0);
    const CliRun tested = home.run({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("wrong")});
    EXPECT_EXIT(tested, 1);
    QVERIFY2(tested.out.contains("/v1") || tested.err.contains("/v1"), tested.out.constData());
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("wrong")}), 0);
}

// Case 9: removing the default profile says which one is the default now.
void CliPromisesTest::removingTheDefaultProfileSaysWhatIsDefaultNow()
{
    FreshHome home;
    const QByteArray key = m_emu.endpoint().key.toUtf8() + '\n';
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("beta"), QStringLiteral("--url"),
                          QStringLiteral("http://beta.example.com")}, key), 0);
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("alpha"), QStringLiteral("--url"),
                          QStringLiteral("https://alpha.example.com")}, key), 0);
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("default"), QStringLiteral("alpha")}), 0);
    const CliRun removed = home.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("alpha")});
    EXPECT_EXIT(removed, 0);
    QVERIFY2(removed.err.contains("was the default profile"), removed.err.constData());
    QVERIFY2(removed.err.contains("beta") && removed.err.contains("unencrypted"), removed.err.constData());
    EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("beta")}), 0);
}

QTEST_GUILESS_MAIN(CliPromisesTest)
#include "CliPromisesTest.moc"
