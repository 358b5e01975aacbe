// The tool library's and the rules' core: JSON pointers (RFC 6901's own examples), error
// positions a person can find, tool sets in both OpenAI shapes, rules matched first-wins,
// reply templates that stay valid JSON, command rules run without a shell (success, failure,
// timeout, a program that is not there, output past the cap), and the audit log.
#include "tools/AuditLog.h"
#include "tools/JsonErrors.h"
#include "tools/JsonPointer.h"
#include "tools/RuleRunner.h"
#include "tools/RuleSet.h"
#include "tools/ToolSet.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(pokee::RuleAnswer)

using namespace pokee;

// Declared before any raw string literal: moc loses its way in raw strings with backslashes.
class ToolRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pointersFollowRfc6901();
    void jsonErrorsSayWhere();
    void toolSetsReadBothShapesAndWriteEither();
    void badToolSetsAreNamedAndNothingIsHalfRead();
    void theIssuesExampleRulesWorkFirstMatchWins();
    void badRulesAreNamed();
    void replyTemplatesStayValidJson();
    void commandRulesRunWithoutAShell();
    void commandRulesSeeNoKeyAndTheirTimeoutEndsTheirGroup();
    void auditLogKeepsEveryAnswer();
};


namespace {

RuleAnswer run(const ToolRule &rule, const QString &arguments)
{
    RuleRunner runner;
    QSignalSpy done(&runner, &RuleRunner::finished);
    runner.start(rule, arguments);
    if (!done.wait(20000))
        return {QStringLiteral("no answer"), true, -99, {}, false};
    return done.first().first().value<RuleAnswer>();
}

ToolRule command(const QStringList &pythonArgs, int timeout = 20)
{
    ToolRule r;
    r.action = ToolRule::Action::Command;
    r.program = QStandardPaths::findExecutable(QStringLiteral("python3"));
    r.arguments = pythonArgs;
    r.timeoutSeconds = timeout;
    return r;
}

} // namespace



void ToolRulesTest::initTestCase() { qRegisterMetaType<RuleAnswer>(); }

void ToolRulesTest::pointersFollowRfc6901()
{
    // The document and the results of RFC 6901, section 5.
    const QJsonObject doc = QJsonDocument::fromJson(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2,
        "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})").object();
    QCOMPARE(resolvePointer(doc, QString()).toObject(), doc);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/foo")).toArray().size(), 2);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/foo/0")).toString(), QStringLiteral("bar"));
    QCOMPARE(resolvePointer(doc, QStringLiteral("/")).toInt(), 0);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/a~1b")).toInt(), 1);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/c%d")).toInt(), 2);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/i\\j")).toInt(), 5);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/k\"l")).toInt(), 6);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/ ")).toInt(), 7);
    QCOMPARE(resolvePointer(doc, QStringLiteral("/m~0n")).toInt(), 8);
    // What does not resolve, or is not a pointer.
    QVERIFY(resolvePointer(doc, QStringLiteral("/foo/2")).isUndefined());
    QVERIFY(resolvePointer(doc, QStringLiteral("/foo/01")).isUndefined());
    QVERIFY(resolvePointer(doc, QStringLiteral("/foo/-")).isUndefined());
    QVERIFY(resolvePointer(doc, QStringLiteral("foo")).isUndefined());
    QVERIFY(resolvePointer(doc, QStringLiteral("/m~2n")).isUndefined());
    QVERIFY(!isValidPointer(QStringLiteral("foo")));
    QVERIFY(!isValidPointer(QStringLiteral("/a~")));
    QVERIFY(isValidPointer(QStringLiteral("/a~1b/0")));
}

void ToolRulesTest::jsonErrorsSayWhere()
{
    const JsonCheck c = JsonCheck::parse("{\n  \"a\": 1,\n  \"bé\" 2\n}");
    QVERIFY(!c.ok);
    QCOMPARE(c.line, 3);
    QCOMPARE(c.column, 8); // after "  \"bé\" ", counted in characters
    QVERIFY2(c.sentence().startsWith(u"line 3, column 8: "), qPrintable(c.sentence()));
    QVERIFY(JsonCheck::parse("[1, 2]").ok);
}

void ToolRulesTest::toolSetsReadBothShapesAndWriteEither()
{
    const QByteArray flat = R"([{"type":"function","name":"get_weather","description":"Weather now.",
        "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}])";
    const QByteArray nested = R"({"tools":[{"type":"function","function":{"name":"get_weather",
        "description":"Weather now.","parameters":{"type":"object","properties":{"location":{"type":"string"}},
        "required":["location"]}}}]})";
    ToolSet a, b;
    QStringList errors;
    QVERIFY2(ToolSet::parse(flat, a, errors), qPrintable(errors.join(u'\n')));
    QVERIFY2(ToolSet::parse(nested, b, errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(a.toArray(ToolSet::Shape::Flat), b.toArray(ToolSet::Shape::Flat));
    QCOMPARE(a.toArray(ToolSet::Shape::Nested).at(0).toObject().value(u"function").toObject().value(u"name").toString(),
             QStringLiteral("get_weather"));
    ToolSet again;
    QVERIFY(ToolSet::parse(a.toJson(ToolSet::Shape::Nested), again, errors));
    QCOMPARE(again.toArray(ToolSet::Shape::Flat), a.toArray(ToolSet::Shape::Flat));
    // A tool without parameters gets the empty object schema.
    ToolSet bare;
    QVERIFY(ToolSet::parse(R"([{"name":"ping"}])", bare, errors));
    QCOMPARE(bare.tools().first().parameters, (QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}));
}

void ToolRulesTest::badToolSetsAreNamedAndNothingIsHalfRead()
{
    ToolSet set;
    QStringList errors;
    QVERIFY(!ToolSet::parse(R"([{"name":"has space"},{"name":"ok"},{"name":"ok"},{"name":"x","parameters":[1]}])", set, errors));
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(0).startsWith(u"tool 1: a name is"));
    QVERIFY(errors.at(1).startsWith(u"tool 3: the name \"ok\" is used twice"));
    QVERIFY(errors.at(2).startsWith(u"tool 4: \"parameters\""));
    QVERIFY(set.isEmpty());
    errors.clear();
    QVERIFY(!ToolSet::parse("[{\"name\": \"a\",}]", set, errors));
    QVERIFY2(errors.first().startsWith(u"line 1, column "), qPrintable(errors.first()));
}

void ToolRulesTest::theIssuesExampleRulesWorkFirstMatchWins()
{
    const QByteArray json = R"({"rules": [
      {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"},
       "action": "reply", "template": "{\"temperature_c\": 14, \"city\": \"${args./location}\"}"},
      {"tool": "run_query", "action": "command", "program": "/usr/bin/python3",
       "args": ["query.py"], "cwd": "/home/me/tools", "timeout_s": 60, "approve": true},
      {"tool": "*", "action": "ask"}
    ]})";
    RuleSet rules;
    QStringList errors;
    QVERIFY2(RuleSet::parse(json, rules, errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(rules.rules().size(), 3);
    QCOMPARE(rules.match(QStringLiteral("get_weather"), QStringLiteral(R"({"location":"Paris"})")), 0);
    QCOMPARE(rules.match(QStringLiteral("get_weather"), QStringLiteral(R"({"location":"Berlin"})")), 2);
    QCOMPARE(rules.match(QStringLiteral("get_weather"), QStringLiteral("not json at all")), 2);
    QCOMPARE(rules.match(QStringLiteral("run_query"), QStringLiteral("{}")), 1);
    QVERIFY(rules.rules().at(1).approve);
    QCOMPARE(rules.rules().at(1).arguments, QStringList{QStringLiteral("query.py")});
    // Disabled rules are skipped; without a catch-all nothing matches ("ask").
    rules.rules()[0].enabled = false;
    QCOMPARE(rules.match(QStringLiteral("get_weather"), QStringLiteral(R"({"location":"Paris"})")), 2);
    rules.rules().removeLast();
    QCOMPARE(rules.match(QStringLiteral("get_weather"), QStringLiteral(R"({"location":"Paris"})")), -1);
    // Written back, read again: the same rules.
    RuleSet again;
    QVERIFY(RuleSet::parse(rules.toJson(), again, errors));
    QCOMPARE(again.rules().size(), 2);
    QCOMPARE(again.rules().at(0).summary(), rules.rules().at(0).summary());
    QCOMPARE(again.rules().at(0).enabled, false);
    QCOMPARE(again.rules().at(1).summary(), QStringLiteral("run_query → command /usr/bin/python3 (approve)"));
}

void ToolRulesTest::badRulesAreNamed()
{
    RuleSet rules;
    QStringList errors;
    QVERIFY(!RuleSet::parse(R"({"rules": [{"tool": "a", "action": "launch"},
        {"tool": "b", "match": {"pointer": "location"}, "action": "ask"},
        {"tool": "c", "match": {"regex": "(unclosed"}, "action": "ask"},
        {"tool": "d", "action": "command"},
        {"action": "reply"}]})", rules, errors));
    QCOMPARE(errors.size(), 6);
    QVERIFY(errors.at(0).startsWith(u"rule 1: \"action\" is reply, command, mcp or ask"));
    QVERIFY(errors.at(1).startsWith(u"rule 2: \"location\" is not a JSON pointer"));
    QVERIFY(errors.at(2).startsWith(u"rule 3: the regex does not compile"));
    QVERIFY(errors.at(3).startsWith(u"rule 4: a command rule needs a \"program\""));
    QVERIFY(errors.at(4).startsWith(u"rule 5: \"tool\" names a tool"));
    QVERIFY(errors.at(5).startsWith(u"rule 5: a reply rule needs a \"template\""));
    errors.clear();
    QVERIFY(!RuleSet::parse("{\"rules\": [\n  {\"tool\": \"a\"\n  \"action\": \"ask\"}]}", rules, errors));
    QVERIFY2(errors.first().startsWith(u"line 3, column 3: "), qPrintable(errors.first()));
}

void ToolRulesTest::replyTemplatesStayValidJson()
{
    const QString args = QStringLiteral(R"({"location":"Par\"is \\ ✓","n":3,"tags":["a"],"deep":{"x":null}})");
    const QString out = RuleRunner::expandTemplate(
        QStringLiteral(R"({"city": "${args./location}", "n": ${args./n}, "t": ${args./tags}, "x": ${args./deep/x}, "none": "${args./missing}"})"),
        args);
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(out));
    QCOMPARE(doc.object().value(u"city").toString(), QStringLiteral("Par\"is \\ ✓"));
    QCOMPARE(doc.object().value(u"n").toInt(), 3);
    QCOMPARE(doc.object().value(u"t").toArray(), QJsonArray{QStringLiteral("a")});
    QVERIFY(doc.object().value(u"x").isNull());
    QCOMPARE(doc.object().value(u"none").toString(), QString());
    ToolRule reply;
    reply.action = ToolRule::Action::Reply;
    reply.templateText = QStringLiteral("It is 14 °C in ${args./location}.");
    const RuleAnswer a = run(reply, QStringLiteral(R"({"location":"Paris"})"));
    QCOMPARE(a.output, QStringLiteral("It is 14 °C in Paris."));
    QVERIFY(!a.isError);
}

void ToolRulesTest::commandRulesRunWithoutAShell()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is part of ./dev's build root; not found here");
    // The arguments JSON arrives on stdin; the output is stdout. A shell metacharacter in
    // a fixed argument is just a character.
    const RuleAnswer ok = run(command({QStringLiteral("-c"),
                                       QStringLiteral("import sys, json; a = json.load(sys.stdin); "
                                                      "print(json.dumps({'echo': a['q'], 'argv': sys.argv[1:]}))"),
                                       QStringLiteral("; rm -rf /tmp/never")}),
                              QStringLiteral(R"({"q":"select 1"})"));
    QVERIFY2(!ok.isError, qPrintable(ok.output));
    const QJsonObject echoed = QJsonDocument::fromJson(ok.output.toUtf8()).object();
    QCOMPARE(echoed.value(u"echo").toString(), QStringLiteral("select 1"));
    QCOMPARE(echoed.value(u"argv").toArray(), QJsonArray{QStringLiteral("; rm -rf /tmp/never")});
    QCOMPARE(ok.exitCode, 0);

    const RuleAnswer failed = run(command({QStringLiteral("-c"),
                                           QStringLiteral("import sys; sys.stderr.write('x' * 9000 + 'the real reason'); sys.exit(3)")}),
                                  QStringLiteral("{}"));
    QVERIFY(failed.isError);
    QCOMPARE(failed.exitCode, 3);
    QVERIFY(failed.output.endsWith(u"the real reason"));
    QVERIFY(failed.output.size() <= RuleRunner::StderrTailBytes);

    const RuleAnswer slow = run(command({QStringLiteral("-c"), QStringLiteral("import time; time.sleep(30)")}, 1),
                                QStringLiteral("{}"));
    QVERIFY(slow.isError);
    QVERIFY2(slow.detail.contains(u"timed out after 1 s"), qPrintable(slow.detail));

    ToolRule missing = command({});
    missing.program = QStringLiteral("/nonexistent/tool-program");
    const RuleAnswer absent = run(missing, QStringLiteral("{}"));
    QVERIFY(absent.isError);
    QVERIFY2(absent.detail.contains(u"could not be started"), qPrintable(absent.detail));

    const RuleAnswer big = run(command({QStringLiteral("-c"), QStringLiteral("import sys; sys.stdout.write('y' * (3 * 1024 * 1024))")}),
                               QStringLiteral("{}"));
    QVERIFY(!big.isError);
    QVERIFY(big.truncated);
    QCOMPARE(big.output.size(), RuleRunner::MaxOutputBytes);
}

void ToolRulesTest::auditLogKeepsEveryAnswer()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit/work.jsonl")));
    AuditEntry e;
    e.atMs = 1796170000123;
    e.profile = QStringLiteral("Work");
    e.sessionId = QStringLiteral("sess_1");
    e.toolCallId = QStringLiteral("call_1");
    e.tool = QStringLiteral("get_weather");
    e.arguments = QStringLiteral(R"({"location":"Paris"})");
    e.output = QStringLiteral("14 °C");
    e.ruleIndex = 0;
    e.rule = QStringLiteral("get_weather /location ~ ^Par → reply");
    QCOMPARE(log.append(e), QString());
    e.toolCallId = QStringLiteral("call_2");
    e.isError = true;
    e.exitStatus = 3;
    QCOMPARE(log.append(e), QString());
    // A torn last line (a crash mid-write) is skipped, not fatal.
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"time\": \"2026-12");
    f.close();
    const QList<AuditEntry> read = log.entries();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).atMs, e.atMs);
    QCOMPARE(read.at(0).output, QStringLiteral("14 °C"));
    QCOMPARE(read.at(0).isError, false);
    QCOMPARE(read.at(1).toolCallId, QStringLiteral("call_2"));
    QCOMPARE(read.at(1).exitStatus, 3);
    // One JSON object per line, readable by anything.
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().value(u"time").toString().startsWith(u"2026-"));
}

QTEST_GUILESS_MAIN(ToolRulesTest)
// Issue 21, case 6: a command rule gets the minimal environment (no POKEE_KEY, no other
// variable of ours), and its timeout ends what it started too, not only the program itself.
void ToolRulesTest::commandRulesSeeNoKeyAndTheirTimeoutEndsTheirGroup()
{
    qputenv("POKEE_KEY", "sk-rule-must-not-see-this");
    qputenv("POKEE_SOMETHING_ELSE", "also-private");
    const RuleAnswer env = run(command({QStringLiteral("-c"),
                                        QStringLiteral("import os, json; print(json.dumps(dict(os.environ)))")}),
                               QStringLiteral("{}"));
    qunsetenv("POKEE_KEY");
    qunsetenv("POKEE_SOMETHING_ELSE");
    QVERIFY2(!env.isError, qPrintable(env.detail));
    QVERIFY2(!env.output.contains(u"sk-rule-must-not-see-this"), qPrintable(env.output));
    QVERIFY2(!env.output.contains(u"POKEE_"), qPrintable(env.output));
    const QJsonObject seen = QJsonDocument::fromJson(env.output.toUtf8()).object();
    QVERIFY2(seen.contains(u"PATH"), qPrintable(env.output)); // it still finds its programs

    // A program that starts a child and waits: at the timeout both end.
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    const RuleAnswer slow = run(command({QStringLiteral("-c"),
                                         QStringLiteral("import subprocess, sys, time\n"
                                                        "child = subprocess.Popen(['sleep', '120'])\n"
                                                        "open(sys.argv[1], 'w').write(str(child.pid))\n"
                                                        "time.sleep(120)"),
                                         pidFile},
                                        1),
                                QStringLiteral("{}"));
    QVERIFY(slow.isError);
    QVERIFY2(slow.detail.contains(u"timed out"), qPrintable(slow.detail));
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QByteArray child = pid.readAll().trimmed();
    QVERIFY(!child.isEmpty());
    // Gone, or a zombie waiting for init to reap it: no longer running either way.
    const auto running = [&child] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(child)));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.mid(close + 2, 1) != "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000);
}

#include "ToolRulesTest.moc"
