// `pokee inbox` and `pokee watch` (issue 23) as a user runs them, against the emulator, whose
// own record of what each turn sent (/_emulator/turns/{rid}/sent) is the oracle: the inbox
// lists the calls a turn waits on with the time left, for one profile or all of them; watch
// follows several sessions' turns at once, every line tagged with its session, and a drop
// costs no event and repeats none.
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "EventFactory.h"
#include "HttpProbe.h"

#include "store/Journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

using namespace pokee;
using test::CliRun;
using test::FreshHome;
using test::HttpProbe;

namespace {

constexpr int Long = 30000; // a loaded machine under ctest -j2

QJsonArray withTool(const QString &name)
{
    return {QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}};
}

// The call id a `send` printed on standard error ("[tool call CALL_ID] …"), once it has.
QString calledId(const QByteArray &err)
{
    static const QRegularExpression re(QStringLiteral(R"(\[tool call (\S+)\])"));
    return re.match(QString::fromUtf8(err)).captured(1);
}

// What the emulator sent for a turn, by its own record: each event's id, and the text.
struct Sent
{
    QList<qint64> ids;
    QString text;
};

Sent sentBy(HttpProbe &http, const QString &rid)
{
    Sent sent;
    const QJsonObject record = http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json();
    for (const QJsonValue &v : record.value(u"events").toArray()) {
        const QJsonObject e = v.toObject();
        sent.ids << e.value(u"id").toString().toLongLong();
        if (e.value(u"event").toString() == u"text.delta")
            sent.text += QJsonDocument::fromJson(e.value(u"data").toString().toUtf8()).object().value(u"content").toString();
    }
    return sent;
}

// The seq of each NDJSON line of `session`, in the order printed.
QList<qint64> seqsOf(const CliRun &run, const QString &session)
{
    QList<qint64> seqs;
    for (const QJsonObject &o : run.lines())
        if (o.value(u"session").toString() == session)
            seqs << o.value(u"seq").toInteger();
    return seqs;
}

} // namespace

class CliWatchInboxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
        QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty());
    }
    void inboxListsTheWaitingCallWithItsDeadline();
    void inboxSaysExpiredAndListsTheUrgentFirst();
    void inboxReadsOneProfileOrAll();
    void watchInterleavesTwoSessionsTaggedToTheirEnds();
    void watchResumesADropWithoutLosingOrRepeatingAnEvent();
    void watchSaysWhatItCannotWatchAndFollowsTheNextTurn();

private:
    // The emulator as the environment's profile of `home`.
    void useEmulator(FreshHome &home)
    {
        home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
        home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    }

    LocalEmulator m_emu;
};

void CliWatchInboxTest::inboxListsTheWaitingCallWithItsDeadline()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), withTool(QStringLiteral("lookup_price"))}});
    FreshHome home;
    useEmulator(home);
    EXPECT_EXIT(home.run({QStringLiteral("inbox")}), 0); // no journal yet: nothing waits
    QProcess *send = home.start({QStringLiteral("send"), sid,
                                 QStringLiteral(R"([[tool=lookup_price {"item": "tea"}]] [[bash=off]] what does tea cost?)")});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(!calledId(err += send->readAllStandardError()).isEmpty(), Long);
    const QString callId = calledId(err);

    // One line: profile, session, call, tool(arguments), time left, under five minutes.
    const CliRun listed = home.run({QStringLiteral("inbox")});
    EXPECT_EXIT(listed, 0);
    const QString line = QString::fromUtf8(listed.out).trimmed();
    QVERIFY2(!line.contains(u'\n'), listed.out.constData());
    static const QRegularExpression shape(QStringLiteral(R"(^Environment  (\S+)  (\S+)  lookup_price\(\{"item":"tea"\}\)  4:[0-5]\d left$)"));
    const QRegularExpressionMatch m = shape.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QCOMPARE(m.captured(1), sid);
    QCOMPARE(m.captured(2), callId);
    QVERIFY2(listed.err.contains("pokee tool-result SID CALL_ID OUTPUT"), listed.err.constData());

    const CliRun json = home.run({QStringLiteral("inbox"), QStringLiteral("--json")});
    EXPECT_EXIT(json, 0);
    QCOMPARE(json.lines().size(), 1);
    const QJsonObject o = json.lines().first();
    QCOMPARE(o.value(u"profile").toString(), QStringLiteral("Environment"));
    QCOMPARE(o.value(u"session").toString(), sid);
    QCOMPARE(o.value(u"call_id").toString(), callId);
    QCOMPARE(o.value(u"tool").toString(), QStringLiteral("lookup_price"));
    QCOMPARE(QJsonDocument::fromJson(o.value(u"arguments").toString().toUtf8()).object().value(u"item").toString(),
             QStringLiteral("tea"));
    QCOMPARE(o.value(u"deadline_at").toInteger() - o.value(u"received_at").toInteger(), qint64(300)); // the API's 300 s
    QVERIFY(qAbs(o.value(u"received_at").toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY2(o.value(u"seconds_left").toInteger() > 240 && o.value(u"seconds_left").toInteger() <= 300,
             json.out.constData());
    QCOMPARE(o.value(u"expired").toBool(), false);

    // Answered: the turn goes on to its end, and the inbox is empty again.
    EXPECT_EXIT(home.run({QStringLiteral("tool-result"), sid, callId, QStringLiteral("3 EUR")}), 0);
    EXPECT_EXIT(home.finish(send), 0);
    const CliRun empty = home.run({QStringLiteral("inbox")});
    EXPECT_EXIT(empty, 0);
    QVERIFY(empty.out.isEmpty());
    QVERIFY2(empty.err.contains("No tool calls are waiting."), empty.err.constData());
}

void CliWatchInboxTest::inboxSaysExpiredAndListsTheUrgentFirst()
{
    // A journal a killed run left: one call received 400 s ago (its 300 s are over), one 10 s
    // ago; the journal is read as it is, no server asked.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("left.sqlite"));
    const QString api = QStringLiteral("http://127.0.0.1:9");
    {
        Journal journal;
        QVERIFY(journal.open(path));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 turn = journal.beginTurn(QStringLiteral("sess_left"), QStringLiteral("p"), QStringLiteral("k"), api);
        auto call = [](qint64 seq, const char *id, qint64 at) {
            TurnEvent e = test::event(seq, "tool_call.requested",
                                      QByteArray(R"({"tool_call_id":")") + id + R"(","name":"slow_tool","arguments":"{}"})");
            e.receivedAt = at;
            return e;
        };
        QVERIFY(journal.appendEvents(turn, {call(0, "call_old", now - 400 * 1000), call(1, "call_new", now - 10 * 1000)}));
    }
    const CliRun text = test::runCli(api, QStringLiteral("k"), {QStringLiteral("inbox")}, path);
    EXPECT_EXIT(text, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains("call_new") && lines.at(0).contains(" left"), text.out.constData());
    QVERIFY2(lines.at(1).contains("call_old") && lines.at(1).endsWith("  expired"), text.out.constData());
    const CliRun json = test::runCli(api, QStringLiteral("k"), {QStringLiteral("inbox"), QStringLiteral("--json")}, path);
    QCOMPARE(json.lines().at(1).value(u"expired").toBool(), true);
    QCOMPARE(json.lines().at(1).value(u"seconds_left").toInteger(), qint64(0));
    // Another server's turns in the same file are not this one's.
    const CliRun other = test::runCli(QStringLiteral("http://127.0.0.1:10"), QStringLiteral("k"), {QStringLiteral("inbox")}, path);
    EXPECT_EXIT(other, 0);
    QVERIFY(other.out.isEmpty());
}

void CliWatchInboxTest::inboxReadsOneProfileOrAll()
{
    HttpProbe http(m_emu.endpoint());
    FreshHome home; // no POKEE_API: only saved profiles, their keys in the keychain
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString first = QStringLiteral("inbox-a-") + tag, second = QStringLiteral("inbox-b-") + tag;
    QHash<QString, QString> sidOf, callOf;
    QHash<QString, QProcess *> sends;
    for (const QString &profile : {first, second}) {
        EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("add"), profile, QStringLiteral("--url"),
                              m_emu.endpoint().baseUrl.toString()},
                             m_emu.endpoint().key.toUtf8() + '\n'),
                    0);
        sidOf[profile] = http.createSession({{QStringLiteral("tools"), withTool(QStringLiteral("lookup"))}});
        sends[profile] = home.start({QStringLiteral("--profile"), profile, QStringLiteral("send"), sidOf[profile],
                                     QStringLiteral("[[tool=lookup]] [[bash=off]] look it up")});
    }
    for (const QString &profile : {first, second}) {
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(!calledId(err += sends[profile]->readAllStandardError()).isEmpty(), Long);
        callOf[profile] = calledId(err);
    }

    // The profile in use: the default one (the first added), or --profile.
    const CliRun byDefault = home.run({QStringLiteral("inbox")});
    EXPECT_EXIT(byDefault, 0);
    QVERIFY2(byDefault.out.startsWith(first.toUtf8() + "  ") && byDefault.out.count('\n') == 1, byDefault.out.constData());
    QVERIFY(byDefault.out.contains(callOf[first].toUtf8()));
    const CliRun named = home.run({QStringLiteral("--profile"), second, QStringLiteral("inbox"), QStringLiteral("--json")});
    EXPECT_EXIT(named, 0);
    QCOMPARE(named.lines().size(), 1);
    QCOMPARE(named.lines().first().value(u"call_id").toString(), callOf[second]);

    // Every profile: both calls, each with its profile and session.
    const CliRun all = home.run({QStringLiteral("inbox"), QStringLiteral("--all-profiles"), QStringLiteral("--json")});
    EXPECT_EXIT(all, 0);
    QHash<QString, QJsonObject> byProfile;
    for (const QJsonObject &o : all.lines())
        byProfile.insert(o.value(u"profile").toString(), o);
    QCOMPARE(all.lines().size(), 2);
    for (const QString &profile : {first, second}) {
        QCOMPARE(byProfile.value(profile).value(u"session").toString(), sidOf[profile]);
        QCOMPARE(byProfile.value(profile).value(u"call_id").toString(), callOf[profile]);
    }
    EXPECT_EXIT(home.run({QStringLiteral("inbox"), QStringLiteral("--all-profiles"), QStringLiteral("--journal"),
                          home.path() + QStringLiteral("/j.sqlite")}),
                2);

    for (const QString &profile : {first, second}) {
        EXPECT_EXIT(home.run({QStringLiteral("--profile"), profile, QStringLiteral("tool-result"), sidOf[profile],
                              callOf[profile], QStringLiteral("found")}),
                    0);
        EXPECT_EXIT(home.finish(sends[profile]), 0);
        EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("remove"), profile}), 0); // and its key
    }
}

void CliWatchInboxTest::watchInterleavesTwoSessionsTaggedToTheirEnds()
{
    HttpProbe http(m_emu.endpoint());
    const QString s1 = http.createSession(), s2 = http.createSession();
    QNetworkReply *r1 = nullptr, *r2 = nullptr;
    // Started out of band (another machine, a script), both running for a few seconds.
    const QString rid1 = http.startTurn(s1, QStringLiteral("[[duration=4]] [[thinking=off]] first"), &r1);
    const QString rid2 = http.startTurn(s2, QStringLiteral("[[duration=4]] [[thinking=off]] second"), &r2);
    QVERIFY(!rid1.isEmpty() && !rid2.isEmpty());
    // The same two turns watched twice at once, as NDJSON and as text (each its own journal).
    FreshHome jsonHome, textHome;
    useEmulator(jsonHome);
    useEmulator(textHome);
    QProcess *jsonWatch = jsonHome.start({QStringLiteral("watch"), s1, s2, QStringLiteral("--json")});
    QProcess *textWatch = textHome.start({QStringLiteral("watch"), s1, s2});
    const CliRun json = jsonHome.finish(jsonWatch);
    const CliRun text = textHome.finish(textWatch);
    HttpProbe::finish(r1);
    HttpProbe::finish(r2);
    EXPECT_EXIT(json, 0);
    EXPECT_EXIT(text, 0);

    // NDJSON: every event of both turns once, in order, each with its session and response.
    const Sent sent1 = sentBy(http, rid1), sent2 = sentBy(http, rid2);
    QCOMPARE(seqsOf(json, s1), sent1.ids);
    QCOMPARE(seqsOf(json, s2), sent2.ids);
    QStringList order;
    for (const QJsonObject &o : json.lines()) {
        const QString session = o.value(u"session").toString();
        QCOMPARE(o.value(u"response_id").toString(), session == s1 ? rid1 : rid2);
        order << session;
    }
    int switches = 0; // the two sessions' events as they came, not one turn after the other
    for (qsizetype i = 1; i < order.size(); ++i)
        switches += order.at(i) != order.at(i - 1);
    QVERIFY2(switches >= 2, qPrintable(order.join(u' ')));

    // Text: every line tagged, each session's text whole, and each turn's end.
    QHash<QString, QStringList> words;
    for (const QByteArray &line : text.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString l = QString::fromUtf8(line);
        const QString session = l.startsWith(u'[' + s1 + u']') ? s1 : l.startsWith(u'[' + s2 + u']') ? s2 : QString();
        QVERIFY2(!session.isEmpty(), line.constData());
        const QString rest = l.mid(session.size() + 3);
        if (!rest.startsWith(u'['))
            words[session] << rest;
    }
    QCOMPARE(words.value(s1).join(u' ').simplified(), sent1.text.simplified());
    QCOMPARE(words.value(s2).join(u' ').simplified(), sent2.text.simplified());
    QVERIFY2(!text.err.contains("dropped"), text.err.constData()); // following from the start is no drop
    for (const QString &s : {s1, s2}) {
        QVERIFY2(text.out.contains(QStringLiteral("[%1] [done] usage:").arg(s).toUtf8()), text.out.constData());
        QVERIFY2(text.err.contains(QStringLiteral("[%1] following response").arg(s).toUtf8()), text.err.constData());
    }
}

void CliWatchInboxTest::watchResumesADropWithoutLosingOrRepeatingAnEvent()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    QNetworkReply *reply = nullptr;
    const QString rid = http.startTurn(sid, QStringLiteral("[[duration=3]] [[thinking=off]] cut me twice"), &reply);
    QVERIFY(!rid.isEmpty());
    const qint64 cutsBefore = http.stats().value(u"cuts").toInteger();
    http.setFaults({{QStringLiteral("cut_after_bytes"), 1500}, {QStringLiteral("cut_count"), 2},
                    {QStringLiteral("path_contains"), QStringLiteral("/events")}});
    const auto noMoreFaults = qScopeGuard([&http] { http.del(QStringLiteral("/_emulator/faults")); });
    FreshHome home;
    useEmulator(home);
    const CliRun watched = home.run({QStringLiteral("watch"), sid, QStringLiteral("--json")});
    HttpProbe::finish(reply);
    EXPECT_EXIT(watched, 0);
    QCOMPARE(http.stats().value(u"cuts").toInteger() - cutsBefore, qint64(2));
    QCOMPARE(seqsOf(watched, sid), sentBy(http, rid).ids); // none lost, none twice
    QVERIFY2(watched.err.contains(QStringLiteral("[%1] Connection dropped 2 time").arg(sid).toUtf8()) &&
                 watched.err.contains("nothing lost"),
             watched.err.constData());
    // Journaled in the profile's journal, as a send is.
    const CliRun transcript = home.run({QStringLiteral("transcript"), sid, QStringLiteral("--json")});
    EXPECT_EXIT(transcript, 0);
    QCOMPARE(transcript.lines().first().value(u"response_id").toString(), rid);
    QCOMPARE(transcript.lines().first().value(u"state").toString(), QStringLiteral("completed"));
    QCOMPARE(transcript.lines().size() - 1, sentBy(http, rid).ids.size());
}

void CliWatchInboxTest::watchSaysWhatItCannotWatchAndFollowsTheNextTurn()
{
    HttpProbe http(m_emu.endpoint());
    const QString idle = http.createSession();
    const QString unknown = QStringLiteral("sess_0000000000000000deadbeef");
    FreshHome home;
    useEmulator(home);
    const CliRun alone = home.run({QStringLiteral("watch"), idle});
    EXPECT_EXIT(alone, 0);
    QVERIFY(alone.out.isEmpty());
    QVERIFY2(alone.err.contains(QStringLiteral("[%1] idle: no turn to watch.").arg(idle).toUtf8()), alone.err.constData());
    const CliRun mixed = home.run({QStringLiteral("watch"), idle, unknown});
    EXPECT_EXIT(mixed, 1);
    QVERIFY2(mixed.err.contains(QStringLiteral("does not know session %1").arg(unknown).toUtf8()), mixed.err.constData());

    // --follow waits through idleness for the session's next turn, and shows it.
    QProcess *following = home.start({QStringLiteral("watch"), idle, QStringLiteral("--follow"), QStringLiteral("--interval"),
                                      QStringLiteral("0.2")});
    QByteArray err, out;
    QTRY_VERIFY_WITH_TIMEOUT((err += following->readAllStandardError()).contains("waiting for its next turn"), Long);
    QNetworkReply *reply = nullptr;
    QVERIFY(!http.startTurn(idle, QStringLiteral("[[duration=2]] [[thinking=off]] later"), &reply).isEmpty());
    const QByteArray done = QStringLiteral("[%1] [done] usage:").arg(idle).toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT((out += following->readAllStandardOutput()).contains(done), Long);
    following->terminate(); // what Ctrl+C does to it
    home.finish(following);
    HttpProbe::finish(reply);
}

QTEST_GUILESS_MAIN(CliWatchInboxTest)
#include "CliWatchInboxTest.moc"
